/**
 * Finding the tables of a sheet through their column-number row (`1 2 3 4 5 6 7=6/4 8=5/6`, or a plain `1 2 3 4 5`
 * under a recognisable header), wherever the table starts, giving each column its role from its header
 * (columns.ts), and classifying the rows under it.
 */
import { columnIndex, type CellRange } from "../model/address";
import { isYear } from "../text/year";
import { foldDiacritics } from "../text/fold";
import { holdsFigure, typedNumber } from "../model/cell";
import { cellAt, cellText, type CellModel, type SheetModel } from "../model/sheet";
import {
  columnRefs,
  evaluateExpr,
  formatColumnToken,
  parseColumnToken,
  type ColumnToken,
  type Expr,
} from "./expr";
import {
  classifyHeader,
  CODE_HEADER_FOLDED,
  foldHeader,
  isFigureRole,
  roleOfReading,
  type ColumnRole,
} from "./columns";
import {
  headerAsksPercent,
  headerEncoding,
  parseReading,
  readTableHeader,
  type ColumnReading,
  type ComparisonOp,
  type TableYearSource,
} from "./header-grammar";
import {
  advanceLabelContext,
  isNumberedLabel,
  isSttHeader,
  readRowLabel,
  type LabelContext,
} from "./row-labels";

/** A column of a found table: its place, its form number, its header and how the header reads. */
export interface FoundColumn extends ColumnRole {
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
  /** The header folded once (legacy text converted, no diacritics, lower case). */
  folded: string;
  /** What the header grammar reads in the column, in its table (operands are indices into `columns`). */
  reading?: ColumnReading;
  /** Where a figure's year came from, when the table's header or title tells it. */
  yearSource?: TableYearSource;
  /**
   * Who declares `expr`: the column-number row (`7=6/4`), the header's words («ƯTH 2026/TH 2025 (%)»), or the
   * user's correction.
   */
  formula?: "number-row" | "header" | "correction";
  /** The column's reading is the user's correction (kept in the workbook), not the header's. */
  corrected?: boolean;
  /** A header formula whose operands the header did not name, found among the figures beside it. */
  inferred?: boolean;
}

/**
 * A row's role: a sector (A, B …), a group (I, II …), a repeated header (page break), an indicator, a note under the
 * table (text after the last indicator, sector or group row that does not continue a name), or another row (parts,
 * levels and bare numbered rows are told apart by the model, model.ts).
 */
export type TableRowKind = "sector" | "group" | "header-repeat" | "indicator" | "note" | "other";

export interface TableRow {
  /** Zero-based sheet row. */
  row: number;
  kind: TableRowKind;
  /** The STT cell's text. */
  label: string;
  /** The indicator-name cell's text. */
  name: string;
}

/** A table found on a sheet, by its column-number row or its header row, with or without declared formulas. */
export interface FoundTable {
  /** Zero-based sheet row of the column-number row. */
  numberRow: number;
  /** First header row above it (equal to numberRow when the table has no header). */
  headerTop: number;
  /** Sheet columns of the first and last numbered column. */
  firstCol: number;
  lastCol: number;
  columns: FoundColumn[];
  /** Every row from the one under the number row to the end of the table, classified. */
  rows: TableRow[];
  /** Last sheet row belonging to the table (inclusive). */
  lastRow: number;
  /** Found by its column-number row, or (a pasted table without one) by a recognisable header row; then
   * `numberRow` is the header's last row and column numbers count from the first header column. */
  foundBy: "number-row" | "header-row";
  /** Some column's number declares a formula (the forecast and plan forms). */
  declaresFormulas: boolean;
  /** Sheet column of the hidden "Mã chỉ tiêu" column, if any. */
  codeColumn?: number;
  /** The report year N the table's header, else its title, tells; and the title lines read (joined by " / "). */
  year?: { year: number; source: TableYearSource };
  title?: string;
}

