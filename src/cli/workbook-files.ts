/**
 * Opening and saving workbooks for the commands, turning every expected problem into a UserError. Every command
 * reads through the one reader; a command that writes edits only what its action touches (src/xlsx/port.ts).
 */
import {
  createXlsxPort,
  readPackage,
  XlsxDocument,
  type LoadProblem,
  type PackageModel,
  type XlsxPort,
} from "../xlsx";
import type { MessageKey } from "../core/i18n/messages";
import { readInputFile, writeFileAtomic } from "./files";
import { UserError } from "./context";
import { useNodeZlib } from "./zip-codec";

// Every command reads and writes workbooks through here: zip entries with Node's native zlib.
useNodeZlib();

const problemMessage: Record<LoadProblem, MessageKey> = {
  "not-xlsx": "error.not-xlsx",
  encrypted: "error.encrypted",
  corrupt: "error.corrupt",
  "too-large": "error.too-large",
};

/** Opens a workbook to work on through the port. */
export async function openWorkbookFile(file: string): Promise<XlsxPort> {
  const read = await readInputFile(file);
  if (!read.ok) throw new UserError("error.file-missing", { file });
  const opened = XlsxDocument.open(read.bytes);
  if (!opened.ok) throw new UserError(problemMessage[opened.problem], { file });
  return createXlsxPort(opened.document);
}

/** A workbook's sheets and settings for a command that only reads it. */
export async function readWorkbookModelFile(file: string): Promise<PackageModel> {
  const read = await readInputFile(file);
  if (!read.ok) throw new UserError("error.file-missing", { file });
  const model = readPackage(read.bytes);
  if (!model.ok) throw new UserError(problemMessage[model.problem], { file });
  return model.model;
}

/** The output of a new workbook must be an .xlsx file (an .xlsm too when `macros` allows one). */
export function checkOutputName(file: string, macros = false): void {
  if (/\.xlsx$/i.test(file) || (macros && /\.xlsm$/i.test(file))) return;
  throw new UserError("error.output-not-xlsx", { file });
}

/**
 * The output of a workbook written from `input` keeps its kind: a workbook with macros stays .xlsm (its content type
 * is kept, and Excel refuses one named .xlsx), any other stays .xlsx.
 */
export function checkOutputKind(port: XlsxPort, input: string, output: string): void {
  if (!port.document.macroEnabled) return checkOutputName(output);
  if (!/\.xlsm$/i.test(output)) throw new UserError("error.output-not-xlsm", { input, file: output });
}

export async function saveWorkbookFile(port: XlsxPort, file: string): Promise<void> {
  const bytes = port.save();
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new UserError("error.write-failed", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < 1990 || year > 2999)
    throw new UserError("error.bad-year", { year: text });
  return year;
}
