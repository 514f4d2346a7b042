/** Workbooks for the coverage tests: template plans read back as a workbook reader would, and hand-typed sheets. */
import type { SheetPlan } from "../../../src/core/model/plan";
import type { CellModel, CellValue, SheetModel } from "../../../src/core/model/sheet";
import { CODE_HEADER } from "../../../src/core/templates";

/** The plan as the xlsx reader would see the written sheet (values, formulas without cached results, formats). */
export function sheetFromPlan(plan: SheetPlan): SheetModel {
  const rows: (CellModel | undefined)[][] = [];
  for (const c of plan.cells) {
    if ((c.value === undefined || c.value === null) && !c.formula) continue;
    const cell: CellModel = { value: c.value ?? null };
    if (c.formula) cell.formula = c.formula;
    if (c.style?.numberFormat) cell.numberFormat = c.style.numberFormat;
    (rows[c.row] ??= [])[c.col] = cell;
  }
  return { name: plan.name, rows, merges: plan.merges.map((m) => ({ ...m })) };
}

/** Column of the hidden code column ("Mã chỉ tiêu") of a sheet read from a plan. */
export function codeColumnOf(sheet: SheetModel): number {
  for (const row of sheet.rows) {
    const col = row?.findIndex((c) => c?.value === CODE_HEADER) ?? -1;
    if (col >= 0) return col;
  }
  throw new Error("no code column");
}

/** Zero-based row holding `code` in the code column. */
export function rowOfCode(sheet: SheetModel, code: string): number {
  const col = codeColumnOf(sheet);
  const row = sheet.rows.findIndex((r) => r?.[col]?.value === code);
  if (row < 0) throw new Error(`no row for ${code}`);
  return row;
}

/** Writes a cell (a value, or a full cell model). */
export function put(sheet: SheetModel, row: number, col: number, cell: CellValue | CellModel): void {
  const r = (sheet.rows[row] ??= []);
  r[col] = cell !== null && typeof cell === "object" ? cell : { value: cell };
}

/** A sheet from rows of values; undefined and "" leave a cell empty. */
export function sheetOf(name: string, rows: (CellValue | CellModel | undefined)[][]): SheetModel {
  const sheet: SheetModel = { name, rows: [], merges: [] };
  rows.forEach((cells, r) => {
    sheet.rows[r] = [];
    cells.forEach((cell, c) => {
      if (cell === undefined || cell === "" || cell === null) return;
      put(sheet, r, c, cell);
    });
  });
  return sheet;
}