/** Sheet column of the form's column number n in the table. */
export function tableColumnOf(table: FoundTable, n: number): number | undefined {
  return table.columns.find((c) => c.number === n)?.col;
}

/** Columns read as figures: every column but STT, name, unit and the computed ones; unit if a formula reads it. */
export function inputColumns(table: FoundTable): FoundColumn[] {
  const referenced = new Set(table.columns.flatMap((c) => (c.expr ? columnRefs(c.expr) : [])));
  return table.columns.filter(
    (c) =>
      !c.expr &&
      (referenced.has(c.number) ||
        c.role === "value" ||
        c.role === "self-score" ||
        c.role === "max-points" ||
        (c.number > 3 && isFigureRole(c.role))),
  );
}

const MIN_NUMBERED_COLUMNS = 4;
/** Headers are one to a few rows; more than this above a number row is not a header any more. */
const MAX_HEADER_ROWS = 6;

/** Merged ranges looked up by cell. */
class Merges {
  /** By row, then column (numbers, not "row,col" texts: every cell of a long table is looked up). */
  private readonly byRow = new Map<number, Map<number, CellRange>>();
  constructor(ranges: CellRange[]) {
    for (const m of ranges) {
      // Huge merges (whole rows or columns) only matter through their top-left cell and the cells near it.
      const bottom = Math.min(m.bottom, m.top + 200);
      const right = Math.min(m.right, m.left + 200);
      for (let r = m.top; r <= bottom; r++) {
        let cols = this.byRow.get(r);
        if (!cols) this.byRow.set(r, (cols = new Map()));
        for (let c = m.left; c <= right; c++) cols.set(c, m);
      }
    }
  }
  at(row: number, col: number): CellRange | undefined {
    return this.byRow.get(row)?.get(col);
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

function headerTexts(view: SheetView, headerTop: number, headerEnd: number, col: number): string[] {
  const texts: string[] = [];
  for (let r = headerTop; r < headerEnd; r++) {
    const t = shownText(view, r, col).replace(/\s+/g, " ").trim();
    if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
  }
  return texts;
}

interface TableDraft {
  foundBy: "number-row" | "header-row";
  year?: { year: number; source: TableYearSource };
  title?: string;
  declaresFormulas: boolean;
  codeColumn?: number;
  run: NumberRun;
  headerTop: number;
  columns: FoundColumn[];
  /** Each column's header rows, folded (a merged cell's text once), for the header grammar. */
  headerParts: string[][];
  /** Folded texts of each column's header cells and of its joined header, for spotting a repeated header. */
  knownHeaders: Set<string>[];
  /** The numbers among `knownHeaders` (a text that is `String(n)`): a number cell matches without its text. */
  knownNumbers: Set<number>[];
}

function isNumberRowRepeat(view: SheetView, row: number, columns: FoundColumn[]): boolean {
  let matches = 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const cell = cellAt(view.sheet, row, c.col);
    if (cellText(cell) === "") continue;
    if (tokenOf(cell)?.number !== c.number) return false;
    matches++;
  }
  return matches >= MIN_NUMBERED_COLUMNS;
}

function isHeaderRepeat(view: SheetView, row: number, draft: TableDraft): boolean {
  if (isNumberRowRepeat(view, row, draft.columns)) return true;
  const stt = shownText(view, row, draft.columns[0].col);
  return isSttHeader(stt) || repeatsHeaderTexts(view, row, draft);
}

/** Two thirds of the row's texts (two at least) are the table's own header texts, column by column. */
function repeatsHeaderTexts(view: SheetView, row: number, draft: TableDraft): boolean {
  const { columns, knownHeaders, knownNumbers } = draft;
  let nonEmpty = 0;
  let matches = 0;
  for (let i = 0; i < columns.length; i++) {
    const cell = cellAt(view.sheet, row, columns[i].col);
    const value = cell?.value;
    if (typeof value === "number" && Number.isFinite(value)) {
      // A finite number's text folds to itself and is never empty: matched without making the text (a long
      // table has a figure in most of its cells).
      nonEmpty++;
      if (knownNumbers[i].has(value)) matches++;
      continue;
    }
    const t = foldDiacritics(cellText(cell));
    if (t === "") continue;
    nonEmpty++;
    if (knownHeaders[i].has(t)) matches++;
  }
  return nonEmpty >= 2 && matches * 3 >= nonEmpty * 2;
}

/** The header texts that are a number's text (`String(n)`), as numbers. */
function numbersAmong(texts: Set<string>): Set<number> {
  const numbers = new Set<number>();
  for (const t of texts) {
    const n = Number(t);
    if (t !== "" && String(n) === t) numbers.add(n);
  }
  return numbers;
}

/** One of the columns holds a figure on the row (a loop, not a closure made per row of a long table). */
function hasFigureIn(sheet: SheetModel, row: number, columns: readonly FoundColumn[]): boolean {
  for (let i = 0; i < columns.length; i++) if (holdsFigure(cellAt(sheet, row, columns[i].col))) return true;
  return false;
}

/** Rows after the body (the last indicator, sector or group row) holding a text that starts a sentence are notes. */
function markNotes(rows: TableRow[]): void {
  let end = -1;
  rows.forEach((r, i) => {
    if (r.kind !== "other" && r.kind !== "header-repeat") end = i;
  });
  for (let i = end + 1; i < rows.length; i++) {
    const r = rows[i];
    const text = (r.label.trim() !== "" ? r.label : r.name).trim();
    if (r.kind === "other" && text !== "" && !/^\p{Ll}/u.test(text) && !isNumberedLabel(text))
      r.kind = "note";
  }
}

function classifyRows(view: SheetView, draft: TableDraft, table: FoundTable): TableRow[] {
  const col = (n: number) => tableColumnOf(table, n);
  const sttCol = col(1) as number;
  const nameCol = col(2);
  const inputs = inputColumns(table);
  const third = table.columns.find((c) => c.number === 3);
  const unitCol =
    table.columns.find((c) => c.role === "unit")?.col ??
    (third && third.role === "other" && !inputs.includes(third) ? third.col : undefined);
  const rows: TableRow[] = [];
  let context: LabelContext = { lastGroup: 0 };
  for (let r = draft.run.row + 1; r <= table.lastRow; r++) {
    const label = shownText(view, r, sttCol);
    const name = nameCol === undefined ? "" : shownText(view, r, nameCol);
    if (isHeaderRepeat(view, r, draft)) {
      rows.push({ row: r, kind: "header-repeat", label, name });
      continue;
    }
    const read = readRowLabel(label, context);
    context = advanceLabelContext(context, read);
    if (read.kind === "sector" || read.kind === "group") {
      rows.push({ row: r, kind: read.kind, label, name });
      continue;
    }
    const unit = unitCol === undefined ? "" : shownText(view, r, unitCol);
    const indicator =
      (read.kind === "number" || read.kind === "empty") &&
      name !== "" &&
      (unit !== "" || hasFigureIn(view.sheet, r, inputs));
    rows.push({ row: r, kind: indicator ? "indicator" : "other", label, name });
  }
  return rows;
}

/**
 * Every table of the sheet that has a column-number row declaring at least one formula. A table runs from its
 * number row to the header of the next different table, or to the end of the sheet; a repeated header or number
 * row inside it (a page break in the source document) is marked "header-repeat".
 */
/** Tables found per sheet while a `withFoundTableCache` call runs (a check asks several times per sheet). */
let tableCache: WeakMap<SheetModel, FoundTable[]> | undefined;

/**
 * Runs `work` with findFormulaTables remembering its answer per sheet model. Only for work that does not change the
 * models it reads, such as a check.
 */
export function withFoundTableCache<T>(work: () => T): T {
  const outer = tableCache;
  tableCache ??= new WeakMap();
  try {
    return work();
  } finally {
    tableCache = outer;
  }
}

/** Every table of the sheet found through its column-number row (with or without declared formulas). */
export function findTables(sheet: SheetModel): FoundTable[] {
  const known = tableCache?.get(sheet);
  if (known) return [...known];
  const found = searchTables(sheet);
  tableCache?.set(sheet, found);
  return [...found];
}

/** The tables whose column-number row declares at least one formula (the comparison columns fill writes). */
export function findFormulaTables(sheet: SheetModel): FoundTable[] {
  return findTables(sheet).filter((t) => t.declaresFormulas);
}

/** The hidden "Mã chỉ tiêu" column: a header cell with that text, right of or among the table's header rows. */
function findCodeColumn(
  view: SheetView,
  headerTop: number,
  numberRow: number,
  firstCol: number,
  lastCol: number,
): number | undefined {
  for (let r = headerTop; r <= numberRow; r++) {
    const cells = view.sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (c >= firstCol && c <= lastCol) continue;
      const cell = cells[c];
      if (cell && typeof cell.value === "string" && foldHeader(cell.value) === CODE_HEADER_FOLDED) return c;
    }
  }
  return undefined;
}

