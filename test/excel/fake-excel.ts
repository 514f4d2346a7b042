/**
 * A hand-made fake of the few Office.js Excel objects the adapter uses, with a sync counter.
 *
 * office-addin-mock's OfficeMockObject builds a static tree from a plain object: it cannot hand out a different
 * range for every address, model collections whose `items` are loaded with "items/name", apply queued writes only at
 * sync, or fail a sync with ItemNotFound. This fake does, in the way Office.js behaves:
 *
 * - every write, load and method call is queued and happens at the next `context.sync()` (or at the end of `run`,
 *   which also counts as a sync, as Excel.run flushes queued commands); a loaded property throws until a sync has
 *   filled it;
 * - errors surface at sync, never at the call, as in Excel, whose Office.js has every member and lets the host
 *   refuse the request (a bad colour, alignment or border edge, a member of a newer ExcelApi set than the host's,
 *   `apiVersion`): a sync runs its operations in order and stops at the first that fails, keeping those before it,
 *   so a partial write can be seen;
 * - only documented error codes, each with its source (HOST_ERROR_CODES below);
 * - protection: a write into a protected sheet (`FakeSheet.protected`, read through `worksheet.protection.protected`,
 *   ExcelApi 1.2) or adding a sheet to a workbook whose structure is protected (`structureProtected`, read through
 *   `workbook.protection.protected`, ExcelApi 1.7) fails with AccessDenied (`protectionCode` lets a test give the
 *   InvalidOperation some builds give: Excel does not document which code a protected sheet answers with);
 * - the request of a sync is measured from the queued batch itself: the UTF-8 bytes of the JSON of its object paths
 *   and actions, the two lists Office.js's RichApi request carries (never from the adapter's own estimate);
 * - writing through `formulas`/`values` behaves like typing: "=…" is a formula, "'…" is text, "1.1" becomes a
 *   number, "- x" becomes a (broken) formula — except into a cell formatted as Text ("@"), which keeps what is typed
 *   as text ("Format numbers as text", Microsoft support: numbers typed after the Text format is applied are text);
 * - a cell without fill reports `fill.color` "#FFFFFF" (and pattern "None" on 1.9), as Excel does;
 * - Excel's documented limits (payload sizes by platform, 5 000 000 cells per read, 512 merged areas,
 *   MergedRangeConflict, cell-edit mode) as fake-limits.ts describes them;
 * - ExcelApi 1.20's undo ("Undo support with the Excel JavaScript API", docs/excel/excel-add-ins-undo-capabilities):
 *   every sync that changes the workbook is one entry of the user's undo stack (`undo()` is Ctrl+Z), all syncs of a
 *   run with `mergeUndoGroup: true` are one entry, a member without undo support (UNDO_UNSUPPORTED) clears the stack
 *   — or, inside a merged group, fails the sync with UndoNotSupported. Activating a sheet and selecting cells are
 *   not entries (assumed: Excel's undo never takes back a selection). Below 1.20 add-in writes are not on the stack.
 */
import { columnIndex, columnLetter, type CellRange } from "../../src/core/model/address";
import {
  CellEdit,
  READ_CELLS_LIMIT,
  checkMergedWrite,
  mergedAreasIn,
  payloadLimits,
  type Platform,
} from "./fake-limits";
import { utf8Bytes } from "./fake-settings";

