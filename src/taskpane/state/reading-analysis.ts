/**
 * The core's reading of a workbook read by the pane (the tables, their columns and the one report year), with what
 * the pane's settings keep of the reading applied. A lazy chunk of its own (workbook-reading.ts imports it with a
 * dynamic import()): the table reader and its grammar are not needed for the pane's first paint.
 */
import { withoutReports } from "../../core/actions/check";
import type { WorkbookModel } from "../../core/model/sheet";
import type { Settings } from "../../core/port";
import { withStoredReading } from "../../core/settings";
import { analyseWorkbook, readingOf, type WorkbookReading } from "../../core/tables";
import type { YearResolution } from "../../core/tables/year";

export interface Analysed {
  reading: WorkbookReading;
  /** The workbook holds a table. */
  hasTables: boolean;
  resolution: YearResolution;
}

export function analysed(
  model: WorkbookModel,
  stored: Pick<Settings, "year" | "readings">,
  userYear: number | undefined,
): Analysed {
  const { year, readings } = stored;
  const workbook = withStoredReading(withoutReports(model), {
    ...(year !== undefined ? { year } : {}),
    ...(readings ? { readings } : {}),
  });
  const analysis = analyseWorkbook(workbook, userYear !== undefined ? { year: userYear } : {});
  const hasTables = analysis.sheets.some((s) => s.tables.length > 0);
  return { reading: readingOf(analysis), hasTables, resolution: analysis.yearResolution };
}
