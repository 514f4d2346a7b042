/**
 * The web page's entry (dist/web/app.html): the pane over .xlsx files opened in the browser. No Office.js here.
 * The .xlsx reader and writer are not in this chunk: WebApp loads them with the first file (see workbook-io.ts).
 * A failure is never a blank page: the error boundary and the root's crash handlers show the start-problem message.
 */
import { createRoot } from "react-dom/client";
import { crashHandlers } from "../taskpane/bootstrap";
import { ErrorBoundary } from "../taskpane/components/StartProblem";
import { WebApp } from "./WebApp";

const container = document.getElementById("app");
if (container)
  createRoot(container, crashHandlers(container)).render(
    <ErrorBoundary>
      <WebApp />
    </ErrorBoundary>,
  );
