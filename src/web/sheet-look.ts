/**
 * How an ExcelJS worksheet looks, for the page's read-only table: column widths, hidden columns and rows, row
 * heights, frozen rows, and each cell's fill, font and alignment. Values, formulas and merges come from the core's
 * model (port.read()); this is only the look, which the core's model leaves out. Lives in the lazy chunk with ExcelJS.
 */
import type ExcelJS from "exceljs";
import type { CellLook, SheetLook } from "./look";

/** Excel's column width unit (characters of the default font) in CSS pixels, as Excel draws it at 100 %. */
export const pxOfWidth = (chars: number) => Math.round(chars * 7 + 5);
/** Row heights are in points. */
const pxOfHeight = (points: number) => Math.round((points * 4) / 3);

/** "FFRRGGBB" → "#RRGGBB"; theme and indexed colours are left out (undefined). */
function cssColor(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

function lookOf(cell: ExcelJS.Cell): CellLook | undefined {
  const look: CellLook = {};
  const fill = cell.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const color = cssColor(fill.fgColor);
    if (color && color !== "#FFFFFF") look.fill = color;
  }
  const font = cell.font;
  if (font?.bold) look.bold = true;
  if (font?.italic) look.italic = true;
  const color = cssColor(font?.color);
  if (color && color !== "#000000") look.color = color;
  const alignment = cell.alignment;
  if (alignment?.horizontal === "center" || alignment?.horizontal === "centerContinuous")
    look.align = "center";
  else if (alignment?.horizontal === "right") look.align = "right";
  else if (alignment?.horizontal === "left") look.align = "left";
  if (alignment?.wrapText) look.wrap = true;
  if (cell.border && (cell.border.top || cell.border.bottom || cell.border.left || cell.border.right))
    look.border = true;
  return Object.keys(look).length > 0 ? look : undefined;
}

export function sheetLook(ws: ExcelJS.Worksheet): SheetLook {
  const cells: (CellLook | undefined)[][] = [];
  const rowHeights: Record<number, number> = {};
  const hiddenRows: number[] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    if (row.height) rowHeights[r] = pxOfHeight(row.height);
    // Empty cells count too: a template's input cells are empty and coloured.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const look = lookOf(cell);
      if (!look) return;
      (cells[r] ??= [])[colNumber - 1] = look;
      width = Math.max(width, colNumber);
    });
  });
  const columnWidths: number[] = [];
  const hiddenColumns: number[] = [];
  const columnCount = Math.max(width, ws.columnCount, ws.columns?.length ?? 0);
  for (let c = 0; c < columnCount; c++) {
    const column = ws.getColumn(c + 1);
    columnWidths[c] = pxOfWidth(column.width ?? 8.43);
    if (column.hidden) hiddenColumns.push(c);
  }
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  return {
    name: ws.name,
    cells,
    columnWidths,
    hiddenColumns,
    hiddenRows,
    rowHeights,
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
  };
}
