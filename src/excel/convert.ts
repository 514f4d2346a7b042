/**
 * From what Office.js reports of a used range to the core's sheet model — the counterpart of
 * src/xlsx/read-sheet.ts, with the same conventions: zero-based rows and columns counted from A1, formulas without
 * "=", a formula cell's value is its computed value, "General" number formats are left out, empty cells are absent.
 */
import type { CellRange } from "../core/model/address";
import type { CellModel, CellValue, SheetModel } from "../core/model/sheet";
import { isDateFormat, serialToIsoDate } from "../core/model/number-format";

/** The loaded properties of a used range (`values,formulas,numberFormat,rowIndex,columnIndex`). */
export interface UsedRangeData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** One cell; undefined when it is empty (no value, no formula). */
export function cellFrom(value: unknown, formula: unknown, numberFormat: unknown): CellModel | undefined {
  // A text cell that reads like a formula (typed with the apostrophe prefix) reports the same string in `values`
  // and `formulas`; a real formula reports its result in `values`.
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  const format =
    typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General"
      ? numberFormat
      : undefined;
  let v = plainValue(value);
  if (v === null && !isFormula) return undefined;
  if (isFormula && value === "") v = "";
  if (typeof v === "number" && format !== undefined && isDateFormat(format)) v = serialToIsoDate(v) ?? v;
  const model: CellModel = { value: v };
  if (isFormula) model.formula = (formula as string).slice(1);
  if (format !== undefined) model.numberFormat = format;
  return model;
}

/**
 * A sheet model from its used range (undefined for an empty sheet) and its merged areas; `mergesKnown` false when
 * the host could not report them (Excel below ExcelApi 1.13).
 */
export function sheetModelFrom(
  name: string,
  used: UsedRangeData | undefined,
  merges: CellRange[] = [],
  mergesKnown = true,
): SheetModel {
  const rows: (CellModel | undefined)[][] = [];
  if (used) {
    const { values, formulas, numberFormat, rowIndex, columnIndex } = used;
    values.forEach((valueRow, r) => {
      const cells: (CellModel | undefined)[] = [];
      let any = false;
      valueRow.forEach((value, c) => {
        const cell = cellFrom(value, formulas[r]?.[c], numberFormat[r]?.[c]);
        if (cell) {
          cells[columnIndex + c] = cell;
          any = true;
        }
      });
      if (any) rows[rowIndex + r] = cells;
    });
  }
  return mergesKnown ? { name, rows, merges } : { name, rows, merges, mergesKnown: false };
}
