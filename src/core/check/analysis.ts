/**
 * What the table rules read: the table model (src/core/tables) and the helpers the rules share for making findings.
 */
import { memoWeak } from "../text/memo";
import { comparisonPlan } from "../formulas/guards";
import { renderExpr } from "../tables/expr";
import { columnLetter } from "../model/address";
import {
  type AnalysedColumn,
  type AnalysedTable,
  type ColumnRole,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../tables/model";
import type { Finding, FindingCode, ParamValue, Severity } from "./types";

export * from "../tables/model";
export { round2, sameFigure } from "../model/cell";

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers of the rules

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface FindingInit {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  cell: string;
  row?: IndicatorRow;
  expected?: number | string;
  actual?: number | string | null;
  params: Record<string, ParamValue>;
  variant?: string;
}

/** A finding with the indicator's name and code taken from its row. */
export function makeFinding(init: FindingInit): Finding {
  const f: Finding = {
    code: init.code,
    severity: init.severity,
    sheet: init.sheet,
    cell: init.cell,
    params: init.params,
  };
  if (init.row) {
    f.indicator = init.row.name;
    if (init.row.code !== undefined) f.indicatorCode = init.row.code;
  }
  if (init.expected !== undefined) f.expected = init.expected;
  if (init.actual !== undefined) f.actual = init.actual;
  if (init.variant !== undefined) f.variant = init.variant;
  return f;
}

/** Appends `more` to `out` (an index loop: rules hand over hundreds of thousands of findings). */
export function pushAll<T>(out: T[], more: readonly T[]): void {
  for (let i = 0; i < more.length; i++) out.push(more[i]);
}

/** Every table of the workbook, in sheet order. */
export function allTables(analysis: WorkbookAnalysis): AnalysedTable[] {
  return analysis.sheets.flatMap((s) => s.tables);
}

/** The column of a role in a table (the first one). */
export function columnOfRole(table: AnalysedTable, role: ColumnRole): AnalysedColumn | undefined {
  return table.columns.find((c) => c.role === role);
}

/** The readable formula of a comparison cell: "=F9/D9*100". */
export function simpleFormula(table: AnalysedTable, column: AnalysedColumn, row: number): string | undefined {
  const pieces = formulaPieces(table, column);
  if (!pieces) return undefined;
  const rowNumber = String(row + 1);
  let text = "=" + pieces[0];
  for (let i = 1; i < pieces.length; i++) text += rowNumber + pieces[i];
  return text;
}

/** Marks where the row number goes in a formula rendered once per column (no text holds it). */
const ROW_MARK = "\u0000";

/**
 * The column's formula cut where the row number goes ("F", "/D", "*100"), rendered once per table and column:
 * a check names the formula in a finding on every row of a long table.
 */
function formulaPieces(table: AnalysedTable, column: AnalysedColumn): string[] | null {
  return piecesOfTable(table)(column);
}

const piecesOfTable = memoWeak((table: AnalysedTable) =>
  memoWeak((column: AnalysedColumn) => renderPieces(table, column)),
);

function renderPieces(table: AnalysedTable, column: AnalysedColumn): string[] | null {
  if (!column.expr) return null;
  const body = comparisonPlan(column.expr, column.percent).body;
  let ok = true;
  const text = renderExpr(body, (leaf) => {
    if (leaf.kind === "num") return String(leaf.value);
    const col = table.columns.find((c) => c.number === leaf.n)?.col;
    if (col === undefined) {
      ok = false;
      return "?";
    }
    return columnLetter(col) + ROW_MARK;
  });
  return ok ? text.split(ROW_MARK) : null;
}
