/**
 * Reading the workbooks the tests write, through the product's one reader (src/xlsx/package): a sheet's model (values,
 * formulas, formats, merges), its layout and each cell's look. ExcelJS may build a test's input; what a test asserts
 * is read here.
 */
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { parseA1 } from "../../src/core/model/address";
import type { CellModel, CellValue, SheetModel } from "../../src/core/model/sheet";
import type { Settings, WorkbookPort } from "../../src/core/port";
import { XlsxDocument } from "../../src/xlsx";
import type { SheetLayout } from "../../src/xlsx/package/sheet";
import type { StyleLook } from "../../src/xlsx/package/styles";
import { isSettingsSheet } from "../../src/xlsx/stored";
import { createXlsxPort, type XlsxPort } from "../../src/xlsx/port";

export interface Sheet {
  name: string;
  state: string;
  model: SheetModel;
  layout: SheetLayout;
  /** The cell at an A1 address, as the model has it (undefined when empty or covered by a merge). */
  cell(address: string): CellModel | undefined;
  /** The cell's value: null when empty. */
  value(address: string): CellValue;
  formula(address: string): string | undefined;
  numberFormat(address: string): string | undefined;
  /** The cell's style index (0 when it has none). */
  style(address: string): number;
  look(address: string): StyleLook;
  fontName(address: string): string | undefined;
  /** Texts of the column (letters), by 1-based row. */
  columnTexts(column: string): Map<number, string>;
}

export interface Book {
  document: XlsxDocument;
  /** The user sheets in order (our settings sheet left out). */
  names: string[];
  sheet(name: string): Sheet;
  settings(): Promise<Settings>;
}

function at(address: string): { row: number; col: number } {
  const where = parseA1(address);
  if (!where) throw new Error(`bad address ${address}`);
  return where;
}

function sheetOf(document: XlsxDocument, name: string): Sheet {
  const entry = document.worksheets.find((s) => s.name === name);
  if (!entry) throw new Error(`no sheet «${name}» in ${document.worksheets.map((s) => s.name).join(", ")}`);
  const { sheet: model, layout } = document.readSheet(entry, { layout: true });
  const styles = document.styles;
  const cell = (address: string) => {
    const { row, col } = at(address);
    return model.rows[row]?.[col];
  };
  const style = (address: string) => {
    const { row, col } = at(address);
    return layout?.styles[row]?.[col] ?? 0;
  };
  return {
    name,
    state: entry.state,
    model,
    layout: layout as SheetLayout,
    cell,
    value: (address) => cell(address)?.value ?? null,
    formula: (address) => cell(address)?.formula,
    numberFormat: (address) => styles.formats[style(address)],
    style,
    look: (address) => styles.look(style(address)) ?? {},
    fontName: (address) => styles.fontName(style(address)),
    columnTexts: (column) => {
      const col = at(`${column}1`).col;
      const texts = new Map<number, string>();
      model.rows.forEach((cells, r) => {
        const value = cells?.[col]?.value;
        if (typeof value === "string") texts.set(r + 1, value);
      });
      return texts;
    },
  };
}

export function bookOf(bytes: Uint8Array): Book {
  const opened = XlsxDocument.open(bytes);
  if (!opened.ok) throw new Error(`the workbook cannot be read: ${opened.problem}`);
  const document = opened.document;
  const read = new Map<string, Sheet>();
  return {
    document,
    names: document.worksheets.filter((s) => !isSettingsSheet(s.name, s.state)).map((s) => s.name),
    sheet: (name) => {
      let ws = read.get(name);
      if (!ws) read.set(name, (ws = sheetOf(document, name)));
      return ws;
    },
    settings: () => createXlsxPort(document).loadSettings(),
  };
}

export function readXlsx(file: string): Book {
  return bookOf(new Uint8Array(readFileSync(file)));
}

export function sheet(book: Book, name: string): Sheet {
  return book.sheet(name);
}

/** The 1-based row whose hidden "Mã chỉ tiêu" column holds the catalog code. */
export function rowOfCode(ws: Sheet, code: string): number {
  let codeCol = -1;
  for (const cells of ws.model.rows) {
    const col = cells?.findIndex((c) => c?.value === "Mã chỉ tiêu") ?? -1;
    if (col >= 0) {
      codeCol = col;
      break;
    }
  }
  const row = codeCol < 0 ? -1 : ws.model.rows.findIndex((cells) => cells?.[codeCol]?.value === code);
  if (row < 0) throw new Error(`code ${code} not found in ${ws.name}`);
  return row + 1;
}

export function formulaOf(ws: Sheet, address: string): string | undefined {
  return ws.formula(address);
}

/** The 1-based row whose cell in the given column starts with the text. */
export function rowOfText(ws: Sheet, column: string, text: string): number {
  for (const [row, value] of ws.columnTexts(column)) if (value.startsWith(text)) return row;
  throw new Error(`«${text}» not found in column ${column} of ${ws.name}`);
}

/** The bytes of a workbook a test built with ExcelJS (its input, as another program would write it). */
export async function excelJsBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The port over .xlsx bytes, as the page and the command line open them. */
export function portOfBytes(bytes: Uint8Array): XlsxPort {
  const opened = XlsxDocument.open(bytes);
  if (!opened.ok) throw new Error(`the workbook cannot be opened: ${opened.problem}`);
  return createXlsxPort(opened.document);
}

/** The port over a workbook a test built with ExcelJS, saved and opened as a file would be. */
export async function portOf(workbook: ExcelJS.Workbook): Promise<XlsxPort> {
  return portOfBytes(await excelJsBytes(workbook));
}

/** What the port holds now, read back by the one reader. */
export function bookOfPort(port: XlsxPort): Book {
  return bookOf(port.save());
}

/** Types values into cells of a sheet by A1 address, as an official would, through the port. */
export async function typeInto(
  port: WorkbookPort,
  sheet: string,
  values: Record<string, string | number | null>,
): Promise<void> {
  const writes = Object.entries(values).map(([address, value]) => ({ ...at(address), value }));
  await port.writeCells({ [sheet]: writes });
}
