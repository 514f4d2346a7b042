/**
 * The web page's actions over its reducer (page.ts), in steps of their own: the workbook put on the page and its
 * picture taken again after each change (use-snapshot.ts), opening a file, the sample or a new workbook
 * (use-open.ts), and here download, the language switch, the selection and the report year the official chose in
 * the pane. Each workbook is watched (observed-port.ts) so that the tables follow the pane's work; answers about a
 * workbook no longer on the page are dropped by the reducer.
 */
import { useCallback, useEffect, useReducer, useRef, type Dispatch } from "react";
import type { Lang } from "../../core/i18n/messages";
import type { XlsxPort } from "../../xlsx/port";
import { downloadName, saveAs } from "../download";
import { initialPage, pageReducer, reasonText, type Doc, type PageEvent, type PageState } from "./page";
import { useOpen } from "./use-open";
import { useSnapshot } from "./use-snapshot";
import { useWorkbookIo } from "./use-workbook-io";

export { ACCEPT } from "../download";

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
  /** The pane tells the report year the official chose (the tables are checked with it). */
  chooseYear: (year: number | undefined) => void;
}

export interface UsePage {
  state: PageState;
  actions: PageActions;
  /** The Excel library is being loaded. */
  libraryLoading: boolean;
}

/** Saves the workbook on the page as a download, its name said once done. */
async function downloadDoc(
  doc: Doc | undefined,
  loadIo: ReturnType<typeof useWorkbookIo>["load"],
  dispatch: Dispatch<PageEvent>,
): Promise<void> {
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
}

/** The page's language, and the workbook's setting when one is open (the pane reads it when it starts). */
async function switchLang(doc: Doc | undefined, next: Lang, dispatch: Dispatch<PageEvent>): Promise<void> {
  dispatch({ type: "lang", lang: next });
  if (!doc) return;
  try {
    const stored = await doc.port.loadSettings();
    if (stored.lang === next) return;
    await doc.port.saveSettings({ ...stored, lang: next });
    dispatch({ type: "pane-lang", lang: next });
  } catch (error) {
    dispatch({ type: "problem", problem: { kind: "view", reason: reasonText(error) } });
  }
}

/** Opening a sheet's tab (its last selected cell selected again) and selecting a cell, in the page's copy. */
function useSelection(state: PageState, dispatch: Dispatch<PageEvent>) {
  const { doc, activeSheet, lastCells } = state;
  /** Selecting a cell in the page's copy of the workbook; a failure is said, never left unhandled. */
  const selectInPort = useCallback(
    (sheet: string, cell: string) => {
      doc?.port
        .select(sheet, cell)
        .catch((error: unknown) =>
          dispatch({ type: "problem", problem: { kind: "view", reason: reasonText(error) } }),
        );
    },
    [doc, dispatch],
  );
  const openSheet = useCallback(
    (name: string) => {
      dispatch({ type: "sheet", name });
      selectInPort(name, lastCells.get(name) ?? "A1");
    },
    [selectInPort, lastCells, dispatch],
  );
  const selectCell = useCallback(
    (cell: string) => {
      if (activeSheet) selectInPort(activeSheet, cell);
    },
    [selectInPort, activeSheet],
  );
  return { openSheet, selectCell };
}

export function usePage(initialLang: Lang = "vi"): UsePage {
  const [state, dispatch] = useReducer(pageReducer, initialLang, initialPage);
  const io = useWorkbookIo();
  const loadIo = io.load;
  const { doc, userYear } = state;
  const snapshot = useSnapshot(dispatch, loadIo);
  // The picture is taken with the year the official chose in the pane, the latest one.
  const year = useRef(userYear);
  useEffect(() => {
    year.current = userYear;
  }, [userYear]);
  const refresh = useCallback((port: XlsxPort) => snapshot(port, year.current), [snapshot]);
  const { openFile, openMade } = useOpen({ state, dispatch, loadIo, refresh });

  const chooseYear = useCallback(
    (chosen: number | undefined) => {
      if (!doc || chosen === year.current) return;
      year.current = chosen;
      dispatch({ type: "user-year", port: doc.port, year: chosen });
      void snapshot(doc.port, chosen);
    },
    [doc, snapshot],
  );

  const download = () => downloadDoc(doc, loadIo, dispatch);
  /** The header's language buttons: before a file, the page's language; with one, the workbook's setting too. */
  const chooseLang = (next: Lang) => switchLang(doc, next, dispatch);
  const { openSheet, selectCell } = useSelection(state, dispatch);
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
    chooseYear,
  };
  return { state, actions, libraryLoading: io.loading };
}
