/**
 * A worksheet part (xl/worksheets/sheetN.xml) → the core's SheetModel: zero-based rows and columns, a formula
 * without "=" and its cached result as the value, General left out, dates as "YYYY-MM-DD", cells covered by a merge
 * (all but its top-left) left out, rows without a kept cell absent. On request also the sheet's layout for drawing
 * it (every cell's style index, column widths, row heights, hidden rows and columns, frozen rows) and the font of
 * chosen cells.
 */
import { parseA1, parseRangeA1, type CellRange } from "../../core/model/address";
import { isDateFormat, serialToIsoDate } from "../../core/model/number-format";
import { putFont, type CellModel, type CellValue, type SheetModel } from "../../core/model/sheet";
import { slideFormula } from "./formula";
import { readStringItem, unescapeExcel } from "./strings";
import { CLOSE, END, OPEN, TEXT, XmlScanner, detached } from "./xml";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format of each style index (undefined: General). */
  formats: (string | undefined)[];
  date1904: boolean;
  /** Font name of each style index, when fonts are read. */
  fontName?: (style: number) => string | undefined;
}

export interface ReadSheetOptions {
  /** Read the layout too. */
  layout?: boolean;
  /** Cells whose font name is put on the model (zero-based [row, col]); an empty cell is made for it. */
  fonts?: readonly (readonly [number, number])[];
}

/** A column range of <cols> (zero-based, inclusive). */
export interface ColumnLayout {
  min: number;
  max: number;
  /** Characters of the default font. */
  width?: number;
  hidden: boolean;
}

export interface SheetLayout {
  /** styles[r][c]: the style index of every cell the sheet lists (0 left out), empty ones included. */
  styles: number[][];
  columns: ColumnLayout[];
  /** Row heights in points, by zero-based row. */
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  frozenRows: number;
  /** Links to places in the workbook ("'Kế hoạch 2027'!D12"), by zero-based cell. */
  links: { row: number; col: number; location: string }[];
  /** The sheet's tab is selected, and the cell active, in the workbook's first window. */
  tabSelected: boolean;
  activeCell?: string;
}

/** The master cell of a shared formula. */
interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

const NONE = 0;
const IN_V = 1;
const IN_F = 2;

export function readSheetPart(name: string, xml: string, context: SheetContext): SheetModel {
  return readSheetXml(name, xml, context).sheet;
}

