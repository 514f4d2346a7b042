/**
 * Writing cells into an existing worksheet part by editing its text: the rows an action writes are rebuilt from
 * their cells — the cells it names written anew, every other cell of the row copied as it was — and every other
 * row, and everything outside <sheetData>, stays byte for byte as the part had it. Strings are written inline
 * (`t="inlineStr"`), so the shared strings part is not touched. A shared formula whose master cell is overwritten
 * would leave the cells that point at it without a formula: those get their own formula, slid as Excel shows it.
 */
import { a1, parseA1, parseRangeA1, rangeA1, readA1 } from "../../core/model/address";
import type { CellValue } from "../../core/model/sheet";
import { slideFormula } from "./formula";
import type { RowSpans } from "./sheet";
import { CLOSE, END, isSpace, OPEN, TEXT, XmlScanner } from "./xml";
import {
  escapeText,
  excelEscape,
  findElement,
  findStartTag,
  prefixOf,
  splice,
  withAttribute,
} from "./xml-edit";

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

/** Attributes of a cell that belong to its old value, rewritten or dropped when the value changes. */
const VALUE_ATTRIBUTES = new Set(["r", "s", "t", "cm", "vm"]);
const ATTRIBUTE = /\s([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g;
/** A cell's start tag holding only attributes of its value (`<c r="G5" s="3" t="s">`): nothing of it to keep. */
const VALUE_ATTRIBUTES_ONLY = /^<[\w.-]*:?c(?:\s+(?:r|s|t|cm|vm)\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>$/;

/**
 * A cell element: its content and style as edited, and the other attributes of its old start tag (`tag`: ph, or
 * another writer's own) kept as written. Metadata of the old value (cm, vm: dynamic arrays, pictures in cells) does
 * not belong to the new one. Built directly: a fill writes hundreds of thousands of these.
 */
export function cellXml(p: string, ref: string, style: number, content: CellContent, tag?: string): string {
  const { type, inner } = contentXml(p, content);
  let attrs = ` r="${ref}"`;
  if (style !== 0) attrs += ` s="${style}"`;
  if (type !== undefined) attrs += ` t="${type}"`;
  if (tag !== undefined && tag.length > 8 + ref.length && !VALUE_ATTRIBUTES_ONLY.test(tag)) {
    for (const m of tag.matchAll(ATTRIBUTE)) if (!VALUE_ATTRIBUTES.has(m[1])) attrs += ` ${m[1]}=${m[2]}`;
  }
  if (inner === "") return `<${p}c${attrs}/>`;
  // Joined into one flat string: added up, a cell's text is a tree of a dozen small strings, and a fill holds its
  // tens of thousands of new cells until the part is put together (three times the memory, copied by each
  // young-generation collection meanwhile, then flattened anyway to be encoded).
  return [`<${p}c`, attrs, ">", inner, `</${p}c>`].join("");
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

/**
 * The patched part in order: stretches of the part kept as they were (two numbers, the start and end offsets in its
 * text) and text written anew (a string). (A big sheet's new bytes are written as the patch goes instead, its old
 * bytes copied stretch by stretch with only the new text encoded: patchSheetBytes.)
 */
export type Pieces = (string | number)[];

/** The text the pieces make. */
export function patchedText(xml: string, pieces: Pieces): string {
  if (pieces.length === 2 && pieces[0] === 0 && pieces[1] === xml.length) return xml;
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (typeof piece === "string") out.push(piece);
    else out.push(xml.slice(piece, pieces[++i] as number));
  }
  return out.join("");
}

/** UTF-8 bytes of a text, as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c <= 0xdbff && c >= 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 4 bytes for its 2 units
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * Where a patch puts the new part, in order: stretches of the old part kept as they were, and text written anew.
 * `mark` and `truncate` take back what was put since a mark (a row the edits leave with nothing is dropped).
 */
interface Sink {
  range(from: number, to: number): void;
  text(text: string): void;
  mark(): number;
  truncate(mark: number): void;
  /** What is written so far is final (a row is done): no truncate goes back into it. */
  settled?(): void;
}

/** The new part as pieces (patchedText). */
class PieceSink implements Sink {
  readonly pieces: Pieces = [];

  range(from: number, to: number): void {
    this.pieces.push(from, to);
  }

  text(text: string): void {
    this.pieces.push(text);
  }

  mark(): number {
    return this.pieces.length;
  }

  truncate(mark: number): void {
    this.pieces.length = mark;
  }
}

/** Below this length a kept stretch is copied byte by byte (cheaper than a view of it and a native copy). */
const SHORT_RANGE = 48;

/**
 * The new part's UTF-8 bytes written as the patch goes, from the old part's bytes (one byte for each character of
 * the text the patch reads: an ASCII part). No new text is held until the end: a fill's tens of thousands of new
 * cells are each encoded and let go at once (a young-generation collection then copies none of them), and no
 * second pass puts the pieces together.
 */
class ByteSink implements Sink {
  private out: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly onSettled?: SettledBytes,
  ) {
    // Room for the part and a quarter more (a fill's formulas), grown if a patch writes more.
    this.out = new Uint8Array(bytes.length + (bytes.length >> 2) + 4096);
  }

  private room(more: number): void {
    const need = this.at + more;
    if (need <= this.out.length) return;
    const grown = new Uint8Array(Math.max(need, this.out.length * 2));
    grown.set(this.out.subarray(0, this.at));
    this.out = grown;
  }

  range(from: number, to: number): void {
    const length = to - from;
    this.room(length);
    const { out, bytes } = this;
    if (length < SHORT_RANGE) {
      for (let k = 0; k < length; k++) out[this.at + k] = bytes[from + k];
    } else out.set(bytes.subarray(from, to), this.at);
    this.at += length;
  }

  text(text: string): void {
    const length = text.length;
    this.room(length);
    const out = this.out;
    let at = this.at;
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) {
        // Not ASCII (a text written into a cell): the rest encoded as TextEncoder writes it.
        this.at = at;
        this.encodeRest(text.slice(k));
        return;
      }
      out[at++] = c;
    }
    this.at = at;
  }

  private encodeRest(text: string): void {
    this.room(utf8Length(text));
    this.at += this.encoder.encodeInto(text, this.out.subarray(this.at)).written;
  }

  mark(): number {
    return this.at;
  }

  truncate(mark: number): void {
    this.at = mark;
  }

  settled(): void {
    this.onSettled?.(this.out, this.at);
  }

  /** The bytes written (a view of them: the room left over is not copied away). */
  written(): Uint8Array {
    return this.out.subarray(0, this.at);
  }
}

