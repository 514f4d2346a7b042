/**
 * A worksheet part (xl/worksheets/sheetN.xml) → the core's SheetModel: zero-based rows and columns, a formula
 * without "=" and its cached result as the value, General left out, dates as "YYYY-MM-DD", cells covered by a merge
 * (all but its top-left) left out, rows without a kept cell absent. A cell holding a result of an array formula
 * (Ctrl+Shift+Enter, or Excel 365's spill) reads with the array's formula, as Excel shows it there: its number is
 * the formula's, not one the official typed. On request also the sheet's layout for drawing it (every cell's style
 * index, column widths, row heights, hidden rows and columns, frozen rows) and the font of chosen cells.
 */
import { parseA1, parseRangeA1, type CellRange } from "../../core/model/address";
import { isDateFormat, serialToIsoDate } from "../../core/model/number-format";
import { putFont, type CellModel, type CellValue, type SheetModel } from "../../core/model/sheet";
import { slideFormula } from "./formula";
import { DEFAULT_PANE, paneOf } from "./sheet-view";
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
  /** Where each row element is in the text (RowSpans), for a patch of the part to come (not read otherwise). */
  rowSpans?: boolean;
}

/**
 * Where the row elements are in the part's text, in order, five numbers each: the row (zero-based), the offsets of
 * its start tag's "<" and of the end of that tag, and of its closing tag's "<" and end (both the start tag's end
 * for a self-closing row). A patch then goes from edited row to edited row without reading the rows between.
 */
export type RowSpans = number[];

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

/** An array formula (its range and text), remembered from its top-left cell for the cells of its range below. */
interface ArrayFormula extends CellRange {
  formula: string;
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
): { sheet: SheetModel; layout?: SheetLayout; addressed: boolean; rowSpans?: RowSpans } {
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
  const reader = new SheetReader(xml, context, layout, fontCells, options.rowSpans === true);
  reader.read();
  const rows = reader.rows;
  const sheet: SheetModel = { name, rows, merges: applyMerges(rows, reader.mergeRanges) };
  if (fontCells && options.fonts && context.fontName) {
    for (const [r, c] of options.fonts) {
      const fontName = context.fontName(reader.styleIndexes.get(r * 16_384 + c) ?? 0);
      if (fontName !== undefined) putFont(sheet, r, c, { name: fontName });
    }
  }
  const addressed = reader.addressed;
  const rowSpans = reader.rowSpans;
  const read = layout ? { sheet, layout, addressed } : { sheet, addressed };
  return rowSpans ? { ...read, rowSpans } : read;
}

/**
 * One read of a worksheet part: where the scan stands (the row, the cell being read) and what it has found. One per
 * read, its steps methods, so that no closure or object is made per cell but the cell's model.
 */
class SheetReader {
  readonly rows: (CellModel | undefined)[][] = [];
  readonly mergeRanges: CellRange[] = [];
  readonly styleIndexes = new Map<number, number>();
  // Every row and cell so far carries its address (r): a patch may then find cells by their address alone.
  addressed = true;
  /** Where the rows are (asked for a patch to come); undefined when not asked, or when rows are not one after another. */
  rowSpans: RowSpans | undefined;
  private readonly scanner: XmlScanner;
  private readonly sharedStrings: string[];
  private readonly formats: (string | undefined)[];
  private readonly date1904: boolean;
  private readonly dateFormat: boolean[];
  private readonly masters = new Map<string, SharedMaster>();
  // The array formulas whose ranges reach the rows still to come.
  private arrays: ArrayFormula[] = [];
  private row = -1;
  // The row element had no r: its row is the one its first addressed cell names (row + 1 when none has one).
  private rowFromCells = false;
  private cells: (CellModel | undefined)[] | undefined;
  // The cell being read.
  private col = -1;
  private style = 0;
  private type: string | undefined;
  private value: string | undefined;
  private inline: string | undefined;
  private formula: string | undefined;
  private isFormula = false;
  private sharedIndex: string | undefined;
  private sharedRef: string | undefined;
  private arrayRef: string | undefined;
  private collecting = NONE;
  // The sheet's views read so far, and the pane whose selection is the active cell.
  private views = 0;
  private activePane = DEFAULT_PANE;

