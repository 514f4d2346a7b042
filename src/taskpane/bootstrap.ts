/// <reference types="office-js" />
/**
 * What the task pane does before React: read the view asked for in the address (?view=check, from the ribbon
 * buttons), wait for Office.js, and say plainly what is wrong when the pane cannot start (no blank pane).
 * No React here, so it is testable with a bare DOM.
 */
import type { View } from "./App";

const VIEWS: readonly View[] = ["insert", "formulas", "check", "targets"];

/** The view in `?view=…`, when it names one. */
export function viewFromSearch(search: string): View | undefined {
  const view = new URLSearchParams(search).get("view");
  return VIEWS.find((v) => v === view);
}

export type StartProblem = "no-office-js" | "outside-excel" | "office-timeout";

export type OfficeStart = { ok: true; host: Office.HostType | null } | { ok: false; problem: StartProblem };

/**
 * Waits for Office.onReady. Office.js answers with host null when the page is open in a plain browser; a host that
 * never answers gets a message after `timeoutMs` rather than an endless "Opening…".
 */
export async function waitForOffice(
  office: typeof Office | undefined,
  timeoutMs = 20_000,
): Promise<OfficeStart> {
  if (!office || typeof office.onReady !== "function") return { ok: false, problem: "no-office-js" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeStart>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, problem: "office-timeout" }), timeoutMs);
  });
  const ready = office
    .onReady()
    .then((info): OfficeStart =>
      info.host === office.HostType.Excel
        ? { ok: true, host: info.host }
        : { ok: false, problem: "outside-excel" },
    );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Vietnamese first, then English: the pane's language setting is not known yet when these show. */
const problemTexts: Record<StartProblem | "crash", { title: string; vi: string; en: string }> = {
  "no-office-js": {
    title: "Không tải được Office.js / Office.js did not load",
    vi:
      "Ngăn làm việc cần thư viện Office.js của Microsoft mà cả máy chủ của Microsoft lẫn bản sao trên máy chủ này đều " +
      "không tải được. Hãy báo người quản trị. Trong lúc chờ, bạn dùng được trang web {app} hoặc lệnh phuluc.",
    en:
      "The pane needs Microsoft's Office.js, which could be loaded neither from Microsoft nor from this server's copy. " +
      "Tell your administrator. Meanwhile the web page {app} or the phuluc command line do the same work.",
  },
  "outside-excel": {
    title: "Trang này chạy trong Excel / This page runs inside Excel",
    vi:
      "Đây là ngăn làm việc của phần bổ trợ Excel: mở Excel, thẻ Trang đầu, nhóm Phụ lục TTTT. " +
      "Để làm việc với tệp .xlsx ngay trong trình duyệt, mở trang web {app}.",
    en:
      "This is the Excel add-in's pane: open Excel, Home tab, group ICT appendix. " +
      "To work on an .xlsx file in the browser, open the web page {app}.",
  },
  "office-timeout": {
    title: "Excel chưa trả lời / Excel did not answer",
    vi: "Excel chưa kết nối với ngăn làm việc. Hãy đóng ngăn này rồi mở lại; nếu vẫn vậy, dùng trang web {app}.",
    en: "Excel did not connect to the pane. Close the pane and open it again; if that fails, use the web page {app}.",
  },
  crash: {
    title: "Ngăn làm việc gặp lỗi / The pane failed to start",
    vi: "Hãy đóng ngăn này rồi mở lại. Nếu lỗi lặp lại, dùng trang web {app} và báo lỗi kèm dòng dưới đây.",
    en: "Close the pane and open it again. If it fails again, use the web page {app} and report the line below.",
  },
};

export type ShownProblem = StartProblem | "crash";

/** The message of a start problem: its title and the Vietnamese and English paragraphs, the web page's address in. */
export function startProblemText(
  problem: ShownProblem,
  pageHref: string | undefined,
): { title: string; paragraphs: string[] } {
  // The web page: webpack's "web" config writes it to web/app.html beside the pane.
  const app = new URL("web/app.html", pageHref ?? "https://localhost:3000/").href;
  const text = problemTexts[problem];
  return { title: text.title, paragraphs: [text.vi, text.en].map((p) => p.replace("{app}", app)) };
}

/** One line naming what was thrown, for the message's detail (the first line of a stack is the message). */
export function crashDetail(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Shows a plain message in `container` (no React, no Fluent): what happened and what to do instead. */
export function showStartProblem(container: HTMLElement, problem: ShownProblem, detail?: string): void {
  const doc = container.ownerDocument;
  const text = startProblemText(problem, doc.location?.href);
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.dataset.problem = problem;
  box.dataset.testid = "start-problem";
  Object.assign(box.style, PROBLEM_STYLE.box);
  const title = doc.createElement("h1");
  Object.assign(title.style, PROBLEM_STYLE.title);
  title.textContent = text.title;
  box.append(title);
  for (const body of text.paragraphs) {
    const p = doc.createElement("p");
    p.textContent = body;
    box.append(p);
  }
  if (detail) {
    const pre = doc.createElement("pre");
    Object.assign(pre.style, PROBLEM_STYLE.detail);
    pre.textContent = detail;
    box.append(pre);
  }
  container.replaceChildren(box);
}

/** The message's look, shared with the React error boundary (components/StartProblem.tsx). */
export const PROBLEM_STYLE = {
  box: { padding: "12px", lineHeight: "1.45", overflowWrap: "anywhere" },
  title: { fontSize: "16px", color: "#1F4E79", margin: "0 0 8px" },
  detail: { whiteSpace: "pre-wrap", fontSize: "12px", background: "#f3f2f1", padding: "6px" },
} as const;

/**
 * React 19's root options for both roots (the pane's and the web page's): an error no boundary caught unmounts the
 * whole tree, and the start-problem message takes its place instead of a blank pane; errors a boundary caught are
 * still written to the console, where tests and a support person look.
 */
export function crashHandlers(container: HTMLElement) {
  return {
    onUncaughtError(error: unknown): void {
      console.error(error);
      // After React has taken its tree out of the container.
      setTimeout(() => showStartProblem(container, "crash", crashDetail(error)), 0);
    },
    onCaughtError(error: unknown, info: { componentStack?: string }): void {
      console.error(error, info.componentStack ?? "");
    },
  };
}
