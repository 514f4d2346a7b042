/**
 * The rows under a found table's header (find.ts): sector, group, indicator, a repeated header (page break), notes
 * under the body, other rows.
 */
import { foldDiacritics } from "../text/fold";
import { holdsFigure } from "../model/cell";
import { cellAt, cellText, type SheetModel } from "../model/sheet";
import {
  advanceLabelContext,
  isNumberedLabel,
  isSttHeader,
  readRowLabel,
  type LabelContext,
} from "./row-labels";
import { type FoundColumn, type TableRow, type FoundTable, tableColumnOf, inputColumns } from "./found";
import { letterMark, letterOf, MIN_NUMBERED_COLUMNS, tokenOf } from "./number-row";
import { type SheetView, shownText, type TableDraft } from "./draft";
import { classifyHeader, foldHeader } from "./columns";

/** The row repeats the table's column-number row (a page break), as printed: `1 2 3 …` or `A B C 1 2 …`. */
export function isNumberRowRepeat(view: SheetView, row: number, draft: TableDraft): boolean {
  const { columns } = draft;
  const letters = draft.run.letters;
  let matches = 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const cell = cellAt(view.sheet, row, c.col);
    if (cellText(cell) === "") continue;
    const same =
      c.number <= letters
        ? letterOf(cell) === letterMark(c.number)
        : tokenOf(cell)?.number === c.number - letters;
    if (!same) return false;
    matches++;
  }
  return matches >= MIN_NUMBERED_COLUMNS;
}

/** `firstText`: the row's shown text in the draft's first column when the caller has read it already. */
function isHeaderRepeat(view: SheetView, row: number, draft: TableDraft, firstText?: string): boolean {
  if (isNumberRowRepeat(view, row, draft)) return true;
  const stt = firstText ?? shownText(view, row, draft.columns[0].col);
  return isSttHeader(stt) || repeatsHeaderTexts(view, row, draft);
}

/**
 * Two thirds of the row's texts (two at least) are the table's own header texts, column by column — and no figure
 * column is headed otherwise: «STT | Chỉ tiêu | ĐVT | ƯTH 2026 | KH 2027 | So sánh (%)» under a table of «TH 2025 |
 * ƯTH 2026» starts another table, it repeats no header.
 */
export function repeatsHeaderTexts(view: SheetView, row: number, draft: TableDraft): boolean {
  const { columns, knownHeaders, knownNumbers } = draft;
  let nonEmpty = 0;
  let matches = 0;
  for (let i = 0; i < columns.length; i++) {
    // Two thirds matched is matches ≥ 2 × misses: once the columns left could not bring the matches there, the
    // row is no repeat (a table's row of figures is told so by its first few cells).
    if (matches + (columns.length - i) < 2 * (nonEmpty - matches)) return false;
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
    else if (columns[i].role === "value" && classifyHeader(foldHeader(cellText(cell))).role === "value")
      return false;
  }
  return nonEmpty >= 2 && matches * 3 >= nonEmpty * 2;
}

/** One of the columns holds a figure on the row (a loop, not a closure made per row of a long table). */
function hasFigureIn(sheet: SheetModel, row: number, columns: readonly FoundColumn[]): boolean {
  for (let i = 0; i < columns.length; i++) if (holdsFigure(cellAt(sheet, row, columns[i].col))) return true;
  return false;
}

/** Rows after the body (the last indicator, sector or group row) holding a text that starts a sentence are notes. */
export function markNotes(rows: TableRow[]): void {
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

export function classifyRows(view: SheetView, draft: TableDraft, table: FoundTable): TableRow[] {
  const col = (n: number) => tableColumnOf(table, n);
  // No STT column («Chỉ tiêu | ĐVT | TH 2025 | …»): the first column names the indicators, no row has a label.
  const first = table.columns.find((c) => c.number === 1);
  const sttCol = first?.role === "name" ? undefined : col(1);
  const nameCol = first?.role === "name" ? first.col : col(2);
  const inputs = inputColumns(table);
  const third = table.columns.find((c) => c.number === 3);
  const unitCol =
    table.columns.find((c) => c.role === "unit")?.col ??
    (third && third.role === "other" && !inputs.includes(third) ? third.col : undefined);
  // The STT column is most often the draft's first: its text, read for the label, is not read again for the test
  // of a repeated header (each row of a long table).
  const labelIsFirst = sttCol !== undefined && sttCol === draft.columns[0]?.col;
  const rows: TableRow[] = [];
  let context: LabelContext = { lastGroup: 0 };
  for (let r = draft.run.row + 1; r <= table.lastRow; r++) {
    const label = sttCol === undefined ? "" : shownText(view, r, sttCol);
    const name = nameCol === undefined ? "" : shownText(view, r, nameCol);
    if (isHeaderRepeat(view, r, draft, labelIsFirst ? label : undefined)) {
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
