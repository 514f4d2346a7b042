/**
 * Excel tables (ListObjects, xl/tables/tableN.xml): a table's header cells are its columns' names, and the table part
 * repeats them (`<tableColumn name="…">`). Excel repairs a file where the two disagree, so when a write changes the
 * text of a header cell (a quick fix converting «X·» typed in TCVN3 to «Xã»), the column is renamed with it. Nothing
 * else of the table part changes; a table without a header row is left alone.
 * Excel keeps a table's column names text, never empty, and unique in the table («tables headers … must always
 * contain strings», or Excel removes the table; a name typed twice gets a number appended). What Excel names an
 * emptied header depends on its display language («Column1», «Cột1»), so a write giving a header cell no text, a
 * number, a formula or another column's name is refused before anything is written (refusedHeader), not guessed.
 * Formulas name a table's columns too (structured references, `Bang1[[#This Row],[Số điểm]]`): renamed with the
 * column, as Excel renames them, or Excel would find a reference to a column the table no longer has and remove the
 * formula while repairing the file.
 */
import { a1, parseRangeA1 } from "../../core/model/address";
import type { CellModel } from "../../core/model/sheet";
import type { CellEdits } from "./patch";
import { decodeText, OPEN, XmlScanner } from "./xml";
import { childElements, escapeText, excelEscape, findElement, splice, withAttribute } from "./xml-edit";

/** A column renamed in a table (by the table's display name, which structured references use). */
export interface ColumnRename {
  table: string;
  from: string;
  to: string;
}

/** The text a header cell shows for the value written into it, or undefined when it would show none we can tell. */
function headerText(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * The table part's range, display name (structured references use it), the edits of its header row and its
 * <tableColumns>; undefined when the edits write nothing into a header row it has.
 */
function headerWritten(xml: string, edits: CellEdits) {
  const root = findElement(xml, [], "table");
  if (!root) return undefined;
  const scanner = new XmlScanner(xml, root.start);
  if (scanner.next() !== OPEN) return undefined;
  const range = parseRangeA1(scanner.attr("ref") ?? "");
  const table = scanner.attr("displayName") ?? scanner.attr("name") ?? "";
  if (!range || scanner.attr("headerRowCount") === "0") return undefined;
  const header = edits.get(range.top);
  const columns = findElement(xml, ["table"], "tableColumns");
  return header && columns ? { range, table, header, columns } : undefined;
}

/** A write into a table's header cell that Excel would repair: the cell, the table, and the name it would repeat. */
export interface HeaderRefusal {
  cell: string;
  table: string;
  /** The written text is another column's name already. */
  duplicate?: string;
}

/**
 * The first header cell of the table part the edits would leave as Excel repairs it: given no text (emptied, a
 * number, a formula) or another column's name (compared ignoring case, as Excel does). A write leaving the header
 * as Excel reads it already — the column's own name again, an empty cell emptied — is no change and is let through.
 * `cellNow` is a cell of the sheet before the write.
 */
export function refusedHeader(
  xml: string,
  edits: CellEdits,
  cellNow: (row: number, col: number) => CellModel | undefined,
): HeaderRefusal | undefined {
  const written = headerWritten(xml, edits);
  if (!written) return undefined;
  const { range, table, header, columns } = written;
  const names = childElements(xml, columns).map((span) => {
    const tagScanner = new XmlScanner(xml, span.start);
    return tagScanner.next() === OPEN ? unescapeName(tagScanner.attr("name") ?? "") : "";
  });
  const after = names.slice();
  const changed: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const content = header.get(range.left + i)?.content;
    if (!content) continue;
    const cell = a1(range.top, range.left + i);
    if ("formula" in content) return { cell, table };
    const { value } = content;
    if (typeof value === "string" && value !== "") {
      after[i] = value;
      if (value !== names[i]) changed.push(i);
      continue;
    }
    // No text: refused unless the cell holds that already (a number a tool wrote there, an empty cell left empty).
    const now = cellNow(range.top, range.left + i);
    if (now?.formula !== undefined || (now?.value ?? null) !== (value === "" ? null : value))
      return { cell, table };
  }
  for (const i of changed) {
    const wanted = after[i].toLowerCase();
    if (after.some((name, j) => j !== i && name.toLowerCase() === wanted))
      return { cell: a1(range.top, range.left + i), table, duplicate: after[i] };
  }
  return undefined;
}

/**
 * The table part with its columns renamed after the header cells the edits write (its own formulas naming them
 * renamed too), and the columns renamed; the same text and none when no header changes.
 */
export function withHeaderNames(xml: string, edits: CellEdits): { xml: string; renames: ColumnRename[] } {
  const written = headerWritten(xml, edits);
  if (!written) return { xml, renames: [] };
  const { range, table, header, columns } = written;
  const renames: ColumnRename[] = [];
  const spans = childElements(xml, columns);
  let out = xml;
  // From the last column to the first, so the earlier spans stay where they were.
  for (let i = spans.length - 1; i >= 0; i--) {
    const edit = header.get(range.left + i);
    const content = edit?.content;
    const name = content && "value" in content ? headerText(content.value) : undefined;
    if (name === undefined) continue;
    const span = spans[i];
    const tag = out.slice(span.start, span.tagEnd);
    const tagScanner = new XmlScanner(tag);
    const raw = tagScanner.next() === OPEN ? tagScanner.attr("name") : undefined;
    // Compared as read back: Excel writes a line break in a name (a header typed with Alt+Enter) as `_x000a_`.
    const before = raw === undefined ? undefined : unescapeName(raw);
    if (before === name) continue;
    out = splice(out, span.start, span.tagEnd, withAttribute(tag, "name", columnNameXml(name)));
    if (before !== undefined) renames.push({ table, from: before, to: name });
  }
  if (renames.length === 0) return { xml: out, renames };
  // The table's own formulas (calculated columns, totals) may name a column without the table's name.
  return {
    xml: withRenamedFormulas(out, ["calculatedColumnFormula", "totalsRowFormula"], renames, table),
    renames,
  };
}

