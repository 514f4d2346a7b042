/** Opening and saving workbooks for the commands, turning every expected problem into a UserError. */
import ExcelJS from "exceljs";
import { loadWorkbook, partsLostOnRewrite, workbookBytes, type LoadProblem } from "../xlsx";
import { readPackage, type PackageModel } from "../xlsx/package";
import type { MessageKey } from "../core/i18n/messages";
import { readInputFile, writeFileAtomic } from "./files";
import { UserError } from "./context";
import { MAX_YEAR, MIN_YEAR, parseYear as parseYearText } from "../core/text/year";

const problemMessage: Record<LoadProblem, MessageKey> = {
  "not-xlsx": "error.not-xlsx",
  encrypted: "error.encrypted",
  corrupt: "error.corrupt",
};

/** Opens a workbook; with `rewriting`, refuses one whose charts, pivot tables or macros a rewrite would lose. */
export async function openWorkbookFile(
  file: string,
  options: { rewriting?: boolean } = {},
): Promise<ExcelJS.Workbook> {
  const read = await readInputFile(file);
  if (!read.ok) throw new UserError("error.file-missing", { file });
  if (options.rewriting && partsLostOnRewrite(read.bytes).length > 0) {
    throw new UserError("error.parts-lost", { file });
  }
  const loaded = await loadWorkbook(read.bytes);
  if (!loaded.ok) throw new UserError(problemMessage[loaded.problem], { file });
  return loaded.workbook;
}

/** A workbook's sheets and settings for a command that only reads it (no ExcelJS workbook is built). */
export async function readWorkbookModelFile(file: string): Promise<PackageModel> {
  const read = await readInputFile(file);
  if (!read.ok) throw new UserError("error.file-missing", { file });
  const model = readPackage(read.bytes);
  if (!model.ok) throw new UserError(problemMessage[model.problem], { file });
  return model.model;
}

export function checkOutputName(file: string): void {
  if (!/\.xlsx$/i.test(file)) throw new UserError("error.output-not-xlsx", { file });
}

export async function saveWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = await workbookBytes(workbook);
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new UserError("error.write-failed", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** A year given on the command line, by the one year rule (src/core/text/year.ts); else the rule's message. */
export function parseYear(text: string): number {
  const year = parseYearText(text);
  if (year === undefined) throw new UserError("year.invalid", { year: text, min: MIN_YEAR, max: MAX_YEAR });
  return year;
}
