/**
 * The one cell reader of the core: what a cell of a sheet holds, read the way an official means it. Every rule, the
 * table model, the targets coverage and the fill read figures through `readCell` (or `cellNumber`, its percent-number
 * view); nothing else in the core turns a cell into a number or tests a percent format.
 *
 * Readings:
 *  - "number": a typed number;
 *  - "text-number": a text that reads as one number the Vietnamese way ("85,5", "4.300.000", "12%");
 *  - "ambiguous": a text that reads two ways ("4.300": 4300 or 4.3) — `value` is the Vietnamese reading,
 *    `alternative` the other one (the table decides later, see `settled`);
 *  - "formula": a formula cell, with its cached result in `value` when that is a number;
 *  - "empty": nothing (or only spaces);
 *  - "text": anything else (words, errors, booleans).
 * A number in a percent-formatted cell is a fraction the sheet shows ×100 ("0.85" shows "85%"): `percentFormatted`
 * says so, and `percentNumber` gives the figure as a percent number (85).
 *
 * Pure; never throws.
 */
import { memo } from "../text/memo";
import { looksNumeric, parseVietnameseNumber } from "../text/numbers";
import { a1 } from "./address";
import type { CellModel, CellValue } from "./sheet";

export type ValueReading = "number" | "text-number" | "ambiguous" | "text" | "empty" | "formula";

/** One cell, as typed and as meant. */
export interface CellReading {
  /** A1 address. */
  address: string;
  row: number;
  col: number;
  /** The cell's value (a formula's cached result; null when there is none). */
  raw: CellValue;
  /** The number meant: the typed number, the number a text reads as, a formula's numeric cached result. */
  value?: number;
  reading: ValueReading;
  /** The cell has a percent number format (0.85 shows as 85%). */
  percentFormatted: boolean;
  /** English formula without "=" for a formula cell. */
  formula?: string;
  /** For an ambiguous text: the other reading. */
  alternative?: number;
  /** For an ambiguous text: the table's own conventions (or the unit) decide the reading, no need to ask. */
  settled?: boolean;
  /** For a text that reads as a number: the text ends with "%". */
  textPercent?: boolean;
  /**
   * The cell holds a figure: a number, a formula, a text that reads as a number, or one that looks like figures
   * (`70–100`, `1.2.3`) rather than words. The one figure test of the core (`holdsFigure` without a reading).
   */
  readonly figure: boolean;
}

/** The number format shows values ×100 with a "%" (quoted literals and escaped characters do not count). */
export function hasPercentFormat(format: string | undefined): boolean {
  return format !== undefined && format.includes("%") && percentFormat(format);
}

const percentFormat = memo((format: string): boolean =>
  format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%"),
);

/** `parseVietnameseNumber`, remembered (tables repeat the same few figures as text). */
const readNumberText = memo(parseVietnameseNumber);

/**
 * A reading whose A1 address is made when asked for: a check reads every figure of a long table, and only the
 * cells a finding names need their address.
 */
class Reading implements CellReading {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly percentFormatted: boolean,
    readonly raw: CellValue,
    readonly reading: ValueReading,
  ) {}

  get address(): string {
    return a1(this.row, this.col);
  }

  get figure(): boolean {
    if (this.reading === "text") return typeof this.raw === "string" && looksNumeric(this.raw);
    return this.reading !== "empty";
  }
}

function reading(
  row: number,
  col: number,
  percentFormatted: boolean,
  raw: CellValue,
  kind: ValueReading,
): CellReading {
  return new Reading(row, col, percentFormatted, raw, kind);
}

