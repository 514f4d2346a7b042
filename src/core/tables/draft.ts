/**
 * The finder's working state (find.ts): a sheet seen with its merged cells, and the draft of a table — its header
 * rows above the number row (or the header row), each column's header texts and first role, the hidden code column.
 */
import type { CellRange } from "../model/address";
import { foldDiacritics } from "../text/fold";
import { cellAt, cellText, type SheetModel } from "../model/sheet";
import { classifyHeader, CODE_HEADER_FOLDED, foldHeader } from "./columns";
import { headerAsksPercent, headerEncoding, type TableYearSource } from "./header-grammar";
import { readRowLabel } from "./row-labels";
import type { FoundColumn } from "./found";
import type { NumberRun } from "./number-row";

/** Headers are one to a few rows; more than this above a number row is not a header any more. */
const MAX_HEADER_ROWS = 6;

/** Merged ranges looked up by cell. */
export class Merges {
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

export interface SheetView {
  sheet: SheetModel;
  merges: Merges;
}

/** A cell's text, taking a merged cell's text from the merge's top-left cell. */
export function shownText(view: SheetView, row: number, col: number): string {
  const m = view.merges.at(row, col);
  return m ? cellText(cellAt(view.sheet, m.top, m.left)) : cellText(cellAt(view.sheet, row, col));
}

/**
 * Header rows above a number row: going up, a row belongs to the header while at least two distinct cells or
 * merges show text across the table's columns. A blank row, a title (one text, or one merge across the table)
 * or a row that starts with a row label (the end of a table above) ends the header.
 */
export function headerTopOf(view: SheetView, run: NumberRun, floor: number): number {
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

export interface TableDraft {
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

/** The header texts that are a number's text (`String(n)`), as numbers. */
function numbersAmong(texts: Set<string>): Set<number> {
  const numbers = new Set<number>();
  for (const t of texts) {
    const n = Number(t);
    if (t !== "" && String(n) === t) numbers.add(n);
  }
  return numbers;
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
export function draftOf(
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
