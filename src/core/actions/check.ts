/**
 * Checking a workbook, marking the findings' cells, and writing the findings as a report sheet (its layout:
 * src/core/check/report-sheet.ts).
 */
import { checkWorkbook, moreSevere } from "../check";
import { checkReportPlan, withoutReports } from "../check/report-sheet";
import type { CheckOptions, CheckResult, Finding } from "../check/types";
import type { Lang } from "../i18n/types";
import type { WorkbookModel } from "../model/sheet";
import type { CellMark, SheetSetupPart, WorkbookPort } from "../port";

export { checkReportPlan, CHECK_REPORT_ID, isCheckReport, withoutReports } from "../check/report-sheet";

/**
 * Reads the whole workbook and runs every rule (report sheets left out). One reading call, `port.read()`: in Excel
 * 2 syncs (the sheet names, then every used range), more for a workbook too large for one response.
 */
export async function checkAction(port: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  return checkModel(await port.read(), options);
}

/** `checkAction` on a workbook already read (`port.read()`): every rule, the report sheets left out. */
export function checkModel(workbook: WorkbookModel, options: CheckOptions = {}): CheckResult {
  return checkWorkbook(withoutReports(workbook), options);
}

/** One mark per cell, with the most severe of the findings on it, in the findings' order. */
export function findingMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const seen = byCell.get(key);
    if (!seen) byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    else if (moreSevere(f.severity, seen.severity)) seen.severity = f.severity;
  }
  return [...byCell.values()];
}

/** What marking did: the cells marked, of how many, and whether their record is saved in the workbook. */
export interface MarkSummary {
  cells: number;
  /** The cells to mark; more than `cells` when the record of every fill would not fit the workbook. */
  of: number;
  /** False: marked, but the previous fills are remembered only while the pane stays open. */
  saved: boolean;
}

/**
 * Colours the findings' cells by severity (replacing the marks of an earlier call). One writing call, `port.mark`:
 * in Excel 2 syncs (the cells' fills before marking and the sheet ids, then the fills), more for many thousands of
 * cells.
 */
export async function markFindings(port: WorkbookPort, findings: readonly Finding[]): Promise<MarkSummary> {
  const marks = findingMarks(findings);
  const outcome = await port.mark(marks);
  if (!outcome) return { cells: marks.length, of: marks.length, saved: true };
  return { cells: outcome.marked, of: outcome.cells, saved: outcome.recordSaved };
}

/**
 * Puts back the fills the marks replaced. One writing call, `port.clearMarks`: in Excel 2 syncs (the sheet ids,
 * then the fills), none when nothing is marked. `saved`: false when the workbook could not record that the marks
 * are gone.
 */
export async function clearFindingMarks(port: WorkbookPort): Promise<{ saved: boolean }> {
  const outcome = await port.clearMarks();
  return { saved: outcome ? outcome.recordSaved : true };
}

/**
 * Adds the report sheet at the end of the workbook. Two calls, `port.sheetNames` and `port.addSheets`: in Excel
 * 1 sync and 2 (the sheet, then its print setup), more only for a report whose request passes 4 MB. `unfinished`:
 * the setup parts Excel refused (the sheet is written all the same).
 */
export async function writeCheckReport(
  port: WorkbookPort,
  result: CheckResult,
  lang: Lang,
): Promise<{ sheet: string; unfinished: SheetSetupPart[] }> {
  const { names } = await port.sheetNames();
  const plan = checkReportPlan(result, lang, names);
  const outcome = await port.addSheets([plan]);
  return { sheet: plan.name, unfinished: outcome?.unfinished.flatMap((u) => u.parts) ?? [] };
}
