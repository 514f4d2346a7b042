/**
 * The grassroots-information targets: their coverage by the workbook, and appending the indicators the workbook does
 * not report to a plan sheet.
 *
 * Appending works on our "ke-hoach" layout — STT | Các chỉ tiêu | Đơn vị tính | Thực hiện năm N | Kế hoạch năm N+1 |
 * So sánh (%) | hidden Mã chỉ tiêu — and on officials' sheets shaped like it: the columns are the roles the table
 * model gives them (the first table with an indicator column and a "Kế hoạch …" column), not fixed letters. Below the
 * last used row come a group row "Chỉ tiêu thông tin cơ sở (bổ sung)" and one row per missing indicator: its number,
 * name, unit "%", the next year's target in the plan column, the comparison formula, and its code in the
 * "Mã chỉ tiêu" column (when the sheet has one). The texts are the document's, so they are Vietnamese whatever the
 * reader's language.
 */
import { targetFor } from "../catalog/grassroots";
import type { AdminLevel } from "../catalog/types";
import type { TargetCoverage } from "../check/types";
import { comparisonFormula, parseColumnToken, tableColumnOf, type Expr } from "../formulas";
import { isEmptyCell, type SheetModel } from "../model/sheet";
import { findTables, type FormulaColumn, type FormulaTable } from "../tables/find";
import type { CellWrite, WorkbookPort } from "../port";
import { appendableRows, coverageOfAnalysis } from "../targets/coverage";
import { analyseWorkbook } from "../tables/model";
import type { YearResolution } from "../tables/year";
import { PERCENT_NUMBER_FORMAT } from "../templates/layout";
import { withoutReports } from "./check";
import { ActionError } from "./errors";

export interface TargetsOptions {
  /** The report year the user gives now (else the workbook's own). */
  year?: number;
  /** The year the workbook's settings keep, when the face holds it apart (the ports attach it to the model). */
  storedYear?: number;
  level?: AdminLevel;
}

/** The coverage of the strategy targets and the report year it was judged for. */
export interface TargetsReport {
  /** The report year N (the one year resolver's, or the user's); absent when nothing tells it. */
  year?: number;
  yearResolution: YearResolution;
  /** Empty when the year is unknown: no target is judged against a year the workbook never named. */
  coverage: TargetCoverage[];
}

/**
 * Coverage of the strategy targets by the whole workbook (check reports left out), for `options.year` when the user
 * gives one, else for the year the workbook names (its tables' headers, their titles, its stored settings — the one
 * year resolver, as the check); none: nothing judged. One reading call, `port.read()`: in Excel 2 syncs (the sheet
 * names, then every used range).
 */
export async function targetsReport(
  port: WorkbookPort,
  options: TargetsOptions = {},
): Promise<TargetsReport> {
  const workbook = withoutReports(await port.read());
  const analysis = analyseWorkbook(workbook, {
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.storedYear !== undefined ? { storedYear: options.storedYear } : {}),
  });
  const year = analysis.year;
  const coverage =
    year === undefined ? [] : coverageOfAnalysis(analysis, { year, level: options.level ?? "huyen" });
  return { ...(year !== undefined ? { year } : {}), yearResolution: analysis.yearResolution, coverage };
}

/** `targetsReport`'s coverage alone. */
export async function targetsAction(
  port: WorkbookPort,
  options: TargetsOptions = {},
): Promise<TargetCoverage[]> {
  return (await targetsReport(port, options)).coverage;
}

/** Name of the group row above the appended indicators. */
export const APPENDED_GROUP_NAME = "Chỉ tiêu thông tin cơ sở (bổ sung)";

/** Columns of a plan sheet, zero-based. */
export interface PlanSheetColumns {
  headerRow: number;
  stt?: number;
  name: number;
  unit?: number;
  actual?: number;
  plan: number;
  comparison?: number;
  code?: number;
}

/**
 * The plan table of the sheet in the table model (src/core/tables): the first table with a name column and a plan
 * ("Kế hoạch …") value column, found by its column-number row or by its header row.
 */
function planTable(sheet: SheetModel): FormulaTable | undefined {
  return findTables(sheet).find(
    (t) =>
      t.columns.some((c) => c.role === "name") &&
      t.columns.some((c) => c.role === "value" && c.kind === "plan"),
  );
}

