/** The look of a sheet as the page's table draws it (made by sheet-look.ts in the lazy chunk; plain data). */
export interface CellLook {
  /** CSS colours "#RRGGBB". */
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
}

export interface SheetLook {
  name: string;
  /** cells[row][col], zero-based; a missing entry has the default look. */
  cells: (CellLook | undefined)[][];
  /** CSS pixels per column, for the columns the sheet defines or uses. */
  columnWidths: number[];
  hiddenColumns: number[];
  hiddenRows: number[];
  /** CSS pixels, by zero-based row. */
  rowHeights: Record<number, number>;
  frozenRows: number;
}
