/**
 * The web page's actions over its reducer (page.ts): open a file, the sample or a new workbook, download, switch
 * the language, follow the selection. Each workbook is watched (observed-port.ts) so that the tables follow the
 * pane's work; answers about a workbook no longer on the page are dropped by the reducer.
 */
import { useCallback, useReducer, useRef } from "react";
import type { Lang } from "../../core/i18n/messages";
import type { XlsxPort } from "../../xlsx/port";
import { downloadName, saveAs } from "../download";
import { tw, type WebMessageKey } from "../i18n";
import { observePort, type PortChange } from "../observed-port";
import { initialPage, pageReducer, reasonText, type Doc, type PageState } from "./page";
import { useWorkbookIo } from "./use-workbook-io";

export { ACCEPT } from "../download";

const SAMPLE_FILE = "mau-phu-luc-Tuan-Giao-2021-2022.xlsx";
const NEW_FILE = "phu-luc-TTTT.xlsx";

export interface PageActions {
  /** Opens a file chosen or dropped; `others` more files were given and are not opened. */
  openFile: (file: File, others?: number) => Promise<void>;
  openMade: (kind: "sample" | "new") => Promise<void>;
  download: () => Promise<void>;
  chooseLang: (lang: Lang) => Promise<void>;
  /** Shows a sheet's tab and selects its last selected cell. */
  openSheet: (name: string) => void;
  /** Selects a cell of the sheet on show. */
  selectCell: (cell: string) => void;
  dismissProblem: () => void;
  dismissNotice: () => void;
}

export interface UsePage {
  state: PageState;
  actions: PageActions;
  /** The Excel library is being loaded. */
  libraryLoading: boolean;
}

