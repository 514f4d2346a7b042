/**
 * Everything of the page that needs ExcelJS, loaded only when a file is opened, the sample is built or a new file is
 * made (main.tsx imports this module with a dynamic import(), so webpack puts it and ExcelJS in a lazy chunk).
 * Nothing else in src/web may import ExcelJS or src/xlsx at run time.
 */
import ExcelJS from "exceljs";
import { loadWorkbook, partsLostOnRewrite, workbookBytes, type LoadProblem } from "../xlsx/load";
import { createXlsxPort, isSettingsSheet, type XlsxPort } from "../xlsx/port";
import type { SheetLook } from "./look";
import { fillSampleWorkbook } from "./sample";
import { sheetLook } from "./sheet-look";

/** `losesParts`: the file has charts, pivot tables or macros that a downloaded copy would not keep. */
export type OpenResult =
  { ok: true; port: XlsxPort; losesParts: boolean } | { ok: false; problem: LoadProblem };

/** Opens .xlsx bytes; the reasons a file cannot be opened are told apart (see src/xlsx/load.ts). */
export async function openBytes(bytes: Uint8Array): Promise<OpenResult> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    port: createXlsxPort(loaded.workbook),
    losesParts: partsLostOnRewrite(bytes).length > 0,
  };
}

/** Seed 001's two appendices, built in the page. */
export function samplePort(): XlsxPort {
  return createXlsxPort(fillSampleWorkbook(new ExcelJS.Workbook()));
}

/** A workbook without sheets: the official inserts the appendices into it. */
export function newPort(): XlsxPort {
  return createXlsxPort(new ExcelJS.Workbook());
}

/** The workbook as .xlsx bytes. */
export function saveBytes(port: XlsxPort): Promise<Uint8Array> {
  return workbookBytes(port.workbook);
}

/** The look of the named sheets (the settings sheet is never shown). */
export function sheetLooks(port: XlsxPort, names: readonly string[]): SheetLook[] {
  const looks: SheetLook[] = [];
  for (const name of names) {
    const ws = port.workbook.worksheets.find((w) => w.name === name && !isSettingsSheet(w.name, w.state));
    if (ws) looks.push(sheetLook(ws));
  }
  return looks;
}
