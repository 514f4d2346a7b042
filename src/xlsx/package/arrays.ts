/**
 * Array formulas of a worksheet part: a legacy one (Ctrl+Shift+Enter) or a dynamic one (Excel 365's spill,
 * `cm` naming its metadata) is written once, in its top-left cell, as `<f t="array" ref="H8:H11">`; the other cells
 * of its range hold only their results. So is a data table (What-If Analysis, `<f t="dataTable" ref="…">`). Excel
 * changes an array or a data table only as a whole («You can't change part of an array»): a cell of its range given
 * a content of its own, the formula left in place, is a file Excel repairs and LibreOffice will not open. So a write
 * is judged against them before anything is written (port.ts).
 */
import { a1, parseRangeA1, rangeA1, type CellRange } from "../../core/model/address";
import type { CellEdits } from "./patch";

/** `<f … t="array" … ref="…">` (or a data table's), whatever the prefix and the attributes' order. */
const ARRAY_FORMULA = /<(?:[\w.-]+:)?f\b[^>]*?\bt\s*=\s*["'](array|dataTable)["'][^>]*>/g;
const REF = /\sref\s*=\s*["']([^"']+)["']/;

/** An array formula's or a data table's range. */
export interface ArrayRange extends CellRange {
  dataTable: boolean;
}

/** The ranges of the part's array formulas and data tables that span more than one cell. */
export function arrayRanges(xml: string): ArrayRange[] {
  // Most sheets have none: one search, no scan.
  if (!/\bt\s*=\s*["'](?:array|dataTable)["']/.test(xml)) return [];
  const ranges: ArrayRange[] = [];
  for (const match of xml.matchAll(ARRAY_FORMULA)) {
    const ref = REF.exec(match[0])?.[1];
    const range = ref === undefined ? undefined : parseRangeA1(ref);
    if (range && (range.bottom > range.top || range.right > range.left))
      ranges.push({ ...range, dataTable: match[1] === "dataTable" });
  }
  return ranges;
}

/**
 * The first array range whose cells the edits' contents reach only in part (a style alone changes no array), as
 * "H8:H11" with the first cell written (`dataTable`: it is a data table's); undefined when every array is written
 * whole or not at all.
 */
export function arrayWrittenInPart(
  xml: string,
  edits: CellEdits,
): { range: string; cell: string; dataTable: boolean } | undefined {
  for (const range of arrayRanges(xml)) {
    let written = 0;
    let first: string | undefined;
    for (let row = range.top; row <= range.bottom; row++) {
      const cells = edits.get(row);
      if (!cells) continue;
      for (let col = range.left; col <= range.right; col++) {
        if (cells.get(col)?.content === undefined) continue;
        written++;
        first ??= a1(row, col);
      }
    }
    const size = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (first !== undefined && written < size)
      return { range: rangeA1(range), cell: first, dataTable: range.dataTable };
  }
  return undefined;
}
