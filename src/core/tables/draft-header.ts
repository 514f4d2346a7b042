/**
 * What a found table's columns mean (find.ts): the header grammar's reading of the header and the title above it put
 * on the columns (a comparison between two columns made a declared formula), corrections kept in the workbook, and
 * whether a comparison column holds percent numbers or ratios.
 */
import { columnIndex } from "../model/address";
import { foldDiacritics } from "../text/fold";
import { typedNumber } from "../model/cell";
import { cellAt, type SheetModel } from "../model/sheet";
import { evaluateExpr, type Expr } from "./expr";
import { roleOfReading } from "./columns";
import { parseReading, readTableHeader, type ColumnReading, type ComparisonOp } from "./header-grammar";
import type { FoundColumn, FoundTable } from "./found";
import type { SheetView, TableDraft } from "./draft";

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
export function readDraftHeader(view: SheetView, draft: TableDraft): void {
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
    if (r.inferred && reading.role === "figure") column.inferred = true;
    if (r.kindUnknown && reading.role === "figure") column.kindUnknown = true;
    const role = roleOfReading(reading, column.expr !== undefined);
    column.role = role.role;
    delete column.kind;
    delete column.year;
    if (role.kind !== undefined) column.kind = role.kind;
    if (role.year !== undefined) column.year = role.year;
  });
  draft.declaresFormulas = draft.columns.some((c) => c.expr !== undefined);
}

/**
 * A comparison column whose header does not say "%" (pasted forms sometimes drop the "(%)"): the typed comparisons
 * tell whether it holds percent numbers (112,5) or ratios (1,125); with none to go by, a "So sánh …" column is the
 * standard form's percent comparison. The column's reading is made to say the same.
 */
/** «lần» (times) as a header's unit: «(lần)», «… bao nhiêu lần», «số lần». */
const TIMES = /(^|[\s(])lần(?=[\s)]|$)/iu;

export function settlePercentColumns(sheet: SheetModel, table: FoundTable): void {
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
    // With nothing to go by, a «So sánh …» column or one whose header names the ratio («ƯTH/TH», also under a
    // declared `5 = 3 : 2`) is the percent comparison the forms ask for.
    // A header that gives the ratio in «lần» (times: «ƯTH 2026 so TH 2025 (lần)») asks for 1,13, not 113.
    const namesRatio = column.reading?.role === "comparison" && column.reading.op === "ratio";
    column.percent =
      asPercent === asRatio
        ? !TIMES.test(column.header.normalize("NFC")) &&
          (column.formula === "header" || namesRatio || /\bso sanh\b/.test(foldDiacritics(column.header)))
        : asPercent > asRatio;
    // The reading shown says what the fill computes: «H = F/E (%)» when the column is settled as a percent.
    if (column.reading?.role === "comparison" && column.reading.percent !== column.percent)
      column.reading = { ...column.reading, percent: column.percent };
  }
}
