/**
 * File-system edges of the command line: reading a workbook's bytes, listing the files of a folder, writing a
 * result atomically. Every expected problem of the file system (a missing file, a folder given as a file, a file or
 * folder the user may not read) is told apart here, once, so each command can say it in words; the raw error code
 * and the temporary file's name never reach the user.
 */
import { promises as fs, type Dirent, type Stats } from "node:fs";
import path from "node:path";

/**
 * Why an input cannot be read: "missing" (no such file or folder), "folder" (a folder where a file was expected),
 * "denied" (no permission to read the file), "folder-denied" (no permission to list a folder), "failed" (any other
 * error of the file system, its code kept as `detail`).
 */
export type ReadProblem = "missing" | "folder" | "denied" | "folder-denied" | "failed";

export type ReadResult =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: ReadProblem; detail?: string };

/** The file-system error's code ("EACCES"), when it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function readProblemOf(error: unknown): { problem: ReadProblem; detail?: string } {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return { problem: "missing" };
  if (code === "EACCES" || code === "EPERM") return { problem: "denied" };
  if (code === "EISDIR") return { problem: "folder" };
  return { problem: "failed", detail: code ?? (error instanceof Error ? error.message : String(error)) };
}

export async function readInputFile(file: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, problem: "folder" };
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (error) {
    return { ok: false, ...readProblemOf(error) };
  }
}

/** An input of `check` or `tong-hop`: a file to read, or one already known not to be readable. */
export interface InputFile {
  path: string;
  /** Set when the input cannot be read at all: a name that does not exist, a folder the user may not open. */
  problem?: ReadProblem;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Files found in the folders that are no spreadsheet (a .docx, a .pdf …): named, never read. */
  skipped: string[];
}

/**
 * Workbooks read as such (.xlsx and its macro and template forms, all Office Open XML), and other spreadsheet files a
 * district may send (.xls, .ods, .csv …): those are inputs too, so that they are named with the reason they cannot
 * be read ("not an .xlsx file: open it in Excel and save it as .xlsx") and counted, never silently left out.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|xlt|ods|fods|csv|et|ett|numbers)$/i;

/** Lock files Excel leaves beside an open workbook (~$…), hidden files and the desktop's own: never a user's file. */
function isSystemFile(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".") || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

/**
 * Files named on the command line, folders expanded (subfolders too) to the spreadsheets under them, in name order.
 * A name that does not exist is kept with the problem "missing" (the others are still read); a folder that cannot be
 * listed is kept with the problem "folder-denied".
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = await fs.stat(input);
    } catch (error) {
      files.push({ path: input, problem: readProblemOf(error).problem });
      continue;
    }
    if (stat.isDirectory()) await walk(input, files, skipped);
    else files.push({ path: input });
  }
  return { files, skipped };
}

async function walk(folder: string, files: InputFile[], skipped: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    const { problem } = readProblemOf(error);
    files.push({ path: folder, problem: problem === "denied" ? "folder-denied" : problem });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (isSystemFile(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, files, skipped);
    else if (!entry.isFile()) continue;
    else if (SPREADSHEET.test(entry.name)) files.push({ path: full });
    else skipped.push(full);
  }
}

/**
 * Why an output cannot be written: "folder-missing" (its folder does not exist), "denied" (no permission to write
 * there), "read-only" (the existing file is read-only), "is-folder" (the name is a folder), "disk-full",
 * "failed" (any other error, its code kept).
 */
export type WriteProblem = "folder-missing" | "denied" | "read-only" | "is-folder" | "disk-full" | "failed";

export class WriteError extends Error {
  constructor(
    readonly problem: WriteProblem,
    readonly detail?: string,
  ) {
    super(problem);
  }
}

export function writeProblemOf(error: unknown): WriteError {
  if (error instanceof WriteError) return error;
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return new WriteError("folder-missing");
  if (code === "EACCES" || code === "EPERM") return new WriteError("denied");
  if (code === "EROFS") return new WriteError("read-only");
  if (code === "EISDIR") return new WriteError("is-folder");
  if (code === "ENOSPC" || code === "EDQUOT") return new WriteError("disk-full");
  return new WriteError("failed", code ?? (error instanceof Error ? error.message : String(error)));
}

/**
 * Writes next to the target and renames over it, so a reader never sees half a file and a failed write leaves
 * whatever was there before. Throws a WriteError.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw writeProblemOf(error);
  }
}

/**
 * Whether two names reach the same file: the same resolved path, or, when both exist, the same device and inode
 * (another letter case on Windows or macOS, a link, another spelling of a network path).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => undefined), fs.stat(b).catch(() => undefined)]);
  return Boolean(sa && sb && sa.dev === sb.dev && sa.ino === sb.ino);
}