/** Told of every cell an edit reached, with the style index the cell has after it. */
export type EditedCell = (row: number, col: number, style: number) => void;

/**
 * The worksheet part's text with the edits made. One pass over the rows: the part is copied in long stretches, and
 * only the edited cells are written anew (new cells and rows put in their place in column and row order).
 * `onEdited` hears of each edited cell's style after the edit (what a reader of the new text would find).
 */
export function patchSheet(xml: string, edits: CellEdits, onEdited?: EditedCell): PatchResult {
  const { pieces, contentChanged } = patchSheetPieces(xml, edits, onEdited);
  return { xml: patchedText(xml, pieces), contentChanged };
}

/**
 * `addressed`: the reader found every row and cell of this text with its address (r), so a row's edited cells can be
 * found by their address alone; `rowSpans`: where the reader found its rows (used only with `addressed`).
 */
export interface PatchOptions {
  addressed?: boolean;
  rowSpans?: RowSpans;
}

/**
 * Told, as patchSheetBytes goes, that `data[0, length)` are the new part's first bytes for good (never written
 * again, also when `data` is later outgrown): a big part's deflating can start on them while the patch goes on.
 */
export type SettledBytes = (data: Uint8Array, length: number) => void;

/** patchSheet's work, the new part given as pieces of the old one and new text. */
export function patchSheetPieces(
  xml: string,
  edits: CellEdits,
  onEdited?: EditedCell,
  options: PatchOptions = {},
): { pieces: Pieces; contentChanged: boolean } {
  if (edits.size === 0) return { pieces: [0, xml.length], contentChanged: false };
  const sink = new PieceSink();
  const contentChanged = runPatch(xml, edits, sink, onEdited, options);
  return { pieces: sink.pieces, contentChanged };
}

/**
 * patchSheetPieces' work written straight into the new part's UTF-8 bytes, from `bytes`, the part's own UTF-8 bytes
 * with one byte for each character of `xml` (an ASCII part). `bytes` is undefined when there is no edit.
 */
