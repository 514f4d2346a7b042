// @vitest-environment jsdom
/**
 * Failure is never a blank pane: a stored language the pane cannot speak gives a Vietnamese pane, and a view that
 * throws while rendering leaves the start-problem message (the error boundary on both roots).
 */
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import ExcelJS from "exceljs";
import { portOf } from "../support/workbooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Settings, WorkbookPort } from "../../src/core/port";
import { crashHandlers } from "../../src/taskpane/bootstrap";
import { ErrorBoundary } from "../../src/taskpane/components/StartProblem";
import { SETTINGS_SHEET } from "../../src/xlsx/port";
import { emptyWorkbookPort, renderApp } from "./helpers";

afterEach(cleanup);

/** A workbook whose hidden settings sheet says what a hand or another program wrote there. */
function workbookWithStoredSettings(stored: unknown): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Dự báo 2026");
  const ws = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  ws.getCell(1, 1).value = JSON.stringify({ settings: stored });
  return workbook;
}

describe('a stored lang: "fr"', () => {
  it("reads as no language through the xlsx port, the year kept", async () => {
    const port = await portOf(workbookWithStoredSettings({ lang: "fr", year: 2024 }));
    expect(await port.loadSettings()).toEqual({ year: 2024 });
  });

  it("gives a working pane in Vietnamese", async () => {
    const port = await portOf(workbookWithStoredSettings({ lang: "fr", year: 2024 }));
    renderApp({ port });
    await screen.findByRole("tab", { name: "Chèn phụ lục" });
    // The view comes with its own chunk, just after the tabs.
    await screen.findByRole("button", { name: "Chèn" });
    await waitFor(() =>
      expect(screen.getByTestId("settings-summary").textContent).toBe(
        "Năm 2024 · chưa ghi đơn vị · cấp huyện",
      ),
    );
  });

  it("gives a Vietnamese pane even from a port that does not check its settings", async () => {
    const inner = await emptyWorkbookPort({});
    const port: WorkbookPort = {
      ...inner,
      loadSettings: async () => ({ lang: "fr", year: 2024 }) as unknown as Settings,
    };
    renderApp({ port, initialView: "targets" });
    await screen.findByRole("tab", { name: "Chỉ tiêu TTCS" });
    await screen.findByText(/^Năm 2024, cấp huyện: /);
  });
});

describe("the error boundary", () => {
  it("shows the start-problem message with the error's line instead of a blank pane", () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    function Broken(): never {
      throw new TypeError("settings.lang is not a language");
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.getAttribute("data-problem")).toBe("crash");
    screen.getByRole("heading", { name: "Ngăn làm việc gặp lỗi / The pane failed to start" });
    expect(alert.textContent).toContain("TypeError: settings.lang is not a language");
    expect(alert.textContent).toContain("web/app.html");
    quiet.mockRestore();
  });
});

describe("the root's crash handlers (React 19 onUncaughtError)", () => {
  it("put the start-problem message in the container when no boundary caught the error", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const container = document.createElement("div");
    document.body.append(container);
    const root = createRoot(container, crashHandlers(container));
    function Broken(): never {
      throw new RangeError("no boundary here");
    }
    // As in the browser: outside act(), which would rethrow the error to the test instead of reporting it.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    root.render(<Broken />);
    await waitFor(() => expect(container.querySelector('[data-problem="crash"]')).not.toBeNull());
    expect(container.textContent).toContain("Ngăn làm việc gặp lỗi");
    expect(container.textContent).toContain("RangeError: no boundary here");
    expect(quiet).toHaveBeenCalled();
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
    quiet.mockRestore();
    container.remove();
  });
});
