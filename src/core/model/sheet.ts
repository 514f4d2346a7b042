/**
 * The core's model of a worksheet as read from a workbook (by the xlsx adapter or the Office.js adapter).
 * Rows and columns are zero-based. Only what the core needs: values, formulas, number formats, merges.
 */
import type { CellRange } from "./address";

export type CellValue = string | number | boolean | null;

export interface CellModel {
  /** The typed value, or the cached result of a formula (null when none is known). */
  value: CellValue;
  /** English formula without the leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format code; absent means General. */
  numberFormat?: string;
  /**
   * The cell's font, where the adapter reads it (the xlsx adapter always; the Office.js adapter only in
   * readCells): the quick fixes swap legacy fonts (.VnTime, VNI-Times) for a Unicode one.
   */
  font?: { name?: string };
}

/**
 * A user's correction of how a column reads, kept in the workbook's settings: the sheet, the column's letters on the
 * sheet, and the reading in the header grammar's notation with operands as sheet letters («figure estimate year
 * 2026», «ratio F / D», «other»). See src/core/tables/header-grammar/reading.ts.
 */
export interface ColumnCorrection {
  sheet: string;
  /** The column's letters on the sheet ("F"). */
  col: string;
  reading: string;
}

export interface SheetModel {
  name: string;
  /** rows[r][c]; a missing row or cell is empty. */
  rows: (CellModel | undefined)[][];
  merges: CellRange[];
  /** False when the host could not report merged areas (Excel below ExcelApi 1.13): `merges` is then empty. */
  mergesKnown?: false;
  /**
   * The column readings the user corrected on this sheet, as the workbook keeps them (attached by the ports from
   * the stored settings): every reader of the sheet's tables reads those columns so.
   */
  corrections?: Omit<ColumnCorrection, "sheet">[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** The report year N the user set or confirmed, as the workbook's settings keep it (attached by the ports). */
  storedYear?: number;
}

export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.rows[row]?.[col];
}

/** Text of a cell as a person reads it: trimmed string, number in plain JS form, "" when empty. */
export function cellText(cell: CellModel | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return "";
  return typeof cell.value === "string" ? cell.value.trim() : String(cell.value);
}

/** `cellText(cell) === ""`, told without making the text (a number's text is never empty). */
export function textless(cell: CellModel | undefined): boolean {
  if (!cell || cell.value === null || cell.value === undefined) return true;
  return typeof cell.value === "string" && cell.value.trim() === "";
}

export function isEmptyCell(cell: CellModel | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === "") && !cell.formula);
}

/** Number of columns the widest row uses. */
export function sheetWidth(sheet: SheetModel): number {
  let w = 0;
  for (const row of sheet.rows) if (row && row.length > w) w = row.length;
  return w;
}

/** The cell lies inside a merged range without being its top-left cell (it shows the merge's text, not its own). */
export function coveredByMerge(sheet: SheetModel, row: number, col: number): boolean {
  const merges = sheet.merges;
  if (!merges || merges.length === 0) return false;
  // A loop, not `some` with a closure: a check asks for every figure cell of a long table.
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    if (
      row >= m.top &&
      row <= m.bottom &&
      col >= m.left &&
      col <= m.right &&
      (row !== m.top || col !== m.left)
    )
      return true;
  }
  return false;
}

/** Two formulas the same up to spaces, case and a leading "=" (an absent formula reads as ""). */
export function sameFormula(a: string | undefined, b: string | undefined): boolean {
  const norm = (f: string | undefined) => (f ?? "").replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  return norm(a) === norm(b);
}

/**
 * Puts a font read by an adapter on the model's cell (an empty cell is made for it): the one way fonts get into the
 * model, for every host.
 */
export function putFont(sheet: SheetModel, row: number, col: number, font: { name?: string }): void {
  const cells = (sheet.rows[row] ??= []);
  cells[col] = { ...(cells[col] ?? { value: null }), font: { ...font } };
}
