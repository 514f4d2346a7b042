/**
 * Comparison columns (7=6/4 …): recomputed from the row's figures (texts read as the numbers they mean) with the
 * same evaluation the fill command's formulas follow. A typed number that is off by a point or more is an error,
 * a smaller difference only rounding or truncation (info); a typed number that is right is still not a formula
 * (info); an empty cell where the figures give a value is missing (warning); a formula that does not compute the
 * declared expression is wrong (error when its result is off by a point or more, else warning). A fraction in a
 * "(%)" column (1,125 for 112,5, shown "112,50%" when percent-formatted) is told as such, not as a gap of
 * 111 points.
 */
import { memoWeak } from "../../text/memo";
import { evaluatePlan } from "../../formulas/evaluate";
import { comparisonPlan } from "../../formulas/guards";
import { formulaResult, implementsExpr } from "../../formulas/excel-evaluate";
import { a1 } from "../../model/address";
import type { CellReading } from "../../model/cell";
import { figureText } from "../../tables/reading";
import { coveredByMerge, type SheetModel } from "../../model/sheet";
import type { Finding } from "../types";
import {
  makeFinding,
  pushAll,
  round2,
  simpleFormula,
  type AnalysedColumn,
  type AnalysedTable,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

/** The table's columns by form number, made once per table. */
const columnsOf = memoWeak(
  (table: AnalysedTable): Map<number, AnalysedColumn> => new Map(table.columns.map((c) => [c.number, c])),
);

/** Figures of the row per evaluation depth, reused row after row (a long table has hundreds of thousands). */
const figuresAtDepth: number[][] = [];

/**
 * The value a comparison column of the row should hold (plain functions and reused arrays, not closures made per
 * row: a long table has hundreds of thousands of rows). A comparison may read another comparison column, computed
 * the same way one level deeper.
 */
function expectedValue(
  columns: Map<number, AnalysedColumn>,
  depthLimit: number,
  row: IndicatorRow,
  column: AnalysedColumn,
  depth: number,
): number | undefined {
  if (!column.expr) return undefined;
  const plan = comparisonPlan(column.expr, column.percent);
  if (plan.alwaysEmpty) return undefined;
  const figures = (figuresAtDepth[depth] ??= []);
  const refs = plan.refs;
  for (let i = 0; i < refs.length; i++) {
    const v = valueOfColumn(columns, depthLimit, row, refs[i], depth);
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
    figures[i] = v;
  }
  return evaluatePlan(plan, figures);
}

function valueOfColumn(
  columns: Map<number, AnalysedColumn>,
  depthLimit: number,
  row: IndicatorRow,
  n: number,
  depth: number,
): number | undefined {
  const c = columns.get(n);
  if (!c) return undefined;
  if (c.expr) return depth > depthLimit ? undefined : expectedValue(columns, depthLimit, row, c, depth + 1);
  return row.values[n]?.value;
}

function checkTable(table: AnalysedTable, sheet: SheetModel): Finding[] {
  const findings: Finding[] = [];
  const comparisons = table.columns.filter((c) => c.expr !== undefined);
  const columns = columnsOf(table);
  const depthLimit = table.columns.length + 1;
  for (const row of table.rows)
    for (const column of comparisons) {
      const cell = row.comparisons[column.number];
      if (!cell || coveredByMerge(sheet, cell.row, cell.col)) continue;
      const expected = expectedValue(columns, depthLimit, row, column, 0);
      const at: ComparisonCell = { table, sheet, row, column, cell };
      const finding =
        cell.reading === "empty"
          ? missingFinding(at, expected)
          : cell.reading === "formula"
            ? formulaFinding(at, expected)
            : valueFinding(at, expected);
      if (finding) findings.push(finding);
    }
  return findings;
}

/** One comparison cell of a row, as its finding is made. */
interface ComparisonCell {
  table: AnalysedTable;
  sheet: SheetModel;
  row: IndicatorRow;
  column: AnalysedColumn;
  cell: CellReading;
}

/** An empty comparison cell whose value the row's figures give. */
function missingFinding(
  { table, row, cell }: ComparisonCell,
  expected: number | undefined,
): Finding | undefined {
  if (expected === undefined) return undefined;
  return makeFinding({
    sheet: table.sheet,
    cell: cell.address,
    row,
    code: "comparison/missing",
    severity: "warning",
    expected: round2(expected),
    actual: null,
    params: { expected: round2(expected) },
  });
}

/** A formula that does not compute the column's comparison: an error when its value is off too. */
function formulaFinding(at: ComparisonCell, expected: number | undefined): Finding | undefined {
  const { table, sheet, row, column, cell } = at;
  const text = cell.formula ?? "";
  const body = column.expr ? comparisonPlan(column.expr, column.percent).body : undefined;
  if (!body || implementsExpr(text, body, table.sheet, cell.row, table.columns)) return undefined;
  const result = cell.value ?? (typeof cell.raw === "string" ? undefined : formulaResult(text, sheet));
  const wrongValue = expected !== undefined && result !== undefined && Math.abs(result - expected) >= 1;
  const declared = simpleFormula(table, column, cell.row) ?? "";
  return makeFinding({
    sheet: table.sheet,
    cell: cell.address,
    row,
    code: "comparison/wrong-formula",
    severity: wrongValue ? "error" : "warning",
    actual: text,
    expected: declared,
    params: { actual: text, expected: declared },
  });
}

/** A value typed in a comparison cell: right but no formula, a ratio not ×100, or off (by rounding or more). */
function valueFinding(at: ComparisonCell, expected: number | undefined): Finding | undefined {
  const { table, row, column, cell } = at;
  if (cell.value === undefined || expected === undefined) return undefined;
  const actual = cell.value;
  if (
    round2(actual) === round2(expected) ||
    Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
  )
    return makeFinding({
      sheet: table.sheet,
      cell: cell.address,
      row,
      code: "comparison/not-formula",
      severity: "info",
      actual,
      params: { actual, formula: simpleFormula(table, column, cell.row) ?? "" },
    });
  if (column.percent && Math.abs(expected) >= 1 && Math.abs(actual * 100 - expected) < 1) {
    // 1,125 where 112,5 is meant: the ratio not ×100, or (formatted "0.00%", shown 112,50%) right on paper
    // only — the column holds percent numbers.
    const formatted = cell.percentFormatted && cell.reading === "number";
    return makeFinding({
      sheet: table.sheet,
      cell: cell.address,
      row,
      code: "comparison/mismatch",
      severity: "error",
      variant: formatted ? "percent-format" : "fraction",
      actual,
      expected: round2(expected),
      params: {
        actual,
        shown: round2(actual * 100),
        expected: round2(expected),
        formula: simpleFormula(table, column, cell.row) ?? "",
      },
    });
  }
  const diff = Math.abs(actual - expected);
  return makeFinding({
    sheet: table.sheet,
    cell: cell.address,
    row,
    code: "comparison/mismatch",
    severity: diff >= 1 ? "error" : "info",
    variant: diff >= 1 ? undefined : "rounding",
    actual,
    expected: round2(expected),
    params: { actual, expected: round2(expected), diff: round2(diff) },
  });
}

/** The header cell of a column: its lowest header row (above a column-number row, when the table has one). */
function headerCell(table: AnalysedTable, col: number): string {
  const ft = table.table;
  const row = ft.foundBy === "number-row" && ft.numberRow > ft.headerTop ? ft.numberRow - 1 : ft.numberRow;
  return a1(row, col);
}

/**
 * comparison/missing-operand (warning, at the column's header): a comparison whose header names a figure the
 * table does not have («So sánh ƯTH 2026/TH 2025 (%)» in a table without «Ước thực hiện 2026») can be neither
 * filled nor checked; said once per column.
 */
function missingOperands(table: AnalysedTable): Finding[] {
  const out: Finding[] = [];
  for (const column of table.columns) {
    const r = column.reading;
    if (r?.role !== "comparison" || column.expr) continue;
    const missing = [r.a, r.b].find((o) => "missing" in o);
    if (!missing || !("missing" in missing)) continue;
    out.push(
      makeFinding({
        sheet: table.sheet,
        cell: headerCell(table, column.col),
        code: "comparison/missing-operand",
        severity: "warning",
        params: {
          header: column.header,
          missing: { vi: figureText(missing.missing, "vi"), en: figureText(missing.missing, "en") },
        },
      }),
    );
  }
  return out;
}

export function comparisonRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const s of analysis.sheets)
    for (const t of s.tables) {
      pushAll(findings, missingOperands(t));
      pushAll(findings, checkTable(t, s.sheet));
    }
  return findings;
}
