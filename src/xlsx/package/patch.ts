/**
 * Writing cells into an existing worksheet part by editing its text: the rows an action writes are rebuilt from
 * their cells — the cells it names written anew, every other cell of the row copied as it was — and every other
 * row, and everything outside <sheetData>, stays byte for byte as the part had it. Strings are written inline
 * (`t="inlineStr"`), so the shared strings part is not touched. A shared formula whose master cell is overwritten
 * would leave the cells that point at it without a formula: those get their own formula, slid as Excel shows it.
 */
import { a1, parseA1, parseRangeA1, rangeA1 } from "../../core/model/address";
import type { CellValue } from "../../core/model/sheet";
import { slideFormula } from "./formula";
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "./xml";
import { escapeText, excelEscape, findElement, prefixOf, splice, withAttribute } from "./xml-edit";

/** What a cell holds after the edit. */
export type CellContent = { value: CellValue } | { formula: string };

export interface CellEdit {
  /** Absent: the content stays as it is. */
  content?: CellContent;
  /** The cell's new style index from its current one (a cell not in the part has its row's or column's style). */
  style?: (current: number) => number;
}

/** Edits by zero-based row, then column. */
export type CellEdits = Map<number, Map<number, CellEdit>>;

/** Adds an edit (a later one for the same cell replaces the content and chains the style change). */
export function addEdit(edits: CellEdits, row: number, col: number, edit: CellEdit): void {
  let cells = edits.get(row);
  if (!cells) edits.set(row, (cells = new Map()));
  const earlier = cells.get(col);
  if (!earlier) {
    cells.set(col, edit);
    return;
  }
  const first = earlier.style;
  const then = edit.style;
  cells.set(col, {
    content: edit.content ?? earlier.content,
    style: first && then ? (s) => then(first(s)) : (then ?? first),
  });
}

interface CellSpan {
  col: number;
  start: number;
  tagEnd: number;
  end: number;
  style: number;
  /** The cell element had no r attribute. */
  implicit: boolean;
}

interface Shared {
  formula: string;
  row: number;
  col: number;
}

export function contentXml(p: string, content: CellContent): { type?: string; inner: string } {
  if ("formula" in content) return { inner: `<${p}f>${escapeText(content.formula)}</${p}f>` };
  const value = content.value;
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return { inner: "" };
  if (typeof value === "number") return { inner: `<${p}v>${String(value)}</${p}v>` };
  if (typeof value === "boolean") return { type: "b", inner: `<${p}v>${value ? 1 : 0}</${p}v>` };
  const text = escapeText(excelEscape(value));
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return { type: "inlineStr", inner: `<${p}is><${p}t${space}>${text}</${p}t></${p}is>` };
}

/** A cell element: its start tag's other attributes kept (`tag`), its content and style as edited. */
export function cellXml(p: string, ref: string, style: number, content: CellContent, tag?: string): string {
  const { type, inner } = contentXml(p, content);
  let open = tag ?? `<${p}c r="${ref}">`;
  if (open.endsWith("/>")) open = open.replace(/\s*\/>$/, ">");
  open = withAttribute(open, "r", ref);
  open = withAttribute(open, "s", style === 0 ? undefined : String(style));
  open = withAttribute(open, "t", type);
  // Metadata of the old value (dynamic arrays, pictures in cells) does not belong to the new one.
  open = withAttribute(open, "cm", undefined);
  open = withAttribute(open, "vm", undefined);
  if (inner === "") return open.replace(/>$/, "/>");
  return `${open}${inner}</${p}c>`;
}

/** The cell's element with only its style changed. */
function restyled(xml: string, cell: CellSpan, ref: string, style: number): string {
  const tag = withAttribute(
    withAttribute(xml.slice(cell.start, cell.tagEnd), "r", ref),
    "s",
    style === 0 ? undefined : String(style),
  );
  return tag + xml.slice(cell.tagEnd, cell.end);
}