export function patchSheetBytes(
  xml: string,
  bytes: Uint8Array,
  edits: CellEdits,
  onEdited?: EditedCell,
  options: PatchOptions & { onSettled?: SettledBytes } = {},
): { bytes: Uint8Array | undefined; contentChanged: boolean } {
  if (edits.size === 0) return { bytes: undefined, contentChanged: false };
  const sink = new ByteSink(bytes, options.onSettled);
  const contentChanged = runPatch(xml, edits, sink, onEdited, options);
  return { bytes: sink.written(), contentChanged };
}

/** One patch of the part into the sink; whether some cell's content changed. */
function runPatch(
  xml: string,
  edits: CellEdits,
  sink: Sink,
  onEdited: EditedCell | undefined,
  options: PatchOptions,
): boolean {
  const addressed = options.addressed === true;
  const sheetData = findStartTag(xml, ["worksheet"], "sheetData");
  if (!sheetData) throw new Error("The worksheet has no <sheetData>");
  if (!sheetData.selfClosing) {
    // Its end, found from the part's end rather than by reading every row.
    const close = xml.lastIndexOf(`</${sheetData.qname}>`);
    if (close < sheetData.tagEnd) throw new Error("The worksheet's <sheetData> has no end");
    sheetData.end = close + sheetData.qname.length + 3;
  }
  const patcher = new SheetPatcher(xml, edits, onEdited, addressed, sheetData, sink);
  if (sheetData.selfClosing) {
    const rows = patcher.pending.map((row) => patcher.newRow(row)).join("");
    patcher.emit(sheetData.start, `<${sheetData.qname}>${rows}</${sheetData.qname}>`, sheetData.end);
  } else patcher.patchRows(sheetData.tagEnd, sheetData.end, addressed ? options.rowSpans : undefined);
  if (xml.length > patcher.copied) sink.range(patcher.copied, xml.length);
  return patcher.contentChanged;
}

/**
 * One patch of a worksheet part: the pieces written so far and where the copying stands. One per patch, its steps
 * methods, so that no closure or object is made per cell copied as it is.
 */
class SheetPatcher {
  /** The prefix of the part's elements ("" or "x:"). */
  private readonly p: string;
  private readonly colStyles: ReturnType<typeof columnStyles>;
  /** The rows edited, in order, and the next one to write. */
  readonly pending: number[];
  private next = 0;
  contentChanged = false;
  /** Where the part is copied from next. */
  copied: number;
  /** Shared formulas whose master was overwritten: si → the master's formula and place. */
  private readonly broken = new Map<string, Shared>();
  private readonly cellOpen: string;
  private readonly cellClose: string;
  /** A cell's place, read into once per cell. */
  private readonly where = { row: 0, col: 0 };

  constructor(
    private readonly xml: string,
    private readonly edits: CellEdits,
    private readonly onEdited: EditedCell | undefined,
    private readonly addressed: boolean,
    sheetData: { qname: string; start: number },
    private readonly sink: Sink,
  ) {
    this.p = prefixOf(sheetData.qname);
    this.colStyles = columnStyles(xml, sheetData.start);
    this.pending = ascending([...edits.keys()]);
    // What comes before the cells: the dimension grown to the cells written (it always precedes <sheetData>).
    const head = xml.slice(0, sheetData.start);
    const grown = updateDimension(head, edits);
    if (grown === head) sink.range(0, sheetData.start);
    else sink.text(grown);
    this.copied = sheetData.start;
    this.cellOpen = `<${this.p}c`;
    this.cellClose = `</${this.p}c>`;
  }

  /** Copies the part up to `upTo`, writes `text`, and goes on copying from `resume`. */
  emit(upTo: number, text: string, resume: number): void {
    if (upTo > this.copied) this.sink.range(this.copied, upTo);
    if (text !== "") this.sink.text(text);
    this.copied = resume;
  }

