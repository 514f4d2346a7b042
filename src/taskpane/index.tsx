/// <reference types="office-js" />
/**
 * The task pane's entry (taskpane.html loads it only on an engine that can run it: see ie-fallback.js).
 * Waits for Office.js, then renders the pane over the Excel adapter, opened on the view the ribbon button asked for.
 */
import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel";
import { App } from "./App";
import { crashDetail, crashHandlers, showStartProblem, viewFromSearch, waitForOffice } from "./bootstrap";
import { ErrorBoundary } from "./components/StartProblem";

/** A failure is never a blank pane: the boundary and the root's crash handlers show the start-problem message. */
function render(container: HTMLElement): void {
  createRoot(container, crashHandlers(container)).render(
    <ErrorBoundary>
      <App port={createExcelPort()} initialView={viewFromSearch(window.location.search)} host="excel" />
    </ErrorBoundary>,
  );
}

async function start(container: HTMLElement): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const started = await waitForOffice(office);
  if (started.ok) {
    render(container);
    return;
  }
  showStartProblem(container, started.problem);
  if (started.problem === "office-timeout" && office) {
    // A slow Excel (a cold Office 2016) may still answer: then the pane replaces the message.
    const info = await office.onReady();
    if (info.host === office.HostType.Excel) render(container);
  }
}

const container = document.getElementById("container");
if (container) {
  start(container).catch((error: unknown) => {
    showStartProblem(container, "crash", crashDetail(error));
  });
}
