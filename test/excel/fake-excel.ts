/**
 * A hand-made fake of the few Office.js Excel objects the adapter uses, with a sync counter.
 *
 * office-addin-mock's OfficeMockObject builds a static tree from a plain object: it cannot hand out a different
 * range for every address, model collections whose `items` are loaded with "items/name", apply queued writes only at
 * sync, or fail a sync with ItemNotFound. This fake does, in the way Office.js behaves:
 *
 * - every write is queued and applied at the next `context.sync()` (or at the end of `run`, which also counts as a
 *   sync, as Excel.run flushes queued commands); a loaded property throws until a sync has filled it;
 * - `getItem` of a missing sheet fails the sync with code ItemNotFound, a write into a protected sheet with
 *   AccessDenied, a request over 5 MB with RequestPayloadSizeLimitExceeded, a response over 5 MB with
 *   ResponsePayloadSizeLimitExceeded;
 * - members of newer ExcelApi sets throw ApiNotFound when the fake's version is lower (`apiVersion`);
 * - writing through `formulas`/`values` behaves like typing: "=…" is a formula, "'…" is text, "1.1" becomes a
 *   number, "- x" becomes a (broken) formula;
 * - a cell without fill reports `fill.color` "#FFFFFF" (and pattern "None" on 1.9), as Excel does;
 * - Excel's documented limits (payload sizes by platform, 512 merged areas, MergedRangeConflict, cell-edit mode)
 *   as fake-limits.ts describes them.
 */
import { columnIndex, columnLetter, type CellRange } from "../../src/core/model/address";
import {
  CALL_BYTES,
  CellEdit,
  checkMergedWrite,
  mergedAreasIn,
  payloadLimits,
  type Platform,
} from "./fake-limits";

export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Fill {
  color: string;
  pattern: string;
  patternColor?: string;
}