  private columnStyle(col: number): number {
    return this.colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  /** A cell not in the part yet, as an element ("" when the edit leaves it with nothing). */
  private newCell(row: number, col: number, edit: CellEdit, rowStyle: number): string {
    const base = rowStyle || this.columnStyle(col);
    const style = edit.style ? edit.style(base) : base;
    this.onEdited?.(row, col, style);
    if (edit.content) this.contentChanged = true;
    if (!edit.content && style === 0) return "";
    return cellXml(this.p, a1(row, col), style, edit.content ?? { value: null });
  }

  /** A row's edited cells, in column order, as elements. */
  /** The row's new cells, each taking the row's own style (`rowStyle`, 0 for none) as Excel gives a typed cell. */
  private newCells(row: number, rowStyle = 0): string {
    const cells = inColumnOrder(this.edits.get(row) as Map<number, CellEdit>);
    let inner = "";
    for (const [col, edit] of cells) inner += this.newCell(row, col, edit, rowStyle);
    return inner;
  }

  newRow(row: number): string {
    const inner = this.newCells(row);
    return inner === "" ? "" : `<${this.p}row r="${row + 1}">${inner}</${this.p}row>`;
  }

  /**
   * A cell of the part as the edit (if any) leaves it: its content or style written anew, a formula pointing at a
   * broken shared one given its own, or copied as it is. Returns 1 if the cell is still there after, 0 if dropped.
   */
  private rewriteCell(cell: CellSpan, edit: CellEdit | undefined, row: number): number {
    const { xml, p } = this;
    const shared = hasFormula(xml, cell.start, cell.tagEnd, cell.end, p) ? sharedOf(xml, cell) : undefined;
    const ref = a1(row, cell.col);
    if (edit?.content) {
      this.contentChanged = true;
      // The master of a shared formula is overwritten: the cells pointing at it get their own formula.
      if (shared?.ref !== undefined && shared.formula !== undefined)
        this.broken.set(shared.si, { formula: shared.formula, row, col: cell.col });
      const style = edit.style ? edit.style(cell.style) : cell.style;
      this.onEdited?.(row, cell.col, style);
      this.emit(
        cell.start,
        cellXml(p, ref, style, edit.content, xml.slice(cell.start, cell.tagEnd)),
        cell.end,
      );
      return 1;
    }
    const style = edit?.style ? edit.style(cell.style) : cell.style;
    if (edit) this.onEdited?.(row, cell.col, style);
    const pointsAtBroken = shared !== undefined && shared.ref === undefined && this.broken.has(shared.si);
    if (!pointsAtBroken && style === cell.style && !cell.implicit) return 1; // copied as it is
    let text: string;
    if (pointsAtBroken) {
      const master = this.broken.get((shared as { si: string }).si) as Shared;
      const formula = slideFormula(master.formula, row - master.row, cell.col - master.col);
      text = ownFormula(xml, cell, ref, formula, p);
    } else text = restyled(xml, cell, ref, cell.style);
    if (style !== cell.style) text = withCellStyle(text, style);
    // A cell left with nothing (a mark cleared from a cell that had no element before) is dropped.
    const empty = EMPTY_CELL.test(text);
    this.emit(cell.start, empty ? "" : text, cell.end);
    return empty ? 0 : 1;
  }

  /** Where the cell element starting at `start` (its start tag ending at `tagEnd`) ends. */
  private cellEnd(start: number, tagEnd: number): number {
    const end =
      this.xml.charCodeAt(tagEnd - 2) === 47 /* / */
        ? tagEnd
        : this.xml.indexOf(this.cellClose, tagEnd) + this.cellClose.length;
    if (tagEnd <= 0 || end < tagEnd) throw new Error("A cell without its end");
    return end;
  }

  /**
   * In a part whose every cell carries its address (the reader saw none without), the row's edited cells found by
   * their address alone (`<c r="G11"`), when each is there: the other cells are neither read nor rewritten (no
   * cell without its address to number), so the row's text is searched, not walked cell by cell. Returns how many
   * cells the row holds after, or undefined when some edited cell is not in the row (a new cell to put in its
   * place: then the row is walked).
   */
  private patchFoundCells(
    todo: [number, CellEdit][],
    from: number,
    closeAt: number,
    row: number,
  ): number | undefined {
    const { xml, p, cellOpen } = this;
    const cells: CellSpan[] = [];
    // Searched in the row's text alone: a cell the row lacks (an empty comparison cell Excel does not store) is
    // not looked for through the rest of the part, once per row of a long table.
    const rowText = xml.slice(from, closeAt);
    let at = from;
    for (const [col] of todo) {
      const needle = `${cellOpen} r="${a1(row, col)}"`;
      const found = rowText.indexOf(needle, at - from);
      const start = from + found;
      if (found < 0 || !/[\s/>]/.test(xml[start + needle.length] ?? "")) return undefined;
      const tagEnd = xml.indexOf(">", start) + 1;
      const end = this.cellEnd(start, tagEnd);
      // The master of a shared formula: the cells after it that point at it are to be read (the row walked).
      if (
        hasFormula(xml, start, tagEnd, end, p) &&
        sharedOf(xml, { start, tagEnd, end } as CellSpan)?.ref !== undefined
      )
        return undefined;
      const styleText = rawAttribute(xml, start, tagEnd, "s");
      cells.push({
        col,
        start,
        tagEnd,
        end,
        style: styleText === undefined ? 0 : parseInt(styleText, 10) || 0,
        implicit: false,
      });
      at = end;
    }
    let held = 0;
    let kept = 0;
    let after = from;
    for (let i = 0; i < todo.length; i++) {
      const cell = cells[i];
      // Some other cell before this one (kept as it is).
      if (kept === 0 && xml.slice(after, cell.start).includes(cellOpen)) kept = 1;
      held += this.rewriteCell(cell, todo[i][1], row);
      after = cell.end;
    }
    if (kept === 0 && held === 0 && xml.slice(after, closeAt).includes(cellOpen)) kept = 1;
    return held + kept;
  }

  /**
   * Every edit after the row's last cell (new comparison cells at a row's end, the common fill): the new cells go
   * before the row's end, and no other cell of the row is read. Returns how many cells the row holds after, or
   * undefined when some edit falls among the row's cells.
   */
  private appendCells(
    todo: [number, CellEdit][],
    from: number,
    closeAt: number,
    row: number,
    rowStyle: () => number,
  ): number | undefined {
    const { xml, cellOpen, where } = this;
    let last = xml.lastIndexOf(cellOpen, closeAt);
    while (last >= from && !isCellStart(xml, last, cellOpen)) last = xml.lastIndexOf(cellOpen, last - 1);
    const lastTagEnd = last >= from ? xml.indexOf(">", last) + 1 : -1;
    const r = last >= from ? rawAttribute(xml, last, lastTagEnd, "r") : undefined;
    const lastCol = last < from ? -1 : r !== undefined && readA1(r, where) ? where.col : undefined;
    if (
      lastCol === undefined ||
      todo[0][0] <= lastCol ||
      (last < from && rowHoldsElements(xml, from, closeAt))
    )
      return undefined;
    let tail = "";
    for (const [c, e] of todo) tail += this.newCell(row, c, e, rowStyle());
    if (tail !== "") this.emit(closeAt, tail, closeAt);
    return (last >= from ? 1 : 0) + (tail !== "" ? 1 : 0);
  }

  /**
   * The row's edits made in place: edited cells rewritten, new ones put in column order, the rest copied. Returns
   * how many cells the row holds after.
   */
  private patchRow(rowTag: string, from: number, closeAt: number, row: number): number {
    const wanted = this.edits.get(row);
    // The row's own style, which a new cell takes: read only when a cell is added.
    let rowStyleKnown: number | undefined;
    const rowStyle = () => (rowStyleKnown ??= rowStyleOf(rowTag));
    const todo = wanted ? inColumnOrder(wanted) : [];
    if (todo.length > 0 && this.broken.size === 0 && this.addressed) {
      const held = this.patchFoundCells(todo, from, closeAt, row);
      if (held !== undefined) return held;
    }
    if (todo.length > 0 && this.broken.size === 0) {
      const held = this.appendCells(todo, from, closeAt, row, rowStyle);
      if (held !== undefined) return held;
    }
    return this.walkRow(todo, from, closeAt, row, rowStyle);
  }

  /** The row's cells one by one, found by hand (no object per cell for the cells copied as they are). */
  private walkRow(
    todo: [number, CellEdit][],
    from: number,
    closeAt: number,
    row: number,
    rowStyle: () => number,
  ): number {
    const { xml, p, cellOpen, where } = this;
    let held = 0;
    let t = 0;
    let col = -1;
    for (let at = xml.indexOf(cellOpen, from); at >= 0 && at < closeAt;) {
      if (!isCellStart(xml, at, cellOpen)) {
        at = xml.indexOf(cellOpen, at + 1);
        continue;
      }
      const tagEnd = xml.indexOf(">", at) + 1;
      const end = this.cellEnd(at, tagEnd);
      const r = rawAttribute(xml, at, tagEnd, "r");
      const implicit = r === undefined || !readA1(r, where);
      col = implicit ? col + 1 : where.col;
      const next = xml.indexOf(cellOpen, end);
      const untouched = t >= todo.length || todo[t][0] > col;
      if (untouched && !implicit && (this.broken.size === 0 || !hasFormula(xml, at, tagEnd, end, p))) {
        held++; // copied as it is
        at = next;
        continue;
      }
      const styleText = rawAttribute(xml, at, tagEnd, "s");
      const cell: CellSpan = {
        col,
        start: at,
        tagEnd,
        end,
        style: styleText === undefined ? 0 : parseInt(styleText, 10) || 0,
        implicit,
      };
      at = next;
      let added = "";
      while (t < todo.length && todo[t][0] < cell.col) {
        added += this.newCell(row, todo[t][0], todo[t][1], rowStyle());
        t++;
      }
      if (added !== "") {
        this.emit(cell.start, added, cell.start);
        held++;
      }
      const edit = t < todo.length && todo[t][0] === cell.col ? todo[t++][1] : undefined;
      held += this.rewriteCell(cell, edit, row);
    }
    let tail = "";
    for (; t < todo.length; t++) tail += this.newCell(row, todo[t][0], todo[t][1], rowStyle());
    if (tail !== "") {
      this.emit(closeAt, tail, closeAt);
      held++;
    }
    return held;
  }

  /**
   * The rows of `<sheetData>` (its start tag ending at `from`, the element at `end`), the edited ones patched: gone
   * to one by one where the reader told where they are (`spans`), else read.
   */
  patchRows(from: number, end: number, spans?: RowSpans): void {
    const resume = spans ? this.patchRowsAt(spans, from, end) : from;
    if (resume !== undefined) this.walkRows(resume);
    this.finishRows(end);
  }

  /**
   * The edited rows patched where the reader found them, the rows between copied unread; where that cannot be
   * trusted (a row's closing tag not of the prefix the patch writes, a shared formula broken: every row after is
   * to be looked at) the offset of the row to read on from, else undefined.
   */
  private patchRowsAt(spans: RowSpans, from: number, end: number): number | undefined {
    const { xml, pending } = this;
    const rowClose = `</${this.p}row`;
    for (let i = 0; i < spans.length; i += 5) {
      const rowStart = spans[i + 1];
      if (rowStart < from) continue;
      if (rowStart >= end) break;
      if (this.broken.size > 0) return rowStart;
      if (this.next >= pending.length) break;
      const row = spans[i];
      // Nothing written into this row or before it: copied as it is.
      if (pending[this.next] > row) continue;
      const tagEnd = spans[i + 2];
      const closeAt = spans[i + 3];
      // «<row …/>», not «<row …></row>» (whose end tag also starts where the start tag ends).
      const selfClosing = closeAt === tagEnd && xml.charCodeAt(tagEnd - 2) === 47; /* "/" */
      if (!selfClosing && !xml.startsWith(rowClose, closeAt)) return rowStart;
      this.patchRowElement(rowStart, tagEnd, closeAt, spans[i + 4], row, false, selfClosing);
      this.sink.settled?.();
    }
    return undefined;
  }

  /** The rows read from `from` on, the edited ones patched. */
  private walkRows(from: number): void {
    const { xml } = this;
    const scanner = new XmlScanner(xml, from);
    const rowClose = `</${this.p}row`;
    let row = -1;
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token === CLOSE) break; // </sheetData>
      if (token !== OPEN || scanner.name !== "row") {
        if (token === OPEN) scanner.skipElement();
        continue;
      }
      const rowStart = scanner.start;
      const tagEnd = scanner.end;
      const selfClosing = scanner.selfClosing;
      const r = scanner.attr("r");
      let rowEnd = tagEnd;
      let closeAt = tagEnd;
      if (!selfClosing) {
        // Rows hold no rows: the row ends at the first closing tag of its name (`</row>`, or `</row >`).
        closeAt = closingTagAt(xml, rowClose, tagEnd);
        if (closeAt < 0) throw new Error("A row without its end");
        rowEnd = xml.indexOf(">", closeAt) + 1;
      }
      scanner.seek(rowEnd);
      row = r !== undefined ? parseInt(r, 10) - 1 : this.unnumberedRow(tagEnd, closeAt, row);
      this.patchRowElement(rowStart, tagEnd, closeAt, rowEnd, row, r === undefined, selfClosing);
      this.sink.settled?.();
    }
  }

  /** The new rows after the last row of the part, before `</sheetData>` (the element ending at `end`). */
  private finishRows(end: number): void {
    const closeAt = this.xml.lastIndexOf("</", end - 1);
    let tail = "";
    for (; this.next < this.pending.length; this.next++) tail += this.newRow(this.pending[this.next]);
    this.emit(closeAt, tail, closeAt);
  }

  /** A row without its number, as the reader takes it: the row its first addressed cell names, else the next. */
  private unnumberedRow(tagEnd: number, closeAt: number, previous: number): number {
    const cells = cellSpans(this.xml, tagEnd, closeAt, this.p);
    const first = cells.find((c) => !c.implicit);
    const at = first && parseA1(refAt(this.xml, first));
    return at ? at.row : previous + 1;
  }

  /**
   * One `<row>` of the part: the new rows before it written, then, when it is edited (or may hold a formula pointing
   * at a broken shared one, or lacks its number), its tag and cells patched; a row left with nothing is dropped.
   */
  private patchRowElement(
    rowStart: number,
    tagEnd: number,
    closeAt: number,
    rowEnd: number,
    row: number,
    unnumbered: boolean,
    selfClosing: boolean,
  ): void {
    const { xml, pending } = this;
    while (this.next < pending.length && pending[this.next] < row) {
      this.emit(rowStart, this.newRow(pending[this.next]), rowStart);
      this.next++;
    }
    const edited = this.next < pending.length && pending[this.next] === row;
    const mayPoint = this.broken.size > 0 && xml.slice(tagEnd, closeAt).includes("shared");
    if (!edited && !mayPoint && !unnumbered) return;
    if (edited) this.next++;
    // Where the output stood, to drop the row if the edits leave it with nothing.
    const markOut = this.sink.mark();
    const markCopied = this.copied;
    let rowTag = xml.slice(rowStart, tagEnd);
    // A row without its number gets it (rows after an inserted one would move otherwise); a self-closing row
    // that gets cells is opened.
    let tag = rowTag;
    if (unnumbered) tag = withAttribute(tag, "r", String(row + 1));
    if (selfClosing && edited) tag = tag.replace(/\s*\/>$/, ">");
    if (tag !== rowTag) this.emit(rowStart, tag, tagEnd);
    rowTag = tag;
    if (selfClosing) {
      if (edited) this.emit(tagEnd, `${this.newCells(row, rowStyleOf(rowTag))}</${this.p}row>`, rowEnd);
      return;
    }
    const held = this.patchRow(rowTag, tagEnd, closeAt, row);
    if (held === 0 && !ROW_LOOK.test(rowTag)) {
      this.sink.truncate(markOut);
      this.copied = markCopied;
      this.emit(rowStart, "", rowEnd);
    }
  }
}

