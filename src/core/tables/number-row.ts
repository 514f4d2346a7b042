/**
 * The column-number row of a table (`1 2 3 4 5 6 7=6/4 8=5/6`, or a plain `1 2 3 4 5`): the runs of numbered cells
 * on a row, the formulas they declare, and the one test of whether a sheet has such a row.
 */
import type { CellModel, SheetModel } from "../model/sheet";
import { columnRefs, formatColumnToken, parseColumnToken, type ColumnToken } from "./expr";

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
  tokens: ColumnToken[];
}

/** A usable declared formula: reads at least one column, only columns of the run, not its own column. */
function usableExpr(token: ColumnToken, count: number): boolean {
  if (!token.expr) return false;
  const refs = columnRefs(token.expr);
  return refs.length > 0 && refs.every((n) => n >= 1 && n <= count && n !== token.number);
}

export function numberRunsOfRow(sheet: SheetModel, row: number): NumberRun[] {
  const cells = sheet.rows[row] ?? [];
  const runs: NumberRun[] = [];
  let c = 0;
  while (c < cells.length) {
    if (tokenOf(cells[c])?.number !== 1) {
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
    if (tokens.length >= MIN_NUMBERED_COLUMNS) {
      // A run declaring no formula is kept when a header above makes it a table (see findTables).
      const formulas = tokens.some((t) => usableExpr(t, tokens.length));
      runs.push({ row, firstCol: c, tokens: formulas ? tokens : tokens.map((t) => ({ number: t.number })) });
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
