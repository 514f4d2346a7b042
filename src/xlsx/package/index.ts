/**
 * Reading an .xlsx package straight into the core's model, for the commands that only read (`phuluc check`, the
 * consolidation's inputs): the parts are unzipped one at a time and scanned without building ExcelJS's workbook,
 * so a big sheet costs the time and memory of its XML and its model, not of a full spreadsheet object graph.
 * What it gives is what createXlsxPort(ExcelJS workbook).read() and .loadSettings() give for the same file (proved
 * by test/xlsx/package-reader.test.ts over every kind of workbook we write and LibreOffice rewrites).
 */
import { unzipSync } from "fflate";
import type { SheetModel, WorkbookModel } from "../../core/model/sheet";
import type { Settings } from "../../core/port";
import { validSettings, withStoredReading } from "../../core/settings";
import { classifyBytes, type LoadProblem } from "../load";
import { isSettingsSheet, readStored } from "../stored";
import { readSheetPart } from "./sheet";
import { readSharedStrings } from "./strings";
import { readStyles } from "./styles";
import { END, OPEN, XmlError, XmlScanner } from "./xml";

export interface PackageModel extends WorkbookModel {
  /** The user sheets in workbook order (hidden ones included, our hidden "phuluc" sheet left out). */
  sheets: SheetModel[];
  /** The settings kept in the "phuluc" sheet, validated. */
  settings: Settings;
}

export type PackageRead = { ok: true; model: PackageModel } | { ok: false; problem: LoadProblem };

/** The package is not a workbook we can read (a damaged or foreign file). */
class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

interface Relationship {
  id: string;
  type: string;
  /** Part name the target resolves to, without a leading "/". */
  part: string;
}

interface SheetEntry {
  name: string;
  state: string;
  part: string;
}

/** Zip entries by lower-case name (part names are case-insensitive) → the entry's own name. */
function entryNames(bytes: Uint8Array): Map<string, string> {
  const names = new Map<string, string>();
  unzipSync(bytes, {
    filter: (file) => {
      names.set(file.name.toLowerCase(), file.name);
      return false;
    },
  });
  return names;
}

function partText(bytes: Uint8Array, names: Map<string, string>, part: string): string | undefined {
  const name = names.get(part.toLowerCase());
  if (name === undefined) return undefined;
  const data = unzipSync(bytes, {
    filter: (file) => {
      if (file.name !== name) return false;
      // Deflate packs at most 1032:1: a larger size is a damaged header, which fflate would try to allocate (a
      // RangeError past 4 GiB, or gigabytes of memory) before finding the data short.
      if (file.originalSize > file.size * 1032 + 1024)
        throw new PackageError("An entry's size is impossible");
      return true;
    },
  })[name];
  return data === undefined ? undefined : new TextDecoder(encodingOf(data)).decode(data);
}

/**
 * XML parts are UTF-8 or UTF-16 (ECMA-376 Part 2, 8.1.4); UTF-16 starts with its byte order mark. The decoder drops
 * the mark either way.
 */
function encodingOf(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (absolute targets and ".." too). */
function resolvePart(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const step of target.replace(/^\/+/, "").split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

function relsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRelationships(xml: string | undefined, source: string): Relationship[] {
  const rels: Relationship[] = [];
  if (xml === undefined) return rels;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN || scanner.name !== "Relationship") continue;
    const target = scanner.attr("Target");
    if (target === undefined || scanner.attr("TargetMode") === "External") continue;
    rels.push({
      id: scanner.attr("Id") ?? "",
      type: scanner.attr("Type") ?? "",
      part: resolvePart(source, target),
    });
  }
  return rels;
}

function ofType(rel: Relationship, type: string): boolean {
  return rel.type === RELATIONSHIP + type || rel.type.endsWith(`/${type}`);
}

/** The sheets of workbook.xml in order, each with its part, and whether dates count from 1904. */
function readWorkbookPart(xml: string, rels: Relationship[]): { sheets: SheetEntry[]; date1904: boolean } {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN) continue;
    if (scanner.name === "workbookPr") {
      const flag = scanner.attr("date1904");
      date1904 = flag === "1" || flag === "true";
    } else if (scanner.name === "sheet") {
      const rel = byId.get(scanner.attr("id") ?? "");
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !ofType(rel, "worksheet")) continue;
      sheets.push({
        name: scanner.attr("name") ?? "",
        state: scanner.attr("state") ?? "visible",
        part: rel.part,
      });
    }
  }
  return { sheets, date1904 };
}

function readPackageParts(bytes: Uint8Array): PackageModel {
  const names = entryNames(bytes);
  const text = (part: string) => partText(bytes, names, part);
  const root = readRelationships(text("_rels/.rels"), "");
  const workbookPart = root.find((r) => ofType(r, "officeDocument"))?.part ?? "xl/workbook.xml";
  const workbookXml = text(workbookPart);
  if (workbookXml === undefined) throw new PackageError("No workbook part");
  const rels = readRelationships(text(relsPart(workbookPart)), workbookPart);
  const { sheets: entries, date1904 } = readWorkbookPart(workbookXml, rels);
  const stringsRel = rels.find((r) => ofType(r, "sharedStrings"));
  const stylesRel = rels.find((r) => ofType(r, "styles"));
  const context = {
    sharedStrings: readSharedStrings(stringsRel && text(stringsRel.part)),
    formats: readStyles(stylesRel && text(stylesRel.part)),
    date1904,
  };
  const sheets: SheetModel[] = [];
  let settings: Settings = {};
  let read = 0;
  // One sheet's XML in memory at a time: decompressed, scanned into its model, dropped.
  for (const entry of entries) {
    const xml = text(entry.part);
    if (xml === undefined) continue;
    read++;
    const sheet = readSheetPart(entry.name, xml, context);
    if (isSettingsSheet(entry.name, entry.state))
      settings = validSettings(readStored((row) => sheet.rows[row - 1]?.[0]?.value).settings);
    else sheets.push(sheet);
  }
  if (read === 0) throw new PackageError("No worksheet");
  // The year and column readings the user stored come with the sheets, as the ports attach them.
  return { ...withStoredReading({ sheets }, settings), settings };
}

/** A zip or XML that cannot be read: fflate's errors carry a numeric code. */
function isDamage(error: unknown): boolean {
  return (
    error instanceof XmlError ||
    error instanceof PackageError ||
    (error instanceof Error && typeof (error as { code?: unknown }).code === "number")
  );
}

/**
 * The workbook's sheets and settings, or why the bytes cannot be read. Only damage is turned into a problem; any
 * other error is a fault of this reader and is thrown.
 */
export function readPackage(bytes: Uint8Array): PackageRead {
  const problem = classifyBytes(bytes);
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, model: readPackageParts(bytes) };
  } catch (error) {
    if (isDamage(error)) return { ok: false, problem: "corrupt" };
    throw error;
  }
}