/** Numbers in ascending order: as they are when so (a fill's rows, added top to bottom), else sorted. */
function ascending(numbers: number[]): number[] {
  for (let i = 1; i < numbers.length; i++)
    if (numbers[i] < numbers[i - 1]) return numbers.sort((a, b) => a - b);
  return numbers;
}

/** A row's edits in column order: as added when they were (a fill adds a row's cells left to right), else sorted. */
function inColumnOrder(cells: Map<number, CellEdit>): [number, CellEdit][] {
  const todo: [number, CellEdit][] = [];
  let sorted = true;
  for (const entry of cells) {
    if (sorted && todo.length > 0 && entry[0] < todo[todo.length - 1][0]) sorted = false;
    todo.push(entry);
  }
  return sorted ? todo : todo.sort((a, b) => a[0] - b[0]);
}

/** Where the first closing tag `close` (`</row`, its ">" after it or after spaces) is from `from`, or -1. */
function closingTagAt(xml: string, close: string, from: number): number {
  for (let at = xml.indexOf(close, from); at >= 0; at = xml.indexOf(close, at + 1)) {
    let after = at + close.length;
    while (isSpace(xml.charCodeAt(after))) after++;
    if (xml.charCodeAt(after) === 62 /* > */) return at;
  }
  return -1;
}

