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
import { PortError } from "../core/port";
import { readInputFile, type ReadProblem } from "./files";
import { UserError } from "./context";
import { writeOutput } from "./output";
import { useNodeZlib } from "./zip-codec";
import { MAX_YEAR, MIN_YEAR, parseYear as parseYearText } from "../core/text/year";

// Every command reads and writes workbooks through here: zip entries with Node's native zlib.
useNodeZlib();

const problemMessage: Record<LoadProblem, MessageKey> = {
  "not-xlsx": "error.not-xlsx",
  encrypted: "error.encrypted",
  corrupt: "error.corrupt",
  "too-large": "error.too-large",
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

/** Opens a workbook to work on through the port. */
export async function openWorkbookFile(file: string): Promise<XlsxPort> {
  const opened = XlsxDocument.open(await inputBytes(file));
  if (!opened.ok) throw new UserError(problemMessage[opened.problem], { file });
  return createXlsxPort(opened.document);
}

/** A workbook's sheets and settings for a command that only reads it. */
export async function readWorkbookModelFile(file: string): Promise<PackageModel> {
  const model = readPackage(await inputBytes(file));
  if (!model.ok) throw new UserError(problemMessage[model.problem], { file });
  return model.model;
}

/**
 * A write the workbook refuses as Excel would — into a protected sheet, a sheet added to a workbook whose structure
 * is protected, into part of an array formula, or leaving an Excel table's header as Excel repairs it — as the
 * UserError saying so (the port refuses before anything is written, so no output file is made); undefined for any
 * other error.
 */
export function protectionRefusal(error: unknown): UserError | undefined {
  if (!(error instanceof PortError)) return undefined;
  if (error.code === "array") {
    const { sheet = "", range = "", cell = "", dataTable } = error.details;
    return new UserError(dataTable === true ? "error.data-table-part" : "error.array-part", {
      sheet,
      range,
      cell,
    });
  }
  if (error.code === "table-header") {
    const { sheet = "", cell = "", table = "", duplicate } = error.details;
    return duplicate === undefined
      ? new UserError("error.table-header", { sheet, cell, table })
      : new UserError("error.table-header.duplicate", { sheet, cell, table, name: duplicate });
  }
  if (error.code !== "protected") return undefined;
  if (error.details.workbook === true) return new UserError("error.protected.workbook");
  return new UserError("error.protected.sheet", { sheet: error.details.sheet ?? "" });
}

/** Saves the workbook, a big sheet deflated in Node's thread pool (what the caller does meanwhile overlaps it). */
export async function saveWorkbookFile(port: XlsxPort, file: string): Promise<void> {
  await writeOutput(file, await port.document.saveAsync());
}

/** A year given on the command line, by the one year rule (src/core/text/year.ts); else the rule's message. */
export function parseYear(text: string): number {
  const year = parseYearText(text);
  if (year === undefined) throw new UserError("year.invalid", { year: text, min: MIN_YEAR, max: MAX_YEAR });
  return year;
}