/**
 * The error codes this fake answers with. Each is listed in "Error handling with the application-specific JavaScript
 * APIs" (docs/testing/application-specific-api-error-handling), unless said otherwise:
 *
 * | code                             | when the fake answers it                                              |
 * |----------------------------------|-----------------------------------------------------------------------|
 * | AccessDenied                     | a write into a protected sheet, a sheet added to a protected workbook  |
 * | ApiNotFound                      | a member of a newer ExcelApi set than the host's                       |
 * | GeneralException                 | only where a test says a member fails on its build (`failing`)        |
 * | InvalidArgument                  | a bad address, colour, alignment, edge, array size or sheet name       |
 * | InvalidOperation                 | a null object used; more than 512 merged areas (fake-limits.ts)        |
 * | InvalidOperationInCellEditMode   | a batch while the user edits a cell (fake-limits.ts)                   |
 * | InvalidSelection                 | select() on a sheet that is not the active one                         |
 * | ItemAlreadyExists                | a sheet name taken (compared without case)                             |
 * | ItemNotFound                     | a sheet that is not there                                              |
 * | MergedRangeConflict              | values or formulas through part of a merged area (fake-limits.ts)      |
 * | PropertyNotLoaded                | a property read before load + sync (OfficeExtension.ErrorCodes)        |
 * | RangeExceedsLimit                | a read of more than 5 000 000 cells (fake-limits.ts)                   |
 * | RequestPayloadSizeLimitExceeded  | a request over the platform's limit (5 MB on the web)                  |
 * | ResponsePayloadSizeLimitExceeded | a response over the platform's limit                                   |
 * | UndoNotSupported                 | a member without undo support in a merged undo group (undo page above) |
 */
export const HOST_ERROR_CODES = [
  "AccessDenied",
  "ApiNotFound",
  "GeneralException",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "MergedRangeConflict",
  "PropertyNotLoaded",
  "RangeExceedsLimit",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "UndoNotSupported",
] as const;

export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** An OfficeExtension.Error as the add-in receives it: name "RichApi.Error", a `code` and a localised message. */
export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The members of the documented list of APIs without undo support ("Unsupported APIs" in the undo page) that this
 * fake implements. A test may add others (`FakeWorkbook.undoUnsupported`) to play a build that lacks undo for more.
 */
export const UNDO_UNSUPPORTED = [
  "worksheet.delete",
  "worksheetProtection.protect",
  "worksheetProtection.unprotect",
  "workbookProtection.protect",
  "workbookProtection.unprotect",
] as const;

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

  /** A deep copy (an undo entry keeps the sheets as they were). */
  clone(): FakeSheet {
    const copy = new FakeSheet(this.name, this.id);
    copy.copyFrom(this);
    return copy;
  }

  /** Becomes a deep copy of `other` (undo puts a sheet back in place, so a test's reference to it stays good). */
  copyFrom(other: FakeSheet): void {
    this.name = other.name;
    this.cells.clear();
    for (const [k, cell] of other.cells) this.cells.set(k, structuredClone(cell));
    this.columnWidths.clear();
    for (const [c, w] of other.columnWidths) this.columnWidths.set(c, w);
    this.rowHeights.clear();
    for (const [r, h] of other.rowHeights) this.rowHeights.set(r, h);
    this.hiddenColumns.clear();
    for (const c of other.hiddenColumns) this.hiddenColumns.add(c);
    this.merges.splice(0, this.merges.length, ...other.merges.map((m) => ({ ...m })));
    this.freeze = other.freeze ? { ...other.freeze } : undefined;
    for (const k of Object.keys(this.pageLayout)) delete this.pageLayout[k];
    Object.assign(this.pageLayout, structuredClone(other.pageLayout));
    this.printTitleRows = other.printTitleRows;
    this.selection = other.selection;
    this.protected = other.protected;
    this.formattedTo = other.formattedTo ? { ...other.formattedTo } : undefined;
  }
}

/** What a queued operation is to the undo rules: a read, a change of the workbook, or a change of the view only. */
type OpKind = "read" | "write" | "view";

interface Op {
  kind: OpKind;
  /** The API member ("range.formulas", "worksheet.delete"). */
  api: string;
  /** The action as the request carries it. */
  action: unknown;
  run: () => number | void;
}

export interface FakeOptions {
  /** Highest ExcelApi minor version the host supports: 13 means ExcelApi 1.13. */
  apiVersion?: number;
  /** Whose payload limits apply (fake-limits.ts); default "web", the strictest. */
  platform?: Platform;
}