/** Whether a row holds any element (a row without cells may still hold other writers' elements: then it is read). */
function rowHoldsElements(xml: string, from: number, closeAt: number): boolean {
  return xml.slice(from, closeAt).includes("<");
}

/** Where a cell element's start tag begins a cell: "<c " or "<c>" (prefixed alike), not "<col". */
function isCellStart(xml: string, at: number, tag: string): boolean {
  if (!xml.startsWith(tag, at)) return false;
  const c = xml.charCodeAt(at + tag.length);
  return c === 32 || c === 62 /* > */ || c === 47 /* / */ || c === 9 || c === 10 || c === 13;
}

/** An attribute's raw value in a start tag [from, to), found by hand (cells carry r, s, t and little else). */
function rawAttribute(xml: string, from: number, to: number, name: string): string | undefined {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at);
    if (at < 0 || at >= to) return undefined;
    const before = xml.charCodeAt(at - 1);
    let i = at + name.length;
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (i < to && /\s/.test(xml[i])) i++;
      if (xml[i] === "=") {
        i++;
        while (i < to && /\s/.test(xml[i])) i++;
        const quote = xml[i];
        const close = xml.indexOf(quote, i + 1);
        if (close > 0 && close < to) return xml.slice(i + 1, close);
        return undefined;
      }
    }
    at = at + name.length;
  }
}

