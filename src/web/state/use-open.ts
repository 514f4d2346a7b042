/**
 * Putting a workbook on the page: a file chosen or dropped (told off when it is no .xlsx the page can read), the
 * sample or a new workbook; the work not downloaded yet is only dropped when the official says so. Each workbook is
 * watched (observed-port.ts): the page's picture is taken again after every change the pane makes.
 */
import { useCallback, useRef, type Dispatch } from "react";
import type { XlsxPort } from "../../xlsx/port";
import { tw } from "../i18n";
import { observePort, type PortChange } from "../observed-port";
import { reasonText, type Doc, type PageEvent, type PageState } from "./page";
import type { WorkbookIo } from "./use-workbook-io";

const SAMPLE_FILE = "mau-phu-luc-Tuan-Giao-2021-2022.xlsx";
const NEW_FILE = "phu-luc-TTTT.xlsx";

export interface UseOpen {
  /** Opens a file chosen or dropped; `others` more files were given and are not opened. */
  openFile: (file: File, others?: number) => Promise<void>;
  openMade: (kind: "sample" | "new") => Promise<void>;
}

/** The workbook watched: a selection is told the page, any other change takes the page's picture again. */
function watched(
  inner: XlsxPort,
  dispatch: Dispatch<PageEvent>,
  refresh: (port: XlsxPort) => Promise<void>,
): XlsxPort {
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
  return port;
}

export function useOpen(deps: {
  state: PageState;
  dispatch: Dispatch<PageEvent>;
  loadIo: () => Promise<WorkbookIo>;
  /** Takes the page's picture of the workbook again. */
  refresh: (port: XlsxPort) => Promise<void>;
}): UseOpen {
  const { state, dispatch, loadIo, refresh } = deps;
  const { lang, doc, dirty } = state;
  const nextId = useRef(1);

  /** Puts a newly opened workbook on the page, watched so the tables follow the pane's work. */
  const show = useCallback(
    (inner: XlsxPort, source: string, title: Doc["title"]) => {
      const port = watched(inner, dispatch, refresh);
      const opened: Doc = { id: nextId.current++, port, source, title, lang };
      dispatch({ type: "opened", doc: opened });
      void refresh(port);
    },
    [refresh, lang, dispatch],
  );

  /** Work not downloaded yet is only dropped when the official says so. */
  const mayReplace = useCallback(
    (next: string) => !dirty || window.confirm(tw(lang, "web.replace.confirm", { file: next })),
    [dirty, lang],
  );

  const failLibrary = useCallback(
    (error: unknown) =>
      dispatch({ type: "problem", problem: { kind: "library", reason: reasonText(error) } }),
    [dispatch],
  );

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
    [loadIo, show, doc, mayReplace, dispatch, failLibrary],
  );

  const openMade = useCallback(
    async (kind: "sample" | "new") => {
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
    },
    [mayReplace, lang, dispatch, loadIo, show, failLibrary],
  );

  return { openFile, openMade };
}