interface UndoEntry {
  sheets: FakeSheet[];
  active?: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active?: FakeSheet;
  apiVersion: number;
  /** The workbook's structure is protected (Review › Protect Workbook): no sheet can be added. */
  structureProtected = false;
  /** The code a write into a protected sheet or workbook fails with (Excel does not document it). */
  protectionCode: HostErrorCode = "AccessDenied";
  /** The language of the host's error messages: Office localises them ("vi" for a Vietnamese Office). */
  language: "en" | "vi" = "en";
  /** Every sync, explicit or at the end of run. */
  syncs = 0;
  /** Request bytes of every sync, measured from the queued batch. */
  readonly requestBytes: number[] = [];
  /** Response bytes of every sync (0 when the request was refused). */
  readonly responseBytes: number[] = [];
  /** Names of the API members called ("getRangeByIndexes", "freezePanes.freezeAt" …), in order. */
  readonly calls: string[] = [];
  /** Addresses given to getRanges. */
  readonly areaAddresses: string[] = [];
  /** Arguments of every load(). */
  readonly loads: string[] = [];
  /** Options of every Excel.run. */
  readonly runs: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean }[] = [];
  requestLimit: number;
  responseLimit: number;
  /** The user editing a cell (fake-limits.ts). */
  readonly cellEdit = new CellEdit();
  /**
   * Members that fail at sync on this build although its API level has them, with the code they fail with: a test
   * playing "freeze panes fail on some builds" sets `failing.set("worksheet.freezePanes", "GeneralException")`.
   */
  readonly failing = new Map<string, HostErrorCode>();
  /** The user's undo stack (ExcelApi 1.20), newest last. */
  readonly undoStack: UndoEntry[] = [];
  /** Members without undo support (see UNDO_UNSUPPORTED). */
  readonly undoUnsupported = new Set<string>(UNDO_UNSUPPORTED);
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

  /** Whether add-in writes go on the user's undo stack (ExcelApi 1.20). */
  get undoable(): boolean {
    return this.apiVersion >= 20;
  }

  /** Stands in for Excel.run: `run(batch)` or `run({ delayForCellEdit, mergeUndoGroup }, batch)`. */
  readonly run = async <T>(
    first: ((context: FakeContext) => Promise<T>) | { delayForCellEdit?: boolean; mergeUndoGroup?: boolean },
    second?: (context: FakeContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === "function" ? first : second!;
    const options = typeof first === "function" ? undefined : first;
    this.runs.push({ ...options });
    const context = new FakeContext(
      this,
      CellEdit.delays(options, this.apiVersion),
      options?.mergeUndoGroup === true && this.undoable,
    );
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  };

  /** Ctrl+Z in Excel: takes back the newest entry of the undo stack. Returns false when there is none. */
  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    const current = new Map(this.sheets.map((s) => [s.id, s]));
    const restored = entry.sheets.map((saved) => {
      const sheet = current.get(saved.id);
      if (!sheet) return saved;
      sheet.copyFrom(saved);
      return sheet;
    });
    this.sheets.splice(0, this.sheets.length, ...restored);
    this.active = this.sheets.find((s) => s.id === entry.active) ?? this.sheets[0];
    return true;
  }

  /** The workbook as it is, for an undo entry. */
  snapshot(): UndoEntry {
    return { sheets: this.sheets.map((s) => s.clone()), active: this.active?.id };
  }

  /** Resets the counters (syncs, calls, loads, request sizes). */
  resetCounters(): void {
    this.syncs = 0;
    this.requestBytes.length = 0;
    this.responseBytes.length = 0;
    this.calls.length = 0;
    this.loads.length = 0;
    this.runs.length = 0;
  }
}

