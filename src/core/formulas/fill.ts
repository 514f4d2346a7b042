/**
 * The fill plan of a sheet: which comparison cells get a formula, and which typed values stand in their way.
 * Typed values are kept unless the user asks to overwrite them; either way they are listed with what the formula
 * would give, so the user can compare.
 */
import { plainNumber, typedNumber } from "../model/cell";
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
  /** Typed values left in place (overwrite off); without those counted in `same` when asked (`countSame`). */
  kept: TypedComparison[];
  /** Typed values left in place that equal the formula's result, counted instead of listed (`countSame`). */
  same: number;
  /** Typed values replaced by a formula (overwrite on); their formulas are in writes too. */
  overwritten: TypedComparison[];
}

export interface FillOptions {
  /** Replace typed values in comparison cells too. */
  overwrite: boolean;
  /**
   * Count the kept typed values that equal the formula's result in `same` rather than list them: `phuluc fill` only
   * counts them, and a 100 000-row sheet keeps as many (no object for each one counted).
   */
  countSame?: boolean;
}

/**
 * The typed value is what the formula gives (to the hundredth), or the formula cannot tell: such a kept cell needs
 * no one's attention.
 */
export function typedMatchesFormula(cell: { typed: CellValue; computed: number | undefined }): boolean {
  if (cell.computed === undefined) return false;
  const n = plainNumber({ value: cell.typed });
  return n !== undefined && Math.abs(n - cell.computed) < 0.005;
}

type ComputedColumn = FoundColumn & { expr: Expr };

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
  const plan: FillPlan = { tables, writes: [], kept: [], same: 0, overwritten: [] };
  for (const table of tables) planTable(sheet, table, options, plan);
  return plan;
}

/** Column numbers looked up in an array by columnOfNumber (a number row counts a few dozen at most; others searched). */
const COLUMN_NUMBERS = 1024;

/**
 * tableColumnOf, each column number's sheet column looked up once per table: the evaluation of a row's typed
 * comparisons asks for it per figure, on every row of a long table. An array by number (the first column of a
 * number, as tableColumnOf finds it), not a Map asked twice per figure.
 */
function columnOfNumber(table: FoundTable): (n: number) => number | undefined {
  const columns: (number | undefined)[] = [];
  for (let i = table.columns.length - 1; i >= 0; i--) {
    const c = table.columns[i];
    if (Number.isInteger(c.number) && c.number >= 0 && c.number < COLUMN_NUMBERS) columns[c.number] = c.col;
  }
  return (n) => (Number.isInteger(n) && n >= 0 && n < COLUMN_NUMBERS ? columns[n] : tableColumnOf(table, n));
}

/**
 * One table's writes and typed comparisons, added to the plan. A row's decisions are held in arrays made once for
 * the table (by computed column), and the evaluation of its typed cells reads the row in hand: no object, map or
 * function is made per row of a 100 000-row table.
 */
function planTable(sheet: SheetModel, table: FoundTable, options: FillOptions, plan: FillPlan): void {
  const { overwrite } = options;
  const countSame = !overwrite && options.countSame === true;
  const columnOf = columnOfNumber(table);
  const computed = acyclicColumns(table);
  // Each column's formula rendered once for the table, its row's addresses put in row by row.
  const formulaOf = computed.map((column) =>
    comparisonFormulaOf(column.expr, { columnOf, percent: column.percent }),
  );
  // The row's decision for each computed column: whether it has a formula (not: the cell is not filled, under a
  // merge or lacking an operand's column) and the typed value in its way (a value or a formula of the official's own).
  const fills: boolean[] = new Array<boolean>(computed.length).fill(false);
  const typedValues: (CellValue | undefined)[] = new Array<CellValue | undefined>(computed.length);
  const writes = (i: number) => fills[i] && (typedValues[i] === undefined || overwrite);
  let row = 0;

  // What a column of the row holds once filled: our formula's result, or the number typed in the cell. (The last
  // written column of that number, as a map of them would hold.)
  const valueOf = (n: number, depth = 0): number | undefined => {
    let column: ComputedColumn | undefined;
    for (let i = computed.length - 1; i >= 0 && !column; i--)
      if (computed[i].number === n && writes(i)) column = computed[i];
    if (column) {
      return depth > computed.length
        ? undefined
        : evaluateComparison(column.expr, (m) => valueOf(m, depth + 1), column.percent);
    }
    const col = columnOf(n);
    return col === undefined ? undefined : typedNumber(cellAt(sheet, row, col));
  };

  for (const tableRow of table.rows) {
    if (tableRow.kind !== "indicator") continue;
    row = tableRow.row;
    let anyTyped = false;
    for (let i = 0; i < computed.length; i++) {
      fills[i] = false;
      typedValues[i] = undefined;
      const column = computed[i];
      if (coveredByMerge(sheet, row, column.col)) continue;
      const formulaFor = formulaOf[i];
      if (formulaFor === undefined) continue;
      const cell = cellAt(sheet, row, column.col);
      // The row's formula text is made only where it is compared or written: not for a typed value kept (most of a
      // long typed table's comparison cells, each a string of a hundred characters let go at once).
      let formula: string | undefined;
      // A typed value, or a formula of the official's own (anything but ours), is theirs: kept unless overwrite.
      const typed =
        cell?.formula && !sameFormula(cell.formula, (formula = formulaFor(row)))
          ? `=${cell.formula}`
          : cell && !cell.formula && !isBlank(cell.value)
            ? cell.value
            : undefined;
      fills[i] = true;
      typedValues[i] = typed;
      if (typed !== undefined) anyTyped = true;
      if (writes(i)) plan.writes.push({ row, col: column.col, formula: formula ?? formulaFor(row) });
    }
    // A row without typed comparisons (the common fill) needs no evaluation.
    if (!anyTyped) continue;
    for (let i = 0; i < computed.length; i++) {
      const typed = typedValues[i];
      if (!fills[i] || typed === undefined) continue;
      const column = computed[i];
      const computedValue = evaluateComparison(column.expr, valueOf, column.percent);
      if (countSame && typedMatchesFormula({ typed, computed: computedValue })) {
        plan.same++;
        continue;
      }
      const entry = { row, col: column.col, typed, computed: computedValue };
      (overwrite ? plan.overwritten : plan.kept).push(entry);
    }
  }
}