  constructor(
    xml: string,
    context: SheetContext,
    private readonly layout: SheetLayout | undefined,
    private readonly fontCells: Set<number> | undefined,
    rowSpans: boolean,
  ) {
    this.scanner = new XmlScanner(xml);
    if (rowSpans) this.rowSpans = [];
    this.sharedStrings = context.sharedStrings;
    this.formats = context.formats;
    this.date1904 = context.date1904;
    this.dateFormat = context.formats.map((f) => f !== undefined && isDateFormat(f));
  }

  read(): void {
    const scanner = this.scanner;
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token === OPEN) this.open();
      else if (token === TEXT) {
        if (this.collecting === IN_V)
          this.value = this.value === undefined ? scanner.text() : this.value + scanner.text();
        else if (this.collecting === IN_F)
          this.formula = this.formula === undefined ? scanner.text() : this.formula + scanner.text();
      } else if (token === CLOSE) this.close();
    }
  }

  private open(): void {
    const scanner = this.scanner;
    switch (scanner.name) {
      case "c":
        this.openCell();
        break;
      case "v":
        this.collecting = scanner.selfClosing ? NONE : IN_V;
        break;
      case "f": {
        this.isFormula = true;
        const type = scanner.attr("t");
        if (type === "shared") {
          this.sharedIndex = scanner.attr("si");
          this.sharedRef = scanner.attr("ref");
        } else if (type === "array") this.arrayRef = scanner.attr("ref");
        this.collecting = scanner.selfClosing ? NONE : IN_F;
        break;
      }
      case "is":
        this.inline = detached(readStringItem(scanner));
        break;
      case "row":
        this.openRow();
        break;
      case "mergeCell": {
        const range = parseRangeA1(scanner.attr("ref") ?? "");
        if (range) this.mergeRanges.push(range);
        break;
      }
      case "extLst":
      case "dataValidations":
      case "conditionalFormatting":
        scanner.skipElement();
        break;
      default:
        if (this.layout) this.openLayout(this.layout);
    }
  }

  private close(): void {
    switch (this.scanner.name) {
      case "c":
        this.endCell();
        break;
      case "v":
      case "f":
        this.collecting = NONE;
        break;
      case "row":
        if (this.cells) this.rows[this.row] = this.cells;
        this.cells = undefined;
        if (this.rowSpans) this.closeRowSpan();
        break;
    }
  }

  private openCell(): void {
    const scanner = this.scanner;
    const ref = scanner.attr("r");
    const at = ref === undefined ? undefined : parseA1(ref);
    if (!at) this.addressed = false;
    this.col = at ? at.col : this.col + 1;
    if (at && this.rowFromCells) {
      this.row = at.row;
      this.rowFromCells = false;
    }
    const s = scanner.attr("s");
    this.style = s === undefined ? 0 : parseInt(s, 10) || 0;
    this.type = scanner.attr("t");
    this.value = undefined;
    this.inline = undefined;
    this.formula = undefined;
    this.isFormula = false;
    this.sharedIndex = undefined;
    this.sharedRef = undefined;
    this.arrayRef = undefined;
    this.collecting = NONE;
    if (scanner.selfClosing) this.endCell();
  }

  /** The row's span begun: its row and start tag (ended at once when the row closes itself). */
  private openRowSpan(): void {
    const spans = this.rowSpans as RowSpans;
    const { scanner } = this;
    // A row inside a row (not SpreadsheetML): no spans.
    if (spans.length % 5 !== 0) this.rowSpans = undefined;
    else if (scanner.selfClosing) spans.push(this.row, scanner.start, scanner.end, scanner.end, scanner.end);
    else spans.push(this.row, scanner.start, scanner.end);
  }

  private closeRowSpan(): void {
    const spans = this.rowSpans as RowSpans;
    if (spans.length % 5 !== 3) this.rowSpans = undefined;
    else spans.push(this.scanner.start, this.scanner.end);
  }

  private openRow(): void {
    const r = this.scanner.attr("r");
    this.row = r === undefined ? this.row + 1 : parseInt(r, 10) - 1;
    this.rowFromCells = r === undefined;
    if (this.rowFromCells) this.addressed = false;
    if (this.rowSpans) this.openRowSpan();
    this.col = -1;
    this.cells = undefined;
    if (this.arrays.length > 0) this.arrays = this.arrays.filter((a) => a.bottom >= this.row);
    if (this.layout) readRowLayout(this.scanner, this.row, this.layout);
  }

  /** The elements read only for the layout: columns, links, the first view's tab, frozen pane and active cell. */
  private openLayout(layout: SheetLayout): void {
    const scanner = this.scanner;
    switch (scanner.name) {
      case "col":
        readColumn(scanner, layout);
        break;
      case "hyperlink": {
        const at = parseA1(scanner.attr("ref") ?? "");
        const location = scanner.attr("location");
        if (at && location !== undefined) layout.links.push({ row: at.row, col: at.col, location });
        break;
      }
      case "sheetView":
        this.views++;
        if (this.views === 1) {
          const selected = scanner.attr("tabSelected");
          layout.tabSelected = selected === "1" || selected === "true";
        }
        break;
      case "pane":
        if (this.views === 1) {
          const state = scanner.attr("state");
          if (state === "frozen" || state === "frozenSplit")
            layout.frozenRows = Math.round(Number(scanner.attr("ySplit") ?? 0)) || 0;
          this.activePane = paneOf(scanner.attr("activePane"));
        }
        break;
      case "selection":
        if (this.views === 1 && paneOf(scanner.attr("pane")) === this.activePane) {
          const cell = scanner.attr("activeCell");
          if (cell !== undefined) layout.activeCell = cell;
        }
        break;
    }
  }

  /**
   * The formula a cell holds: its own, its shared master's slid to it (a master remembered as it passes), or the
   * array formula whose range it lies in.
   */
  private formulaText(): string | undefined {
    const { formula, sharedIndex, row, col } = this;
    if (!this.isFormula && this.arrays.length > 0) return this.arrayFormulaAt(row, col);
    if (this.arrayRef !== undefined && formula !== undefined) this.rememberArray(this.arrayRef, formula);
    if (sharedIndex === undefined) return formula;
    if (this.sharedRef !== undefined) {
      if (formula !== undefined) this.masters.set(sharedIndex, { formula, row, col });
      return formula;
    }
    const master = this.masters.get(sharedIndex);
    return master ? slideFormula(master.formula, row - master.row, col - master.col) : undefined;
  }

  private rememberArray(ref: string, formula: string): void {
    const range = parseRangeA1(ref);
    if (range && (range.bottom > range.top || range.right > range.left))
      this.arrays.push({ ...range, formula });
  }

  private arrayFormulaAt(row: number, col: number): string | undefined {
    for (const a of this.arrays)
      if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return a.formula;
    return undefined;
  }

  private cellValue(): CellValue {
    const { type, value, date1904 } = this;
    let cellValue: CellValue = null;
    if (this.isFormula) {
      if (value) cellValue = typedValue(type, value, date1904);
    } else if (type === "inlineStr") {
      cellValue = this.inline ?? null;
    } else if (value !== undefined) {
      cellValue =
        type === "s" ? (this.sharedStrings[parseInt(value, 10)] ?? null) : typedValue(type, value, date1904);
    }
    if (typeof cellValue === "number" && this.dateFormat[this.style] && type !== "s")
      cellValue = serialToIsoDate(cellValue, date1904) ?? cellValue;
    return cellValue;
  }

  private endCell(): void {
    const { layout, row, col, style } = this;
    if (layout && style !== 0) (layout.styles[row] ??= [])[col] = style;
    if (this.fontCells?.has(row * 16_384 + col)) this.styleIndexes.set(row * 16_384 + col, style);
    const format = this.formats[style];
    const formulaText = this.formulaText();
    const cellValue = this.cellValue();
    if (cellValue === null && !formulaText) return;
    const model: CellModel = { value: cellValue };
    if (formulaText)
      model.formula = detached(formulaText.charCodeAt(0) === 61 ? formulaText.slice(1) : formulaText);
    if (format !== undefined) model.numberFormat = format;
    if (!this.cells) this.cells = [];
    this.cells[col] = model;
  }
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