export interface Border {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeCell {
  /** Typed value or computed result; null when empty. */
  value: string | number | boolean | null;
  /** Formula without "=". */
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: Fill;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders: { top?: Border; bottom?: Border; left?: Border; right?: Border };
  hyperlink?: Record<string, unknown>;
  validation?: Record<string, unknown>;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaA1(r: CellRange): string {
  if (r.top === 0 && r.bottom === MAX_ROW) return `${columnLetter(r.left)}:${columnLetter(r.right)}`;
  if (r.left === 0 && r.right === MAX_COL) return `${r.top + 1}:${r.bottom + 1}`;
  const start = `${columnLetter(r.left)}${r.top + 1}`;
  const end = `${columnLetter(r.right)}${r.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** "B5", "B5:C6", "B:D", "5:7", "$A$1"; undefined when unreadable. */
export function parseAddress(address: string): CellRange | undefined {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "").trim();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(a);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    return {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      bottom: Math.max(r1, r2),
      right: Math.max(c1, c2),
    };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (m) return { top: 0, bottom: MAX_ROW, left: columnIndex(m[1]), right: columnIndex(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { left: 0, right: MAX_COL, top: Number(m[1]) - 1, bottom: Number(m[2]) - 1 };
  return undefined;
}

function emptyCell(): FakeCell {
  return { value: null, font: {}, borders: {} };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly merges: CellRange[] = [];
  freeze?: { rows: number; cols: number };
  readonly pageLayout: Record<string, unknown> = {};
  printTitleRows?: string;
  selection?: string;
  protected = false;
  /** Formatting (not values) reaches down/right to here: counts in the used range unless valuesOnly. */
  formattedTo?: { row: number; col: number };

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cellAt(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  touch(row: number, col: number): FakeCell {
    let cell = this.cells.get(key(row, col));
    if (!cell) this.cells.set(key(row, col), (cell = emptyCell()));
    return cell;
  }

  /** Test helper: puts a cell's content or look at an A1 address. */
  put(address: string, patch: Partial<FakeCell>): this {
    const r = parseAddress(address)!;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) Object.assign(this.touch(row, col), patch);
    }
    return this;
  }

  /** Test helper: the cell at an A1 address (an empty one when none). */
  at(address: string): FakeCell {
    const r = parseAddress(address)!;
    return this.cellAt(r.top, r.left) ?? emptyCell();
  }

  usedArea(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (row: number, col: number) => {
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    };
    for (const [k, cell] of this.cells) {
      const [row, col] = k.split(",").map(Number);
      const hasValue = (cell.value !== null && cell.value !== "") || cell.formula !== undefined;
      const hasFormat =
        cell.fill !== undefined ||
        cell.numberFormat !== undefined ||
        Object.keys(cell.font).length > 0 ||
        cell.wrap;
      if (hasValue || (!valuesOnly && hasFormat)) include(row, col);
    }
    if (!valuesOnly && this.formattedTo) include(this.formattedTo.row, this.formattedTo.col);
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

interface Op {
  bytes: number;
  run: () => number | void;
}

export interface FakeOptions {
  /** Highest ExcelApi minor version the host supports: 13 means ExcelApi 1.13. */
  apiVersion?: number;
  /** Whose payload limits apply (fake-limits.ts); default "web", the strictest. */
  platform?: Platform;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active?: FakeSheet;
  apiVersion: number;
  /** Every sync, explicit or at the end of run. */
  syncs = 0;
  /** Estimated request bytes of every sync. */
  readonly requestBytes: number[] = [];
  /** Estimated response bytes of every sync (0 when the request was refused). */
  readonly responseBytes: number[] = [];
  /** Names of the API members called ("getRangeByIndexes", "freezePanes.freezeAt" …), in order. */
  readonly calls: string[] = [];
  /** Addresses given to getRanges. */
  readonly areaAddresses: string[] = [];
  /** Arguments of every load(). */
  readonly loads: string[] = [];
  requestLimit: number;
  responseLimit: number;
  /** The user editing a cell (fake-limits.ts). */
  readonly cellEdit = new CellEdit();
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.apiVersion = options.apiVersion ?? 13;
    const limits = payloadLimits(options.platform ?? "web");
    this.requestLimit = limits.request;
    this.responseLimit = limits.response;
  }

  /** A new sheet at the end; `id` restores a saved one (test/office-host/snapshot.ts). */
  addSheet(name: string, id?: string): FakeSheet {
    if (id !== undefined) {
      const n = /^\{id-(\d+)\}$/.exec(id);
      if (n) this.nextId = Math.max(this.nextId, Number(n[1]) + 1);
    }
    const sheet = new FakeSheet(name, id ?? `{id-${this.nextId++}}`);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  supports(version: string): boolean {
    const m = /^1\.(\d+)$/.exec(version);
    return !!m && Number(m[1]) <= this.apiVersion;
  }

  /** Stands in for Excel.run: `run(batch)` or `run({ delayForCellEdit }, batch)`. */
  readonly run = async <T>(
    first: ((context: FakeContext) => Promise<T>) | { delayForCellEdit?: boolean },
    second?: (context: FakeContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === "function" ? first : second!;
    const options = typeof first === "function" ? undefined : first;
    const context = new FakeContext(this, CellEdit.delays(options, this.apiVersion));
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  };

  /** Resets the counters (syncs, calls, loads, request sizes). */
  resetCounters(): void {
    this.syncs = 0;
    this.requestBytes.length = 0;
    this.responseBytes.length = 0;
    this.calls.length = 0;
    this.loads.length = 0;
  }
}

function bytesOf(value: unknown): number {
  return (JSON.stringify(value) ?? "").length + 100;
}

export class FakeContext {
  readonly pending: Op[] = [];
  readonly workbook: { worksheets: WorksheetsProxy };
  /** book.calls.length at the last sync: the calls made since are part of the next request. */
  private callsSent: number;

  constructor(
    readonly book: FakeWorkbook,
    /** Run with delayForCellEdit on a host that honours it. */
    readonly delayForCellEdit = false,
  ) {
    this.workbook = { worksheets: new WorksheetsProxy(this) };
    this.callsSent = book.calls.length;
  }

  queue(bytes: number, run: () => number | void): void {
    this.pending.push({ bytes, run });
  }

  need(version: number, what: string): void {
    this.book.calls.push(what);
    if (version > this.book.apiVersion) {
      throw new FakeRichApiError("ApiNotFound", `${what} needs ExcelApi 1.${version}`);
    }
  }

  async sync(): Promise<void> {
    await this.book.cellEdit.gate(
      this.delayForCellEdit,
      (code, message) => new FakeRichApiError(code, message),
    );
    const ops = this.pending.splice(0);
    this.book.syncs++;
    const calls = Math.max(0, this.book.calls.length - this.callsSent);
    this.callsSent = this.book.calls.length;
    const request = ops.reduce((sum, op) => sum + op.bytes, 0) + calls * CALL_BYTES;
    this.book.requestBytes.push(request);
    if (request > this.book.requestLimit) {
      this.book.responseBytes.push(0);
      throw new FakeRichApiError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    let response = 0;
    try {
      for (const op of ops) response += op.run() ?? 0;
    } finally {
      this.book.responseBytes.push(response);
    }
    if (response > this.book.responseLimit) {
      throw new FakeRichApiError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }
}

class Loadable {
  protected loaded = new Map<string, unknown>();

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeRichApiError("PropertyNotLoaded", `PropertyNotLoaded: ${prop} (load it and sync first)`);
    }
    return this.loaded.get(prop) as T;
  }
}

/**
 * Why Excel refuses a sheet name, or undefined: empty, over 31 characters, one of [ ] : * ? / \\, an apostrophe
 * first or last, or "History" (reserved).
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return "a sheet name cannot be empty";
  if (name.length > 31) return `"${name}" is longer than 31 characters`;
  if (/[[\]:*?/\\]/.test(name)) return `"${name}" contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return `"History" is reserved`;
  return undefined;
}

class WorksheetsProxy extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }

