/**
 * A new worksheet part from a sheet plan (src/core/model/plan.ts): values and formulas, each cell's look as a cell
 * style appended to the workbook's styles, merges, column widths and hidden columns, row heights, frozen panes,
 * internal links, and the print setup (A4, orientation, margins; one page wide and centred, or a scale with page
 * breaks between columns). The rows and columns repeated on every page are a defined name of the workbook, which
 * the caller adds (printTitles).
 */
import { a1, columnLetter, rangeA1, type CellRange } from "../../core/model/address";
import { styleOf, type PlannedCell, type SheetPlan } from "../../core/model/plan";
import { cellXml, type CellContent } from "./patch";
import type { StyleSheet } from "./styles";
import { escapeAttr } from "./xml-edit";

/** SpreadsheetML's namespaces (transitional); a Strict workbook's own are passed in. */
export const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

/** A cell of a sheet to write: zero-based place, style index, content. */
export interface BuiltCell {
  row: number;
  col: number;
  style: number;
  content: CellContent;
}

/** Everything a new worksheet part holds. */
export interface SheetBuild {
  cells: BuiltCell[];
  columns?: { width: number; hidden: boolean }[];
  rowHeights?: Record<number, number>;
  merges?: CellRange[];
  freeze?: { rows: number; cols: number };
  links?: { row: number; col: number; location: string; display: string }[];
  print?: SheetPlan["print"];
}

function paneXml(freeze: { rows: number; cols: number }): string {
  const { rows, cols } = freeze;
  if (rows <= 0 && cols <= 0) return "";
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = a1(Math.max(rows, 0), Math.max(cols, 0));
  return (
    `<pane${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}"` +
    ` activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** A sheet name quoted for a formula: 'Kế hoạch 2027' (an apostrophe doubled). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The built cells by row (rows with only a height set included, empty), and the range they span. */
function rowsOf(build: SheetBuild): { rows: Map<number, BuiltCell[]>; bounds: CellRange | undefined } {
  const rows = new Map<number, BuiltCell[]>();
  let bounds: CellRange | undefined;
  for (const cell of build.cells) {
    let list = rows.get(cell.row);
    if (!list) rows.set(cell.row, (list = []));
    list.push(cell);
    bounds = bounds
      ? {
          top: Math.min(bounds.top, cell.row),
          left: Math.min(bounds.left, cell.col),
          bottom: Math.max(bounds.bottom, cell.row),
          right: Math.max(bounds.right, cell.col),
        }
      : { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
  }
  const heights = build.rowHeights ?? {};
  for (const r of Object.keys(heights)) if (!rows.has(Number(r))) rows.set(Number(r), []);
  return { rows, bounds };
}

function pushColumns(parts: string[], build: SheetBuild): void {
  const columns = build.columns ?? [];
  if (columns.length === 0) return;
  parts.push("<cols>");
  columns.forEach((c, i) => {
    parts.push(
      `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`,
    );
  });
  parts.push("</cols>");
}

function pushSheetData(parts: string[], rows: Map<number, BuiltCell[]>, build: SheetBuild): void {
  const heights = build.rowHeights ?? {};
  parts.push("<sheetData>");
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const height = heights[r];
    parts.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`);
    const cells = (rows.get(r) as BuiltCell[]).sort((a, b) => a.col - b.col);
    for (const cell of cells) parts.push(cellXml("", a1(cell.row, cell.col), cell.style, cell.content));
    parts.push("</row>");
  }
  parts.push("</sheetData>");
}

