/**
 * The page's picture of the open workbook, taken again after each change the pane makes: the sheets to draw, their
 * looks, the checker's findings on the cells and how the tables were read — with the settings the workbook keeps and
 * the report year the official chose in the pane, so that the tables and the pane show the same findings and year.
 * A slower earlier picture never overwrites a later one.
 */
import { useCallback, useRef, type Dispatch } from "react";
import { checkModel } from "../../core/actions/check";
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
        const [{ names, active }, model, settings, library] = await Promise.all([
          port.sheetNames(),
          port.read(),
          port.loadSettings(),
          loadIo(),
        ]);
        if (token !== refreshes.current) return;
        // The check the pane runs: the workbook's own year (the port attaches what its settings keep), or the one
        // the official chose.
        const result = checkModel(model, {
          ...(settings.level ? { level: settings.level } : {}),
          ...(userYear !== undefined ? { year: userYear } : {}),
        });
        const looks = library.sheetLooks(port, names);
        dispatch({
          type: "snapshot",
          port,
          snapshot: {
            names,
            sheets: model.sheets,
            looks,
            findings: result.issues,
            ...(result.reading ? { reading: result.reading } : {}),
          },
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
