/**
 * The reasons bytes cannot be opened as a workbook, told apart before any unzipping: not a zip at all (an old .xls,
 * a text file), an .xlsx encrypted with a password (an OLE compound file holding "EncryptionInfo"), or damaged.
 */
export type LoadProblem = "not-xlsx" | "encrypted" | "corrupt" | "too-large";

/**
 * The most worksheet XML (uncompressed, all sheets together) a workbook may hold to be read: reading a sheet and
 * checking it takes about ten times its XML in memory, so 90 MB (some 300 000 rows of an appendix) keeps a check
 * under 1 GB. A larger workbook is refused from its zip directory, before anything is inflated.
 */
export const MAX_WORKSHEET_BYTES = 90_000_000;

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

/** Why the bytes are no zip we could open, or undefined when they start as one. */
export function classifyBytes(bytes: Uint8Array): LoadProblem | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) return isOtherDocument(bytes) ? "not-xlsx" : undefined;
  if (startsWith(bytes, CFB_MAGIC)) return holdsEncryptionInfo(bytes) ? "encrypted" : "not-xlsx";
  return "not-xlsx";
}
