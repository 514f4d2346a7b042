/**
 * The checker: every rule over a workbook, and the grassroots-information targets coverage.
 * Faces (command line, task pane, web page) call `checkWorkbook` and render findings with `findingMessage`.
 */
import type { WorkbookModel } from "../model/sheet";
import { parseA1 } from "../model/address";
import { withFormulaTableCache } from "../formulas";
import { targetCoverage, yearFromHeaders } from "../targets/coverage";
import { analyseWorkbook } from "./analysis";
import { checkTables } from "./table-rules";
import { checkSheets } from "./sheet-rules";
import { severityRank, type CheckOptions, type CheckResult, type Finding, type Severity } from "./types";

export * from "./types";
export { findingMessage, formatNumber, messageNamesIndicator } from "./render";

/** Findings in reading order: by sheet as the workbook orders them, then row, column, severity and code. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  const position = (f: Finding) => parseA1(f.cell) ?? { row: 0, col: 0 };
  return [...findings].sort((a, b) => {
    const bySheet = (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0);
    if (bySheet) return bySheet;
    const pa = position(a);
    const pb = position(b);
    return (
      pa.row - pb.row ||
      pa.col - pb.col ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.code.localeCompare(b.code)
    );
  });
}

export function checkWorkbook(workbook: WorkbookModel, options: CheckOptions = {}): CheckResult {
  // The rules look for the same tables in the same sheets: find them once per sheet for the whole check.
  return withFormulaTableCache(() => checkUnchanged(workbook, options));
}

function checkUnchanged(workbook: WorkbookModel, options: CheckOptions): CheckResult {
  const analysis = analyseWorkbook(workbook, options);
  const year = options.year ?? analysis.year ?? yearFromHeaders(workbook);
  const issues = sortFindings(
    [...checkTables(analysis), ...checkSheets(workbook)],
    workbook.sheets.map((s) => s.name),
  );
  const targets = targetCoverage(workbook, { year, level: options.level ?? "huyen" });
  return { year, issues, targets };
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
