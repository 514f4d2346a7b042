/** Filling the comparison columns of every sheet of an ExcelJS workbook, through the core's fill plan. */
import type ExcelJS from "exceljs";
import { a1 } from "../core/model/address";
import type { CellValue } from "../core/model/sheet";
import { planFill } from "../core/formulas";
import { readSheet } from "./read-sheet";

export interface TypedCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  typed: CellValue;
  /** What the formula gives; undefined when it gives an empty cell. */
  computed: number | undefined;
}

export interface FillReport {
  /** Sheets that hold at least one table with a column-number row. */
  sheetsWithTables: string[];
  formulasWritten: number;
  kept: TypedCell[];
  overwritten: TypedCell[];
}

/** Number format given to a comparison cell that still has Excel's General format. */
const COMPARISON_FORMAT = "0.0";

export function fillWorkbook(workbook: ExcelJS.Workbook, options: { overwrite: boolean }): FillReport {
  const report: FillReport = { sheetsWithTables: [], formulasWritten: 0, kept: [], overwritten: [] };
  for (const worksheet of workbook.worksheets) {
    const plan = planFill(readSheet(worksheet), options);
    if (plan.tables.length === 0) continue;
    report.sheetsWithTables.push(worksheet.name);
    for (const write of plan.writes) {
      const cell = worksheet.getCell(write.row + 1, write.col + 1);
      cell.value = { formula: write.formula } as ExcelJS.CellFormulaValue;
      if (!cell.numFmt || cell.numFmt === "General") cell.numFmt = COMPARISON_FORMAT;
      report.formulasWritten++;
    }
    const located = (c: { row: number; col: number; typed: CellValue; computed: number | undefined }) => ({
      sheet: worksheet.name,
      cell: a1(c.row, c.col),
      typed: c.typed,
      computed: c.computed,
    });
    report.kept.push(...plan.kept.map(located));
    report.overwritten.push(...plan.overwritten.map(located));
  }
  if (report.formulasWritten > 0) workbook.calcProperties.fullCalcOnLoad = true;
  return report;
}