/** The draft of a table whose header spans rows headerTop … headerEnd − 1 above its body. */
function draftOf(
  view: SheetView,
  run: NumberRun,
  headerTop: number,
  headerEnd: number,
  foundBy: TableDraft["foundBy"],
): TableDraft {
  const knownHeaders: Set<string>[] = [];
  const headerParts: string[][] = [];
  const allTexts = run.tokens.map((_, i) => headerTexts(view, headerTop, headerEnd, run.firstCol + i));
  // One encoding for the whole header: «¦TH/KH» or «§VT» alone says too little, beside «Thùc hiÖn» it is TCVN3.
  const legacy = headerEncoding(allTexts.flatMap((texts) => texts));
  const columns: FoundColumn[] = run.tokens.map((token, i) => {
    const col = run.firstCol + i;
    const texts = allTexts[i];
    const header = texts.join(" ");
    headerParts.push(texts.map((t) => foldHeader(t, legacy)));
    knownHeaders.push(new Set([...texts, header].map(foldDiacritics).filter((t) => t !== "")));
    const folded = foldHeader(header, legacy);
    const role = classifyHeader(
      folded,
      foundBy === "number-row" ? token.number : undefined,
      token.expr !== undefined,
    );
    const column: FoundColumn = {
      col,
      number: token.number,
      ...(token.expr ? { expr: token.expr, formula: "number-row" as const } : {}),
      header,
      folded,
      percent: headerAsksPercent(folded),
      role: role.role,
    };
    if (role.kind !== undefined) column.kind = role.kind;
    if (role.year !== undefined) column.year = role.year;
    return column;
  });
  const lastCol = run.firstCol + run.tokens.length - 1;
  const codeColumn = findCodeColumn(view, headerTop, Math.max(run.row, headerEnd - 1), run.firstCol, lastCol);
  const draft: TableDraft = {
    foundBy,
    run,
    headerTop,
    columns,
    headerParts,
    knownHeaders,
    knownNumbers: knownHeaders.map(numbersAmong),
    declaresFormulas: columns.some((c) => c.expr !== undefined),
  };
  if (codeColumn !== undefined) draft.codeColumn = codeColumn;
  return draft;
}

