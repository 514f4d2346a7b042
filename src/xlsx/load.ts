/**
 * Opening .xlsx bytes with ExcelJS, with the reasons a file cannot be opened told apart.
 * Works on bytes only (no file system), so the command line and the web page share it.
 */
import ExcelJS from "exceljs";

export type LoadProblem = "not-xlsx" | "encrypted" | "corrupt";

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: LoadProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, or an .xlsx encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** An encrypted OOXML package is a compound file holding an "EncryptionInfo" stream (named in UTF-16LE). */
function holdsEncryptionInfo(bytes: Uint8Array): boolean {
  const name = "EncryptionInfo";
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Parts of a workbook that ExcelJS does not write back: a file rewritten through it would lose them (charts, chart
 * sheets, pivot tables, macros). Zip entry names are stored as plain text, so they are found in the bytes.
 */
const PARTS_LOST_ON_REWRITE = ["xl/charts/", "xl/chartsheets/", "xl/pivotTables/", "xl/vbaProject.bin"];

export function partsLostOnRewrite(bytes: Uint8Array): string[] {
  const text = new TextDecoder("latin1").decode(bytes);
  return PARTS_LOST_ON_REWRITE.filter((name) => text.includes(name));
}

/**
 * Entry names (and the OpenDocument mimetype, stored first and uncompressed) of zip packages that are documents of
 * another program: a Word or PowerPoint file, an OpenDocument file renamed .xlsx is not an Excel file, not a damaged
 * one. Zip entry names are plain text in the local headers and in the central directory at the end.
 */
const OTHER_DOCUMENTS = [
  "word/document.xml",
  "ppt/presentation.xml",
  "application/vnd.oasis.opendocument",
  "visio/document.xml",
];
/** Bytes read at each end: the local header of the first entry, and the central directory. */
const NAMES_WINDOW = 256 * 1024;

function isOtherDocument(bytes: Uint8Array): boolean {
  const latin1 = new TextDecoder("latin1");
  const head = latin1.decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - NAMES_WINDOW)));
  // A workbook that embeds a Word document holds its name inside, but names its own workbook part too.
  if (tail.includes("xl/workbook") || head.includes("xl/workbook")) return false;
  return OTHER_DOCUMENTS.some((name) => head.includes(name) || tail.includes(name));
}

export function classifyBytes(bytes: Uint8Array): LoadProblem | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) return isOtherDocument(bytes) ? "not-xlsx" : undefined;
  if (startsWith(bytes, CFB_MAGIC)) return holdsEncryptionInfo(bytes) ? "encrypted" : "not-xlsx";
  return "not-xlsx";
}

export async function loadWorkbook(bytes: Uint8Array): Promise<LoadResult> {
  const problem = classifyBytes(bytes);
  if (problem) return { ok: false, problem };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; a Uint8Array view over the same memory is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problem: "corrupt" };
  }
  if (workbook.worksheets.length === 0) return { ok: false, problem: "corrupt" };
  return { ok: true, workbook };
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