/** Attributes that give a row a look of its own (kept even when the row holds no cell). */
const ROW_LOOK = /\s(s|ht|hidden|customHeight|customFormat|outlineLevel|collapsed)\s*=/;

/** A cell element with nothing but its address. */
const EMPTY_CELL = /^<([\w.-]+:)?c\s+r\s*=\s*["'][A-Z]+[0-9]+["']\s*\/>$/;

/**
 * The cells of a row, from its start tag's end to its closing tag: found by hand, not by the scanner (a fill patches
 * a hundred thousand rows). A cell holds no cell; its start tag ends at the first ">" (its attributes hold none).
 */
function cellSpans(xml: string, from: number, closeAt: number, p: string): CellSpan[] {
  const cells: CellSpan[] = [];
  const open = `<${p}c`;
  const close = `</${p}c>`;
  let col = -1;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < closeAt) {
    if (!isCellStart(xml, at, open)) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = xml.indexOf(">", at) + 1;
    const selfClosing = xml.charCodeAt(tagEnd - 2) === 47; /* / */
    const end = selfClosing ? tagEnd : xml.indexOf(close, tagEnd) + close.length;
    if (tagEnd <= 0 || end < tagEnd) throw new Error("A cell without its end");
    const r = rawAttribute(xml, at, tagEnd, "r");
    const where = r === undefined ? undefined : parseA1(r);
    col = where ? where.col : col + 1;
    const s = rawAttribute(xml, at, tagEnd, "s");
    cells.push({
      col,
      start: at,
      tagEnd,
      end,
      style: s === undefined ? 0 : parseInt(s, 10) || 0,
      implicit: where === undefined,
    });
    at = xml.indexOf(open, end);
  }
  return cells;
}