/** The plan table's columns by role; undefined when the sheet has no plan table. */
export function findPlanColumns(sheet: SheetModel): PlanSheetColumns | undefined {
  const table = planTable(sheet);
  if (!table) return undefined;
  const colOf = (test: (c: FormulaColumn) => boolean) => table.columns.find(test)?.col;
  const name = colOf((c) => c.role === "name") as number;
  const plan = colOf((c) => c.role === "value" && c.kind === "plan") as number;
  const out: PlanSheetColumns = { headerRow: table.headerTop, name, plan };
  const stt = colOf((c) => c.role === "number");
  const unit = colOf((c) => c.role === "unit");
  const actual = colOf((c) => c.role === "value" && (c.kind === "actual" || c.kind === "estimate"));
  const comparison = colOf((c) => c.role === "comparison" || c.role === "ratio");
  if (stt !== undefined) out.stt = stt;
  if (unit !== undefined) out.unit = unit;
  if (actual !== undefined) out.actual = actual;
  if (comparison !== undefined) out.comparison = comparison;
  if (table.codeColumn !== undefined) out.code = table.codeColumn;
  return out;
}

/** The comparison formula of `row`: the column-number row's declaration (6=5/4) when the table has one, else
 * plan / actual × 100. */
function comparisonAt(
  sheet: SheetModel,
  columns: PlanSheetColumns,
): ((row: number) => string | undefined) | undefined {
  const col = columns.comparison;
  if (col === undefined) return undefined;
  const table = planTable(sheet);
  const column = table?.columns.find((c) => c.col === col && c.expr !== undefined);
  if (table && column?.expr) {
    const expr = column.expr;
    return (row) =>
      comparisonFormula(expr, { row, columnOf: (n) => tableColumnOf(table, n), percent: column.percent });
  }
  if (columns.actual === undefined) return undefined;
  const byNumber = new Map([
    [1, columns.actual],
    [2, columns.plan],
  ]);
  const expr = parseColumnToken("3=2/1")?.expr as Expr;
  // The plan forms' comparison columns are percents ("So sánh … (%)").
  return (row) => comparisonFormula(expr, { row, columnOf: (n) => byNumber.get(n), percent: true });
}

/** Zero-based index of the last row holding anything; -1 for an empty sheet. */
function lastUsedRow(sheet: SheetModel): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    if (sheet.rows[r]?.some((cell) => !isEmptyCell(cell))) return r;
  }
  return -1;
}

/** "1.1" stays text; a whole number is written as a number, as the templates write STT. */
function sttValue(number: string): string | number {
  return /^\d+$/.test(number) ? Number(number) : number;
}

/**
 * The writes appending the coverage's missing indicators below the sheet's last used row (pure). `year` is the
 * report year N: the plan column gets the target of year N+1. Throws ActionError "actions.error.not-a-plan-sheet"
 * when the sheet has no plan table header.
 */
export function planAppendTargets(
  sheet: SheetModel,
  coverage: readonly TargetCoverage[],
  year: number,
): { writes: CellWrite[]; rows: number } {
  const columns = findPlanColumns(sheet);
  if (!columns) throw new ActionError("actions.error.not-a-plan-sheet", { sheet: sheet.name });
  const missing = appendableRows(coverage);
  if (missing.length === 0) return { writes: [], rows: 0 };

  const formulaAt = comparisonAt(sheet, columns);
  const writes: CellWrite[] = [];
  let row = lastUsedRow(sheet) + 1;
  writes.push({ row, col: columns.name, value: APPENDED_GROUP_NAME });
  row++;
  for (const indicator of missing) {
    if (columns.stt !== undefined) writes.push({ row, col: columns.stt, value: sttValue(indicator.number) });
    writes.push({ row, col: columns.name, value: indicator.name });
    if (columns.unit !== undefined) writes.push({ row, col: columns.unit, value: indicator.unit });
    const target = targetFor(indicator.code, year + 1).value;
    if (target !== undefined) {
      writes.push({ row, col: columns.plan, value: target.min, numberFormat: PERCENT_NUMBER_FORMAT });
    }
    const formula = formulaAt?.(row);
    if (columns.comparison !== undefined && formula !== undefined) {
      writes.push({ row, col: columns.comparison, formula, numberFormat: PERCENT_NUMBER_FORMAT });
    }
    if (columns.code !== undefined) writes.push({ row, col: columns.code, value: indicator.code });
    row++;
  }
  return { writes, rows: missing.length };
}

/**
 * Appends the indicators the coverage reports missing to the plan sheet. One read (that sheet), at most one write.
 * Returns the number of indicator rows appended (the group row not counted).
 */
export async function appendMissingTargets(
  port: WorkbookPort,
  request: { sheet: string; coverage: readonly TargetCoverage[]; year: number },
): Promise<{ sheet: string; rows: number }> {
  const workbook = await port.read([request.sheet]);
  const sheet = workbook.sheets.find((s) => s.name === request.sheet);
  if (!sheet) throw new ActionError("actions.error.unknown-sheet", { sheet: request.sheet });
  const { writes, rows } = planAppendTargets(sheet, request.coverage, request.year);
  if (writes.length > 0) await port.writeCells({ [sheet.name]: writes });
  return { sheet: sheet.name, rows };
}
