/**
 * What the pane's tests share: jsdom stubs Fluent UI needs, ports over in-memory workbooks that record their calls,
 * and rendering the App.
 */
import { configure, render, screen, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { insertTemplates } from "../../src/core/actions";
import type { Settings, WorkbookPort } from "../../src/core/port";
import { createXlsxPort, type XlsxPort } from "../../src/xlsx/port";
import { XlsxDocument } from "../../src/xlsx";
import { App, type AppProps } from "../../src/taskpane/App";
import { fillConsistently } from "../support/consistent";

// The first render of a test file loads Fluent UI's styles and takes a while on a small machine, and role queries over a large pane are slow while other suites run.
configure({ asyncUtilTimeout: 15_000 });

/** jsdom lacks what Fluent UI's positioning and motion ask the browser for. */
export function stubBrowser(): void {
  if (!window.matchMedia) {
    Object.defineProperty(window, "matchMedia", {
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  // The settings area scrolls itself into view when a view asks to change the year.
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, "ResizeObserver", { configurable: true, value: ResizeObserverStub });
    Object.defineProperty(globalThis, "ResizeObserver", { configurable: true, value: ResizeObserverStub });
  }
}

export type Method = keyof WorkbookPort;

export interface Recorded<P extends WorkbookPort = WorkbookPort> {
  port: P;
  /** Every call in order: the method and its arguments. */
  calls: { method: Method; args: unknown[] }[];
  callsOf(method: Method): unknown[][];
}

/** Wraps a port so that every call is recorded before it is passed on. */
export function recording<P extends WorkbookPort>(inner: P): Recorded<P> {
  const calls: { method: Method; args: unknown[] }[] = [];
  const port = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push({ method: key as Method, args });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port, calls, callsOf: (m) => calls.filter((c) => c.method === m).map((c) => c.args) };
}

/** An xlsx port over a new workbook, with the given settings already saved in it. */
export async function emptyWorkbookPort(
  settings: Settings = { year: 2026, level: "huyen" },
): Promise<XlsxPort> {
  const port = createXlsxPort(XlsxDocument.blank());
  await port.saveSettings(settings);
  return port;
}

/** An xlsx port over a workbook holding our 2026 forecast and 2027 plan with consistent figures. */
export async function standardWorkbookPort(
  settings: Settings = { year: 2026, level: "huyen" },
): Promise<XlsxPort> {
  const port = await emptyWorkbookPort(settings);
  await insertTemplates(port, { templateIds: ["du-bao", "ke-hoach"], year: 2026, level: "huyen" });
  await fillConsistently(port, "Dự báo 2026", "Kế hoạch 2027");
  return port;
}

export function renderApp(props: AppProps): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  stubBrowser();
  const user = userEvent.setup();
  return { user, ...render(<App {...props} />) };
}

/** A port whose every method fails the given way. */
export function failingPort(error: unknown, base: WorkbookPort): WorkbookPort {
  return {
    ...base,
    sheetNames: vi.fn(async () => {
      throw error;
    }),
    read: vi.fn(async () => {
      throw error;
    }),
    addSheets: vi.fn(async () => {
      throw error;
    }),
    writeCells: vi.fn(async () => {
      throw error;
    }),
  };
}

/**
 * Opens the check view's folded lines (many findings of one kind on one sheet) that `which` picks, all by default,
 * so that their findings are listed one by one.
 */
export async function openFolds(
  user: ReturnType<typeof userEvent.setup>,
  which: (fold: HTMLElement) => boolean = () => true,
): Promise<void> {
  const folds = screen.queryAllByTestId("finding-fold").filter(which);
  for (const fold of folds) if (fold.getAttribute("aria-expanded") === "false") await user.click(fold);
}
