/**
 * The column-number row of a table (`1 2 3 4 5 6 7=6/4 8=5/6`, or a plain `1 2 3 4 5`, or the statistical forms'
 * `A B C 1 2 3 4=2/1` with letters over the descriptive columns): the runs of numbered cells on a row, the formulas
 * they declare, and the one test of whether a sheet has such a row.
 */
import type { CellModel, SheetModel } from "../model/sheet";
import { cellText } from "../model/sheet";
import { columnRefs, formatColumnToken, parseColumnToken, type ColumnToken, type Expr } from "./expr";

export const MIN_NUMBERED_COLUMNS = 4;

/** A token is short and made of digits, operators and brackets: anything else (names, notes) is not one. */
const TOKEN_SHAPE = /^[\s\d()[\]=+\-\u2010-\u2015\u2212*x×X:÷/.,]{1,40}$/;

export function tokenOf(cell: CellModel | undefined): ColumnToken | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === "number") return parseColumnToken(cell.value);
  // Checked before parsing: every cell of every row is looked at when a sheet is searched for its tables.
  if (typeof cell.value === "string" && TOKEN_SHAPE.test(cell.value)) return parseColumnToken(cell.value);
  return undefined;
}

export interface NumberRun {
  row: number;
  firstCol: number;
  /**
   * The run's columns numbered as the standard form numbers them (1 = STT, 2 = name, 3 = unit, …). In a lettered row
   * (`A B C 1 2 3 4=2/1`) the letters are the first numbers and the printed numbers follow them (`1` is 4 there,
   * `4=2/1` is `7=5/4`), so that every reader of a column's number means one thing by it.
   */
  tokens: ColumnToken[];
  /** How many lettered columns open the run (`A B C …`: 3); 0 for a row of numbers only. */
  letters: number;
}

/** The most letters over descriptive columns a form has (STT, name, unit, code, …). */
const MAX_LETTERS = 6;

/** A cell that letters a descriptive column: `A`, `(B)`, `[C]`. */
export function letterOf(cell: CellModel | undefined): string | undefined {
  if (!cell || typeof cell.value !== "string") return undefined;
  const m = /^\s*[([]?\s*([A-Z])\s*[)\]]?\s*$/.exec(cellText(cell));
  return m?.[1];
}

/** How many cells right before column c letter the columns A, B, C … in order, ending with the one before c. */
function lettersBefore(cells: (CellModel | undefined)[], c: number): number {
  let count = 0;
  while (count < MAX_LETTERS && c - count - 1 >= 0 && letterOf(cells[c - count - 1]) !== undefined) count++;
  // From the first letter found: A, B, C … in order up to the number 1 (a shorter tail that is so counts).
  for (let n = count; n > 0; n--) {
    let inOrder = true;
    for (let i = 0; i < n; i++) if (letterOf(cells[c - n + i]) !== letterMark(i + 1)) inOrder = false;
    if (inOrder) return n;
  }
  return 0;
}

function shiftExpr(expr: Expr, by: number): Expr {
  if (expr.kind === "col") return { kind: "col", n: expr.n + by };
  if (expr.kind === "num") return expr;
  return { ...expr, left: shiftExpr(expr.left, by), right: shiftExpr(expr.right, by) };
}

/** The letter a lettered run prints over the column it numbers n (n ≤ its letters): `A` for 1. */
export function letterMark(n: number): string {
  return String.fromCharCode(64 + n);
}

/** A usable declared formula: reads at least one column, only columns of the run, not its own column. */
function usableExpr(token: ColumnToken, count: number): boolean {
  if (!token.expr) return false;
  const refs = columnRefs(token.expr);
  return refs.length > 0 && refs.every((n) => n >= 1 && n <= count && n !== token.number);
}

/**
 * Whether the cell may number column 1 (the number 1, or a text holding the digit 1: a token's digits are ASCII):
 * the other cells of every row of a sheet searched for its tables are not parsed as tokens.
 */
function mayBeOne(cell: CellModel | undefined): boolean {
  const value = cell?.value;
  return value === 1 || (typeof value === "string" && value.includes("1"));
}

export function numberRunsOfRow(sheet: SheetModel, row: number): NumberRun[] {
  const cells = sheet.rows[row] ?? [];
  const runs: NumberRun[] = [];
  let c = 0;
  while (c < cells.length) {
    if (!mayBeOne(cells[c]) || tokenOf(cells[c])?.number !== 1) {
      c++;
      continue;
    }
    const tokens: ColumnToken[] = [];
    let k = c;
    for (;;) {
      const t = tokenOf(cells[k]);
      if (!t || t.number !== tokens.length + 1) break;
      tokens.push(t);
      k++;
    }
    const letters = tokens.length >= 2 ? lettersBefore(cells, c) : 0;
    if (letters + tokens.length >= MIN_NUMBERED_COLUMNS) {
      const numbered: ColumnToken[] = [
        ...Array.from({ length: letters }, (_, i) => ({ number: i + 1 })),
        ...tokens.map((t) =>
          letters === 0
            ? t
            : { number: t.number + letters, ...(t.expr ? { expr: shiftExpr(t.expr, letters) } : {}) },
        ),
      ];
      // A run declaring no formula is kept when a header above makes it a table (see findTables).
      const formulas = numbered.some((t) => usableExpr(t, numbered.length));
      runs.push({
        row,
        firstCol: c - letters,
        tokens: formulas ? numbered : numbered.map((t) => ({ number: t.number })),
        letters,
      });
    }
    c = k;
  }
  return runs;
}

/**
 * The sheet has a column-number row (`1 2 3 4 …`, at least four numbered columns in a row, with or without declared
 * formulas): the one test of what a column-number row is, for the finder and the structure rule alike.
 */
export function hasColumnNumberRow(sheet: SheetModel): boolean {
  const rows = sheet.rows ?? [];
  for (let r = 0; r < rows.length; r++) if (rows[r] && numberRunsOfRow(sheet, r).length > 0) return true;
  return false;
}

export function sameRun(a: NumberRun, b: NumberRun): boolean {
  return (
    a.firstCol === b.firstCol &&
    a.tokens.length === b.tokens.length &&
    a.tokens.every((t, i) => formatColumnToken(t) === formatColumnToken(b.tokens[i]))
  );
}
