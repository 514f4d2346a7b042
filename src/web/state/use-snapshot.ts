/**
 * The page's picture of the open workbook, taken again after each change the pane makes: the sheets to draw, their
 * looks, the checker's findings on the cells and how the tables were read — with the settings the workbook keeps and
 * the report year the official chose in the pane, so that the tables and the pane show the same findings and year.
 * A slower earlier picture never overwrites a later one.
 */
import { useCallback, useRef, type Dispatch } from "react";
import type { XlsxPort } from "../../xlsx/port";
import { reasonText, type PageEvent } from "./page";
import type { WorkbookIo } from "./use-workbook-io";

export function useSnapshot(
  dispatch: Dispatch<PageEvent>,
  loadIo: () => Promise<WorkbookIo>,
): (port: XlsxPort, userYear?: number) => Promise<void> {
  const refreshes = useRef(0);
  return useCallback(
    async (port: XlsxPort, userYear?: number) => {
      const token = ++refreshes.current;
      try {
        const [{ names, active }, settings, library] = await Promise.all([
          port.sheetNames(),
          port.loadSettings(),
          loadIo(),
        ]);
        if (token !== refreshes.current) return;
        // Each sheet read once, for its cells and its look together; checked as the pane checks: with what the
        // settings keep of the reading, and the year the official chose.
        const { sheets, looks } = library.sheetsAndLooks(port, names);
        const { findings, reading } = library.checkOf({ sheets }, settings, userYear);
        dispatch({
          type: "snapshot",
          port,
          snapshot: { names, sheets, looks, findings, ...(reading ? { reading } : {}) },
          active,
          lang: settings.lang,
        });
      } catch (error) {
        if (token === refreshes.current)
          dispatch({ type: "problem", problem: { kind: "view", reason: reasonText(error) } });
      }
    },
    [dispatch, loadIo],
  );
}