export function usePage(initialLang: Lang = "vi"): UsePage {
  const [state, dispatch] = useReducer(pageReducer, initialLang, initialPage);
  const io = useWorkbookIo();
  const loadIo = io.load;
  const nextId = useRef(1);
  const refreshes = useRef(0);
  const { lang, doc, dirty, activeSheet, lastCells } = state;

  /** Takes a new snapshot of the workbook; a slower earlier one never overwrites a later one. */
  const refresh = useCallback(
    async (port: XlsxPort) => {
      const token = ++refreshes.current;
      try {
        const [{ names, active }, settings, library] = await Promise.all([
          port.sheetNames(),
          port.loadSettings(),
          loadIo(),
        ]);
        if (token !== refreshes.current) return;
        // Each sheet read once, for its cells and its look together.
        const { sheets, looks } = library.sheetsAndLooks(port, names);
        const findings = library.findingsOf({ sheets }, settings.level);
        dispatch({
          type: "snapshot",
          port,
          snapshot: { names, sheets, looks, findings },
          active,
          lang: settings.lang,
        });
      } catch (error) {
        if (token === refreshes.current)
          dispatch({ type: "problem", problem: { kind: "view", reason: reasonText(error) } });
      }
    },
    [loadIo],
  );

  /** Puts a newly opened workbook on the page, watched so the tables follow the pane's work. */
  const show = useCallback(
    (inner: XlsxPort, source: string, title: Doc["title"], notice?: { key: WebMessageKey; file: string }) => {
      const onChange = (change: PortChange) => {
        if (change === "selection") {
          const selected = port.selection;
          if (selected) dispatch({ type: "selected", port, ...selected });
          return;
        }
        if (change === "content") dispatch({ type: "changed", port });
        void refresh(port);
      };
      const port = observePort(inner, onChange);
      const doc: Doc = { id: nextId.current++, port, source, title, lang };
      dispatch({
        type: "opened",
        doc,
        notice: notice ? { key: notice.key, params: { file: notice.file } } : undefined,
      });
      void refresh(port);
    },
    [refresh, lang],
  );

  /** Work not downloaded yet is only dropped when the official says so. */
  const mayReplace = useCallback(
    (next: string) => !dirty || window.confirm(tw(lang, "web.replace.confirm", { file: next })),
    [dirty, lang],
  );

  const failLibrary = (error: unknown) =>
    dispatch({ type: "problem", problem: { kind: "library", reason: reasonText(error) } });

  const openFile = useCallback(
    async (file: File, others = 0) => {
      dispatch({
        type: "start",
        busy: "open",
        notice: others > 0 ? { key: "web.problem.several", params: { file: file.name } } : undefined,
      });
      try {
        const library = await loadIo();
        const opened = await library.openBytes(new Uint8Array(await file.arrayBuffer()));
        if (!opened.ok)
          dispatch({
            type: "problem",
            problem: { kind: opened.problem, file: file.name, kept: doc !== undefined },
          });
        else if (mayReplace(file.name)) show(opened.port, file.name, { file: file.name });
      } catch (error) {
        failLibrary(error);
      } finally {
        dispatch({ type: "done" });
      }
    },
    [loadIo, show, doc, mayReplace],
  );

  const openMade = async (kind: "sample" | "new") => {
    const key = kind === "sample" ? "web.sample.name" : "web.new.name";
    if (!mayReplace(tw(lang, key))) return;
    dispatch({ type: "start", busy: kind });
    try {
      const library = await loadIo();
      if (kind === "sample") show(library.samplePort(), SAMPLE_FILE, { key });
      else show(library.newPort(), NEW_FILE, { key });
    } catch (error) {
      failLibrary(error);
    } finally {
      dispatch({ type: "done" });
    }
  };

  const download = async () => {
    if (!doc) return;
    dispatch({ type: "start", busy: "save" });
    try {
      const library = await loadIo();
      const bytes = library.saveBytes(doc.port);
      const macros = doc.port.document.macroEnabled;
      const name = downloadName(doc.source, macros);
      saveAs(bytes, name, macros);
      dispatch({ type: "saved", file: name });
    } catch (error) {
      dispatch({ type: "problem", problem: { kind: "save", reason: reasonText(error) } });
    } finally {
      dispatch({ type: "done" });
    }
  };

  /** The header's language buttons: before a file, the page's language; with one, the workbook's setting too. */
  const chooseLang = async (next: Lang) => {
    dispatch({ type: "lang", lang: next });
    if (!doc) return;
    try {
      const stored = await doc.port.loadSettings();
      if (stored.lang === next) return;
      await doc.port.saveSettings({ ...stored, lang: next });
      // The pane reads its settings when it starts.
      dispatch({ type: "pane-lang", lang: next });
    } catch (error) {
      dispatch({ type: "problem", problem: { kind: "view", reason: reasonText(error) } });
    }
  };

  /** Selecting a cell in the page's copy of the workbook; a failure is said, never left unhandled. */
  const selectInPort = useCallback(
    (sheet: string, cell: string) => {
      doc?.port
        .select(sheet, cell)
        .catch((error: unknown) =>
          dispatch({ type: "problem", problem: { kind: "view", reason: reasonText(error) } }),
        );
    },
    [doc],
  );

  const openSheet = useCallback(
    (name: string) => {
      dispatch({ type: "sheet", name });
      selectInPort(name, lastCells.get(name) ?? "A1");
    },
    [selectInPort, lastCells],
  );

  const selectCell = useCallback(
    (cell: string) => {
      if (activeSheet) selectInPort(activeSheet, cell);
    },
    [selectInPort, activeSheet],
  );

  const dismissProblem = useCallback(() => dispatch({ type: "dismiss-problem" }), []);
  const dismissNotice = useCallback(() => dispatch({ type: "dismiss-notice" }), []);

  const actions: PageActions = {
    openFile,
    openMade,
    download,
    chooseLang,
    openSheet,
    selectCell,
    dismissProblem,
    dismissNotice,
  };
  return { state, actions, libraryLoading: io.loading };
}