/**
 * A cell of a header row: the header grammar reads it as a column it knows (STT, the name, the unit, a figure, a
 * score, a note …), or as a comparison that says what it compares («ƯTH/TH (%)», «So sánh …»). An indicator's name
 * in a body row («Tỷ lệ hộ gia đình có Internet») is no comparison: a bare «tỷ lệ» without «%» or operands is not
 * a header hit.
 */
function isHeaderCell(folded: string): boolean {
  const role = classifyHeader(folded).role;
  if (role === "other") return false;
  if (role === "ratio") return /%|\/|\bso sanh\b|\bso voi\b/.test(folded);
  return true;
}

/** Header texts of a row: folded text by column, for cells reading as a header word or phrase. */
function headerHits(view: SheetView, row: number): { hits: Map<number, string>; filled: number } {
  const hits = new Map<number, string>();
  let filled = 0;
  const cells = view.sheet.rows[row];
  if (!cells) return { hits, filled };
  // A header has at least two texts and at most one figure (a year typed as a number is no figure): a row that is
  // not one is not read further (most rows of a long sheet are a body's).
  let texts = 0;
  let figures = 0;
  for (const cell of cells) {
    if (!cell) continue;
    const v = cell.value;
    if (typeof v === "number") {
      if (!isYear(v)) figures++;
    } else if (typeof v === "string" && v !== "") {
      if (holdsFigure({ value: v }) && !isYear(Number(v.trim()))) figures++;
      else texts++;
    }
  }
  if (texts < 2 || figures >= 2) {
    for (const cell of cells) if (cell && cell.value !== null && cell.value !== "") filled++;
    return { hits, filled };
  }
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value === null || cell.value === "") continue;
    filled++;
    if (typeof cell.value !== "string" || cell.value.length > 120) continue;
    const f = foldHeader(cell.value);
    if (isHeaderCell(f)) hits.set(c, f);
  }
  return { hits, filled };
}

