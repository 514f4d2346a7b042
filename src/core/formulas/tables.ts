/**
 * Finding the appendix tables of a sheet through their column-number row (`1 2 3 4 5 6 7=6/4 8=5/6`), wherever
 * the table starts, and classifying the rows under it.
 */
import type { CellRange } from "../model/address";
import { cellAt, cellText, type CellModel, type SheetModel } from "../model/sheet";
import { columnRefs, formatColumnToken, parseColumnToken, type ColumnToken, type Expr } from "./expr";
import { evaluateComparison } from "./evaluate";
import {
  advanceLabelContext,
  foldText,
  isSttHeader,
  looksNumeric,
  readRowLabel,
  type LabelContext,
} from "./row-labels";

export interface FormulaColumn {
  /** Zero-based sheet column. */
  col: number;
  /** The form's column number (1 = STT, 2 = indicator name, 3 = unit, …). */
  number: number;
  /** The column's formula as the number row declares it (`7=6/4`). */
  expr?: Expr;
  /** The header text above the number, header rows joined with a space. */
  header: string;
  /** The header asks for a percent number (it contains "%"): the ratio is ×100. */
  percent: boolean;
}

export type TableRowKind = "sector" | "group" | "header-repeat" | "indicator" | "other";

export interface TableRow {
  /** Zero-based sheet row. */
  row: number;
  kind: TableRowKind;
  /** The STT cell's text. */
  label: string;
  /** The indicator-name cell's text. */
  name: string;
}

export interface FormulaTable {
  /** Zero-based sheet row of the column-number row. */
  numberRow: number;
  /** First header row above it (equal to numberRow when the table has no header). */
  headerTop: number;
  /** Sheet columns of the first and last numbered column. */
  firstCol: number;
  lastCol: number;
  columns: FormulaColumn[];
  /** Every row from the one under the number row to the end of the table, classified. */
  rows: TableRow[];
  /** Last sheet row belonging to the table (inclusive). */
  lastRow: number;
}

/** Sheet column of the form's column number n in the table. */
export function tableColumnOf(table: FormulaTable, n: number): number | undefined {
  return table.columns.find((c) => c.number === n)?.col;
}

/** Columns read as figures: every column but STT, name, unit and the computed ones; unit if a formula reads it. */
export function inputColumns(table: FormulaTable): FormulaColumn[] {
  const referenced = new Set(table.columns.flatMap((c) => (c.expr ? columnRefs(c.expr) : [])));
  return table.columns.filter((c) => !c.expr && (c.number > 3 || (c.number === 3 && referenced.has(3))));
}

const MIN_NUMBERED_COLUMNS = 4;
/** Headers are one to a few rows; more than this above a number row is not a header any more. */
const MAX_HEADER_ROWS = 6;

/** Merged ranges looked up by cell. */
class Merges {
  private readonly byCell = new Map<string, CellRange>();
  constructor(ranges: CellRange[]) {
    for (const m of ranges) {
      // Huge merges (whole rows or columns) only matter through their top-left cell and the cells near it.
      const bottom = Math.min(m.bottom, m.top + 200);
      const right = Math.min(m.right, m.left + 200);
      for (let r = m.top; r <= bottom; r++)
        for (let c = m.left; c <= right; c++) this.byCell.set(`${r},${c}`, m);
    }
  }
  at(row: number, col: number): CellRange | undefined {
    return this.byCell.get(`${row},${col}`);
  }
}

interface SheetView {
  sheet: SheetModel;
  merges: Merges;
}

/** A cell's text, taking a merged cell's text from the merge's top-left cell. */
function shownText(view: SheetView, row: number, col: number): string {
  const m = view.merges.at(row, col);
  return m ? cellText(cellAt(view.sheet, m.top, m.left)) : cellText(cellAt(view.sheet, row, col));
}

/** A token is short and made of digits, operators and brackets: anything else (names, notes) is not one. */
const TOKEN_SHAPE = /^[\s\d()[\]=+\-\u2010-\u2015\u2212*x×X:÷/.,]{1,40}$/;

function tokenOf(cell: CellModel | undefined): ColumnToken | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === "number") return parseColumnToken(cell.value);
  // Checked before parsing: every cell of every row is looked at when a sheet is searched for its tables.
  if (typeof cell.value === "string" && TOKEN_SHAPE.test(cell.value)) return parseColumnToken(cell.value);
  return undefined;
}

interface NumberRun {
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

function numberRunsOfRow(sheet: SheetModel, row: number): NumberRun[] {
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
    if (tokens.length >= MIN_NUMBERED_COLUMNS && tokens.some((t) => usableExpr(t, tokens.length))) {
      runs.push({ row, firstCol: c, tokens });
    }
    c = k;
  }
  return runs;
}

