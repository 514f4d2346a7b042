/// <reference types="office-js" />
/**
 * Pure helpers of the Office.js adapter: grouping cells into rectangles (one array write per rectangle instead of
 * one call per cell), estimating request sizes against Excel on the web's 5 MB limit, and turning core values into
 * what `range.formulas` expects.
 */
import { columnLetter, type CellRange } from "../core/model/address";
import { isDateFormat, isoDateToSerial } from "../core/model/number-format";
import { cellFrom } from "./convert";
import { SplitWriteError, hostCodeOf } from "./errors";

/**
 * Partitions cells into rectangles: runs of adjacent columns in a row, stacked over consecutive rows while the run
 * keeps the same columns. Duplicates count once. A table of 5 000 rows × 8 columns is one rectangle.
 */
export function rectangles(cells: Iterable<{ row: number; col: number }>): CellRange[] {
  const byRow = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let cols = byRow.get(row);
    if (!cols) byRow.set(row, (cols = new Set()));
    cols.add(col);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: CellRange[] = [];
  /** Rectangles still growing, by "left:right", whose bottom is the previous row. */
  let open = new Map<string, CellRange>();
  for (const row of rows) {
    const cols = [...byRow.get(row)!].sort((a, b) => a - b);
    const next = new Map<string, CellRange>();
    let start = 0;
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      const left = cols[start];
      const right = cols[i - 1];
      const key = `${left}:${right}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        open.delete(key);
        next.set(key, prev);
      } else {
        next.set(key, { top: row, left, bottom: row, right });
      }
      start = i;
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Rows of `r` split into bands of at most `maxRows` rows. */
export function splitRows(r: CellRange, maxRows: number): CellRange[] {
  const bands: CellRange[] = [];
  const step = Math.max(1, Math.floor(maxRows));
  for (let top = r.top; top <= r.bottom; top += step) {
    bands.push({ top, left: r.left, bottom: Math.min(r.bottom, top + step - 1), right: r.right });
  }
  return bands;
}

export function rectRows(r: CellRange): number {
  return r.bottom - r.top + 1;
}

export function rectCols(r: CellRange): number {
  return r.right - r.left + 1;
}

/** "B:D" (whole columns), for widths and hidden columns: valid addresses since ExcelApi 1.1. */
export function columnsAddress(left: number, right: number): string {
  return `${columnLetter(left)}:${columnLetter(right)}`;
}

/** "5:7" (whole rows, zero-based in), for row heights. */
export function rowsAddress(top: number, bottom: number): string {
  return `${top + 1}:${bottom + 1}`;
}

/** A sheet name as it must appear before "!" in a reference: quoted, with quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------------------------------------------------------
// Request sizes

/** Excel on the web refuses a request or a response over 5 MB; stay well below, the estimate is rough. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** A single array write is cut into row bands of about this size, so no one write approaches the limit. */
export const BLOCK_BUDGET_BYTES = 1_000_000;
/** What one queued action costs beyond its argument (object path, action id, property name). */
export const ACTION_OVERHEAD_BYTES = 120;

/**
 * Estimated bytes of `value` in a request: its JSON, counting non-ASCII characters (Vietnamese letters) as the
 * six bytes of a \\uXXXX escape, plus the action's overhead.
 */
export function payloadBytes(value: unknown): number {
  const json = value === undefined ? "" : (JSON.stringify(value) ?? "");
  let bytes = json.length + ACTION_OVERHEAD_BYTES;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 127) bytes += 5;
  return bytes;
}

/**
 * Queues requests on a request context and syncs only when the estimated request would pass the budget, so a
 * normal action is one sync and only a request of several megabytes is cut into several.
 */
export class RequestBatch {
  private bytes = 0;
  /** The operations queued since the last sync, with their estimated bytes. */
  protected queued: { bytes: number; op: () => void }[] = [];
  /** Syncs this batch has completed. */
  protected synced = 0;

  constructor(
    protected readonly context: { sync(): Promise<void> },
    protected budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Queues `op`, whose request is estimated at `bytes` (see payloadBytes). */
  async add(bytes: number, op: () => void): Promise<void> {
    if (this.queued.length > 0 && this.bytes + bytes > this.budget) await this.flush();
    op();
    this.bytes += bytes;
    this.queued.push({ bytes, op });
  }

  /** Sends what is queued (nothing happens when nothing is). */
  async flush(): Promise<void> {
    if (this.queued.length === 0) return;
    const sent = this.queued;
    this.bytes = 0;
    this.queued = [];
    await this.send(sent);
  }

  /** Sends the operations `sent` (queued already): one sync. */
  protected async send(sent: readonly { bytes: number; op: () => void }[]): Promise<void> {
    if (sent.length === 0) return;
    await this.context.sync();
    this.synced++;
  }
}

/**
 * A RequestBatch of writes. Each sync is applied by Excel on its own: when a write cut into several syncs fails
 * after the first ones went through, part of it is in the workbook, and the failure says so (SplitWriteError,
 * reported as a PortError with `details.partial`).
 *
 * The sizes are estimates (payloadBytes). When the host refuses a sync's request all the same
 * (RequestPayloadSizeLimitExceeded), the sync's operations are queued again in two halves, each its own sync, down
 * to a single operation, and later syncs get half the budget. Assumed: a request refused for its size was not run
 * at all (Excel checks the payload before processing it; the limit is on the request, "Resource limits and
 * performance optimization for Office Add-ins"), so queuing its operations again writes nothing twice. Every
 * operation given to a WriteBatch must therefore only queue writes on proxies: running it again is harmless.
 */
export class WriteBatch extends RequestBatch {
  protected override async send(sent: readonly { bytes: number; op: () => void }[]): Promise<void> {
    try {
      await this.context.sync();
      this.synced++;
    } catch (error) {
      if (sent.length > 1 && hostCodeOf(error) === "RequestPayloadSizeLimitExceeded") {
        this.budget = Math.max(1, Math.floor(this.budget / 2));
        const half = Math.ceil(sent.length / 2);
        for (const part of [sent.slice(0, half), sent.slice(half)]) {
          for (const { op } of part) op();
          await this.send(part);
        }
        return;
      }
      if (this.synced > 0) throw new SplitWriteError(this.synced, error);
      throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/**
 * Whether Excel would read the text as something else when it is written like typed input (through
 * `range.formulas` or `range.values`): a formula (= + - @), a number, date, time, percent or fraction ("1.1",
 * "2/3", "15%"), a boolean or an error literal. Such text is written with a leading apostrophe, Excel's text prefix,
 * so "1.1" stays the criterion number and "- Cấp xã" stays a label.
 */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (t === "") return false;
  if (/^(true|false)$/i.test(t)) return true;
  if (
    /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/i.test(
      t,
    )
  ) {
    return true;
  }
  if (/\d/.test(t) && /^[\d\s.,:/%$€£¥₫()eE+-]+$/.test(t)) return true;
  const month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
  if (new RegExp(`^\\d{1,4}[-/ ]${month}([-/ ]\\d{1,4})?$`, "i").test(t)) return true;
  if (new RegExp(`^${month}[-/ ]\\d{1,4}([-/ ]\\d{1,4})?$`, "i").test(t)) return true;
  return false;
}

/** A literal as `range.formulas` takes it: numbers as numbers, text as text (prefixed when needed), "" clears. */
export function literalEntry(value: string | number | null): string | number {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return needsTextPrefix(value) ? `'${value}` : value;
}

/** What a cell holds as loaded through Office.js (`values`, `formulas`, `numberFormat` of a 1×1 range). */
export interface LoadedCell {
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
}

/**
 * How a quick fix or its undo writes a cell's value (StateWrite) so that the cell holds it as it was read:
 *
 * - A value the cell already holds is not written at all: a font-only fix leaves a date with its time, a boolean a
 *   boolean, a text with or without its quote prefix. `current` is the cell as the port last read it.
 * - Booleans and numbers go as themselves: `formulas` takes raw values as it gives them ("the formulas … and the raw
 *   values for cells … that do not contain formulas": "Set and get range values, text, or formulas"), so TRUE stays
 *   a boolean instead of becoming the text 'TRUE.
 * - A date (the model gives dates as "YYYY-MM-DD") going into a date-formatted cell is written as its serial number,
 *   not as the text '2024-03-15.
 * - A text Excel would read as something else (needsTextPrefix: "22", "1.1", "- Cấp xã") keeps being text without
 *   gaining a quote prefix: typed into a cell formatted as Text it is stored as typed ("Format numbers as text",
 *   Microsoft support: numbers typed after the Text format is applied are text), so the cell gets "@" before the
 *   value and its own format back after it (`formatAfter`), in the same sync. Office.js cannot read the quote prefix
 *   (office-js#6687: `formulas` drops it), so a text that had one comes back without it — the same text, now as the
 *   Text-format cells and the tables pasted from Word hold theirs. A text starting with an apostrophe, or a cell
 *   whose format is not known, keeps the prefix.
 *
 * `format`: the number format to set before the value (null leaves it); `target`: the format the cell has for the
 * value (the one written, else the current one; undefined when unknown).
 */
export function stateEntry(
  value: string | number | boolean | null,
  format: string | null,
  target: string | undefined,
  current: LoadedCell | undefined,
): { entry: string | number | boolean | null; format: string | null; formatAfter: string | null } {
  if (current && holdsValue(current, value)) return { entry: null, format, formatAfter: null };
  if (typeof value === "boolean") return { entry: value, format, formatAfter: null };
  if (typeof value !== "string") return { entry: literalEntry(value), format, formatAfter: null };
  if (target !== undefined && isDateFormat(target)) {
    const serial = isoDateToSerial(value);
    if (serial !== undefined) return { entry: serial, format, formatAfter: null };
  }
  if (!needsTextPrefix(value)) return { entry: value, format, formatAfter: null };
  if (value.startsWith("'") || target === undefined) return { entry: `'${value}`, format, formatAfter: null };
  if (target === "@") return { entry: value, format, formatAfter: null };
  return { entry: value, format: "@", formatAfter: target };
}

/** Whether the loaded cell holds `value` and no formula (read the way the model reads cells: convert.ts). */
function holdsValue(current: LoadedCell, value: string | number | boolean | null): boolean {
  const model = cellFrom(current.value, current.formula, current.numberFormat);
  if (model?.formula !== undefined) return false;
  const held = model?.value ?? null;
  return held === value || ((held === null || held === "") && (value === null || value === ""));
}

/** An English formula as `range.formulas` takes it, with one leading "=". */
export function formulaEntry(formula: string): string {
  return `=${formula.replace(/^=+/, "")}`;
}

/**
 * What a write puts in a cell: its formula, else its value (null empties the cell), else nothing (the cell left
 * alone, as writeBlocks leaves a null entry).
 */
export function writeEntry(
  formula: string | undefined,
  value: string | number | null | undefined,
): string | number | null {
  if (formula !== undefined) return formulaEntry(formula);
  return value !== undefined ? literalEntry(value) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes

/**
 * Column width in points for a width in characters (the unit of the plan and of .xlsx files).
 *
 * Office.js `format.columnWidth` is in points. Excel measures a width of n characters in the maximum digit width
 * of the workbook's Normal font — 7 px for Calibri 11, the default — plus 5 px of padding: px = n × 7 + 5, and a
 * point is 0.75 px at 96 dpi. So 8.43 characters (Excel's default) ↔ 64 px ↔ 48 pt, 50 characters ↔ 355 px ↔
 * 266.25 pt. In a workbook whose Normal style uses another font the same number of points shows as a slightly
 * different number of characters.
 */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export const HORIZONTAL: Record<
  "left" | "center" | "right",
  Excel.HorizontalAlignment | "Left" | "Center" | "Right"
> = { left: "Left", center: "Center", right: "Right" };

export const VERTICAL: Record<
  "top" | "middle" | "bottom",
  Excel.VerticalAlignment | "Top" | "Center" | "Bottom"
> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};
