/**
 * What the comparison cells holding the core's own formula give, computed by the core: for a face without a
 * spreadsheet engine (the web page), which shows such a cell's value before Excel or LibreOffice has computed it.
 * The same evaluator (`evaluateComparison`) the fill and the checker use, and only for a cell holding exactly the
 * formula the core writes for its column and no cached result; a formula among them (8=5/6 over 7's result) is
 * followed as the formula would be.
 */
import { a1 } from "../model/address";
import { cellAt, type SheetModel } from "../model/sheet";
import { findFormulaTables, tableColumnOf } from "../tables/find";
import { evaluateComparison } from "./evaluate";
import { comparisonFormula } from "./excel-formula";

/**
 * The values of the sheet's comparison cells that hold the core's own formula and no cached result, by A1 address:
 * the number, or null where the formula gives an empty cell (an operand that is not a number, a zero divisor),
 * exactly as Excel will show it.
 */
export function ownFormulaValues(sheet: SheetModel): Map<string, number | null> {
  const computed = new Map<string, number | null>();
  for (const table of findFormulaTables(sheet)) {
    const columnOf = (n: number) => tableColumnOf(table, n);
    for (const tableRow of table.rows) {
      if (tableRow.kind !== "indicator") continue;
      const row = tableRow.row;
      /** The cell's formula is the one the core writes for its column (so its value is the core's to compute). */
      const isOwnFormula = (n: number): boolean => {
        const column = table.columns.find((c) => c.number === n);
        const cell = column && cellAt(sheet, row, column.col);
        return (
          !!column?.expr &&
          !!cell?.formula &&
          cell.value === null &&
          cell.formula === comparisonFormula(column.expr, { row, columnOf, percent: column.percent })
        );
      };
      const valueOf = (n: number, depth: number): number | undefined => {
        const column = table.columns.find((c) => c.number === n);
        if (!column) return undefined;
        const cell = cellAt(sheet, row, column.col);
        if (typeof cell?.value === "number") return cell.value;
        if (column.expr && depth < table.columns.length && isOwnFormula(n))
          return evaluateComparison(column.expr, (m) => valueOf(m, depth + 1), column.percent);
        return undefined;
      };
      for (const column of table.columns) {
        if (!isOwnFormula(column.number)) continue;
        computed.set(a1(row, column.col), valueOf(column.number, 0) ?? null);
      }
    }
  }
  return computed;
}
