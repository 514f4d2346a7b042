/**
 * Settling the numbers typed as text that read two ways («4.300»: 4 300 or 4,3) by what the table tells: its own
 * way of writing numbers (texts that read only one way, text/numbers.ts), a whole-number unit (catalog/units.ts),
 * a rate row's 0–100. What stays unsettled is asked of the official (number/ambiguous).
 *
 * Pure; changes only the readings it is given.
 */
import { isPercentUnit, isWholeUnit } from "../catalog/units";
import type { CellReading } from "../model/cell";
import { foldDiacritics } from "../text/fold";
import { numberConvention } from "../text/numbers";
import type { CellKeys, IndicatorRow } from "./model";

/** A name that starts with "Tỷ lệ" (or "Tỉ lệ") names a rate. */
export function isRateName(name: string): boolean {
  return /^t[yi] le\b/.test(foldDiacritics(name));
}

/** The row holds a rate in percent numbers: its unit is %, or it has no unit and is a rate by catalog or name. */
export function isRateRow(row: IndicatorRow): boolean {
  if (row.unit.trim() !== "") return isPercentUnit(row.unit);
  return row.catalog?.measure === "rate" || isRateName(row.name);
}

function wholeNumberRow(row: IndicatorRow): boolean {
  const m = row.catalog?.measure;
  if (m === "count" || m === "money") return true;
  return row.unit !== "" && isWholeUnit(row.unit);
}

/** Which way the table writes numbers as text: its texts that read only one way, counted (text/numbers.ts). */
function conventionEvidence(texts: string[]): { vi: number; en: number } {
  let vi = 0;
  let en = 0;
  for (let i = 0; i < texts.length; i++) {
    const way = numberConvention(texts[i]);
    if (way === "vi") vi++;
    else if (way === "en") en++;
  }
  return { vi, en };
}

/** Collects the texts of a row's cells (the evidence); true when one of them is ambiguous. */
function collectTexts(cells: Record<number, CellReading>, keys: readonly number[], texts: string[]): boolean {
  let ambiguous = false;
  for (let k = 0; k < keys.length; k++) {
    const n = keys[k];
    const c = cells[n];
    if (c === undefined) continue;
    if (typeof c.raw === "string") texts.push(c.raw);
    if (c.reading === "ambiguous") ambiguous = true;
  }
  return ambiguous;
}

/** Settles the ambiguous figures of a table's rows (see the module comment). */
export function settleAmbiguities(rows: IndicatorRow[], keys: CellKeys): void {
  // Only texts count as evidence and only ambiguous texts are settled: a table of typed numbers has nothing to do.
  const texts: string[] = [];
  let ambiguous = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (collectTexts(r.values, keys.values, texts)) ambiguous = true;
    if (collectTexts(r.comparisons, keys.comparisons, texts)) ambiguous = true;
  }
  if (!ambiguous) return;
  const evidence = conventionEvidence(texts);
  const vietnamese = evidence.vi > evidence.en;
  const english = evidence.en > evidence.vi;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const whole = wholeNumberRow(row);
    settleCells(row.values, keys.values, vietnamese, whole, isRateRow(row), english);
    settleCells(row.comparisons, keys.comparisons, vietnamese, whole, false, english);
  }
}

function outOfRate(value: number): boolean {
  return value < 0 || value > 100;
}

/**
 * Marks the row's ambiguous cells settled: by the table's convention, by a whole-number unit, or (in a rate row, whose
 * figures are 0–100) by the only reading that is a rate, which becomes the cell's value — still told when that reading
 * goes against the Vietnamese convention and the table does not write the English way.
 */
function settleCells(
  cells: Record<number, CellReading>,
  keys: readonly number[],
  vietnamese: boolean,
  whole: boolean,
  rate: boolean,
  english: boolean,
): void {
  for (let k = 0; k < keys.length; k++) {
    const n = keys[k];
    const c = cells[n];
    if (c === undefined || c.reading !== "ambiguous") continue;
    const alternativeUnmeant = whole && c.alternative !== undefined && !Number.isInteger(c.alternative);
    const rateReading =
      rate && c.value !== undefined && c.alternative !== undefined
        ? outOfRate(c.value) !== outOfRate(c.alternative)
        : false;
    if (rateReading) {
      // A rate is 0–100: "98,125" in a % row is 98,125 (not 98 125), settled; "90.000" is read 90, the only rate,
      // but against the Vietnamese convention, so the ambiguity is still told (unless the table writes that way).
      if (outOfRate(c.value as number)) {
        const meant = c.alternative as number;
        c.alternative = c.value;
        c.value = meant;
        if (english) c.settled = true;
      } else c.settled = true;
    } else if (vietnamese || alternativeUnmeant) c.settled = true;
  }
}
