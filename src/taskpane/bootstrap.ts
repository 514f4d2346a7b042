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

/** Shows a plain message in `container` (no React, no Fluent): what happened and what to do instead. */
export function showStartProblem(
  container: HTMLElement,
  problem: StartProblem | "crash",
  detail?: string,
): void {
  const doc = container.ownerDocument;
  // The web page: webpack's "web" config writes it to web/app.html beside the pane.
  const app = new URL("web/app.html", doc.location?.href ?? "https://localhost:3000/").href;
  const text = problemTexts[problem];
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.dataset.problem = problem;
  box.style.cssText = "padding:12px;line-height:1.45";
  const title = doc.createElement("h1");
  title.style.cssText = "font-size:16px;color:#1F4E79;margin:0 0 8px";
  title.textContent = text.title;
  box.append(title);
  for (const body of [text.vi, text.en]) {
    const p = doc.createElement("p");
    p.textContent = body.replace("{app}", app);
    box.append(p);
  }
  if (detail) {
    const pre = doc.createElement("pre");
    pre.style.cssText = "white-space:pre-wrap;font-size:12px;background:#f3f2f1;padding:6px";
    pre.textContent = detail;
    box.append(pre);
  }
  container.replaceChildren(box);
}