/** UTF-8 bytes of a value's JSON: what an answer weighs. */
function bytesOf(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

export class FakeContext {
  readonly pending: Op[] = [];
  readonly workbook: { worksheets: WorksheetsProxy; readonly protection: ProtectionProxy };
  /** The object paths created since the last sync, as the request lists them. */
  private paths: unknown[] = [];
  private nextId = 1;
  /** In a merged undo group: whether the group's entry is on the stack yet. */
  private grouped = false;

  constructor(
    readonly book: FakeWorkbook,
    /** Run with delayForCellEdit on a host that honours it. */
    readonly delayForCellEdit = false,
    /** Run with mergeUndoGroup on a host that honours it (ExcelApi 1.20). */
    readonly mergeUndoGroup = false,
  ) {
    const worksheets = new WorksheetsProxy(this);
    const protection = (): ProtectionProxy => {
      this.need(7, "workbook.protection");
      return new ProtectionProxy(this, "workbookProtection", {
        get: () => book.structureProtected,
        set: (on) => void (book.structureProtected = on),
      });
    };
    this.workbook = {
      worksheets,
      get protection() {
        return protection();
      },
    };
  }

  /** Records an object path the add-in creates (a getItem, a getRange): it is part of the next request. */
  path(api: string, args: unknown[] = []): void {
    this.book.calls.push(api);
    this.paths.push({ Id: this.nextId++, ObjectPathType: "Method", Name: api, Arguments: args });
    this.failIfBroken(api);
  }

  /** Queues an operation; `value` is what the request carries for it (a property's value, a method's arguments). */
  queue(kind: OpKind, api: string, value: unknown, run: () => number | void): void {
    const action = {
      Id: this.nextId++,
      ActionType: kind === "read" ? "Query" : "SetProperty",
      Name: api,
      Arguments: value === undefined ? [] : [value],
    };
    this.failIfBroken(api);
    this.pending.push({ kind, api, action, run });
  }

  /** A member of ExcelApi 1.`version`: on a lower host the sync fails with ApiNotFound (Office.js has the member). */
  need(version: number, what: string): void {
    this.book.calls.push(what);
    if (version > this.book.apiVersion) {
      this.queue("read", what, undefined, () => {
        throw new FakeRichApiError("ApiNotFound", `${what} needs ExcelApi 1.${version}`);
      });
    }
    this.failIfBroken(what);
  }

  private failIfBroken(api: string): void {
    const code = this.book.failing.get(api);
    if (code === undefined) return;
    this.pending.push({
      kind: "read",
      api,
      action: { Id: this.nextId++, ActionType: "Query", Name: api, Arguments: [] },
      run: () => {
        throw new FakeRichApiError(code, `${api} failed on this build`);
      },
    });
  }

  async sync(): Promise<void> {
    await this.book.cellEdit.gate(
      this.delayForCellEdit,
      (code, message) => new FakeRichApiError(code, message),
    );
    const ops = this.pending.splice(0);
    const paths = this.paths.splice(0);
    this.book.syncs++;
    const request = bytesOf({ ObjectPaths: paths, Actions: ops.map((op) => op.action) });
    this.book.requestBytes.push(request);
    if (request > this.book.requestLimit) {
      this.book.responseBytes.push(0);
      throw new FakeRichApiError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const book = this.book;
    const writes = book.undoable && ops.some((op) => op.kind === "write");
    const noUndo = writes ? ops.find((op) => book.undoUnsupported.has(op.api)) : undefined;
    if (noUndo && this.mergeUndoGroup) {
      // Assumed: the host refuses the grouped sync before running it (the undo page says only that the error "is
      // thrown to let you know that the operation can't be grouped").
      book.responseBytes.push(0);
      throw new FakeRichApiError("UndoNotSupported", `${noUndo.api} does not support undo`);
    }
    const entry = writes && !noUndo && !this.grouped ? book.snapshot() : undefined;
    let response = 0;
    try {
      for (const op of ops) response += op.run() ?? 0;
    } finally {
      book.responseBytes.push(response);
      if (noUndo) {
        // "the user's undo stack is cleared starting from that API call": nothing before it can be undone.
        book.undoStack.length = 0;
      } else if (entry) {
        book.undoStack.push(entry);
        if (this.mergeUndoGroup) this.grouped = true;
      }
    }
    if (response > book.responseLimit) {
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
 * `workbook.protection` (ExcelApi 1.7: the structure) and `worksheet.protection` (1.2): whether it is protected;
 * protect and unprotect (both without undo support: UNDO_UNSUPPORTED).
 */
class ProtectionProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    /** "workbookProtection" or "worksheetProtection": the API members' prefix. */
    private readonly kind: string,
    private readonly state: { get(): boolean; set(on: boolean): void },
  ) {
    super();
  }

  get protected(): boolean {
    return this.read("protected");
  }

  load(props: string): this {
    this.ctx.book.loads.push(`${this.kind}:${props}`);
    this.ctx.queue("read", `${this.kind}.load`, props, () => {
      this.loaded.set("protected", this.state.get());
      return 20;
    });
    return this;
  }

  protect(): void {
    this.change("protect", true);
  }

  unprotect(): void {
    this.change("unprotect", false);
  }

  private change(method: string, on: boolean): void {
    this.ctx.book.calls.push(`${this.kind}.${method}`);
    this.ctx.queue("write", `${this.kind}.${method}`, undefined, () => this.state.set(on));
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

/** Refuses a write into something protected, in the Office's language (messages are localised, codes are not). */
function refuseProtected(book: FakeWorkbook, what: string): never {
  throw new FakeRichApiError(
    book.protectionCode,
    book.language === "vi"
      ? "Ô hoặc biểu đồ bạn đang cố gắng thay đổi nằm trên trang tính được bảo vệ."
      : `${what} is protected.`,
  );
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
    this.ctx.queue("read", "worksheets.load", props, () => {
      const items = this.ctx.book.sheets.map((sheet, position) => {
        const proxy = new WorksheetProxy(this.ctx, () => sheet);
        proxy.fill({ name: sheet.name, id: sheet.id, position }, fields);
        return proxy;
      });
      this.loaded.set("items", items);
      return bytesOf(this.ctx.book.sheets.map((s) => [s.name, s.id]));
    });
    return this;
  }

  getItem(nameOrId: string): WorksheetProxy {
    this.ctx.path("worksheets.getItem", [nameOrId]);
    return new WorksheetProxy(this.ctx, () => {
      const sheet = this.ctx.book.sheets.find((s) => s.name === nameOrId || s.id === nameOrId);
      if (!sheet)
        throw new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist: ${nameOrId}`);
      return sheet;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    this.ctx.path("worksheets.getActiveWorksheet");
    return new WorksheetProxy(this.ctx, () => {
      if (!this.ctx.book.active) throw new FakeRichApiError("ItemNotFound", "no active sheet");
      return this.ctx.book.active;
    });
  }

  add(name: string): WorksheetProxy {
    this.ctx.book.calls.push("worksheets.add");
    let created: FakeSheet | undefined;
    this.ctx.queue("write", "worksheets.add", name, () => {
      if (this.ctx.book.structureProtected) refuseProtected(this.ctx.book, "The workbook's structure");
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
    this.ctx.queue("read", "worksheet.load", props, () => {
      const sheet = this.resolve();
      this.fill({ name: sheet.name, id: sheet.id, position: this.ctx.book.sheets.indexOf(sheet) }, fields);
      return 60;
    });
    return this;
  }

  activate(): void {
    this.ctx.book.calls.push("worksheet.activate");
    this.ctx.queue("view", "worksheet.activate", undefined, () => {
      this.ctx.book.active = this.resolve();
    });
  }

  /** Deletes the sheet (no undo support: UNDO_UNSUPPORTED). */
  delete(): void {
    this.ctx.book.calls.push("worksheet.delete");
    this.ctx.queue("write", "worksheet.delete", undefined, () => {
      const book = this.ctx.book;
      if (book.structureProtected) refuseProtected(book, "The workbook's structure");
      const sheet = this.resolve();
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      if (book.active === sheet) book.active = book.sheets[0];
    });
  }

  get protection(): ProtectionProxy {
    this.ctx.need(2, "worksheet.protection");
    return new ProtectionProxy(this.ctx, "worksheetProtection", {
      get: () => this.resolve().protected,
      set: (on) => void (this.resolve().protected = on),
    });
  }

  getRange(address?: string): RangeProxy {
    this.ctx.path("worksheet.getRange", address === undefined ? [] : [address]);
    return new RangeProxy(this.ctx, this.resolve, () => {
      if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
      const r = parseAddress(address);
      if (!r) throw new FakeRichApiError("InvalidArgument", `bad address ${address}`);
      return r;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.ctx.need(7, "worksheet.getRangeByIndexes");
    this.ctx.path("worksheet.getRangeByIndexes", [row, col, rows, cols]);
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
    this.ctx.path("worksheet.getRanges", [address]);
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
    this.ctx.path("worksheet.getUsedRange", valuesOnly === undefined ? [] : [valuesOnly]);
    return new RangeProxy(this.ctx, this.resolve, () => {
      const area = this.resolve().usedArea(valuesOnly === true);
      return area ?? { top: 0, left: 0, bottom: 0, right: 0 }; // a blank sheet gives A1
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.ctx.need(4, "worksheet.getUsedRangeOrNullObject");
    this.ctx.path("worksheet.getUsedRangeOrNullObject", valuesOnly === undefined ? [] : [valuesOnly]);
    return new RangeProxy(this.ctx, this.resolve, () => this.resolve().usedArea(valuesOnly === true));
  }

  get freezePanes() {
    this.ctx.need(7, "worksheet.freezePanes");
    const set = (what: string, args: unknown[], freeze: (sheet: FakeSheet) => void) => {
      this.ctx.book.calls.push(`freezePanes.${what}`);
      this.ctx.queue("write", `freezePanes.${what}`, args, () => {
        const sheet = this.resolve();
        if (sheet.protected) refuseProtected(this.ctx.book, `The sheet «${sheet.name}»`);
        freeze(sheet);
      });
    };
    return {
      freezeAt: (range: string | RangeProxy) =>
        set("freezeAt", [typeof range === "string" ? range : "range"], (sheet) => {
          const r = typeof range === "string" ? parseAddress(range) : range.area();
          if (!r) throw new FakeRichApiError("InvalidArgument", `bad range for freezeAt`);
          sheet.freeze = { rows: r.bottom + 1, cols: r.right + 1 };
        }),
      freezeRows: (n: number) => set("freezeRows", [n], (sheet) => (sheet.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n: number) =>
        set("freezeColumns", [n], (sheet) => (sheet.freeze = { rows: 0, cols: n })),
    };
  }

  get pageLayout(): Record<string, unknown> {
    this.ctx.need(9, "worksheet.pageLayout");
    const ctx = this.ctx;
    const resolve = this.resolve;
    const target: Record<string, unknown> = {
      setPrintTitleRows(rows: string) {
        ctx.book.calls.push("pageLayout.setPrintTitleRows");
        ctx.queue(
          "write",
          "pageLayout.setPrintTitleRows",
          rows,
          () => void (resolve().printTitleRows = rows),
        );
      },
    };
    return new Proxy(target, {
      set(_t, prop, value) {
        ctx.book.calls.push(`pageLayout.${String(prop)}`);
        ctx.queue("write", `pageLayout.${String(prop)}`, value, () => {
          resolve().pageLayout[String(prop)] = value;
        });
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

/** The colour as Excel keeps it; a bad one fails the sync that carries it with InvalidArgument. */
function checkColor(color: unknown): string {
  if (typeof color !== "string" || !COLOR.test(color))
    throw new FakeRichApiError("InvalidArgument", `bad colour ${String(color)}`);
  return color.toUpperCase();
}

function checkIn(set: Set<string>, value: string, what: string): void {
  if (!set.has(value)) throw new FakeRichApiError("InvalidArgument", `bad ${what} ${value}`);
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
  } else if (cell.numberFormat === "@") {
    cell.value = s; // a cell formatted as Text keeps what is typed, formulas and numbers included
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
    if (sheet.protected) refuseProtected(this.ctx.book, `The sheet «${sheet.name}»`);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) fn(sheet.touch(row, col), row, col, r, sheet);
    }
  }

  private queueWrite(what: string, value: unknown, fn: () => void): void {
    this.ctx.book.calls.push(what);
    this.ctx.queue("write", what, value, fn);
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
      // General is Excel's default: a cell set to it is as one never formatted (and reads back "General").
      if (entry !== null && entry !== undefined)
        cell.numberFormat = entry === "" || entry === "General" ? undefined : String(entry);
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
      const sheet = this.sheetOf();
      if (sheet.protected) refuseProtected(this.ctx.book, `The sheet «${sheet.name}»`);
      for (let col = r.left; col <= r.right; col++) {
        if (hidden) sheet.hiddenColumns.add(col);
        else sheet.hiddenColumns.delete(col);
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
      const sheet = this.sheetOf();
      if (sheet.protected) refuseProtected(this.ctx.book, `The sheet «${sheet.name}»`);
      sheet.merges.push({ ...r });
    });
  }

  select(): void {
    this.ctx.book.calls.push("range.select");
    this.ctx.queue("view", "range.select", undefined, () => {
      const sheet = this.sheetOf();
      if (this.ctx.book.active !== sheet)
        throw new FakeRichApiError("InvalidSelection", "select on an inactive sheet");
      sheet.selection = areaA1(this.area()!);
    });
  }

  load(props: string): this {
    this.ctx.book.loads.push(`range:${props}`);
    const fields = props.split(",").map((p) => p.trim());
    this.ctx.queue("read", "range.load", props, () => {
      const sheet = this.sheetOf();
      const r = this.area();
      this.loaded.set("isNullObject", r === null);
      if (!r) return 0;
      const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      if (
        cells > READ_CELLS_LIMIT &&
        fields.some((f) => ["values", "formulas", "numberFormat"].includes(f))
      ) {
        throw new FakeRichApiError(
          "RangeExceedsLimit",
          "The cell count in the range has exceeded the maximum supported number.",
        );
      }
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
    this.ctx.path("range.getBoundingRect", [typeof other === "string" ? other : "range"]);
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
    this.ctx.queue("read", "range.getCellProperties", spec, () => {
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
    this.ctx.path("range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.ctx, () => {
      const sheet = this.sheetOf();
      const r = this.area();
      if (!r) throw new FakeRichApiError("InvalidOperation", "null object");
      const hits = mergedAreasIn(sheet.merges, r, (code, message) => new FakeRichApiError(code, message));
      return hits.length === 0 ? null : { sheet: sheet.name, areas: hits };
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
    const fmt = (prop: string, value: unknown, apply: (cell: FakeCell) => void, check?: () => void) =>
      this.queueWrite(`format.${prop}`, value, () => {
        check?.();
        this.each(apply);
      });
    const queueWrite = (what: string, value: unknown, fn: () => void) => this.queueWrite(what, value, fn);
    const areaOf = () => this.area()!;
    const sheetOf = () => this.sheetOf();
    const ctx = this.ctx;
    const writable = () => {
      const sheet = sheetOf();
      if (sheet.protected) refuseProtected(ctx.book, `The sheet «${sheet.name}»`);
      return sheet;
    };
    let fontLoaded: string | null | undefined;
    return {
      set horizontalAlignment(v: string) {
        fmt(
          "horizontalAlignment",
          v,
          (c) => (c.hAlign = v),
          () => checkIn(H_ALIGN, v, "alignment"),
        );
      },
      set verticalAlignment(v: string) {
        fmt(
          "verticalAlignment",
          v,
          (c) => (c.vAlign = v),
          () => checkIn(V_ALIGN, v, "alignment"),
        );
      },
      set wrapText(v: boolean) {
        fmt("wrapText", v, (c) => (c.wrap = v));
      },
      set columnWidth(points: number) {
        ctx.need(2, "format.columnWidth");
        queueWrite("format.columnWidth", points, () => {
          const r = areaOf();
          const sheet = writable();
          for (let col = r.left; col <= r.right; col++) sheet.columnWidths.set(col, points);
        });
      },
      set rowHeight(points: number) {
        ctx.need(2, "format.rowHeight");
        queueWrite("format.rowHeight", points, () => {
          const r = areaOf();
          const sheet = writable();
          for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, points);
        });
      },
      font: {
        set name(v: string) {
          fmt("font.name", v, (c) => (c.font.name = v));
        },
        /** The loaded font name (Excel: null when the cells' fonts differ, Calibri when none was set). */
        get name(): string | null {
          if (fontLoaded === undefined)
            throw new FakeRichApiError(
              "PropertyNotLoaded",
              "PropertyNotLoaded: font.name (load it and sync first)",
            );
          return fontLoaded;
        },
        load(props: string) {
          ctx.book.loads.push(`font:${props}`);
          if (props.trim() !== "name") throw new Error(`fake: cannot load font ${props}`);
          ctx.queue("read", "font.load", props, () => {
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
          fmt(
            "font.color",
            v,
            (c) => (c.font.color = checkColor(v)),
            () => checkColor(v),
          );
        },
      },
      fill: new FillProxy(this.ctx, this.sheetOf, this.area, (what, value, apply, check) =>
        fmt(what, value, apply, check),
      ),
      borders: {
        getItem: (edge: string) => {
          this.ctx.path("borders.getItem", [edge]);
          const set = (prop: keyof Border) => (value: string) =>
            this.queueWrite(`border.${edge}.${prop}`, value, () => {
              checkIn(EDGES, edge, "edge");
              if (prop === "color") checkColor(value);
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
    private readonly write: (
      what: string,
      value: unknown,
      apply: (cell: FakeCell) => void,
      check?: () => void,
    ) => void,
  ) {
    super();
  }

  set color(v: string) {
    this.write(
      "fill.color",
      v,
      (c) => (c.fill = { color: checkColor(v), pattern: "Solid" }),
      () => checkColor(v),
    );
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
    this.write(
      "fill.patternColor",
      v,
      (c) =>
        (c.fill = { ...(c.fill ?? { color: "#FFFFFF", pattern: "Solid" }), patternColor: checkColor(v) }),
      () => checkColor(v),
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
    this.ctx.queue("read", "fill.load", props, () => {
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

/** One area of a RangeAreas, as `areas` (a RangeCollection, ExcelApi 1.9) lists it: its position and size. */
class AreaProxy extends Loadable {
  constructor(r: CellRange) {
    super();
    this.loaded.set("rowIndex", r.top);
    this.loaded.set("columnIndex", r.left);
    this.loaded.set("rowCount", r.bottom - r.top + 1);
    this.loaded.set("columnCount", r.right - r.left + 1);
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
}

/** `RangeAreas.areas`: its items loaded with "items/rowIndex,…"; a null object's collection has none (assumed). */
class AreaCollectionProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly found: () => { sheet: string; areas: CellRange[] } | null,
  ) {
    super();
  }

  get items(): AreaProxy[] {
    return this.read("items");
  }

  load(props: string): this {
    this.ctx.book.loads.push(`areas.items:${props}`);
    this.ctx.queue("read", "rangeAreas.areas.load", props, () => {
      const areas = this.found()?.areas ?? [];
      this.loaded.set(
        "items",
        areas.map((a) => new AreaProxy(a)),
      );
      return bytesOf(areas);
    });
    return this;
  }
}

class RangeAreasProxy extends Loadable {
  private result: { sheet: string; areas: CellRange[] } | null | undefined;

  constructor(
    private readonly ctx: FakeContext,
    private readonly lookUp: () => { sheet: string; areas: CellRange[] } | null,
  ) {
    super();
  }

  /** The merged areas, looked up once (at the sync of the first load that needs them). */
  private found(): { sheet: string; areas: CellRange[] } | null {
    if (this.result === undefined) this.result = this.lookUp();
    return this.result;
  }

  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }

  /** ExcelApi 1.9: the areas one by one. */
  get areas(): AreaCollectionProxy {
    this.ctx.need(9, "rangeAreas.areas");
    return new AreaCollectionProxy(this.ctx, () => this.found());
  }

  load(props: string): this {
    this.ctx.book.loads.push(`areas:${props}`);
    this.ctx.queue("read", "rangeAreas.load", props, () => {
      const found = this.found();
      this.loaded.set("isNullObject", found === null);
      if (found === null) return 20;
      const fields = props.split(",").map((p) => p.trim());
      for (const f of fields)
        if (f !== "address" && f !== "areaCount") throw new Error(`fake: cannot load ${f}`);
      const address = found.areas.map((m) => `${quoteName(found.sheet)}!${areaA1(m)}`).join(", ");
      if (fields.includes("address")) this.loaded.set("address", address);
      if (fields.includes("areaCount")) this.loaded.set("areaCount", found.areas.length);
      return bytesOf(fields.includes("address") ? address : found.areas.length);
    });
    return this;
  }
}
