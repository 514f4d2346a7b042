/// <reference types="office-js" />
/**
 * Pure helpers of the Office.js adapter: grouping cells into rectangles (one array write per rectangle instead of
 * one call per cell), estimating request sizes against Excel on the web's 5 MB limit, and turning core values into
 * what `range.formulas` expects.
 */
import { columnLetter, type CellRange } from "../core/model/address";
import { SplitWriteError } from "./errors";

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
  private queued = 0;
  /** Syncs this batch has completed. */
  protected synced = 0;

  constructor(
    protected readonly context: { sync(): Promise<void> },
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Queues `op`, whose request is estimated at `bytes` (see payloadBytes). */
  async add(bytes: number, op: () => void): Promise<void> {
    if (this.queued > 0 && this.bytes + bytes > this.budget) await this.flush();
    op();
    this.bytes += bytes;
    this.queued++;
  }

  /** Sends what is queued (nothing happens when nothing is). */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.bytes = 0;
    this.queued = 0;
    await this.send();
    this.synced++;
  }

  protected async send(): Promise<void> {
    await this.context.sync();
  }
}

/**
 * A RequestBatch of writes. Each sync is applied by Excel on its own: when a write cut into several syncs fails
 * after the first ones went through, part of it is in the workbook, and the failure says so (SplitWriteError,
 * reported as a PortError with `details.partial`).
 */
export class WriteBatch extends RequestBatch {
  protected override async send(): Promise<void> {
    try {
      await this.context.sync();
    } catch (error) {
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

/** An English formula as `range.formulas` takes it, with one leading "=". */
export function formulaEntry(formula: string): string {
  return `=${formula.replace(/^=+/, "")}`;
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