/** A cell typed as a year (2025, «2025»): a header's year, not a figure. */
function isYearCell(cell: CellModel | undefined): boolean {
  const v = cell?.value;
  return isYear(v) || (typeof v === "string" && /^\s*\d{4}\s*$/.test(v) && isYear(Number(v)));
}

/**
 * A row under a header row that belongs to the header: no figure but years typed in cells of their own, and either
 * two header words or more, or two years or more beside nothing but header words (2024 | 2025 under «Thực hiện»; a
 * body row names its indicator).
 */
function isLowerHeaderRow(view: SheetView, row: number): boolean {
  const cells = view.sheet.rows[row] ?? [];
  const { hits } = headerHits(view, row);
  let years = 0;
  let others = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value === null || cell.value === "") continue;
    if (isYearCell(cell)) years++;
    else if (holdsFigure(cell)) return false;
    else if (!hits.has(c)) others++;
  }
  return hits.size >= 2 || (years >= 2 && others === 0) || underMergedHeader(view, row);
}

/**
 * A lower header row of a few words under a header whose other cells are merged down over it («Tỷ lệ tăng/giảm (%)»
 * over «ƯTH 2026 so TH 2025», every other column merged over both rows): each of its texts reads as a header phrase
 * and each empty cell under the row above's header lies in a merge from above, which no body row does.
 */
function underMergedHeader(view: SheetView, row: number): boolean {
  if (row === 0) return false;
  const cells = view.sheet.rows[row] ?? [];
  const above = view.sheet.rows[row - 1] ?? [];
  let words = 0;
  let mergedDown = 0;
  for (let c = 0; c < Math.max(cells.length, above.length); c++) {
    const v = cells[c]?.value;
    if (v !== undefined && v !== null && v !== "") {
      if (
        typeof v !== "string" ||
        holdsFigure({ value: v }) ||
        classifyHeader(foldHeader(v)).role === "other"
      )
        return false;
      words++;
      continue;
    }
    if (cellText(above[c]) === "" && !view.merges.at(row - 1, c)) continue;
    const m = view.merges.at(row, c);
    if (!m || m.top >= row) return false;
    mergedDown++;
  }
  return words >= 1 && mergedDown >= 2;
}

/** How far a header-row table's header may reach above and below the row that makes it one. */
const HEADER_LEVELS = 2;