export function readSheetXml(
  name: string,
  xml: string,
  context: SheetContext,
  options: ReadSheetOptions = {},
): { sheet: SheetModel; layout?: SheetLayout; addressed: boolean } {
  const { sharedStrings, formats, date1904 } = context;
  const layout: SheetLayout | undefined = options.layout
    ? {
        styles: [],
        columns: [],
        rowHeights: {},
        hiddenRows: [],
        frozenRows: 0,
        links: [],
        tabSelected: false,
      }
    : undefined;
  // The style of the cells whose font is asked for (keyed row * 16 384 + col), found as they pass.
  const fontCells =
    options.fonts && options.fonts.length > 0
      ? new Set(options.fonts.map(([r, c]) => r * 16_384 + c))
      : undefined;
  const styleIndexes = new Map<number, number>();
  const dateFormat = formats.map((f) => f !== undefined && isDateFormat(f));
  const rows: (CellModel | undefined)[][] = [];
  const mergeRanges: CellRange[] = [];
  const masters = new Map<string, SharedMaster>();
  const scanner = new XmlScanner(xml);

  let row = -1;
  // The row element had no r: its row is the one its first addressed cell names (row + 1 when none has one).
  let rowFromCells = false;
  let cells: (CellModel | undefined)[] | undefined;
  // The cell being read.
  let col = -1;
  let style = 0;
  let type: string | undefined;
  let value: string | undefined;
  let inline: string | undefined;
  let formula: string | undefined;
  let isFormula = false;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let collecting = NONE;
  // The sheet's views read so far, and the pane whose selection is the active cell.
  let views = 0;
  let activePane = "topLeft";
  // Every row and cell so far carries its address (r): a patch may then find cells by their address alone.
  let addressed = true;

  const endCell = () => {
    if (layout && style !== 0) (layout.styles[row] ??= [])[col] = style;
    if (fontCells?.has(row * 16_384 + col)) styleIndexes.set(row * 16_384 + col, style);
    const format = formats[style];
    let formulaText = formula;
    if (sharedIndex !== undefined) {
      if (sharedRef !== undefined && formula !== undefined) masters.set(sharedIndex, { formula, row, col });
      else if (sharedRef === undefined) {
        const master = masters.get(sharedIndex);
        formulaText = master ? slideFormula(master.formula, row - master.row, col - master.col) : undefined;
      }
    }
    let cellValue: CellValue = null;
    if (isFormula) {
      if (value) cellValue = typedValue(type, value, date1904);
    } else if (type === "inlineStr") {
      cellValue = inline ?? null;
    } else if (value !== undefined) {
      cellValue =
        type === "s" ? (sharedStrings[parseInt(value, 10)] ?? null) : typedValue(type, value, date1904);
    }
    if (typeof cellValue === "number" && dateFormat[style] && type !== "s")
      cellValue = serialToIsoDate(cellValue, date1904) ?? cellValue;
    if (cellValue === null && !formulaText) return;
    const model: CellModel = { value: cellValue };
    if (formulaText)
      model.formula = detached(formulaText.charCodeAt(0) === 61 ? formulaText.slice(1) : formulaText);
    if (format !== undefined) model.numberFormat = format;
    if (!cells) cells = [];
    cells[col] = model;
  };

  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      switch (scanner.name) {
        case "c": {
          const ref = scanner.attr("r");
          const at = ref === undefined ? undefined : parseA1(ref);
          if (!at) addressed = false;
          col = at ? at.col : col + 1;
          if (at && rowFromCells) {
            row = at.row;
            rowFromCells = false;
          }
          const s = scanner.attr("s");
          style = s === undefined ? 0 : parseInt(s, 10) || 0;
          type = scanner.attr("t");
          value = undefined;
          inline = undefined;
          formula = undefined;
          isFormula = false;
          sharedIndex = undefined;
          sharedRef = undefined;
          collecting = NONE;
          if (scanner.selfClosing) endCell();
          break;
        }
        case "v":
          collecting = scanner.selfClosing ? NONE : IN_V;
          break;
        case "f": {
          isFormula = true;
          if (scanner.attr("t") === "shared") {
            sharedIndex = scanner.attr("si");
            sharedRef = scanner.attr("ref");
          }
          collecting = scanner.selfClosing ? NONE : IN_F;
          break;
        }
        case "is":
          inline = detached(readStringItem(scanner));
          break;
        case "row": {
          const r = scanner.attr("r");
          row = r === undefined ? row + 1 : parseInt(r, 10) - 1;
          rowFromCells = r === undefined;
          if (rowFromCells) addressed = false;
          col = -1;
          cells = undefined;
          if (layout) readRowLayout(scanner, row, layout);
          break;
        }
        case "col":
          if (layout) readColumn(scanner, layout);
          break;
        case "hyperlink":
          if (layout) {
            const at = parseA1(scanner.attr("ref") ?? "");
            const location = scanner.attr("location");
            if (at && location !== undefined) layout.links.push({ row: at.row, col: at.col, location });
          }
          break;
        case "sheetView":
          views++;
          if (layout && views === 1) {
            const selected = scanner.attr("tabSelected");
            layout.tabSelected = selected === "1" || selected === "true";
          }
          break;
        case "pane":
          if (layout && views === 1) {
            const state = scanner.attr("state");
            if (state === "frozen" || state === "frozenSplit")
              layout.frozenRows = Math.round(Number(scanner.attr("ySplit") ?? 0)) || 0;
            activePane = scanner.attr("activePane") ?? "bottomRight";
          }
          break;
        case "selection":
          if (layout && views === 1 && (scanner.attr("pane") ?? "topLeft") === activePane) {
            const cell = scanner.attr("activeCell");
            if (cell !== undefined) layout.activeCell = cell;
          }
          break;
        case "mergeCell": {
          const range = parseRangeA1(scanner.attr("ref") ?? "");
          if (range) mergeRanges.push(range);
          break;
        }
        case "extLst":
        case "dataValidations":
        case "conditionalFormatting":
          scanner.skipElement();
          break;
      }
    } else if (token === TEXT) {
      if (collecting === IN_V) value = value === undefined ? scanner.text() : value + scanner.text();
      else if (collecting === IN_F)
        formula = formula === undefined ? scanner.text() : formula + scanner.text();
    } else if (token === CLOSE) {
      switch (scanner.name) {
        case "c":
          endCell();
          break;
        case "v":
        case "f":
          collecting = NONE;
          break;
        case "row":
          if (cells) rows[row] = cells;
          cells = undefined;
          break;
      }
    }
  }
  const sheet: SheetModel = { name, rows, merges: applyMerges(rows, mergeRanges) };
  if (fontCells && options.fonts && context.fontName) {
    for (const [r, c] of options.fonts) {
      const fontName = context.fontName(styleIndexes.get(r * 16_384 + c) ?? 0);
      if (fontName !== undefined) putFont(sheet, r, c, { name: fontName });
    }
  }
  return layout ? { sheet, layout, addressed } : { sheet, addressed };
}