/** Column styles of <cols> (zero-based min..max). */
function columnStyles(xml: string, end: number): { min: number; max: number; style: number }[] {
  const out: { min: number; max: number; style: number }[] = [];
  const cols = findElement(xml.slice(0, end), ["worksheet"], "cols");
  if (!cols) return out;
  const scanner = new XmlScanner(xml, cols.tagEnd);
  for (let token = scanner.next(); token !== END && scanner.start < cols.end; token = scanner.next()) {
    if (token !== OPEN || scanner.name !== "col") continue;
    const style = parseInt(scanner.attr("style") ?? "0", 10) || 0;
    if (style !== 0)
      out.push({
        min: (parseInt(scanner.attr("min") ?? "1", 10) || 1) - 1,
        max: (parseInt(scanner.attr("max") ?? "1", 10) || 1) - 1,
        style,
      });
  }
  return out;
}

export interface PatchResult {
  xml: string;
  /** Some cell's content changed (cached results of formulas may now be stale). */
  contentChanged: boolean;
}

/** The worksheet part's text with the edits made. */
export function patchSheet(xml: string, edits: CellEdits): PatchResult {
  if (edits.size === 0) return { xml, contentChanged: false };
  const sheetData = findElement(xml, ["worksheet"], "sheetData");
  if (!sheetData) throw new Error("The worksheet has no <sheetData>");
  const p = prefixOf(sheetData.qname);
  const colStyles = columnStyles(xml, sheetData.start);
  const columnStyle = (col: number) => colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  let contentChanged = false;
  const out: string[] = [];
  let copied = 0;
  const emit = (upTo: number, text: string, resume: number) => {
    out.push(xml.slice(copied, upTo), text);
    copied = resume;
  };
  /** Shared formulas whose master was overwritten: si → the master's formula and place. */
  const broken = new Map<string, Shared>();

  /** Cells of a row not in the part yet, as elements (a new row's cells, or a row's new cells). */
  const newCell = (row: number, col: number, edit: CellEdit, rowStyle: number): string => {
    const base = rowStyle || columnStyle(col);
    const style = edit.style ? edit.style(base) : base;
    const content = edit.content ?? { value: null };
    if (edit.content) contentChanged = true;
    if (!edit.content && style === base && base === 0) return "";
    return cellXml(p, a1(row, col), style, content);
  };

  const newRow = (row: number): string => {
    const cells = [...(edits.get(row) as Map<number, CellEdit>).entries()].sort((a, b) => a[0] - b[0]);
    const inner = cells.map(([col, edit]) => newCell(row, col, edit, 0)).join("");
    return inner === "" ? "" : `<${p}row r="${row + 1}">${inner}</${p}row>`;
  };

  /** The row rebuilt: edited cells written, new ones inserted in column order, the rest copied. */
  const rebuildRow = (rowStart: number, tagEnd: number, row: number, cells: CellSpan[]): string => {
    const wanted = edits.get(row);
    const rowTag = xml.slice(rowStart, tagEnd);
    const rowStyle = /\scustomFormat\s*=\s*["'](1|true)["']/.test(rowTag)
      ? parseInt(/\ss\s*=\s*["'](\d+)["']/.exec(rowTag)?.[1] ?? "0", 10)
      : 0;
    const todo = wanted ? [...wanted.entries()].sort((a, b) => a[0] - b[0]) : [];
    let t = 0;
    let inner = "";
    const put = (text: string) => {
      inner += text;
    };
    for (const cell of cells) {
      while (t < todo.length && todo[t][0] < cell.col) {
        put(newCell(row, todo[t][0], todo[t][1], rowStyle));
        t++;
      }
      const ref = a1(row, cell.col);
      const edit = t < todo.length && todo[t][0] === cell.col ? todo[t++][1] : undefined;
      const shared = sharedOf(xml, cell);
      if (edit?.content) {
        contentChanged = true;
        // The master of a shared formula is overwritten: the cells pointing at it get their own formula.
        if (shared?.ref !== undefined && shared.formula !== undefined)
          broken.set(shared.si, { formula: shared.formula, row, col: cell.col });
        const style = edit.style ? edit.style(cell.style) : cell.style;
        put(cellXml(p, ref, style, edit.content, xml.slice(cell.start, cell.tagEnd)));
        continue;
      }
      let text: string;
      if (shared && shared.ref === undefined && broken.has(shared.si)) {
        const master = broken.get(shared.si) as Shared;
        const formula = slideFormula(master.formula, row - master.row, cell.col - master.col);
        text = ownFormula(xml, cell, ref, formula, p);
      } else text = cell.implicit ? restyled(xml, cell, ref, cell.style) : xml.slice(cell.start, cell.end);
      if (edit?.style) {
        const style = edit.style(cell.style);
        if (style !== cell.style) text = withCellStyle(text, style);
      }
      // A cell left with nothing (a mark cleared from a cell that had no element before) is dropped.
      if (!EMPTY_CELL.test(text)) put(text);
    }
    for (; t < todo.length; t++) put(newCell(row, todo[t][0], todo[t][1], rowStyle));
    const tag = withAttribute(
      rowTag.endsWith("/>") ? rowTag.replace(/\s*\/>$/, ">") : rowTag,
      "r",
      String(row + 1),
    );
    // spans (the columns a block of rows uses) is a hint only: left as written, so a cell marked then cleared
    // gives the row back byte for byte.
    const hasRowLook = /\s(s|ht|hidden|customHeight|customFormat|outlineLevel|collapsed)\s*=/.test(tag);
    if (inner === "" && !hasRowLook) return "";
    return `${tag}${inner}</${p}row>`;
  };

  if (sheetData.selfClosing) {
    const rows = pending.map(newRow).join("");
    const result = splice(
      xml,
      sheetData.start,
      sheetData.end,
      `<${sheetData.qname}>${rows}</${sheetData.qname}>`,
    );
    return { xml: updateDimension(result, edits), contentChanged: contentChanged };
  }

  const scanner = new XmlScanner(xml, sheetData.tagEnd);
  let row = -1;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === CLOSE) break; // </sheetData>
    if (token !== OPEN || scanner.name !== "row") {
      if (token === OPEN) scanner.skipElement();
      continue;
    }
    const rowStart = scanner.start;
    const tagEnd = scanner.end;
    const r = scanner.attr("r");
    let rowEnd = tagEnd;
    if (!scanner.selfClosing) {
      const qname = xml.slice(rowStart + 1, rowStart + 1 + xml.slice(rowStart + 1, tagEnd).search(/[\s/>]/));
      const close = xml.indexOf(`</${qname}>`, tagEnd);
      if (close < 0) throw new Error("A row without its end");
      rowEnd = close + qname.length + 3;
    }
    scanner.seek(rowEnd);
    let cells: CellSpan[] | undefined;
    if (r !== undefined) row = parseInt(r, 10) - 1;
    else {
      // As the reader takes it: the row its first addressed cell names, else the one after the last.
      cells = cellSpans(xml, tagEnd, rowEnd);
      const first = cells.find((c) => !c.implicit);
      const at = first && parseA1(refAt(xml, first));
      row = at ? at.row : row + 1;
    }
    while (next < pending.length && pending[next] < row) {
      emit(rowStart, newRow(pending[next]), rowStart);
      next++;
    }
    const edited = next < pending.length && pending[next] === row;
    const mayPoint = broken.size > 0 && xml.slice(tagEnd, rowEnd).includes("shared");
    if (edited || mayPoint) {
      if (edited) next++;
      emit(rowStart, rebuildRow(rowStart, tagEnd, row, cells ?? cellSpans(xml, tagEnd, rowEnd)), rowEnd);
    } else if (r === undefined) {
      // Rows after an inserted one would move: the row's number is written.
      const tag = withAttribute(xml.slice(rowStart, tagEnd), "r", String(row + 1));
      emit(rowStart, tag, tagEnd);
    }
  }
  const closeAt = xml.lastIndexOf("</", sheetData.end - 1);
  let tail = "";
  for (; next < pending.length; next++) tail += newRow(pending[next]);
  emit(closeAt, tail, closeAt);
  out.push(xml.slice(copied));
  return { xml: updateDimension(out.join(""), edits), contentChanged };
}

/** A cell element with nothing but its address. */
const EMPTY_CELL = /^<([\w.-]+:)?c\s+r\s*=\s*["'][A-Z]+[0-9]+["']\s*\/>$/;

/** The cells of the row between its start tag's end and its end. */
function cellSpans(xml: string, from: number, rowEnd: number): CellSpan[] {
  const cells: CellSpan[] = [];
  const scanner = new XmlScanner(xml, from);
  let col = -1;
  for (let token = scanner.next(); token !== END && scanner.start < rowEnd; token = scanner.next()) {
    if (token === CLOSE) break;
    if (token !== OPEN) continue;
    if (scanner.name !== "c") {
      scanner.skipElement();
      continue;
    }
    const start = scanner.start;
    const tagEnd = scanner.end;
    const r = scanner.attr("r");
    const at = r === undefined ? undefined : parseA1(r);
    col = at ? at.col : col + 1;
    const style = parseInt(scanner.attr("s") ?? "0", 10) || 0;
    if (!scanner.selfClosing) scanner.skipElement();
    cells.push({ col, start, tagEnd, end: scanner.end, style, implicit: at === undefined });
  }
  return cells;
}

function refAt(xml: string, cell: CellSpan): string {
  const scanner = new XmlScanner(xml, cell.start);
  scanner.next();
  return scanner.attr("r") ?? "";
}

/** The shared formula of a cell: its group, whether it is the master (`ref`) and the master's formula. */
function sharedOf(xml: string, cell: CellSpan): { si: string; ref?: string; formula?: string } | undefined {
  if (cell.tagEnd === cell.end) return undefined;
  const body = xml.slice(cell.tagEnd, cell.end);
  if (!body.includes("shared")) return undefined;
  const scanner = new XmlScanner(body);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN || scanner.name !== "f") continue;
    if (scanner.attr("t") !== "shared") return undefined;
    const si = scanner.attr("si") ?? "";
    const ref = scanner.attr("ref");
    let formula: string | undefined;
    if (!scanner.selfClosing) {
      formula = "";
      for (let t = scanner.next(); t === TEXT; t = scanner.next()) formula += scanner.text();
    }
    return { si, ...(ref !== undefined ? { ref } : {}), ...(formula ? { formula } : {}) };
  }
  return undefined;
}

