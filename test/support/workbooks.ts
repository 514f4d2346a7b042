/**
 * Reading the workbooks the tests write, through the product's one reader (src/xlsx/package): a sheet's model (values,
 * formulas, formats, merges), its layout and each cell's look. ExcelJS may build a test's input; what a test asserts
 * is read here.
 */
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { a1, columnLetter, parseA1 } from "../../src/core/model/address";
import type { CellModel, CellValue, SheetModel, WorkbookModel } from "../../src/core/model/sheet";
import type { CellWrite, Settings, WorkbookPort } from "../../src/core/port";
import { readPackage, XlsxDocument } from "../../src/xlsx";
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

/** A workbook a test built with ExcelJS, as the one reader reads it into the core's model (its user sheets). */
export async function modelOf(workbook: ExcelJS.Workbook): Promise<WorkbookModel> {
  const read = readPackage(await excelJsBytes(workbook));
  if (!read.ok) throw new Error(`the workbook cannot be read: ${read.problem}`);
  return { sheets: read.model.sheets };
}

/** A workbook read by the one reader, as the core's model (its user sheets). */
export function modelOfBook(book: Book): WorkbookModel {
  return { sheets: book.names.map((name) => book.sheet(name).model) };
}

/** A cell typed into by a test: its value and its number format, written when the typing is done. */
export interface TypedCell {
  readonly address: string;
  value: CellValue;
  numFmt: string;
}

/**
 * Typing into a workbook the way a test states it, cell by cell (rows and columns counted from 1, as Excel shows
 * them), written through the port in one go by done(). Reads (`sheet(name).read`) see the workbook as it was.
 */
export class Typing {
  private readonly book: Book;
  private readonly writes = new Map<string, Map<string, { value: CellValue; numberFormat?: string }>>();

  constructor(readonly port: XlsxPort) {
    this.book = bookOfPort(port);
  }

  sheet(name: string): { read: Sheet; getCell: (row: number, col: number) => TypedCell } {
    const read = this.book.sheet(name);
    let cells = this.writes.get(name);
    if (!cells) this.writes.set(name, (cells = new Map()));
    const pending = cells;
    return {
      read,
      getCell: (row, col) => {
        const address = `${columnLetter(col - 1)}${row}`;
        const entry = () => {
          let found = pending.get(address);
          if (!found) pending.set(address, (found = { value: read.value(address) }));
          return found;
        };
        return {
          address,
          get value() {
            return pending.get(address)?.value ?? read.value(address);
          },
          set value(value: CellValue) {
            entry().value = value;
          },
          get numFmt() {
            return pending.get(address)?.numberFormat ?? read.numberFormat(address) ?? "General";
          },
          set numFmt(format: string) {
            entry().numberFormat = format;
          },
        };
      },
    };
  }

  /** Writes what was typed; returns the port. */
  async done(): Promise<XlsxPort> {
    const writes: Record<string, CellWrite[]> = {};
    for (const [name, cells] of this.writes) {
      writes[name] = [...cells].map(([address, { value, numberFormat }]) => ({
        ...at(address),
        value: typeof value === "boolean" ? String(value) : value,
        ...(numberFormat !== undefined ? { numberFormat } : {}),
      }));
    }
    await this.port.writeCells(writes);
    return this.port;
  }
}

/**
 * In a consolidated sheet, the 1-based column of `label` (a district or a province column) under the figure header
 * `figure` (row 5; row 6 names the districts and the province columns).
 */
export function consolidatedColumn(ws: Sheet, figure: string, label: string): number {
  const start = (ws.model.rows[4] ?? []).findIndex((cell) => cell?.value === figure) + 1;
  if (!start) throw new Error(`no figure header «${figure}» in ${ws.name}`);
  for (let c = start; c < start + 40; c++) if (ws.model.rows[5]?.[c - 1]?.value === label) return c;
  throw new Error(`no column «${label}» under «${figure}» in ${ws.name}`);
}

/** "AB12" for 1-based row 12, column 28. */
export function a1Address(row: number, col: number): string {
  return a1(row - 1, col - 1);
}