/** A row's height (`ht`, points) and whether it is hidden. */
function readRowLayout(scanner: XmlScanner, row: number, layout: SheetLayout): void {
  const ht = scanner.attr("ht");
  if (ht !== undefined && Number(ht) > 0) layout.rowHeights[row] = Number(ht);
  const hidden = scanner.attr("hidden");
  if (hidden === "1" || hidden === "true") layout.hiddenRows.push(row);
}

/** A <col> element: columns min..max (one-based in the part), their width and whether they are hidden. */
function readColumn(scanner: XmlScanner, layout: SheetLayout): void {
  const min = parseInt(scanner.attr("min") ?? "", 10);
  const max = parseInt(scanner.attr("max") ?? "", 10);
  if (!(min >= 1) || !(max >= min)) return;
  const width = Number(scanner.attr("width"));
  const hidden = scanner.attr("hidden");
  layout.columns.push({
    min: min - 1,
    max: Math.min(max, 16_384) - 1,
    ...(width > 0 ? { width } : {}),
    hidden: hidden === "1" || hidden === "true",
  });
}

/** A cached or typed value by the cell's type attribute ("s" is handled by the caller). */
function typedValue(type: string | undefined, text: string, date1904: boolean): CellValue {
  switch (type) {
    case "d":
      // An ISO 8601 date (openpyxl, SheetJS, Strict files): its serial, so a date format shows it as a date.
      return isoDateSerial(text, date1904) ?? text;
    case "str":
      return detached(unescapeExcel(text));
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return text;
    default: {
      // A number; a damaged cell whose text is none keeps its text rather than becoming NaN.
      const n = parseFloat(text);
      return Number.isNaN(n) ? text : n;
    }
  }
}

const ISO_DATE = /^\s*(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/;

/** "2024-06-30T12:00:00" → 45473.5 (1900 system): the date and time as written, any zone left aside as Excel does. */
function isoDateSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) + +(m[6] ?? 0) * 1000;
  return ms / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
}

/**
 * The merges, one per top-left cell (a later one replaces an earlier one there), and the cells they
 * cover taken out of the rows: a covered cell shows the merge's text, not its own.
 */
function applyMerges(rows: (CellModel | undefined)[][], ranges: CellRange[]): CellRange[] {
  if (ranges.length === 0) return [];
  const byTopLeft = new Map<string, CellRange>();
  for (const range of ranges) byTopLeft.set(`${range.top},${range.left}`, range);
  const merges = [...byTopLeft.values()];
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const cells = rows[r];
      if (!cells) continue;
      const right = Math.min(m.right, cells.length - 1);
      let removed = false;
      for (let c = m.left; c <= right; c++) {
        if ((r !== m.top || c !== m.left) && cells[c] !== undefined) {
          delete cells[c];
          removed = true;
        }
      }
      if (removed) trimRow(rows, r);
    }
  }
  return merges;
}

/** A row's length back to its last cell, and the row dropped when it has none left. */
function trimRow(rows: (CellModel | undefined)[][], r: number): void {
  const cells = rows[r];
  let length = cells.length;
  while (length > 0 && cells[length - 1] === undefined) length--;
  if (length === 0) delete rows[r];
  else cells.length = length;
}
