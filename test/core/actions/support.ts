/** Ports and workbooks for the action tests. */
import ExcelJS from "exceljs";
import type { WorkbookPort } from "../../../src/core/port";
import { createXlsxPort, type XlsxPort } from "../../../src/xlsx/port";
import { seedAppendicesWorkbook, type PasteMode } from "../../support/fixtures";

export type PortMethod = keyof WorkbookPort;

/** Methods that only read the workbook, and those that change it. */
export const READ_METHODS: readonly PortMethod[] = [
  "sheetNames",
  "read",
  "loadSettings",
  "readCells",
  "loadUndo",
];
export const WRITE_METHODS: readonly PortMethod[] = [
  "addSheets",
  "writeCells",
  "mark",
  "clearMarks",
  "select",
  "saveSettings",
  "writeStates",
];

export interface CountingPort extends WorkbookPort {
  /** Calls per method since the last reset. */
  readonly calls: Partial<Record<PortMethod, number>>;
  reads(): number;
  writes(): number;
  reset(): void;
}

/** Wraps a port, counting the calls made to each method. */
export function countingPort(inner: WorkbookPort): CountingPort {
  const calls: Partial<Record<PortMethod, number>> = {};
  const sum = (methods: readonly PortMethod[]) => methods.reduce((n, m) => n + (calls[m] ?? 0), 0);
  const counted = <K extends PortMethod>(name: K): WorkbookPort[K] =>
    ((...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return (inner[name] as (...a: unknown[]) => unknown).apply(inner, args);
    }) as WorkbookPort[K];
  return {
    calls,
    reads: () => sum(READ_METHODS),
    writes: () => sum(WRITE_METHODS),
    reset: () => {
      for (const key of Object.keys(calls)) delete calls[key as PortMethod];
    },
    sheetNames: counted("sheetNames"),
    read: counted("read"),
    addSheets: counted("addSheets"),
    writeCells: counted("writeCells"),
    mark: counted("mark"),
    clearMarks: counted("clearMarks"),
    select: counted("select"),
    loadSettings: counted("loadSettings"),
    saveSettings: counted("saveSettings"),
    readCells: counted("readCells"),
    writeStates: counted("writeStates"),
    loadUndo: counted("loadUndo"),
  };
}

export function emptyPort(): XlsxPort {
  return createXlsxPort(new ExcelJS.Workbook());
}

/** Seed 001's two appendices typed in as published, one sheet each. */
export function seedWorkbook(mode: PasteMode = "numbers"): ExcelJS.Workbook {
  return seedAppendicesWorkbook(mode);
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet «${name}» in ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

/** Saves and opens the workbook again, as a download and an upload would. */
export async function reloaded(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer);
  return again;
}

export { rowOfCode } from "../../support/workbooks";

export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  return value && typeof value === "object" && "formula" in value
    ? (value as ExcelJS.CellFormulaValue).formula
    : undefined;
}
