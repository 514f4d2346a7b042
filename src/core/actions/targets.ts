/**
 * The grassroots-information targets: their coverage by the workbook, and appending the indicators the workbook does
 * not report to a plan sheet.
 *
 * Appending works on our "ke-hoach" layout — STT | Các chỉ tiêu | Đơn vị tính | Thực hiện năm N | Kế hoạch năm N+1 |
 * So sánh (%) | hidden Mã chỉ tiêu — and on officials' sheets shaped like it: the columns are found by their header
 * texts (the first row naming both an indicator column and a "Kế hoạch …" column), not by fixed letters. Below the
 * last used row come a group row "Chỉ tiêu thông tin cơ sở (bổ sung)" and one row per missing indicator: its number,
 * name, unit "%", the next year's target in the plan column, the comparison formula, and its code in the
 * "Mã chỉ tiêu" column (when the sheet has one). The texts are the document's, so they are Vietnamese whatever the
 * reader's language.
 */
import { targetFor } from "../catalog/grassroots";
import type { AdminLevel } from "../catalog/types";
import type { TargetCoverage } from "../check/types";
import {
  comparisonFormula,
  findFormulaTables,
  foldText,
  parseColumnToken,
  tableColumnOf,
  type Expr,
} from "../formulas";
import { isSttHeader } from "../formulas/row-labels";
import { cellAt, cellText, isEmptyCell, type SheetModel } from "../model/sheet";
import type { CellWrite, WorkbookPort } from "../port";
import { appendableRows, targetCoverage } from "../targets/coverage";
import { CODE_HEADER } from "../templates";
import { PERCENT_NUMBER_FORMAT } from "../templates/layout";
import { withoutReports } from "./check";
import { ActionError } from "./errors";

/**
 * Coverage of the strategy targets by the whole workbook (check reports left out). One reading call, `port.read()`:
 * in Excel 2 syncs (the sheet names, then every used range).
 */
export async function targetsAction(
  port: WorkbookPort,
  options: { year?: number; level?: AdminLevel } = {},
): Promise<TargetCoverage[]> {
  const workbook = await port.read();
  return targetCoverage(withoutReports(workbook), { year: options.year, level: options.level });
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

type ColumnKind = Exclude<keyof PlanSheetColumns, "headerRow">;

function classifyHeader(text: string): ColumnKind | undefined {
  if (text === "") return undefined;
  if (isSttHeader(text)) return "stt";
  const f = foldText(text)
    .replace(/[.:]+$/, "")
    .trim();
  if (f === foldText(CODE_HEADER)) return "code";
  if (/^so sanh\b/.test(f)) return "comparison";
  if (/^(cac )?chi tieu( chu yeu)?$|^ten (cac )?chi tieu$|^noi dung$/.test(f)) return "name";
  if (/^(don vi tinh|don vi|dvt|d\.v\.t)$/.test(f)) return "unit";
  if (/^(ke hoach|kh)\b/.test(f)) return "plan";
  if (/^(uoc )?thuc hien\b/.test(f)) return "actual";
  return undefined;
}

/** Text shown at (row, col): the cell's own, or that of the merge covering it. */
function shownText(sheet: SheetModel, row: number, col: number): string {
  const own = cellText(cellAt(sheet, row, col));
  if (own !== "") return own;
  const m = sheet.merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
  return m ? cellText(cellAt(sheet, m.top, m.left)) : "";
}

/** How far down a plan table's header may sit. */
const HEADER_SEARCH_ROWS = 60;

/** The plan table's columns found by their headers; undefined when no row names an indicator and a plan column. */
export function findPlanColumns(sheet: SheetModel): PlanSheetColumns | undefined {
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const cells = sheet.rows[row];
    if (!cells) continue;
    const found: Partial<Record<ColumnKind, number>> = {};
    for (let col = 0; col < cells.length; col++) {
      const text = shownText(sheet, row, col);
      const kind = classifyHeader(text);
      if (kind !== undefined && found[kind] === undefined) found[kind] = col;
    }
    if (found.name !== undefined && found.plan !== undefined) {
      return { headerRow: row, ...found, name: found.name, plan: found.plan };
    }
  }
  return undefined;
}

/** The comparison formula of `row`: the column-number row's declaration (6=5/4) when the table has one, else
 * plan / actual × 100. */
function comparisonAt(
  sheet: SheetModel,
  columns: PlanSheetColumns,
): ((row: number) => string | undefined) | undefined {
  const col = columns.comparison;
  if (col === undefined) return undefined;
  for (const table of findFormulaTables(sheet)) {
    const column = table.columns.find((c) => c.col === col && c.expr !== undefined);
    if (!column?.expr || table.headerTop > columns.headerRow + 1 || table.numberRow < columns.headerRow)
      continue;
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
