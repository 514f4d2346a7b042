/**
 * The parts of an .xlsx package (Open Packaging Conventions): each zip entry a part, found by its name whatever
 * its case; relationships between parts; the content types. A part is read when asked and dropped; a part an
 * action changes is kept as its new text until the package is saved, and every other part is saved as the very
 * bytes it came in (see zip.ts).
 */
import {
  entryData,
  plausibleSize,
  readZip,
  writeZip,
  writeZipAsync,
  ZipError,
  type EarlyDeflate,
  type OutEntry,
  type ZipEntry,
} from "./zip";
import { END, OPEN, XmlScanner } from "./xml";
import { appendChildren, escapeAttr, findElement } from "./xml-edit";

export const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const CONTENT_TYPES = "[Content_Types].xml";

export interface Relationship {
  id: string;
  type: string;
  /** Part name the target resolves to, without a leading "/". */
  part: string;
  /** The target as written. */
  target: string;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (absolute targets and ".." too). */
export function resolvePart(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const step of target.replace(/^\/+/, "").split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationship's type is this one (transitional or strict namespace). */
export function ofType(rel: Relationship, type: string): boolean {
  return rel.type === RELATIONSHIP + type || rel.type.endsWith(`/${type}`);
}

export function readRelationships(xml: string | undefined, source: string): Relationship[] {
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
      target,
    });
  }
  return rels;
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

export class Package {
  private readonly entries: ZipEntry[];
  /** Lower-case part name → its entry (part names are case-insensitive). */
  private readonly byName = new Map<string, ZipEntry>();
  /**
   * Parts written by an action (lower-case name → name and text, or UTF-8 bytes for a big sheet patched as bytes),
   * and parts removed.
   */
  private readonly written = new Map<
    string,
    { name: string; text?: string; bytes?: Uint8Array; early?: EarlyDeflate }
  >();
  private readonly removed = new Set<string>();

