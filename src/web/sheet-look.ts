/**
 * How a sheet looks, for the page's read-only table: column widths, hidden columns and rows, row heights, frozen
 * rows, and each cell's fill, font and alignment, from the layout the one reader reads (src/xlsx/package/sheet.ts)
 * and the workbook's cell styles. Values, formulas and merges come from the core's model (port.read()); this is
 * only the look, which the core's model leaves out. Lives in the lazy chunk with the reader.
 */
import type { SheetLayout } from "../xlsx/package/sheet";
import type { StyleSheet } from "../xlsx/package/styles";
import type { CellLook, SheetLook } from "./look";

/** Excel's column width unit (characters of the default font) in CSS pixels, as Excel draws it at 100 %. */
export const pxOfWidth = (chars: number) => Math.round(chars * 7 + 5);
/** Row heights are in points. */
const pxOfHeight = (points: number) => Math.round((points * 4) / 3);
/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;

function lookOf(styles: StyleSheet, index: number): CellLook | undefined {
  const style = styles.look(index);
  if (!style) return undefined;
  const look: CellLook = {};
  if (style.fill && style.fill !== "FFFFFF") look.fill = `#${style.fill}`;
  if (style.bold) look.bold = true;
  if (style.italic) look.italic = true;
  if (style.color && style.color !== "000000") look.color = `#${style.color}`;
  if (style.horizontal === "center" || style.horizontal === "centerContinuous") look.align = "center";
  else if (style.horizontal === "right") look.align = "right";
  else if (style.horizontal === "left") look.align = "left";
  if (style.wrap) look.wrap = true;
  if (style.border) look.border = true;
  return Object.keys(look).length > 0 ? look : undefined;
}

export function sheetLook(name: string, layout: SheetLayout, styles: StyleSheet): SheetLook {
  const cells: (CellLook | undefined)[][] = [];
  const looks = new Map<number, CellLook | undefined>();
  let width = 0;
  layout.styles.forEach((row, r) => {
    row.forEach((index, c) => {
      if (!looks.has(index)) looks.set(index, lookOf(styles, index));
      const look = looks.get(index);
      if (!look) return;
      (cells[r] ??= [])[c] = look;
      width = Math.max(width, c + 1);
    });
  });
  const columnCount = Math.max(width, ...layout.columns.map((c) => Math.min(c.max, 1023) + 1));
  const columnWidths: number[] = [];
  const hiddenColumns: number[] = [];
  for (let c = 0; c < columnCount; c++) {
    const column = layout.columns.find((col) => c >= col.min && c <= col.max);
    columnWidths[c] = pxOfWidth(column?.width ?? DEFAULT_WIDTH);
    if (column?.hidden) hiddenColumns.push(c);
  }
  const rowHeights: Record<number, number> = {};
  for (const [row, points] of Object.entries(layout.rowHeights)) rowHeights[Number(row)] = pxOfHeight(points);
  return {
    name,
    cells,
    columnWidths,
    hiddenColumns,
    hiddenRows: [...layout.hiddenRows],
    rowHeights,
    frozenRows: layout.frozenRows,
  };
}
