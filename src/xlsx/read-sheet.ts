/** Reading an ExcelJS worksheet into the core's sheet model. */
import type ExcelJS from "exceljs";
import type { CellModel, CellValue, SheetModel, WorkbookModel } from "../core/model/sheet";
import type { CellState } from "../core/port";
import type { CellRange } from "../core/model/address";

interface ExcelJsRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value) return (value as ExcelJS.CellHyperlinkValue).text ?? null;
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/**
 * The cell's value; for a formula its cached result, read from `cell.result`: ExcelJS's `cell.value` of a formula
 * drops a result that is falsy, so 0, FALSE and "" would read as no result.
 */
function valueOf(cell: ExcelJS.Cell): CellValue {
  if (cell.type !== 6 /* ValueType.Formula */) return plainValue(cell.value);
  const result = cell.result as ExcelJS.CellValue | { error: string } | undefined;
  if (result === undefined || result === null) return null;
  if (typeof result === "object" && "error" in result) return String(result.error);
  return plainValue(result as ExcelJS.CellValue);
}

function readCell(cell: ExcelJS.Cell): CellModel | undefined {
  // Cells merged into a master report the master's value; the model keeps it on the master only.
  if (cell.isMerged && cell.master !== cell) return undefined;
  const value = valueOf(cell);
  const formula = cell.type === 6 /* ValueType.Formula */ ? cell.formula : undefined;
  const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  if (value === null && !formula) return undefined;
  const model: CellModel = { value };
  if (formula) model.formula = formula.replace(/^=/, "");
  if (numberFormat) model.numberFormat = numberFormat;
  return model;
}

/** Everything a quick fix may change in the cell (see CellState). */
export function readCellState(cell: ExcelJS.Cell): CellState {
  const state: CellState = { value: valueOf(cell) };
  if (cell.type === 6 /* ValueType.Formula */ && cell.formula) state.formula = cell.formula.replace(/^=/, "");
  if (cell.numFmt && cell.numFmt !== "General") state.numberFormat = cell.numFmt;
  if (cell.font?.name !== undefined) state.font = { name: cell.font.name };
  return state;
}

export function readSheet(worksheet: ExcelJS.Worksheet): SheetModel {
  const rows: (CellModel | undefined)[][] = [];
  const readRow = (row: ExcelJS.Row, rowNumber: number) => {
    const cells: (CellModel | undefined)[] = [];
    row.eachCell((cell, colNumber) => {
      const model = readCell(cell);
      if (model) cells[colNumber - 1] = model;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  };
  // A row formatted at 1 048 576 makes ExcelJS's row array that long: visit only the rows it holds (its keys), not
  // every index, so such a sheet is read in the time its real data takes.
  const held = (worksheet as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (Array.isArray(held)) {
    for (const key of Object.keys(held)) {
      const row = held[Number(key)];
      if (row) readRow(row, Number(key) + 1);
    }
  } else {
    worksheet.eachRow(readRow);
  }
  const merges: CellRange[] = Object.values(
    (worksheet as unknown as { _merges: Record<string, ExcelJsRange> })._merges ?? {},
  ).map((r) => ({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 }));
  return { name: worksheet.name, rows, merges };
}

export function readWorkbook(workbook: ExcelJS.Workbook): WorkbookModel {
  return { sheets: workbook.worksheets.map(readSheet) };
}
