/** Ports and workbooks for the action tests. */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../../src/core/port";
import { XlsxDocument } from "../../../src/xlsx";
import { createXlsxPort, type XlsxPort } from "../../../src/xlsx/port";
import { seedAppendicesWorkbook, type PasteMode } from "../../support/fixtures";
import { portOf, portOfBytes } from "../../support/workbooks";

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
  return createXlsxPort(XlsxDocument.blank());
}

/** Seed 001's two appendices typed in as published, one sheet each (built by ExcelJS, as another program would). */
export function seedWorkbook(mode: PasteMode = "numbers"): ExcelJS.Workbook {
  return seedAppendicesWorkbook(mode);
}

/** The port over seed 001's appendices, opened as a file is. */
export function seedPort(mode: PasteMode = "numbers"): Promise<XlsxPort> {
  return portOf(seedWorkbook(mode));
}

/** The workbook saved and opened again, as a download and an upload would. */
export function reloaded(port: XlsxPort): XlsxPort {
  return portOfBytes(port.save());
}

export { bookOfPort, rowOfCode, typeInto } from "../../support/workbooks";
