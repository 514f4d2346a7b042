/**
 * The web page's state in one pure reducer (the pane's pattern, src/taskpane/state/): the open workbook, what the
 * tables show, the selection, what is running, and the one problem and one notice on show. The hooks beside it
 * (use-page.ts) turn the official's actions and the workbook's answers into these events.
 */
import type { Finding } from "../../core/check/types";
import type { Lang } from "../../core/i18n/messages";
import type { SheetModel } from "../../core/model/sheet";
import type { WorkbookReading } from "../../core/tables/reading";
import type { LoadProblem } from "../../xlsx/load";
import type { XlsxPort } from "../../xlsx/port";
import type { WebMessageKey } from "../i18n";
import type { SheetLook } from "../look";

/** The open workbook. `id` changes with every file, so the pane starts afresh on each. */
export interface Doc {
  id: number;
  port: XlsxPort;
  /** The file name the download is named after. */
  source: string;
  /** What the header says is open: a file name, or a message key for the sample and the new workbook. */
  title: { file: string } | { key: WebMessageKey };
  /** The language the pane starts in (the workbook's own setting wins). */
  lang: Lang;
}

/** What the tables show: a snapshot of the workbook taken after each change. */
export interface Snapshot {
  names: string[];
  sheets: SheetModel[];
  looks: SheetLook[];
  findings: Finding[];
  /** How the tables were read (shown beside the sheet), with the year the pane uses. */
  reading?: WorkbookReading;
}

export type Problem =
  | { kind: LoadProblem; file: string; kept: boolean }
  | { kind: "library"; reason: string }
  | { kind: "save"; reason: string }
  /** The tables could not be drawn from the workbook (the pane may still work). */
  | { kind: "view"; reason: string };

/** A message kept as its key and parameters, so that it follows the language switch. */
export interface Notice {
  key: WebMessageKey;
  params?: Record<string, string | number>;
}

export type Busy = "open" | "sample" | "new" | "save";

export interface PageState {
  lang: Lang;
  doc?: Doc;
  /** Bumped to start the pane afresh on the same workbook (after the header's language switch). */
  paneKey: number;
  snapshot?: Snapshot;
  activeSheet?: string;
  selection?: { sheet: string; cell: string };
  /** The last cell selected on each sheet, selected again when its tab is opened. */
  lastCells: ReadonlyMap<string, string>;
  busy?: Busy;
  problem?: Problem;
  notice?: Notice;
  /** The workbook has changes not downloaded yet. */
  dirty: boolean;
  /** The report year the official chose in the pane for this workbook (the tables are checked with it too). */
  userYear?: number;
}

export const initialPage = (lang: Lang = "vi"): PageState => ({
  lang,
  paneKey: 0,
  lastCells: new Map(),
  dirty: false,
});

export type PageEvent =
  | { type: "lang"; lang: Lang }
  | { type: "start"; busy: Busy; notice?: Notice }
  | { type: "done" }
  | { type: "opened"; doc: Doc; notice?: Notice }
  | { type: "snapshot"; port: XlsxPort; snapshot: Snapshot; active?: string; lang?: Lang }
  | { type: "changed"; port: XlsxPort }
  | { type: "selected"; port: XlsxPort; sheet: string; cell: string }
  | { type: "sheet"; name: string }
  | { type: "saved"; file: string }
  | { type: "pane-lang"; lang: Lang }
  | { type: "user-year"; port: XlsxPort; year?: number }
  | { type: "problem"; problem: Problem }
  | { type: "dismiss-problem" }
  | { type: "dismiss-notice" };

/** Events from a workbook no longer on the page (work finishing after another file was opened) change nothing. */
const isCurrent = (state: PageState, port: XlsxPort) => state.doc?.port === port;

export function pageReducer(state: PageState, event: PageEvent): PageState {
  switch (event.type) {
    case "lang":
      return { ...state, lang: event.lang };
    case "start":
      return {
        ...state,
        busy: event.busy,
        problem: undefined,
        notice: event.busy === "save" ? state.notice : event.notice,
      };
    case "done":
      return { ...state, busy: undefined };
    case "opened":
      return {
        ...state,
        doc: event.doc,
        snapshot: undefined,
        activeSheet: undefined,
        selection: undefined,
        lastCells: new Map(),
        dirty: false,
        userYear: undefined,
        notice: event.notice ?? state.notice,
      };
    case "snapshot": {
      if (!isCurrent(state, event.port)) return state;
      const { names } = event.snapshot;
      const shown = state.activeSheet;
      return {
        ...state,
        snapshot: event.snapshot,
        activeSheet: shown && names.includes(shown) ? shown : (event.active ?? names[0]),
        lang: event.lang ?? state.lang,
      };
    }
    case "changed":
      return isCurrent(state, event.port) ? { ...state, dirty: true } : state;
    case "selected": {
      if (!isCurrent(state, event.port)) return state;
      const lastCells = new Map(state.lastCells).set(event.sheet, event.cell);
      return {
        ...state,
        selection: { sheet: event.sheet, cell: event.cell },
        activeSheet: event.sheet,
        lastCells,
      };
    }
    case "sheet":
      return { ...state, activeSheet: event.name };
    case "saved":
      return { ...state, dirty: false, notice: { key: "web.download.done", params: { file: event.file } } };
    case "pane-lang":
      return state.doc
        ? { ...state, doc: { ...state.doc, lang: event.lang }, paneKey: state.paneKey + 1 }
        : state;
    case "user-year":
      return isCurrent(state, event.port) ? { ...state, userYear: event.year } : state;
    case "problem":
      return { ...state, problem: event.problem };
    case "dismiss-problem":
      return { ...state, problem: undefined };
    case "dismiss-notice":
      return { ...state, notice: undefined };
  }
}

/** One line of what was thrown, for the page's problem bar. */
export function reasonText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