/** Reads one cell (see the module comment). */
export function readCell(cell: CellModel | undefined, row: number, col: number): CellReading {
  if (!cell) return reading(row, col, false, null, "empty");
  const percent = cell.numberFormat !== undefined && hasPercentFormat(cell.numberFormat);
  const raw = cell.value === undefined ? null : cell.value;
  if (typeof cell.formula === "string" && cell.formula !== "") {
    const r = reading(row, col, percent, raw, "formula");
    r.formula = cell.formula;
    if (typeof raw === "number" && Number.isFinite(raw)) r.value = raw;
    return r;
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return reading(row, col, percent, raw, "text");
    const r = reading(row, col, percent, raw, "number");
    r.value = raw;
    return r;
  }
  if (typeof raw === "string") {
    if (raw.trim() === "") return reading(row, col, percent, raw, "empty");
    const n = readNumberText(raw);
    if (n.kind === "number") {
      const r = reading(row, col, percent, raw, "text-number");
      r.value = n.value;
      if (n.percent) r.textPercent = true;
      return r;
    }
    if (n.kind === "ambiguous") {
      const r = reading(row, col, percent, raw, "ambiguous");
      r.value = n.value;
      r.alternative = n.alternative;
      if (n.percent) r.textPercent = true;
      return r;
    }
    return reading(row, col, percent, raw, "text");
  }
  return reading(row, col, percent, raw, raw === null ? "empty" : "text");
}

/**
 * The figure as a percent number: a number in a percent-formatted cell ×100 (0.85 shown "85%" is 85). Where the
 * figure is a rate (`rate`: 0–100), a percent-formatted number above 1 is a percent number under a stray "%" format
 * (98 shown "9800%" is 98): taken as typed.
 */
export function percentNumber(reading: CellReading, rate = false): number | undefined {
  if (reading.value === undefined) return undefined;
  if (reading.percentFormatted && (reading.reading === "number" || reading.reading === "formula")) {
    if (rate && reading.value > 1) return reading.value;
    return Math.round(reading.value * 100 * 1e9) / 1e9;
  }
  return reading.value;
}

/**
 * A figure of 0–1 written where percent numbers are meant: the row's other figures (`others`, this one left out) are
 * above 1 and the figure ×100 fits among them (0,85 beside 80 and 90). A rate rising from 1 % to 15 % is real: 1 is
 * not a fraction there, since 100 would not fit.
 */
export function isFractionAmongPercents(value: number, others: readonly number[]): boolean {
  if (!(value > 0 && value <= 1)) return false;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  const above: number[] = [];
  for (const o of others) {
    if (!(o > 1)) continue;
    count++;
    above.push(o);
    if (o < min) min = o;
    if (o > max) max = o;
  }
  if (count === 0) return false;
  above.sort((a, b) => a - b);
  const m = Math.floor(count / 2);
  const median = count % 2 ? above[m] : (above[m - 1] + above[m]) / 2;
  if (!(median > 10 * value)) return false;
  const scaled = value * 100;
  return !(scaled < min / 1.5 || scaled > max * 1.5);
}

/** The number a cell holds as a percent number (`percentNumber` of `readCell`); undefined when it holds none. */
export function cellNumber(cell: CellModel | undefined): number | undefined {
  return percentNumber(readCell(cell, 0, 0));
}

/** The number a cell holds as typed (no ×100 for a percent format), text read the Vietnamese way. */
export function plainNumber(cell: CellModel | undefined): number | undefined {
  return readCell(cell, 0, 0).value;
}

/** A number typed as a number (or a formula's numeric cached result); text, even numeric, is not one. */
export function typedNumber(cell: CellModel | undefined): number | undefined {
  const v = cell?.value;
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/**
 * `readCell(cell).figure` without making the reading (finding a sheet's tables asks it of every cell of a row): a
 * finite number, a formula, or a text that looks like figures or reads as a number.
 */
export function holdsFigure(cell: CellModel | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.formula === "string" && cell.formula !== "") return true;
  const v = cell.value;
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "string" || v.trim() === "") return false;
  return looksNumeric(v) || readNumberText(v).kind !== "not-a-number";
}

/** Rounds to two decimals (what messages show and what comparisons tolerate). */
export function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** Two figures the same once rounded to 2 decimals, or within floating-point noise. */
export function sameFigure(a: number, b: number): boolean {
  return round2(a) === round2(b) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
