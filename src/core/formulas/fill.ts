/**
 * The fill plan of a sheet: which comparison cells get a formula, and which typed values stand in their way.
 * Typed values are kept unless the user asks to overwrite them; either way they are listed with what the formula
 * would give, so the user can compare.
 */
import { typedNumber } from "../model/cell";
import { cellAt, coveredByMerge, sameFormula, type CellValue, type SheetModel } from "../model/sheet";
import { columnRefs, type Expr } from "../tables/expr";
import { comparisonFormulaOf } from "./excel-formula";
import { evaluateComparison } from "./evaluate";
import { findFormulaTables, tableColumnOf, type FoundColumn, type FoundTable } from "../tables/find";

export interface FormulaWrite {
  row: number;
  col: number;
  /** English formula without the leading "=". */
  formula: string;
}

export interface TypedComparison {
  row: number;
  col: number;
  /** The value typed in the cell. */
  typed: CellValue;
  /** What the formula gives with the figures of the row; undefined when it gives an empty cell. */
  computed: number | undefined;
}

export interface FillPlan {
  tables: FoundTable[];
  writes: FormulaWrite[];
  /** Typed values left in place (overwrite off). */
  kept: TypedComparison[];
  /** Typed values replaced by a formula (overwrite on); their formulas are in writes too. */
  overwritten: TypedComparison[];
}

export interface FillOptions {
  /** Replace typed values in comparison cells too. */
  overwrite: boolean;
}

type ComputedColumn = FoundColumn & { expr: Expr };

/** What happens to one comparison cell of an indicator row. */
interface CellDecision {
  column: ComputedColumn;
  formula: string;
  /** The typed value in the cell, when it holds one rather than nothing or a formula. */
  typed?: CellValue;
  writes: boolean;
}

/** Computed columns whose formulas do not lead back to themselves through other computed columns. */
function acyclicColumns(table: FoundTable): ComputedColumn[] {
  const computed = table.columns.filter((c): c is ComputedColumn => c.expr !== undefined);
  const byNumber = new Map(computed.map((c) => [c.number, c]));
  const reaches = (from: ComputedColumn, target: number, seen: Set<number>): boolean =>
    columnRefs(from.expr).some((n) => {
      if (n === target) return true;
      const next = byNumber.get(n);
      if (!next || seen.has(n)) return false;
      seen.add(n);
      return reaches(next, target, seen);
    });
  return computed.filter((c) => !reaches(c, c.number, new Set()));
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function planFill(sheet: SheetModel, options: FillOptions): FillPlan {
  const tables = findFormulaTables(sheet);
  const plan: FillPlan = { tables, writes: [], kept: [], overwritten: [] };
  for (const table of tables) {
    // The sheet column of each column number, looked up once per table: the evaluation of a row's typed comparisons
    // asks for it per figure, on every row of a long table.
    const columns = new Map<number, number | undefined>();
    const columnOf = (n: number) => {
      if (!columns.has(n)) columns.set(n, tableColumnOf(table, n));
      return columns.get(n);
    };
    const computed = acyclicColumns(table);
    // Each column's formula rendered once for the table, its row's addresses put in row by row.
    const formulaOf = new Map(
      computed.map((column) => [
        column,
        comparisonFormulaOf(column.expr, { columnOf, percent: column.percent }),
      ]),
    );

    for (const tableRow of table.rows) {
      if (tableRow.kind !== "indicator") continue;
      const row = tableRow.row;
      const decisions: CellDecision[] = [];
      for (const column of computed) {
        if (coveredByMerge(sheet, row, column.col)) continue;
        const formula = formulaOf.get(column)?.(row);
        if (formula === undefined) continue;
        const cell = cellAt(sheet, row, column.col);
        // A typed value, or a formula of the official's own (anything but ours), is theirs: kept unless overwrite.
        const typed =
          cell?.formula && !sameFormula(cell.formula, formula)
            ? `=${cell.formula}`
            : cell && !cell.formula && !isBlank(cell.value)
              ? cell.value
              : undefined;
        decisions.push({ column, formula, typed, writes: typed === undefined || options.overwrite });
      }
      for (const d of decisions)
        if (d.writes) plan.writes.push({ row, col: d.column.col, formula: d.formula });
      // A row without typed comparisons (the common fill) needs no evaluation.
      if (!decisions.some((d) => d.typed !== undefined)) continue;
      const written = new Map(decisions.filter((d) => d.writes).map((d) => [d.column.number, d.column]));

      // What a column of this row holds once filled: our formula's result, or the number typed in the cell.
      const valueOf = (n: number, depth = 0): number | undefined => {
        const column = written.get(n);
        if (column) {
          return depth > computed.length
            ? undefined
            : evaluateComparison(column.expr, (m) => valueOf(m, depth + 1), column.percent);
        }
        const col = columnOf(n);
        return col === undefined ? undefined : typedNumber(cellAt(sheet, row, col));
      };

      for (const d of decisions) {
        if (d.typed === undefined) continue;
        const entry = {
          row,
          col: d.column.col,
          typed: d.typed,
          computed: evaluateComparison(d.column.expr, valueOf, d.column.percent),
        };
        (d.writes ? plan.overwritten : plan.kept).push(entry);
      }
    }
  }
  return plan;
}