/** A cell pointing at a broken shared formula, given its own formula (its cached value kept). */
function ownFormula(xml: string, cell: CellSpan, ref: string, formula: string, p: string): string {
  const body = xml.slice(cell.tagEnd, cell.end);
  const replaced = body.replace(
    /<([\w.-]+:)?f\b[^>]*?(\/>|>[^<]*<\/([\w.-]+:)?f>)/,
    `<${p}f>${escapeText(formula)}</${p}f>`,
  );
  return withAttribute(xml.slice(cell.start, cell.tagEnd), "r", ref) + replaced;
}

/** A cell element's text with another style index. */
function withCellStyle(text: string, style: number): string {
  const tagEnd = text.indexOf(">") + 1;
  let tag = text.slice(0, tagEnd);
  const selfClosing = tag.endsWith("/>");
  tag = withAttribute(tag, "s", style === 0 ? undefined : String(style));
  if (selfClosing && !tag.endsWith("/>")) tag = tag.replace(/>$/, "/>");
  return tag + text.slice(tagEnd);
}

/** <dimension ref> grown to hold the written cells (Excel reads it as a hint; LibreOffice sizes the sheet by it). */
function updateDimension(xml: string, edits: CellEdits): string {
  const dim = findElement(xml, ["worksheet"], "dimension");
  if (!dim) return xml;
  const tag = xml.slice(dim.start, dim.tagEnd);
  const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  const range = ref ? parseRangeA1(ref) : undefined;
  if (!range) return xml;
  const grown = { ...range };
  for (const [row, cells] of edits) {
    for (const [col, edit] of cells) {
      if (!edit.content) continue;
      grown.top = Math.min(grown.top, row);
      grown.bottom = Math.max(grown.bottom, row);
      grown.left = Math.min(grown.left, col);
      grown.right = Math.max(grown.right, col);
    }
  }
  if (
    grown.top === range.top &&
    grown.bottom === range.bottom &&
    grown.left === range.left &&
    grown.right === range.right
  )
    return xml;
  return splice(xml, dim.start, dim.tagEnd, withAttribute(tag, "ref", rangeA1(grown)));
}