  get items(): WorksheetProxy[] {
    return this.read("items");
  }

  load(props: string): this {
    this.ctx.book.loads.push(`worksheets:${props}`);
    const fields = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.queue(100, () => {
      const items = this.ctx.book.sheets.map((sheet, position) => {
        const proxy = new WorksheetProxy(this.ctx, () => sheet);
        proxy.fill({ name: sheet.name, id: sheet.id, position }, fields);
        return proxy;
      });
      this.loaded.set("items", items);
      return bytesOf(items.length * 40);
    });
    return this;
  }

  getItem(nameOrId: string): WorksheetProxy {
    this.ctx.book.calls.push("worksheets.getItem");
    return new WorksheetProxy(this.ctx, () => {
      const sheet = this.ctx.book.sheets.find((s) => s.name === nameOrId || s.id === nameOrId);
      if (!sheet)
        throw new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist: ${nameOrId}`);
      return sheet;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      if (!this.ctx.book.active) throw new FakeRichApiError("ItemNotFound", "no active sheet");
      return this.ctx.book.active;
    });
  }

  add(name: string): WorksheetProxy {
    this.ctx.book.calls.push("worksheets.add");
    let created: FakeSheet | undefined;
    this.ctx.queue(bytesOf(name), () => {
      const invalid = sheetNameProblem(name);
      if (invalid) throw new FakeRichApiError("InvalidArgument", `The argument is invalid: ${invalid}`);
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeRichApiError("ItemAlreadyExists", `A sheet named ${name} exists`);
      }
      created = this.ctx.book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new Error("sheet used before its add() was synced");
      return created;
    });
  }
}

class WorksheetProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super();
  }

  fill(values: Record<string, unknown>, fields: string[]): void {
    for (const f of fields) if (f in values) this.loaded.set(f, values[f]);
  }

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }

  load(props: string): this {
    this.ctx.book.loads.push(`worksheet:${props}`);
    const fields = props.split(",").map((p) => p.trim());
    this.ctx.queue(100, () => {
      const sheet = this.resolve();
      this.fill({ name: sheet.name, id: sheet.id, position: this.ctx.book.sheets.indexOf(sheet) }, fields);
    });
    return this;
  }

  activate(): void {
    this.ctx.book.calls.push("worksheet.activate");
    this.ctx.queue(100, () => {
      this.ctx.book.active = this.resolve();
    });
  }

  getRange(address?: string): RangeProxy {
    this.ctx.book.calls.push("worksheet.getRange");
    return new RangeProxy(this.ctx, this.resolve, () => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
      const r = parseAddress(address);
      if (!r) throw new FakeRichApiError("InvalidArgument", `bad address ${address}`);
      return r;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.ctx.need(7, "worksheet.getRangeByIndexes");
    return new RangeProxy(this.ctx, this.resolve, () => ({
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    }));
  }

  /** ExcelApi 1.9: several areas ("A1:B2,D4"); writes fan out to every area. */
  getRanges(address: string): Record<string, unknown> {
    this.ctx.need(9, "worksheet.getRanges");
    const parts = address.split(/[,;]/).map((a) => a.trim());
    const ranges = parts.map((part) => {
      const r = parseAddress(part);
      return new RangeProxy(this.ctx, this.resolve, () => {
        if (!r) throw new FakeRichApiError("InvalidArgument", `bad address ${address}`);
        return r;
      });
    });
    this.ctx.book.areaAddresses.push(address);
    return fanOut(ranges) as Record<string, unknown>;
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.ctx.need(2, "worksheet.getUsedRange(valuesOnly)");
    else this.ctx.book.calls.push("worksheet.getUsedRange");
    return new RangeProxy(this.ctx, this.resolve, () => {
      const area = this.resolve().usedArea(valuesOnly === true);
      return area ?? { top: 0, left: 0, bottom: 0, right: 0 }; // a blank sheet gives A1
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.ctx.need(4, "worksheet.getUsedRangeOrNullObject");
    return new RangeProxy(this.ctx, this.resolve, () => this.resolve().usedArea(valuesOnly === true));
  }

  get freezePanes() {
    this.ctx.need(7, "worksheet.freezePanes");
    const set = (what: string, freeze: (sheet: FakeSheet) => void) => {
      this.ctx.book.calls.push(`freezePanes.${what}`);
      this.ctx.queue(100, () => freeze(this.resolve()));
    };
    return {
      freezeAt: (range: string | RangeProxy) =>
        set("freezeAt", (sheet) => {
          const r = typeof range === "string" ? parseAddress(range)! : range.area()!;
          sheet.freeze = { rows: r.bottom + 1, cols: r.right + 1 };
        }),
      freezeRows: (n: number) => set("freezeRows", (sheet) => (sheet.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n: number) => set("freezeColumns", (sheet) => (sheet.freeze = { rows: 0, cols: n })),
    };
  }

  get pageLayout(): Record<string, unknown> {
    this.ctx.need(9, "worksheet.pageLayout");
    const ctx = this.ctx;
    const resolve = this.resolve;
    const target: Record<string, unknown> = {
      setPrintTitleRows(rows: string) {
        ctx.book.calls.push("pageLayout.setPrintTitleRows");
        ctx.queue(100, () => void (resolve().printTitleRows = rows));
      },
    };
    return new Proxy(target, {
      set(_t, prop, value) {
        ctx.book.calls.push(`pageLayout.${String(prop)}`);
        ctx.queue(bytesOf(value), () => void (resolve().pageLayout[String(prop)] = value));
        return true;
      },
    });
  }
}

/** One object standing for several: property writes and method calls go to each (a RangeAreas of RangeProxys). */
function fanOut(targets: unknown[]): unknown {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        const values = targets.map((t) => (t as Record<string | symbol, unknown>)[prop]);
        if (typeof values[0] === "function") {
          return (...args: unknown[]) =>
            fanOut(
              targets.map((t) =>
                ((t as Record<string | symbol, unknown>)[prop] as (...a: unknown[]) => unknown).apply(
                  t,
                  args,
                ),
              ),
            );
        }
        if (values[0] !== null && typeof values[0] === "object") return fanOut(values);
        return values[0];
      },
      set(_t, prop, value) {
        for (const t of targets) (t as Record<string | symbol, unknown>)[prop] = value;
        return true;
      },
    },
  );
}

const H_ALIGN = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const V_ALIGN = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
const EDGES = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
]);
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function checkColor(color: unknown): string {
  if (typeof color !== "string" || !COLOR.test(color))
    throw new FakeRichApiError("InvalidArgument", `bad colour ${String(color)}`);
  return color.toUpperCase();
}

/** Typing into a cell, as Excel interprets what `formulas`/`values` receive. */
function typeInto(cell: FakeCell, entry: unknown): void {
  if (entry === null || entry === undefined) return;
  cell.quotePrefix = false;
  cell.formula = undefined;
  if (typeof entry === "number" || typeof entry === "boolean") {
    cell.value = entry;
    return;
  }
  const s = String(entry);
  if (s === "") {
    cell.value = null;
  } else if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
  } else if (s.startsWith("=")) {
    cell.formula = s.slice(1);
    cell.value = null; // the fake does not calculate
  } else if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(s)) {
    cell.value = Number(s);
  } else if (/^\d+([./-]\d+){1,2}$/.test(s)) {
    cell.value = 45000; // read as a date
  } else if (/^[+-]/.test(s)) {
    cell.formula = s;
    cell.value = "#NAME?";
  } else if (/^(true|false)$/i.test(s)) {
    cell.value = /^true$/i.test(s);
  } else {
    cell.value = s;
  }
}

export class RangeProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    /** Resolved at sync; null is a null object. */
    readonly area: () => CellRange | null,
  ) {
    super();
  }

  private each(fn: (cell: FakeCell, row: number, col: number, r: CellRange, sheet: FakeSheet) => void): void {
    const sheet = this.sheetOf();
    const r = this.area();
    if (!r) throw new FakeRichApiError("InvalidOperation", "null object");
    if (sheet.protected) throw new FakeRichApiError("AccessDenied", "The cell is on a protected sheet.");
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) fn(sheet.touch(row, col), row, col, r, sheet);
    }
  }

  private queueWrite(what: string, value: unknown, fn: () => void): void {
    this.ctx.book.calls.push(what);
    this.ctx.queue(bytesOf(value), fn);
  }

  private set2d(
    what: string,
    arr: unknown,
    apply: (cell: FakeCell, entry: unknown) => void,
    content = false,
  ): void {
    this.queueWrite(what, arr, () => {
      const r = this.area()!;
      if (content) {
        checkMergedWrite(this.sheetOf().merges, r, (code, message) => new FakeRichApiError(code, message));
      }
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (
        !Array.isArray(arr) ||
        arr.length !== rows ||
        arr.some((row) => !Array.isArray(row) || row.length !== cols)
      ) {
        throw new FakeRichApiError("InvalidArgument", `${what}: array is not ${rows}×${cols}`);
      }
      this.each((cell, row, col, area) => apply(cell, (arr as unknown[][])[row - area.top][col - area.left]));
    });
  }

  set formulas(arr: unknown[][]) {
    this.set2d("range.formulas", arr, typeInto, true);
  }
  set values(arr: unknown[][]) {
    this.set2d("range.values", arr, typeInto, true);
  }
  set numberFormat(arr: unknown[][]) {
    this.set2d("range.numberFormat", arr, (cell, entry) => {
      if (entry !== null && entry !== undefined) cell.numberFormat = entry === "" ? "General" : String(entry);
    });
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  set columnHidden(hidden: boolean) {
    this.ctx.need(2, "range.columnHidden");
    this.queueWrite("range.columnHidden", hidden, () => {
      const r = this.area()!;
      for (let col = r.left; col <= r.right; col++) {
        if (hidden) this.sheetOf().hiddenColumns.add(col);
        else this.sheetOf().hiddenColumns.delete(col);
      }
    });
  }

  set hyperlink(link: Record<string, unknown>) {
    this.ctx.need(7, "range.hyperlink");
    this.queueWrite("range.hyperlink", link, () =>
      this.each((cell) => {
        cell.hyperlink = { ...link };
        if (typeof link.textToDisplay === "string") typeInto(cell, `'${link.textToDisplay}`);
      }),
    );
  }

  merge(across?: boolean): void {
    this.ctx.need(2, "range.merge");
    this.queueWrite("range.merge", across, () => {
      const r = this.area()!;
      this.sheetOf().merges.push({ ...r });
    });
  }

  select(): void {
    this.queueWrite("range.select", null, () => {
      const sheet = this.sheetOf();
      if (this.ctx.book.active !== sheet)
        throw new FakeRichApiError("InvalidSelection", "select on an inactive sheet");
      sheet.selection = areaA1(this.area()!);
    });
  }

  load(props: string): this {
    this.ctx.book.loads.push(`range:${props}`);
    const fields = props.split(",").map((p) => p.trim());
    this.ctx.queue(100, () => {
      const sheet = this.sheetOf();
      const r = this.area();
      this.loaded.set("isNullObject", r === null);
      if (!r) return 0;
      const snapshot: Record<string, unknown> = {};
      const grid = (fn: (cell: FakeCell | undefined) => unknown) => {
        const out: unknown[][] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const line: unknown[] = [];
          for (let col = r.left; col <= r.right; col++) line.push(fn(sheet.cellAt(row, col)));
          out.push(line);
        }
        return out;
      };
      for (const f of fields) {
        if (f === "values") snapshot.values = grid((c) => c?.value ?? "");
        else if (f === "formulas") {
          snapshot.formulas = grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? "")));
        } else if (f === "numberFormat") snapshot.numberFormat = grid((c) => c?.numberFormat ?? "General");
        else if (f === "address") snapshot.address = `${quoteName(sheet.name)}!${areaA1(r)}`;
        else if (f === "rowIndex") snapshot.rowIndex = r.top;
        else if (f === "columnIndex") snapshot.columnIndex = r.left;
        else if (f === "rowCount") snapshot.rowCount = r.bottom - r.top + 1;
        else if (f === "columnCount") snapshot.columnCount = r.right - r.left + 1;
        else throw new Error(`fake: cannot load ${f}`);
      }
      for (const [k, v] of Object.entries(snapshot)) this.loaded.set(k, v);
      return bytesOf(snapshot);
    });
    return this;
  }

  /** The smallest range holding this one and `other` (ExcelApi 1.1). */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    this.ctx.book.calls.push("range.getBoundingRect");
    return new RangeProxy(this.ctx, this.sheetOf, () => {
      const a = this.area();
      const b = typeof other === "string" ? parseAddress(other) : other.area();
      if (!a || !b) throw new FakeRichApiError("InvalidArgument", "bad range for getBoundingRect");
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }

  /** ExcelApi 1.9: per-cell properties; the fake answers the font name only (Calibri when none was set). */
  getCellProperties(spec: { format?: { font?: { name?: boolean } } }): { value: unknown } {
    this.ctx.need(9, "range.getCellProperties");
    this.ctx.book.loads.push(`cellProperties:${JSON.stringify(spec)}`);
    const result: { value: unknown } = { value: undefined };
    this.ctx.queue(100, () => {
      const sheet = this.sheetOf();
      const r = this.area()!;
      const grid: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        for (let col = r.left; col <= r.right; col++) {
          line.push({ format: { font: { name: sheet.cellAt(row, col)?.font.name ?? "Calibri" } } });
        }
        grid.push(line);
      }
      result.value = grid;
      return bytesOf(grid);
    });
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.need(13, "range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.ctx, () => {
      const sheet = this.sheetOf();
      const r = this.area();
      if (!r) throw new FakeRichApiError("InvalidOperation", "null object");
      const hits = mergedAreasIn(sheet.merges, r, (code, message) => new FakeRichApiError(code, message));
      if (hits.length === 0) return null;
      return hits.map((m) => `${quoteName(sheet.name)}!${areaA1(m)}`).join(", ");
    });
  }

  get dataValidation() {
    this.ctx.need(8, "range.dataValidation");
    const setter = (prop: string) => (value: unknown) =>
      this.queueWrite(`dataValidation.${prop}`, value, () =>
        this.each((cell) => {
          cell.validation = { ...cell.validation, [prop]: value };
        }),
      );
    return {
      set rule(v: unknown) {
        setter("rule")(v);
      },
      set errorAlert(v: unknown) {
        setter("errorAlert")(v);
      },
      set ignoreBlanks(v: unknown) {
        setter("ignoreBlanks")(v);
      },
    };
  }

  get format() {
    const fmt = (prop: string, value: unknown, apply: (cell: FakeCell) => void) =>
      this.queueWrite(`format.${prop}`, value, () => this.each(apply));
    const queueWrite = (what: string, value: unknown, fn: () => void) => this.queueWrite(what, value, fn);
    const areaOf = () => this.area()!;
    const sheetOf = () => this.sheetOf();
    const ctx = this.ctx;
    let fontLoaded: string | null | undefined;
    return {
      set horizontalAlignment(v: string) {
        if (!H_ALIGN.has(v)) throw new FakeRichApiError("InvalidArgument", `bad alignment ${v}`);
        fmt("horizontalAlignment", v, (c) => (c.hAlign = v));
      },
      set verticalAlignment(v: string) {
        if (!V_ALIGN.has(v)) throw new FakeRichApiError("InvalidArgument", `bad alignment ${v}`);
        fmt("verticalAlignment", v, (c) => (c.vAlign = v));
      },
      set wrapText(v: boolean) {
        fmt("wrapText", v, (c) => (c.wrap = v));
      },
      set columnWidth(points: number) {
        ctx.need(2, "format.columnWidth");
        queueWrite("format.columnWidth", points, () => {
          const r = areaOf();
          for (let col = r.left; col <= r.right; col++) sheetOf().columnWidths.set(col, points);
        });
      },
      set rowHeight(points: number) {
        ctx.need(2, "format.rowHeight");
        queueWrite("format.rowHeight", points, () => {
          const r = areaOf();
          for (let row = r.top; row <= r.bottom; row++) sheetOf().rowHeights.set(row, points);
        });
      },
      font: {
        set name(v: string) {
          fmt("font.name", v, (c) => (c.font.name = v));
        },
        /** The loaded font name (Excel: null when the cells' fonts differ, Calibri when none was set). */
        get name(): string | null {
          if (fontLoaded === undefined)
            throw new Error("PropertyNotLoaded: font.name (load it and sync first)");
          return fontLoaded;
        },
        load(props: string) {
          ctx.book.loads.push(`font:${props}`);
          if (props.trim() !== "name") throw new Error(`fake: cannot load font ${props}`);
          ctx.queue(100, () => {
            const sheet = sheetOf();
            const r = areaOf();
            const names = new Set<string>();
            for (let row = r.top; row <= r.bottom; row++) {
              for (let col = r.left; col <= r.right; col++)
                names.add(sheet.cellAt(row, col)?.font.name ?? "Calibri");
            }
            fontLoaded = names.size === 1 ? [...names][0] : null;
            return 40;
          });
          return this;
        },
        set size(v: number) {
          fmt("font.size", v, (c) => (c.font.size = v));
        },
        set bold(v: boolean) {
          fmt("font.bold", v, (c) => (c.font.bold = v));
        },
        set italic(v: boolean) {
          fmt("font.italic", v, (c) => (c.font.italic = v));
        },
        set color(v: string) {
          const color = checkColor(v);
          fmt("font.color", v, (c) => (c.font.color = color));
        },
      },
      fill: new FillProxy(this.ctx, this.sheetOf, this.area, (what, value, apply) => fmt(what, value, apply)),
      borders: {
        getItem: (edge: string) => {
          if (!EDGES.has(edge)) throw new FakeRichApiError("InvalidArgument", `bad edge ${edge}`);
          const set = (prop: keyof Border) => (value: string) =>
            this.queueWrite(`border.${edge}.${prop}`, value, () => {
              const r = this.area()!;
              if (edge === "InsideHorizontal" && r.top === r.bottom) {
                throw new FakeRichApiError("InvalidArgument", "no inside horizontal border in one row");
              }
              if (edge === "InsideVertical" && r.left === r.right) {
                throw new FakeRichApiError("InvalidArgument", "no inside vertical border in one column");
              }
              this.each((cell, row, col) => {
                const sides: (keyof FakeCell["borders"])[] = [];
                if (edge === "EdgeTop" && row === r.top) sides.push("top");
                if (edge === "EdgeBottom" && row === r.bottom) sides.push("bottom");
                if (edge === "EdgeLeft" && col === r.left) sides.push("left");
                if (edge === "EdgeRight" && col === r.right) sides.push("right");
                if (edge === "InsideHorizontal") {
                  if (row > r.top) sides.push("top");
                  if (row < r.bottom) sides.push("bottom");
                }
                if (edge === "InsideVertical") {
                  if (col > r.left) sides.push("left");
                  if (col < r.right) sides.push("right");
                }
                for (const side of sides) cell.borders[side] = { ...cell.borders[side], [prop]: value };
              });
            });
          return {
            set style(v: string) {
              set("style")(v);
            },
            set weight(v: string) {
              set("weight")(v);
            },
            set color(v: string) {
              checkColor(v);
              set("color")(v);
            },
          };
        },
      },
    };
  }
}

class FillProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly area: () => CellRange | null,
    private readonly write: (what: string, value: unknown, apply: (cell: FakeCell) => void) => void,
  ) {
    super();
  }

  set color(v: string) {
    const color = checkColor(v);
    this.write("fill.color", v, (c) => (c.fill = { color, pattern: "Solid" }));
  }
  get color(): string | null {
    return this.read("color");
  }
  set pattern(v: string) {
    this.ctx.need(9, "fill.pattern");
    this.write("fill.pattern", v, (c) => (c.fill = { ...(c.fill ?? { color: "#FFFFFF" }), pattern: v }));
  }
  get pattern(): string | null {
    return this.read("pattern");
  }
  set patternColor(v: string) {
    this.ctx.need(9, "fill.patternColor");
    const color = checkColor(v);
    this.write(
      "fill.patternColor",
      v,
      (c) => (c.fill = { ...(c.fill ?? { color: "#FFFFFF", pattern: "Solid" }), patternColor: color }),
    );
  }
  get patternColor(): string | null {
    return this.read("patternColor");
  }

  clear(): void {
    this.write("fill.clear", null, (c) => (c.fill = undefined));
  }

  load(props: string): this {
    this.ctx.book.loads.push(`fill:${props}`);
    const fields = props.split(",").map((p) => p.trim());
    for (const f of fields) if (f === "pattern" || f === "patternColor") this.ctx.need(9, `fill.load(${f})`);
    this.ctx.queue(100, () => {
      const sheet = this.sheetOf();
      const r = this.area()!;
      const seen = new Set<string>();
      let fill: Fill | undefined;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          fill = sheet.cellAt(row, col)?.fill;
          seen.add(JSON.stringify(fill ?? null));
        }
      }
      const mixed = seen.size > 1;
      const values: Record<string, unknown> = {
        // Excel reports white for a cell without fill.
        color: mixed ? null : (fill?.color ?? "#FFFFFF"),
        pattern: mixed ? null : (fill?.pattern ?? "None"),
        patternColor: mixed ? null : (fill?.patternColor ?? "#000000"),
      };
      for (const f of fields) this.loaded.set(f, values[f]);
      return 60;
    });
    return this;
  }
}

class RangeAreasProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly addressOf: () => string | null,
  ) {
    super();
  }

  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  load(props: string): this {
    this.ctx.book.loads.push(`areas:${props}`);
    this.ctx.queue(100, () => {
      const address = this.addressOf();
      this.loaded.set("isNullObject", address === null);
      if (address !== null) this.loaded.set("address", address);
      return bytesOf(address);
    });
    return this;
  }
}