function sameRun(a: NumberRun, b: NumberRun): boolean {
  return (
    a.firstCol === b.firstCol &&
    a.tokens.length === b.tokens.length &&
    a.tokens.every((t, i) => formatColumnToken(t) === formatColumnToken(b.tokens[i]))
  );
}

/**
 * Header rows above a number row: going up, a row belongs to the header while at least two distinct cells or
 * merges show text across the table's columns. A blank row, a title (one text, or one merge across the table)
 * or a row that starts with a row label (the end of a table above) ends the header.
 */
function headerTopOf(view: SheetView, run: NumberRun, floor: number): number {
  const lastCol = run.firstCol + run.tokens.length - 1;
  let top = run.row;
  for (let r = run.row - 1; r >= floor && run.row - r <= MAX_HEADER_ROWS; r--) {
    const sources = new Set<string>();
    for (let c = run.firstCol; c <= lastCol; c++) {
      const m = view.merges.at(r, c);
      if (m) {
        if (cellText(cellAt(view.sheet, m.top, m.left)) !== "") sources.add(`${m.top},${m.left}`);
      } else if (cellText(cellAt(view.sheet, r, c)) !== "") {
        sources.add(`${r},${c}`);
      }
    }
    if (sources.size < 2) break;
    const label = readRowLabel(shownText(view, r, run.firstCol), { lastGroup: 0 });
    if (label.kind === "number" || label.kind === "group" || label.kind === "sector") break;
    top = r;
  }
  return top;
}

function headerTexts(view: SheetView, headerTop: number, numberRow: number, col: number): string[] {
  const texts: string[] = [];
  for (let r = headerTop; r < numberRow; r++) {
    const t = shownText(view, r, col).replace(/\s+/g, " ").trim();
    if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
  }
  return texts;
}

interface TableDraft {
  run: NumberRun;
  headerTop: number;
  columns: FormulaColumn[];
  /** Folded texts of each column's header cells and of its joined header, for spotting a repeated header. */
  knownHeaders: Set<string>[];
}

function isNumberRowRepeat(view: SheetView, row: number, columns: FormulaColumn[]): boolean {
  let matches = 0;
  for (const c of columns) {
    const cell = cellAt(view.sheet, row, c.col);
    if (cellText(cell) === "") continue;
    if (tokenOf(cell)?.number !== c.number) return false;
    matches++;
  }
  return matches >= MIN_NUMBERED_COLUMNS;
}

function isHeaderRepeat(view: SheetView, row: number, draft: TableDraft): boolean {
  const { columns, knownHeaders } = draft;
  if (isNumberRowRepeat(view, row, columns)) return true;
  const stt = shownText(view, row, columns[0].col);
  if (isSttHeader(stt)) return true;
  let nonEmpty = 0;
  let matches = 0;
  columns.forEach((c, i) => {
    const t = foldText(cellText(cellAt(view.sheet, row, c.col)));
    if (t === "") return;
    nonEmpty++;
    if (knownHeaders[i].has(t)) matches++;
  });
  return nonEmpty >= 2 && matches * 3 >= nonEmpty * 2;
}

function hasFigure(cell: CellModel | undefined): boolean {
  if (!cell) return false;
  if (cell.formula) return true;
  if (typeof cell.value === "number") return true;
  return typeof cell.value === "string" && looksNumeric(cell.value);
}

function classifyRows(view: SheetView, draft: TableDraft, table: FormulaTable): TableRow[] {
  const col = (n: number) => tableColumnOf(table, n);
  const sttCol = col(1) as number;
  const nameCol = col(2);
  const inputs = inputColumns(table);
  const unitCol = inputs.some((c) => c.number === 3) ? undefined : col(3);
  const rows: TableRow[] = [];
  let context: LabelContext = { lastGroup: 0 };
  for (let r = draft.run.row + 1; r <= table.lastRow; r++) {
    const label = shownText(view, r, sttCol);
    const name = nameCol === undefined ? "" : shownText(view, r, nameCol);
    const entry = (kind: TableRowKind): TableRow => ({ row: r, kind, label, name });
    if (isHeaderRepeat(view, r, draft)) {
      rows.push(entry("header-repeat"));
      continue;
    }
    const read = readRowLabel(label, context);
    context = advanceLabelContext(context, read);
    if (read.kind === "sector" || read.kind === "group") {
      rows.push(entry(read.kind));
      continue;
    }
    const unit = unitCol === undefined ? "" : shownText(view, r, unitCol);
    const figures = inputs.some((c) => hasFigure(cellAt(view.sheet, r, c.col)));
    const indicator =
      (read.kind === "number" || read.kind === "empty") && name !== "" && (unit !== "" || figures);
    rows.push(entry(indicator ? "indicator" : "other"));
  }
  return rows;
}

