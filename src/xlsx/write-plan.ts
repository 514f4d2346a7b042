/** Writing a core sheet plan into an ExcelJS workbook. */
import type ExcelJS from "exceljs";
import { columnLetter } from "../core/model/address";
import { styleOf, type CellStyle, type PlannedCell, type SheetPlan } from "../core/model/plan";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const A4 = 9;

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle, font: SheetPlan["font"]): void {
  cell.font = {
    name: font.name,
    size: style.fontSize ?? font.size,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    ...(style.color ? { color: { argb: argb(style.color) } } : {}),
  };
  cell.alignment = {
    horizontal: style.hAlign,
    vertical: style.vAlign,
    wrapText: style.wrap ?? false,
  };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/** "#'Kế hoạch 2027'!D12": an internal hyperlink target (apostrophes in the sheet name doubled). */
export function internalLinkTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function cellValue(planned: PlannedCell): ExcelJS.CellValue {
  if (planned.formula !== undefined) return { formula: planned.formula } as ExcelJS.CellFormulaValue;
  if (planned.link) {
    const text =
      planned.value === null || planned.value === undefined ? planned.link.cell : String(planned.value);
    return {
      text,
      hyperlink: internalLinkTarget(planned.link.sheet, planned.link.cell),
    } as ExcelJS.CellHyperlinkValue;
  }
  return planned.value ?? null;
}

/** Adds the planned sheet to the workbook and returns it. The plan's name must be free in the workbook. */
export function addPlannedSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const { print } = plan;
  const worksheet = workbook.addWorksheet(plan.name, {
    views: [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }],
    pageSetup: {
      paperSize: A4,
      orientation: print.orientation,
      // One page wide, or a scale with manual page breaks (columnBreaks, written by withColumnBreaks).
      ...(print.fitToWidth === 1
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
        : { fitToPage: false, scale: print.scale ?? 100 }),
      margins: print.margins,
      printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`,
      ...(print.repeatColumns
        ? {
            printTitlesColumn: `${columnLetter(print.repeatColumns.first)}:${columnLetter(print.repeatColumns.last)}`,
          }
        : {}),
      horizontalCentered: print.fitToWidth === 1,
    },
  });
  plan.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  for (const col of plan.hiddenColumns) worksheet.getColumn(col + 1).hidden = true;
  for (const [row, height] of Object.entries(plan.rowHeights))
    worksheet.getRow(Number(row) + 1).height = height;
  for (const planned of plan.cells) {
    const cell = worksheet.getCell(planned.row + 1, planned.col + 1);
    cell.value = cellValue(planned);
    applyStyle(cell, styleOf(planned), plan.font);
  }
  for (const m of plan.merges) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // Excel and LibreOffice recompute every formula when the file opens: ExcelJS writes no cached results.
  workbook.calcProperties.fullCalcOnLoad = true;
  return worksheet;
}
