/**
 * A confirmation given while consolidating, for a district file kept out as needing one (select.ts): the report year
 * of the file, and for each figure column whose header names no year at all («Kế hoạch», «Thực hiện»), the year the
 * person consolidating gives it. Applied to the file's model as the file's own stored settings would be (the year
 * kept, the column's reading corrected), so the figures then go under the years confirmed — never a year guessed.
 * A column whose header is a year alone («Năm 2026», «2026») has its year told but not its kind: the person
 * consolidating chooses the kind (Thực hiện / Ước thực hiện / Kế hoạch of that year), stored the same way — the
 * correction `phuluc xac-nhan --column` and the pane's «Sửa» store.
 * The district's file itself is not changed: the report says the year was confirmed at consolidation, and the
 * status sheet says so beside the file.
 */
import type { ColumnCorrection, WorkbookModel } from "../model/sheet";
import { formatReading, type Figure, type FigureKind } from "../tables/header-grammar";
import type { DistrictReport, UnconfirmedColumn } from "./types";

export interface Confirmation {
  /** The report year N of the file. */
  year: number;
  /** For the columns whose header names no year: the year of each, by "Sheet!Column". */
  columnYears?: Readonly<Record<string, number>>;
  /** For the columns whose header is a year alone: the kind of figure each holds, by "Sheet!Column". */
  columnKinds?: Readonly<Record<string, FigureKind>>;
}

/** The kinds a year alone may be confirmed as, in the order offered: the figures the plan's tables hold. */
export const CONFIRMABLE_KINDS: readonly FigureKind[] = ["actual", "estimate", "plan"];

/** "Biểu 01!E": how a confirmation names an unconfirmed column. */
export function columnKey(column: Pick<UnconfirmedColumn, "sheet" | "column">): string {
  return `${column.sheet}!${column.column}`;
}

/** The unconfirmed columns a year for the file does not settle: their headers name no year, not even «năm sau». */
export function columnsNeedingYear(report: DistrictReport): UnconfirmedColumn[] {
  return (report.unconfirmed ?? []).filter((c) => c.figure.year.kind === "unknown");
}

/**
 * The unconfirmed columns whose header is a year alone: the year is told, the kind is not (or only inferred), so
 * neither a year for the file nor one for the column settles them — a kind does.
 */
export function columnsNeedingKind(report: DistrictReport): UnconfirmedColumn[] {
  return (report.unconfirmed ?? []).filter(
    (c) => (c.kindInferred || c.kindUnknown) && c.figure.year.kind === "absolute",
  );
}

/** The corrections a confirmation stores: each column read as its figure with the year or the kind given. */
function corrections(report: DistrictReport, confirmation: Confirmation): ColumnCorrection[] {
  const out: ColumnCorrection[] = [];
  const store = (c: UnconfirmedColumn, figure: Figure) =>
    out.push({ sheet: c.sheet, col: c.column, reading: formatReading({ role: "figure", figure }) });
  for (const c of columnsNeedingYear(report)) {
    const year = confirmation.columnYears?.[columnKey(c)];
    if (year !== undefined) store(c, { ...c.figure, year: { kind: "absolute", year } });
  }
  for (const c of columnsNeedingKind(report)) {
    const kind = confirmation.columnKinds?.[columnKey(c)];
    if (kind !== undefined) store(c, { ...c.figure, kind, period: "year" });
  }
  return out;
}

/** The columns ("Sheet!Column") whose reading the confirmation gives: said beside the file on the status sheet. */
export function confirmedColumns(report: DistrictReport, confirmation: Confirmation): string[] {
  return corrections(report, confirmation).map((c) => columnKey({ sheet: c.sheet, column: c.col }));
}

/**
 * The file's model with the confirmation applied over what the file itself keeps: its year is the one confirmed,
 * and each year-less column confirmed is read with its year (the file's own corrections of other columns kept).
 */
export function withConfirmation(
  workbook: WorkbookModel,
  report: DistrictReport,
  confirmation: Confirmation,
): WorkbookModel {
  const added = corrections(report, confirmation);
  const sheets = workbook.sheets.map((sheet) => {
    const mine = added.filter((c) => c.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const kept = (sheet.corrections ?? []).filter((c) => !mine.some((m) => m.col === c.col));
    return { ...sheet, corrections: [...kept, ...mine.map(({ col, reading }) => ({ col, reading }))] };
  });
  return { ...workbook, sheets, storedYear: confirmation.year };
}
