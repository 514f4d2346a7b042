/**
 * The one reader of .xlsx files, for every face: `phuluc` (every command), the web page (its view, its check, its
 * consolidation) and the xlsx port (src/xlsx/port.ts) all read workbooks through XlsxDocument and sheet.ts. The
 * parts are unzipped one at a time and scanned without building a spreadsheet object graph, so a big sheet costs
 * the time and memory of its XML and its model.
 *
 * readPackage is the read-only entry of the commands that only read (`phuluc check`, the consolidation's inputs):
 * every user sheet in the core's model, and the stored settings.
 */
import type { SheetModel, WorkbookModel } from "../../core/model/sheet";
import type { Settings } from "../../core/port";
import { validSettings, withStoredReading } from "../../core/settings";
import type { LoadProblem } from "../load";
import { isSettingsSheet, storedInSheet } from "../stored";
import { isDamage, XlsxDocument } from "./document";

export { XlsxDocument, isDamage, PackageError, type OpenResult } from "./document";

export interface PackageModel extends WorkbookModel {
  /** The user sheets in workbook order (hidden ones included, our hidden "phuluc" sheet left out). */
  sheets: SheetModel[];
  /** The settings kept in the "phuluc" sheet, validated. */
  settings: Settings;
}

export type PackageRead = { ok: true; model: PackageModel } | { ok: false; problem: LoadProblem };

function readAll(document: XlsxDocument): PackageModel {
  const sheets: SheetModel[] = [];
  let settings: Settings = {};
  // One sheet's XML in memory at a time: decompressed, scanned into its model, dropped.
  for (const entry of document.worksheets) {
    const { sheet } = document.readSheet(entry);
    if (isSettingsSheet(entry.name, entry.state)) settings = validSettings(storedInSheet(sheet).settings);
    else sheets.push(sheet);
  }
  // The year and column readings the user stored come with the sheets, as the ports attach them.
  return { ...withStoredReading({ sheets }, settings), settings };
}

/**
 * The workbook's sheets and settings, or why the bytes cannot be read. Only damage is turned into a problem; any
 * other error is a fault of this reader and is thrown.
 */
export function readPackage(bytes: Uint8Array): PackageRead {
  const opened = XlsxDocument.open(bytes, { readOnly: true });
  if (!opened.ok) return opened;
  try {
    return { ok: true, model: readAll(opened.document) };
  } catch (error) {
    if (isDamage(error)) return { ok: false, problem: "corrupt" };
    throw error;
  }
}
