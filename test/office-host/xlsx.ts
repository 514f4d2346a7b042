/**
 * The host's workbook to and from .xlsx (Node side, ExcelJS): a test opens a workbook made with ExcelJS in the host
 * (`documentFromXlsx`), and saves what the pane left in the host as a file (`xlsxFromDocument`) for LibreOffice to
 * recalculate. Carries values, formulas, number formats, fonts, fills, hyperlinks, merges, column widths, hidden
 * columns and frozen panes; the document settings are not written (Excel keeps them in a web-extension part that
 * ExcelJS does not write).
 */
import ExcelJS from "exceljs";
import type { FakeCell } from "../excel/fake-excel";
import type { HostDocument, SheetSnapshot } from "./snapshot";

function cellOf(source: ExcelJS.Cell): FakeCell | undefined {
  const v = source.value;
  const cell: FakeCell = { value: null, font: {}, borders: {} };
  if (v === null || v === undefined) {
    if (!source.numFmt && !source.font?.bold) return undefined;
  } else if (typeof v === "object" && "formula" in v) {
    cell.formula = (v as ExcelJS.CellFormulaValue).formula;
    const result = (v as ExcelJS.CellFormulaValue).result;
    cell.value = typeof result === "number" || typeof result === "string" ? result : null;
  } else if (typeof v === "object" && "richText" in v) {
    cell.value = v.richText.map((r) => r.text).join("");
  } else if (v instanceof Date) {
    cell.value = v.getTime() / 86_400_000 + 25_569;
  } else if (typeof v === "object") {
    cell.value = String((v as { text?: unknown }).text ?? "");
  } else {
    cell.value = v;
  }
  if (source.numFmt) cell.numberFormat = source.numFmt;
  if (source.font?.bold) cell.font.bold = true;
  if (source.font?.italic) cell.font.italic = true;
  return cell;
}

/** A document holding `workbook`'s sheets (the first one active), with `settings` saved in it. */
export function documentFromXlsx(
  workbook: ExcelJS.Workbook,
  settings: Record<string, unknown> = {},
): HostDocument {
  const sheets: SheetSnapshot[] = workbook.worksheets.map((ws, i) => {
    const cells: SheetSnapshot["cells"] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.isMerged && c.master !== c) return;
        const cell = cellOf(c);
        if (cell) cells.push([r - 1, col - 1, cell]);
      }),
    );
    const merges = Object.values(
      (ws as unknown as { _merges: Record<string, { model: Record<string, number> }> })._merges ?? {},
    ).map((m) => ({
      top: m.model.top - 1,
      left: m.model.left - 1,
      bottom: m.model.bottom - 1,
      right: m.model.right - 1,
    }));
    return {
      name: ws.name,
      id: `{id-${i + 1}}`,
      cells,
      columnWidths: [],
      rowHeights: [],
      hiddenColumns: [],
      merges,
      pageLayout: {},
      protected: false,
    };
  });
  return { sheets, active: sheets[0]?.name, settings };
}

function argb(color: string | undefined): string | undefined {
  return color ? `FF${color.replace("#", "").toUpperCase()}` : undefined;
}

/** A hyperlink target inside the workbook ("'Sheet'!A1") in the form ExcelJS writes ("#'Sheet'!A1"). */
function linkTarget(link: Record<string, unknown>): string | undefined {
  if (typeof link.documentReference === "string") return `#${link.documentReference}`;
  if (typeof link.address === "string") return link.address;
  return undefined;
}

/** The document as an ExcelJS workbook, ready for `xlsx.writeFile`. */
export function xlsxFromDocument(doc: HostDocument): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const s of doc.sheets) {
    const views: Partial<ExcelJS.WorksheetView>[] = s.freeze
      ? [{ state: "frozen", xSplit: s.freeze.cols, ySplit: s.freeze.rows }]
      : [];
    const ws = workbook.addWorksheet(s.name, { views });
    for (const [row, col, c] of s.cells) {
      const cell = ws.getCell(row + 1, col + 1);
      const link = c.hyperlink ? linkTarget(c.hyperlink) : undefined;
      if (c.formula !== undefined) {
        cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
      } else if (link?.startsWith("#")) {
        // ExcelJS writes every hyperlink as an external relationship, which spreadsheets open as a file path: a link
        // inside the workbook is written as the HYPERLINK formula that means the same.
        const text = String(c.value ?? c.hyperlink?.textToDisplay ?? "");
        cell.value = {
          formula: `HYPERLINK("${link.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`,
        } as ExcelJS.CellFormulaValue;
      } else if (link) {
        cell.value = { text: String(c.value ?? c.hyperlink?.textToDisplay ?? ""), hyperlink: link };
      } else if (c.value !== null) {
        cell.value = c.value;
      }
      if (c.numberFormat && c.numberFormat !== "General") cell.numFmt = c.numberFormat;
      const font: Partial<ExcelJS.Font> = {};
      if (c.font.bold) font.bold = true;
      if (c.font.italic) font.italic = true;
      if (c.font.name) font.name = c.font.name;
      if (c.font.size) font.size = c.font.size;
      if (c.font.color) font.color = { argb: argb(c.font.color) };
      if (Object.keys(font).length) cell.font = font;
      if (c.fill && c.fill.pattern !== "None") {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill.color) } };
      }
    }
    for (const [col, points] of s.columnWidths) ws.getColumn(col + 1).width = points / 5.25;
    for (const col of s.hiddenColumns) ws.getColumn(col + 1).hidden = true;
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const active = doc.sheets.findIndex((s) => s.name === doc.active);
  if (active >= 0) workbook.views = [{ activeTab: active } as ExcelJS.WorkbookView];
  return workbook;
}