/**
 * Tables without a column-number row, found by a recognisable header row: at least two header texts, one naming
 * the indicators (or STT) and one a figure column (a year's result, plan, estimate, target or score). Rows already
 * in a table are not searched.
 */
function headerRowDrafts(view: SheetView, known: readonly TableDraft[]): TableDraft[] {
  const { sheet } = view;
  const covered = (r: number) => known.some((d) => r >= d.headerTop && r <= d.run.row) || inBody(r);
  const bodies = known.map((d) => d.run.row + 1);
  // A header-row table is searched only above the first number-row table's body or where no table claims rows.
  const inBody = (r: number) => bodies.some((b) => r >= b);
  const out: TableDraft[] = [];
  let current: TableDraft | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (covered(r)) continue;
    const { hits } = headerHits(view, r);
    if (hits.size < 2) continue;
    // The table's header again (a page break in the pasted document); another header under it starts a table
    // («STT | Chỉ tiêu | … | KH năm 2027» under a forecast), even with the same «STT».
    if (current && (isNumberRowRepeat(view, r, current.columns) || repeatsHeaderTexts(view, r, current)))
      continue;
    const roles = (k: number) => [...headerHits(view, k).hits.values()].map((f) => classifyHeader(f).role);
    if (!roles(r).some((role) => role === "name" || role === "number")) continue;
    // Lower header levels ("Thực hiện" over 2024 | 2025 typed as numbers, "2026" over "KH | ƯTH"): rows of header
    // words or of years, no figure among them.
    let bottom = r;
    for (let down = r + 1; down <= r + HEADER_LEVELS && down < sheet.rows.length; down++) {
      if (isLowerHeaderRow(view, down)) bottom = down;
      else break;
    }
    // A figure column named on the row or on a lower level of the header.
    let figures = false;
    for (let k = r; k <= bottom && !figures; k++)
      figures = roles(k).some((role) => role === "value" || role === "self-score" || role === "max-points");
    if (!figures) continue;
    // Upper header levels ("Năm 2024" over "Kế hoạch | Thực hiện"); a one-cell title line is not one.
    let top = r;
    for (let up = r - 1; up >= 0 && up >= r - HEADER_LEVELS && !covered(up); up--) {
      const s = headerHits(view, up);
      if (s.hits.size >= 1 && s.filled >= 2) top = up;
      else break;
    }
    let firstCol = Infinity;
    let lastCol = -1;
    for (let k = top; k <= bottom; k++) {
      const cells = sheet.rows[k] ?? [];
      for (let c = 0; c < cells.length; c++) {
        if (cellText(cells[c]) === "" && !view.merges.at(k, c)) continue;
        const m = view.merges.at(k, c);
        firstCol = Math.min(firstCol, m ? m.left : c);
        lastCol = Math.max(lastCol, m ? m.right : c);
      }
    }
    if (lastCol < 0) continue;
    const tokens: ColumnToken[] = [];
    for (let c = firstCol; c <= lastCol; c++) tokens.push({ number: c - firstCol + 1 });
    current = draftOf(view, { row: bottom, firstCol, tokens }, top, bottom + 1, "header-row");
    out.push(current);
    r = bottom;
  }
  return out;
}

/** Title lines looked at above a header: a sheet's title block is a few lines (PHỤ LỤC, the title, the unit). */
const TITLE_ROWS = 8;

/**
 * The title lines above a table's header, top to bottom, joined by " / ": the texts of the rows above it up to a row
 * of figures (the body of a table above) or another header (three texts or more), blank rows skipped.
 */