function refAt(xml: string, cell: CellSpan): string {
  const scanner = new XmlScanner(xml, cell.start);
  scanner.next();
  return scanner.attr("r") ?? "";
}

/**
 * Whether the cell [start, end) holds a formula: its <f> comes first in the element (f, v, is), so no copy is made
 * to tell.
 */
function hasFormula(xml: string, start: number, tagEnd: number, end: number, p: string): boolean {
  if (end === tagEnd || start === end) return false;
  let at = tagEnd;
  while (at < end && /\s/.test(xml[at])) at++;
  return xml.startsWith(`<${p}f`, at) && /[\s/>]/.test(xml[at + p.length + 2] ?? "");
}

/** The shared formula of a cell: its group, whether it is the master (`ref`) and the master's formula. */
function sharedOf(xml: string, cell: CellSpan): { si: string; ref?: string; formula?: string } | undefined {
  const body = xml.slice(cell.tagEnd, cell.end);
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

/**
 * The part's beginning (up to <sheetData>) with <dimension ref> grown to hold the written cells (Excel reads it as
 * a hint; LibreOffice sizes the sheet by it).
 */
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

/** The style a row's start tag gives its cells (`s` where `customFormat` is on), 0 for none. */
function rowStyleOf(rowTag: string): number {
  return /\scustomFormat\s*=\s*["'](1|true)["']/.test(rowTag)
    ? parseInt(/\ss\s*=\s*["'](\d+)["']/.exec(rowTag)?.[1] ?? "0", 10)
    : 0;
}
