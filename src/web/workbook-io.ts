/**
 * Everything of the page that reads or writes .xlsx, loaded only when a file is opened, the sample is built or a
 * new file is made (use-workbook-io.ts imports this module with a dynamic import(), so webpack puts it and the
 * package reader and writer in a lazy chunk), and the check that colours the tables. Nothing else in src/web may
 * import src/xlsx at run time.
 */
import { withoutReports } from "../core/actions/check";
import { checkWorkbook, type Finding } from "../core/check";
import type { SheetModel, WorkbookModel } from "../core/model/sheet";
import type { Settings } from "../core/port";
import { withStoredReading } from "../core/settings";
import type { WorkbookReading } from "../core/tables";
import { XlsxDocument, type LoadProblem } from "../xlsx";
import { createXlsxPort, isSettingsSheet, type XlsxPort } from "../xlsx/port";
import type { SheetLook } from "./look";
import { samplePlans } from "./sample";
import { sheetLook } from "./sheet-look";

export type OpenResult = { ok: true; port: XlsxPort } | { ok: false; problem: LoadProblem };

/** Opens .xlsx bytes; the reasons a file cannot be opened are told apart (see src/xlsx/load.ts). */
export function openBytes(bytes: Uint8Array): OpenResult {
  const opened = XlsxDocument.open(bytes);
  return opened.ok ? { ok: true, port: createXlsxPort(opened.document) } : opened;
}

/** Seed 001's two appendices, built in the page. */
export function samplePort(): XlsxPort {
  return createXlsxPort(XlsxDocument.fromPlans(samplePlans()));
}

/** A workbook without sheets: the official inserts the appendices into it. */
export function newPort(): XlsxPort {
  return createXlsxPort(XlsxDocument.blank());
}

/** The workbook as .xlsx bytes: what the page did not change, as it came. */
export function saveBytes(port: XlsxPort): Uint8Array {
  return port.save();
}

/**
 * The named sheets as the page draws them: their cells in the core's model and their look, each sheet read once
 * (the settings sheet is never shown).
 */
export function sheetsAndLooks(
  port: XlsxPort,
  names: readonly string[],
): { sheets: SheetModel[]; looks: SheetLook[] } {
  const sheets: SheetModel[] = [];
  const looks: SheetLook[] = [];
  const { document } = port;
  for (const name of names) {
    const entry = document.worksheets.find((s) => s.name === name && !isSettingsSheet(s.name, s.state));
    if (!entry) continue;
    const { sheet, layout } = document.readSheet(entry, { layout: true });
    sheets.push(sheet);
    if (layout) looks.push(sheetLook(name, layout, document.styles));
  }
  return { sheets, looks };
}

/**
 * The check the tables are coloured by and how their tables were read (the check reports the pane wrote left out):
 * with what the workbook's settings keep of the reading (its year, the columns' corrections) and the report year
 * the official chose in the pane, so that the page and the pane show the same findings and year.
 */
export function checkOf(
  model: WorkbookModel,
  settings: Settings,
  userYear?: number,
): { findings: Finding[]; reading?: WorkbookReading } {
  const result = checkWorkbook(withoutReports(withStoredReading(model, settings)), {
    ...(settings.level ? { level: settings.level } : {}),
    ...(userYear !== undefined ? { year: userYear } : {}),
  });
  return { findings: result.issues, ...(result.reading ? { reading: result.reading } : {}) };
}