function titleAbove(view: SheetView, headerTop: number, lastCol: number): string | undefined {
  const lines: string[] = [];
  for (let r = headerTop - 1; r >= 0 && headerTop - r <= TITLE_ROWS; r--) {
    const cells = view.sheet.rows[r] ?? [];
    const texts: string[] = [];
    let figures = 0;
    for (let c = 0; c < cells.length && c <= lastCol + 2; c++) {
      const cell = cells[c];
      if (!cell || cell.value === null || cell.value === "") continue;
      if (typeof cell.value === "number" || cell.formula) figures++;
      else if (typeof cell.value === "string" && cell.value.trim() !== "") texts.push(cell.value.trim());
    }
    if (figures >= 2 || texts.length >= 3) break;
    if (texts.length > 0) lines.unshift(texts.join(" "));
  }
  return lines.length > 0 ? lines.join(" / ") : undefined;
}

/** The corrections kept for the sheet, by index among the table's columns; a reading naming a column the table
 * does not have is not applied. */
function correctionsIn(sheet: SheetModel, columns: readonly FoundColumn[]): Map<number, ColumnReading> {
  const out = new Map<number, ColumnReading>();
  for (const c of sheet.corrections ?? []) {
    const at = columns.findIndex((col) => col.col === columnIndex(c.col));
    if (at < 0) continue;
    const reading = parseReading(c.reading, (letters) => {
      const i = columns.findIndex((col) => col.col === columnIndex(letters));
      return i < 0 ? undefined : i;
    });
    if (reading) out.set(at, reading);
  }
  return out;
}

/** The expression of a comparison between two form columns: A/B (×100 under «%»), (A−B)/B×100, A−B. */
function comparisonExpr(op: ComparisonOp, a: number, b: number): Expr {
  const col = (n: number): Expr => ({ kind: "col", n });
  if (op === "diff") return { kind: "op", op: "-", left: col(a), right: col(b) };
  if (op === "ratio") return { kind: "op", op: "/", left: col(a), right: col(b) };
  return {
    kind: "op",
    op: "*",
    left: { kind: "op", op: "/", left: { kind: "op", op: "-", left: col(a), right: col(b) }, right: col(b) },
    right: { kind: "num", value: 100 },
  };
}

/**
 * The header grammar's reading of the table, put on its columns: each column's reading and role, its year with
 * where it came from, and a comparison whose operands are both in the table made a declared formula, as `7=6/4`
 * would make it.
 */
function readDraftHeader(view: SheetView, draft: TableDraft): void {
  const lastCol = draft.run.firstCol + draft.run.tokens.length - 1;
  const title = titleAbove(view, draft.headerTop, lastCol);
  const read = readTableHeader(
    draft.columns.map((c, i) => ({
      header: c.header,
      folded: c.folded,
      parts: draft.headerParts[i],
      ...(draft.foundBy === "number-row" ? { formNumber: c.number } : {}),
      ...(c.expr ? { declared: c.expr } : {}),
    })),
    title,
    correctionsIn(view.sheet, draft.columns),
  );
  if (title !== undefined) draft.title = title;
  if (read.year) draft.year = read.year;
  draft.columns.forEach((column, i) => {
    const r = read.columns[i];
    column.reading = r.reading;
    if (r.yearSource) column.yearSource = r.yearSource;
    if (r.corrected) {
      // The user's reading stands, whatever the column-number row declared.
      column.corrected = true;
      delete column.expr;
      delete column.formula;
    }
    const reading = r.reading;
    if (!column.expr && reading.role === "comparison" && "column" in reading.a && "column" in reading.b) {
      const a = draft.columns[reading.a.column].number;
      const b = draft.columns[reading.b.column].number;
      column.expr = comparisonExpr(reading.op, a, b);
      column.formula = r.corrected ? "correction" : "header";
      column.percent = reading.op === "growth" ? true : reading.op === "diff" ? false : column.percent;
      if (r.inferred) column.inferred = true;
    }
    const role = roleOfReading(reading, column.expr !== undefined);
    column.role = role.role;
    delete column.kind;
    delete column.year;
    if (role.kind !== undefined) column.kind = role.kind;
    if (role.year !== undefined) column.year = role.year;
  });
  draft.declaresFormulas = draft.columns.some((c) => c.expr !== undefined);
}