/**
 * A column's name as Excel writes it in a table part: a line break (a header typed with Alt+Enter) as `_x000a_`, a
 * tab or carriage return likewise, what XML cannot hold as excelEscape writes it. A line break left in the attribute
 * (even as `&#10;`) is not how Excel writes it, and tools writing it raw have had Excel repair their tables.
 */
function columnNameXml(name: string): string {
  return excelEscape(name).replace(/[\t\n\r]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

/** A name as Excel stores it in a part (`_x000a_` for a line break) read back. */
function unescapeName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The part's text with the structured references of the formulas held in elements of these local names (`f` in a
 * worksheet, `definedName` in the workbook) following the renames; the same text when none names a renamed column.
 * `own`: the table whose formulas these are, for a reference without a table name (`[@Số điểm]`).
 */
export function withRenamedFormulas(
  xml: string,
  elements: readonly string[],
  renames: readonly ColumnRename[],
  own?: string,
): string {
  if (renames.length === 0 || !xml.includes("[")) return xml;
  const pattern = new RegExp(
    `(<(?:[\\w.-]+:)?(?:${elements.join("|")})\\b[^>]*[^/>]>|<(?:[\\w.-]+:)?(?:${elements.join("|")})>)([^<]*)(?=</)`,
    "g",
  );
  return xml.replace(pattern, (whole, tag: string, text: string) => {
    if (!text.includes("[")) return whole;
    const formula = decodeText(text);
    const renamed = renamedReferences(formula, renames, own);
    return renamed === formula ? whole : tag + escapeText(renamed);
  });
}

/** Characters a column's name escapes with an apostrophe inside a structured reference. */
const ESCAPED = /['#[\]]/g;

/**
 * The formula with its structured references to renamed columns following the renames: `Bang1[Cũ]`,
 * `Bang1[[#This Row],[Cũ]]`, `Bang1[[Cũ]:[Khác]]`, `Bang1[@Cũ]`, and, in the table's own formulas (`own`), the same
 * without the table's name. Texts in quotes and quoted sheet names are not read; names are compared as Excel does,
 * ignoring case.
 */
export function renamedReferences(formula: string, renames: readonly ColumnRename[], own?: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch !== "[") {
      out += ch;
      i++;
      continue;
    }
    const end = bracketEnd(formula, i);
    const body = formula.slice(i, end);
    const named = /([\p{L}_\\][\p{L}\p{N}_.\\]*)$/u.exec(out)?.[1];
    // A bracket right after a name is that table's reference; one after an operator or at the start, the own
    // table's (an external workbook's [1] follows neither a name nor, here, any own table).
    const table = named ?? (/[\p{L}\p{N}_.\])!]$/u.test(out) ? undefined : own);
    const wanted = table && renames.filter((r) => r.table.toLowerCase() === table.toLowerCase());
    out += wanted && wanted.length > 0 ? renamedBody(body, wanted) : body;
    i = end;
  }
  return out;
}

/** The end (exclusive) of a quoted text or sheet name beginning at `start` (a doubled quote stays inside). */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}

/** The end (exclusive) of the bracketed reference beginning at `start` (an apostrophe escapes the next character). */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** A reference's brackets with the renamed columns named anew (special items, `[#This Row]`, kept). */
function renamedBody(body: string, renames: readonly ColumnRename[]): string {
  const inner = body.slice(1, -1);
  const renamed = (name: string): string | undefined => {
    const plain = name.replace(/'(.)/g, "$1");
    const found = renames.find((r) => r.from.toLowerCase() === plain.toLowerCase());
    return found && found.to.replace(ESCAPED, "'$&");
  };
  if (!inner.includes("[")) {
    // `[Cũ]` or `[@Cũ]`: written anew in brackets of their own, which hold any name.
    const at = inner.startsWith("@") ? "@" : "";
    if (inner.startsWith("#")) return body;
    const to = renamed(inner.slice(at.length));
    return to === undefined ? body : at === "@" ? `[@[${to}]]` : `[[${to}]]`;
  }
  // `[[#This Row],[Cũ]]`, `[@[Cũ]]`, `[[Cũ]:[Khác]]`: each column's own brackets.
  let out = "[";
  let i = 1;
  while (i < body.length - 1) {
    if (body[i] !== "[") {
      out += body[i++];
      continue;
    }
    const end = bracketEnd(body, i);
    const name = body.slice(i + 1, end - 1);
    const to = name.startsWith("#") ? undefined : renamed(name);
    out += to === undefined ? body.slice(i, end) : `[${to}]`;
    i = end;
  }
  return `${out}]`;
}
