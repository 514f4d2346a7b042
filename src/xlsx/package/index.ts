/**
 * STAND-IN for the direct .xlsx package reader (fflate unzip + own XML scanner) the lead is writing: the same
 * contract, implemented with the ExcelJS path, so that test/xlsx/package-reader.test.ts can be written and run
 * before the real reader is merged. The real module replaces this file; until then this one is asynchronous
 * (ExcelJS cannot load synchronously), and the test awaits `Promise.resolve(readPackage(bytes))` so either works.
 */
import type { SheetModel } from "../../core/model/sheet";
import type { Settings } from "../../core/port";
import { loadWorkbook, type LoadProblem } from "../load";
import { createXlsxPort } from "../port";

export interface PackageModel {
  /** The user sheets in workbook order, exactly as createXlsxPort(ExcelJS workbook).read() gives them. */
  sheets: SheetModel[];
  /** As createXlsxPort(...).loadSettings() gives them. */
  settings: Settings;
}

export type PackageRead = { ok: true; model: PackageModel } | { ok: false; problem: LoadProblem };

export async function readPackage(bytes: Uint8Array): Promise<PackageRead> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const port = createXlsxPort(loaded.workbook);
  return { ok: true, model: { sheets: (await port.read()).sheets, settings: await port.loadSettings() } };
}