function searchTables(sheet: SheetModel): FoundTable[] {
  const view: SheetView = { sheet, merges: new Merges(sheet.merges ?? []) };
  const runs: NumberRun[] = [];
  for (let r = 0; r < sheet.rows.length; r++) for (const run of numberRunsOfRow(sheet, r)) runs.push(run);

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
    const draft = draftOf(view, run, headerTop, run.row, "number-row");
    // A plain number row (no formula) is a table when its header names the indicators and a figure column, or
    // when our hidden code column stands beside it.
    if (!draft.declaresFormulas && draft.codeColumn === undefined) {
      const named = draft.columns.some((c) => c.role === "name" && c.folded !== "");
      const figures = draft.columns.some(
        (c) => c.role === "value" || c.role === "self-score" || c.role === "max-points",
      );
      if (!named || !figures || headerTop === run.row) continue;
    }
    drafts.push(draft);
    floor = run.row + 1;
  }
  drafts.push(...headerRowDrafts(view, drafts));
  drafts.sort((a, b) => a.headerTop - b.headerTop);
  drafts.forEach((draft) => readDraftHeader(view, draft));

  return drafts.map((draft, i) => {
    const next = drafts.slice(i + 1).find((d) => d.run.row > draft.run.row);
    const lastRow = next ? next.headerTop - 1 : sheet.rows.length - 1;
    const table: FoundTable = {
      numberRow: draft.run.row,
      headerTop: draft.headerTop,
      firstCol: draft.run.firstCol,
      lastCol: draft.run.firstCol + draft.run.tokens.length - 1,
      columns: draft.columns,
      rows: [],
      lastRow,
      declaresFormulas: draft.declaresFormulas,
      foundBy: draft.foundBy,
    };
    if (draft.codeColumn !== undefined) table.codeColumn = draft.codeColumn;
    if (draft.year) table.year = draft.year;
    if (draft.title !== undefined) table.title = draft.title;
    table.rows = classifyRows(view, draft, table);
    markNotes(table.rows);
    settlePercentColumns(sheet, table);
    return table;
  });
}

/**
 * A comparison column whose header does not say "%" (pasted forms sometimes drop the "(%)"): the typed comparisons
 * tell whether it holds percent numbers (112,5) or ratios (1,125); with none to go by, a "So sánh …" column is the
 * standard form's percent comparison.
 */
function settlePercentColumns(sheet: SheetModel, table: FoundTable): void {
  // Typed numbers and the results formulas already hold are both evidence of what the column means.
  const numberAt = (row: number, col: number): number | undefined => typedNumber(cellAt(sheet, row, col));
  for (const column of table.columns) {
    if (!column.expr || column.percent) continue;
    // A difference (A − B) is in the figures' own unit: never a percent.
    if (column.reading?.role === "comparison" && column.reading.op === "diff") continue;
    let asPercent = 0;
    let asRatio = 0;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (row.kind !== "indicator") continue;
      const typed = numberAt(row.row, column.col);
      if (typed === undefined) continue;
      const ratio = evaluateExpr(column.expr, (n) => {
        const source = table.columns.find((c) => c.number === n);
        return source ? numberAt(row.row, source.col) : undefined;
      });
      if (ratio === undefined || ratio === 0) continue;
      if (Math.abs(typed - ratio * 100) < Math.max(1, Math.abs(ratio) * 2)) asPercent++;
      else if (Math.abs(typed - ratio) < Math.max(0.01, Math.abs(ratio) * 0.02)) asRatio++;
    }
    // With nothing to go by, a «So sánh …» column or one read from its header («ƯTH/TH») is the percent comparison
    // the forms ask for.
    column.percent =
      asPercent === asRatio
        ? column.formula === "header" || /\bso sanh\b/.test(foldDiacritics(column.header))
        : asPercent > asRatio;
  }
}