  /** Throws ZipError when the bytes are no zip. */
  constructor(private readonly bytes: Uint8Array) {
    this.entries = readZip(bytes);
    for (const entry of this.entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    return this.written.has(key) || (this.byName.has(key) && !this.removed.has(key));
  }

  /** The part's text, decoded; undefined when there is no such part. */
  text(part: string): string | undefined {
    return this.decoded(part)?.text;
  }

  /**
   * The part's text, and its bytes when they are UTF-8 with one byte for each character of the text (an ASCII
   * part, as a sheet whose strings are shared mostly is): then an offset in the text is one in the bytes, and a
   * patch can copy the bytes it keeps (patchSheetBytes) instead of encoding the whole text again.
   */
  textAndBytes(part: string): { text: string; ascii?: Uint8Array } | undefined {
    const read = this.decoded(part);
    if (!read?.data) return read && { text: read.text };
    const { text, data } = read;
    // Same length: every byte one character, ASCII or a damaged byte read as U+FFFD (then the bytes are not used).
    const ascii = encodingOf(data) === "utf-8" && text.length === data.length && text.indexOf("\uFFFD") < 0;
    return ascii ? { text, ascii: data } : { text };
  }

  /** The part's text, and the bytes it was decoded from (none for a part written as text). */
  private decoded(part: string): { text: string; data?: Uint8Array } | undefined {
    const key = part.toLowerCase();
    const written = this.written.get(key);
    if (written?.text !== undefined) return { text: written.text };
    let data = written?.bytes;
    if (!data) {
      const entry = this.byName.get(key);
      if (!entry || this.removed.has(key)) return undefined;
      data = entryData(this.bytes, entry);
    }
    return { text: new TextDecoder(encodingOf(data)).decode(data), data };
  }

  /**
   * Replaces a part by these UTF-8 bytes (a patched sheet's; its declaration is its own). `early`: their deflate,
   * begun as they were written, finished by saveAsync.
   */
  setBytes(part: string, bytes: Uint8Array, early?: EarlyDeflate): void {
    const key = part.toLowerCase();
    this.removed.delete(key);
    this.written.set(key, { name: this.byName.get(key)?.name ?? part, bytes, ...(early ? { early } : {}) });
  }

  /** Replaces or adds a part (saved as UTF-8, its declaration saying so). */
  setText(part: string, text: string): void {
    const key = part.toLowerCase();
    const name = this.byName.get(key)?.name ?? part;
    this.removed.delete(key);
    this.written.set(key, {
      name,
      text: text.replace(/^(<\?xml[^>]*encoding=["'])utf-16(?:le|be)?(["'])/i, "$1UTF-8$2"),
    });
  }

  remove(part: string): void {
    const key = part.toLowerCase();
    this.written.delete(key);
    if (this.byName.has(key)) this.removed.add(key);
  }

  /**
   * The size a part declares in the zip directory (its text's size once written); a size deflate cannot reach
   * from the entry's compressed bytes is damage (ZipError).
   */
  declaredSize(part: string): number {
    const key = part.toLowerCase();
    const written = this.written.get(key);
    if (written) return written.bytes?.length ?? (written.text as string).length;
    const entry = this.byName.get(key);
    if (!entry) return 0;
    if (!plausibleSize(entry.size, entry.compressedSize)) throw new ZipError("An entry's size is impossible");
    return entry.size;
  }

  /** Names of the parts, as stored. */
  partNames(): string[] {
    const names = this.entries.filter((e) => this.has(e.name)).map((e) => e.name);
    for (const [key, { name }] of this.written) if (!this.byName.has(key)) names.push(name);
    return names;
  }

  /** The package's bytes: parts not written copied as they were stored, written ones deflated. */
  save(): Uint8Array {
    return writeZip(this.outEntries());
  }

  /** save(), the big written parts deflated off the main thread where the codec can (writeZipAsync). */
  saveAsync(): Promise<Uint8Array> {
    return writeZipAsync(this.outEntries());
  }

  /** The zip's entries in order: the parts not written as stored, the written ones as their new bytes. */
  private outEntries(): OutEntry[] {
    const encoder = new TextEncoder();
    const out: OutEntry[] = [];
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      if (this.removed.has(key)) continue;
      const written = this.written.get(key);
      out.push(
        written
          ? {
              name: entry.name,
              data: written.bytes ?? encoder.encode(written.text),
              ...(written.early ? { early: written.early } : {}),
            }
          : { name: entry.name, copy: entry, from: this.bytes },
      );
    }
    for (const [key, { name, text, bytes, early }] of this.written)
      if (!this.byName.has(key))
        out.push({ name, data: bytes ?? encoder.encode(text), ...(early ? { early } : {}) });
    return out;
  }

  // ---- Relationships and content types ---------------------------------------------------------------------

  relationships(source: string): Relationship[] {
    return readRelationships(this.text(relsPart(source)), source);
  }

  /** Adds a relationship from `source` to `part` and returns its id (rIdN, free in that part's relationships). */
  addRelationship(source: string, type: string, part: string): string {
    const relsName = relsPart(source);
    const xml =
      this.text(relsName) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
    const used = new Set(readRelationshipIds(xml));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const span = findElement(xml, [], "Relationships");
    if (!span) throw new Error(`${relsName} has no Relationships element`);
    const target = relativeTarget(source, part);
    const rel = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
    this.setText(relsName, appendChildren(xml, span, rel));
    return id;
  }

  /** Removes the relationships of `source` with this id. */
  removeRelationship(source: string, id: string): void {
    const relsName = relsPart(source);
    const xml = this.text(relsName);
    if (xml === undefined) return;
    const scanner = new XmlScanner(xml);
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token === OPEN && scanner.name === "Relationship" && scanner.attr("Id") === id) {
        const start = scanner.start;
        if (!scanner.selfClosing) scanner.skipElement();
        this.setText(relsName, xml.slice(0, start) + xml.slice(scanner.end));
        return;
      }
    }
  }

  /** Declares the content type of a new part (an Override), unless the part already has one. */
  addContentType(part: string, contentType: string): void {
    const xml =
      this.text(CONTENT_TYPES) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CONTENT_TYPES_NS}"></Types>`;
    if (overrideOf(xml, part) !== undefined) return;
    const span = findElement(xml, [], "Types");
    if (!span) throw new Error("[Content_Types].xml has no Types element");
    const override = `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
    this.setText(CONTENT_TYPES, appendChildren(xml, span, override));
  }

  /** The content type the package declares for a part (its Override, else the Default of its extension). */
  contentType(part: string): string | undefined {
    const xml = this.text(CONTENT_TYPES);
    if (xml === undefined) return undefined;
    const wanted = `/${part}`.toLowerCase();
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    let byDefault: string | undefined;
    const scanner = new XmlScanner(xml);
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token !== OPEN) continue;
      if (scanner.name === "Override" && (scanner.attr("PartName") ?? "").toLowerCase() === wanted)
        return scanner.attr("ContentType");
      if (scanner.name === "Default" && (scanner.attr("Extension") ?? "").toLowerCase() === extension)
        byDefault = scanner.attr("ContentType");
    }
    return byDefault;
  }

  /** Removes the content type Override of a removed part. */
  removeContentType(part: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (xml === undefined) return;
    const span = overrideOf(xml, part);
    if (span) this.setText(CONTENT_TYPES, xml.slice(0, span.start) + xml.slice(span.end));
  }
}

function readRelationshipIds(xml: string): string[] {
  const ids: string[] = [];
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next())
    if (token === OPEN && scanner.name === "Relationship") ids.push(scanner.attr("Id") ?? "");
  return ids;
}

/** The span of the Override element naming this part (case-insensitive), if any. */
function overrideOf(xml: string, part: string): { start: number; end: number } | undefined {
  const wanted = `/${part}`.toLowerCase();
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN || scanner.name !== "Override") continue;
    if ((scanner.attr("PartName") ?? "").toLowerCase() !== wanted) continue;
    const start = scanner.start;
    if (!scanner.selfClosing) scanner.skipElement();
    return { start, end: scanner.end };
  }
  return undefined;
}

/** The target of a relationship from `source` to `part`, relative to the source's folder ("worksheets/sheet3.xml"). */
function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
