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
  return row.catalog?.measure === "money" || countRow(row);
}

/** The row counts things (stations, subscribers, communes): whole figures, unlike money («1,25 tỷ đồng»). */
function countRow(row: IndicatorRow): boolean {
  if (row.catalog?.measure === "count") return true;
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
    settleCells(row.values, keys.values, vietnamese, whole, isRateRow(row), english, countRow(row));
    settleCells(row.comparisons, keys.comparisons, vietnamese, whole, false, english, false);
  }
}

function outOfRate(value: number): boolean {
  return value < 0 || value > 100;
}

/**
 * Marks the row's ambiguous cells settled. A cell's value is its Vietnamese reading, its alternative the English one
 * (text/numbers.ts). The row decides first: a rate row's figures are 0–100 and a count's are whole, so where only one
 * reading is a rate (or a whole number) that reading is the cell's value — settled when it is the Vietnamese one
 * («98,125» in a % row) or the table writes the English way; otherwise still told («5,990» stations: 5 990 is the only
 * count, but against the Vietnamese convention). Then the table's way of writing decides: the English reading where
 * it writes the English way («3,000» beside «106.67» is 3 000), the Vietnamese one where it writes the Vietnamese way.
 */
function settleCells(
  cells: Record<number, CellReading>,
  keys: readonly number[],
  vietnamese: boolean,
  whole: boolean,
  rate: boolean,
  english: boolean,
  count: boolean,
): void {
  for (let k = 0; k < keys.length; k++) {
    const n = keys[k];
    const c = cells[n];
    if (c === undefined || c.reading !== "ambiguous" || c.value === undefined || c.alternative === undefined)
      continue;
    const vi = c.value;
    const en = c.alternative;
    const rowTakes =
      rate && outOfRate(vi) !== outOfRate(en)
        ? outOfRate(vi)
          ? "en"
          : "vi"
        : count && Number.isInteger(vi) !== Number.isInteger(en)
          ? Number.isInteger(vi)
            ? "vi"
            : "en"
          : whole && !Number.isInteger(en)
            ? "vi"
            : undefined;
    const takes = rowTakes ?? (english ? "en" : vietnamese ? "vi" : undefined);
    if (takes === "en") {
      c.value = en;
      c.alternative = vi;
      if (english) c.settled = true;
    } else if (takes === "vi") c.settled = true;
  }
}
