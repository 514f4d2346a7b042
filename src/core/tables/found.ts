/**
 * What the finder gives of a table found on a sheet (find.ts): its columns with their roles and readings, its rows
 * classified, where it lies; and the columns a table's figures are read from.
 */
import { columnRefs, type Expr } from "./expr";
import { isFigureRole, type ColumnRole } from "./columns";
import type { ColumnReading, TableYearSource } from "./header-grammar";

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
  /**
   * A header formula whose operands the header did not name, found among the figures beside it; a figure whose
   * header is a year alone, its kind inferred (to be confirmed before it is consolidated).
   */
  inferred?: boolean;
  /** A figure whose header is a year alone and whose kind nothing tells: the reading's kind is a placeholder. */
  kindUnknown?: boolean;
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