/**
 * Every table of the sheet that has a column-number row declaring at least one formula. A table runs from its
 * number row to the header of the next different table, or to the end of the sheet; a repeated header or number
 * row inside it (a page break in the source document) is marked "header-repeat".
 */
/** Tables found per sheet while a `withFormulaTableCache` call runs (a check asks several times per sheet). */
let tableCache: WeakMap<SheetModel, FormulaTable[]> | undefined;

/**
 * Runs `work` with findFormulaTables remembering its answer per sheet model. Only for work that does not change the
 * models it reads, such as a check.
 */
export function withFormulaTableCache<T>(work: () => T): T {
  const outer = tableCache;
  tableCache ??= new WeakMap();
  try {
    return work();
  } finally {
    tableCache = outer;
  }
}

export function findFormulaTables(sheet: SheetModel): FormulaTable[] {
  const known = tableCache?.get(sheet);
  if (known) return [...known];
  const found = findTables(sheet);
  tableCache?.set(sheet, found);
  return [...found];
}

function findTables(sheet: SheetModel): FormulaTable[] {
  const view: SheetView = { sheet, merges: new Merges(sheet.merges ?? []) };
  const runs: NumberRun[] = [];
  for (let r = 0; r < sheet.rows.length; r++) runs.push(...numberRunsOfRow(sheet, r));

  // A run identical to the one that opened the current table is a repeated number row inside that table.
  const openers: NumberRun[] = [];
  for (const run of runs) {
    const current = openers[openers.length - 1];
    if (current && sameRun(current, run)) continue;
    openers.push(run);
  }

  const drafts: TableDraft[] = [];
  let floor = 0;
  for (const run of openers) {
    const headerTop = headerTopOf(view, run, floor);
    const knownHeaders: Set<string>[] = [];
    const columns: FormulaColumn[] = run.tokens.map((token, i) => {
      const col = run.firstCol + i;
      const texts = headerTexts(view, headerTop, run.row, col);
      const header = texts.join(" ");
      knownHeaders.push(new Set([...texts, header].map(foldText).filter((t) => t !== "")));
      return {
        col,
        number: token.number,
        ...(token.expr ? { expr: token.expr } : {}),
        header,
        percent: header.includes("%"),
      };
    });
    drafts.push({ run, headerTop, columns, knownHeaders });
    floor = run.row + 1;
  }

  return drafts.map((draft, i) => {
    const next = drafts.slice(i + 1).find((d) => d.run.row > draft.run.row);
    const lastRow = next ? next.headerTop - 1 : sheet.rows.length - 1;
    const table: FormulaTable = {
      numberRow: draft.run.row,
      headerTop: draft.headerTop,
      firstCol: draft.run.firstCol,
      lastCol: draft.run.firstCol + draft.run.tokens.length - 1,
      columns: draft.columns,
      rows: [],
      lastRow,
    };
    table.rows = classifyRows(view, draft, table);
    settlePercentColumns(sheet, table);
    return table;
  });
}

/**
 * A comparison column whose header does not say "%" (pasted forms sometimes drop the "(%)"): the typed comparisons
 * tell whether it holds percent numbers (112,5) or ratios (1,125); with none to go by, a "So sánh …" column is the
 * standard form's percent comparison.
 */
function settlePercentColumns(sheet: SheetModel, table: FormulaTable): void {
  // Typed numbers and the results formulas already hold are both evidence of what the column means.
  const numberAt = (row: number, col: number): number | undefined => {
    const value = cellAt(sheet, row, col)?.value;
    return typeof value === "number" ? value : undefined;
  };
  for (const column of table.columns) {
    if (!column.expr || column.percent) continue;
    let asPercent = 0;
    let asRatio = 0;
    for (const row of table.rows) {
      if (row.kind !== "indicator") continue;
      const typed = numberAt(row.row, column.col);
      if (typed === undefined) continue;
      const ratio = evaluateComparison(
        column.expr,
        (n) => {
          const source = table.columns.find((c) => c.number === n);
          return source ? numberAt(row.row, source.col) : undefined;
        },
        false,
      );
      if (ratio === undefined || ratio === 0) continue;
      if (Math.abs(typed - ratio * 100) < Math.max(1, Math.abs(ratio) * 2)) asPercent++;
      else if (Math.abs(typed - ratio) < Math.max(0.01, Math.abs(ratio) * 0.02)) asRatio++;
    }
    column.percent =
      asPercent === asRatio ? /\bso sanh\b/.test(foldText(column.header)) : asPercent > asRatio;
  }
}
