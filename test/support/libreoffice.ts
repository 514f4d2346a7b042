/**
 * Lets a real spreadsheet recalculate the files we write: LibreOffice headless converts them to .xlsx, which stores
 * the formulas' freshly computed results; the tests then read those results back.
 * With CI=true a missing soffice is a failure, never a skip.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { isCI } from "../../src/tools/ci.mjs";
import { readXlsx, type Book } from "./workbooks";

const run = promisify(execFile);

export function sofficePath(): string | undefined {
  for (const candidate of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** True when the LibreOffice tests must run: soffice is here, or CI demands it (and then fails if it is not). */
export const libreOfficeRequired = Boolean(sofficePath()) || isCI();

/**
 * Files per LibreOffice run: given about 250 files at once, soffice 7 silently leaves the last one unconverted (seen
 * with the province cases), so longer lists are converted in several runs.
 */
const FILES_PER_RUN = 100;

/**
 * Converts the .xlsx files to .xlsx in LibreOffice runs of at most FILES_PER_RUN files (which recalculates their
 * formulas and rewrites the package LibreOffice's way: shared formulas, shared strings, styles); returns the
 * converted files' paths, in order.
 */
export async function convertWithLibreOffice(files: string[]): Promise<string[]> {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error("soffice (LibreOffice) is not installed: apt-get install libreoffice-calc-nogui");
  const work = mkdtempSync(path.join(tmpdir(), "phuluc-lo-"));
  const outDir = path.join(work, "out");
  for (let i = 0; i < files.length; i += FILES_PER_RUN)
    await run(
      soffice,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...files.slice(i, i + FILES_PER_RUN),
      ],
      { timeout: 180_000 },
    );
  return files.map((file) => {
    const converted = path.join(outDir, path.basename(file));
    if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${file}`);
    return converted;
  });
}

/** Recalculates the .xlsx files in one LibreOffice run and returns them read by the one reader, in order. */
export async function recalculate(files: string[]): Promise<Book[]> {
  return (await convertWithLibreOffice(files)).map(readXlsx);
}

/** The recalculated result of a formula cell: a number, "" for an empty result, or the error text. */
export function resultOf(book: Book, sheet: string, address: string): number | string {
  const value = book.sheet(sheet).value(address);
  if (value === null) return "";
  return typeof value === "boolean" ? String(value) : value;
}
