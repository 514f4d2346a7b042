/** Opening and saving workbooks for the commands, turning every expected problem into a UserError. */
import ExcelJS from "exceljs";
import { loadWorkbook, partsLostOnRewrite, workbookBytes, type LoadProblem } from "../xlsx";
import { readPackage, type PackageModel } from "../xlsx/package";
import type { MessageKey } from "../core/i18n/messages";
import { readInputFile, type ReadProblem } from "./files";
import { UserError } from "./context";
import { writeOutput } from "./output";
import { MAX_YEAR, MIN_YEAR, parseYear as parseYearText } from "../core/text/year";

const problemMessage: Record<LoadProblem, MessageKey> = {
  "not-xlsx": "error.not-xlsx",
  encrypted: "error.encrypted",
  corrupt: "error.corrupt",
};

/** An input file that cannot be read, in words: missing, a folder, not allowed, or the system's error code. */
export const readProblemMessage: Record<ReadProblem, MessageKey> = {
  missing: "error.file-missing",
  folder: "error.input-is-folder",
  denied: "error.file-denied",
  "folder-denied": "error.folder-denied",
  failed: "error.file-unreadable",
};

/** The bytes of an input file, or a UserError saying why they cannot be read. */
async function inputBytes(file: string): Promise<Uint8Array> {
  const read = await readInputFile(file);
  if (!read.ok) throw new UserError(readProblemMessage[read.problem], { file, reason: read.detail ?? "" });
  return read.bytes;
}

/** Opens a workbook; with `rewriting`, refuses one whose charts, pivot tables or macros a rewrite would lose. */
export async function openWorkbookFile(
  file: string,
  options: { rewriting?: boolean } = {},
): Promise<ExcelJS.Workbook> {
  const bytes = await inputBytes(file);
  if (options.rewriting && partsLostOnRewrite(bytes).length > 0) {
    throw new UserError("error.parts-lost", { file });
  }
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new UserError(problemMessage[loaded.problem], { file });
  return loaded.workbook;
}

/** A workbook's sheets and settings for a command that only reads it (no ExcelJS workbook is built). */
export async function readWorkbookModelFile(file: string): Promise<PackageModel> {
  const model = readPackage(await inputBytes(file));
  if (!model.ok) throw new UserError(problemMessage[model.problem], { file });
  return model.model;
}

export async function saveWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await writeOutput(file, await workbookBytes(workbook));
}

/** A year given on the command line, by the one year rule (src/core/text/year.ts); else the rule's message. */
export function parseYear(text: string): number {
  const year = parseYearText(text);
  if (year === undefined) throw new UserError("year.invalid", { year: text, min: MIN_YEAR, max: MAX_YEAR });
  return year;
}