function pushMergesAndLinks(parts: string[], build: SheetBuild): void {
  const merges = build.merges ?? [];
  if (merges.length > 0)
    parts.push(
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join("")}</mergeCells>`,
    );
  const links = build.links ?? [];
  if (links.length > 0) {
    parts.push("<hyperlinks>");
    for (const link of links)
      parts.push(
        `<hyperlink ref="${a1(link.row, link.col)}" location="${escapeAttr(link.location)}" display="${escapeAttr(link.display)}"/>`,
      );
    parts.push("</hyperlinks>");
  }
}

function pushPrint(parts: string[], print: NonNullable<SheetBuild["print"]>, fit: boolean): void {
  const m = print.margins;
  if (fit) parts.push('<printOptions horizontalCentered="1"/>');
  parts.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  const size = fit ? 'fitToWidth="1" fitToHeight="0"' : `scale="${print.scale ?? 100}"`;
  parts.push(`<pageSetup paperSize="9" orientation="${print.orientation}" ${size}/>`);
  const breaks = print.columnBreaks ?? [];
  if (breaks.length > 0) {
    // Each break left of a zero-based column, spanning every row.
    const brks = breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
    parts.push(`<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brks}</colBreaks>`);
  }
}

export function sheetXml(build: SheetBuild, namespaces = TRANSITIONAL): string {
  const { rows, bounds } = rowsOf(build);
  const print = build.print;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${namespaces.main}" xmlns:r="${namespaces.relationships}">`,
  ];
  // One page wide, or a scale with manual page breaks between columns (a sheet too wide to read on one page).
  const fit = print?.fitToWidth === 1;
  if (fit) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${bounds ? rangeA1(bounds) : "A1"}"/>`);
  parts.push(
    `<sheetViews><sheetView workbookViewId="0">${build.freeze ? paneXml(build.freeze) : ""}</sheetView></sheetViews>`,
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  pushColumns(parts, build);
  pushSheetData(parts, rows, build);
  pushMergesAndLinks(parts, build);
  if (print) pushPrint(parts, print, fit);
  parts.push("</worksheet>");
  return parts.join("");
}

function contentOf(planned: PlannedCell): CellContent {
  if (planned.formula !== undefined) return { formula: planned.formula };
  if (planned.link)
    return {
      value:
        planned.value === null || planned.value === undefined ? planned.link.cell : String(planned.value),
    };
  return { value: planned.value ?? null };
}

/** The plan as a sheet to write, its cells' looks added to the workbook's styles. */
export function planBuild(plan: SheetPlan, styles: StyleSheet): SheetBuild {
  const cells: BuiltCell[] = plan.cells.map((planned) => {
    const style = styleOf(planned);
    return {
      row: planned.row,
      col: planned.col,
      style: styles.forNew({
        font: {
          name: plan.font.name,
          size: style.fontSize ?? plan.font.size,
          bold: style.bold ?? false,
          italic: style.italic ?? false,
          ...(style.color ? { color: style.color } : {}),
        },
        ...(style.fill ? { fill: style.fill } : {}),
        border: style.border ?? false,
        ...(style.hAlign ? { horizontal: style.hAlign } : {}),
        ...(style.vAlign ? { vertical: style.vAlign } : {}),
        wrap: style.wrap ?? false,
        ...(style.numberFormat ? { numberFormat: style.numberFormat } : {}),
      }),
      content: contentOf(planned),
    };
  });
  const hidden = new Set(plan.hiddenColumns);
  const width = Math.max(plan.columnWidths.length, ...plan.hiddenColumns.map((c) => c + 1));
  const columns = Array.from({ length: width }, (_, c) => ({
    width: plan.columnWidths[c] ?? 9.140625,
    hidden: hidden.has(c),
  }));
  return {
    cells,
    columns,
    rowHeights: plan.rowHeights,
    merges: plan.merges,
    freeze: plan.freeze,
    links: plan.cells
      .filter((c) => c.link)
      .map((c) => ({
        row: c.row,
        col: c.col,
        location: `${quotedSheet(c.link!.sheet)}!${c.link!.cell}`,
        display: c.value === null || c.value === undefined ? c.link!.cell : String(c.value),
      })),
    print: plan.print,
  };
}

/** The print titles' defined name of a sheet: its columns (when any) and header rows repeated on every page. */
export function printTitles(plan: SheetPlan): string {
  const sheet = quotedSheet(plan.name);
  const { first, last } = plan.print.repeatRows;
  const rows = `${sheet}!$${first + 1}:$${last + 1}`;
  const columns = plan.print.repeatColumns;
  return columns ? `${sheet}!$${columnLetter(columns.first)}:$${columnLetter(columns.last)},${rows}` : rows;
}
