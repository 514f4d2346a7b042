/**
 * Rates (Tỷ lệ, unit %) hold percent numbers from 0 to 100 in their figure columns. A rate above 100 or below 0 is
 * wrong (comparison columns above 100 are normal and not looked at); a fraction such as 0,85 among percent
 * numbers such as 80 and 90 is 85 written the wrong way, and so is a percent-formatted 0.85 shown as "85%"; a
 * percent number under a "%" format (98 shown "9800%") prints out of range.
 */
import { isFractionAmongPercents } from "../../model/cell";
import { cellAt, type SheetModel } from "../../model/sheet";
import type { Finding } from "../types";
import {
  allTables,
  cellKeys,
  isRateRow,
  makeFinding,
  round2,
  type AnalysedTable,
  type CellReading,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

/**
 * The number format the column's percent numbers have (the most common among the rate rows' figures above 1 that
 * are not percent-formatted; "General" when none): what the quick fix gives the mended cell.
 */
function columnFormat(table: AnalysedTable, sheet: SheetModel | undefined, col: number): string {
  const counts = new Map<string, number>();
  const keys = cellKeys(table).values;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (!isRateRow(row)) continue;
    for (let k = 0; k < keys.length; k++) {
      const n = keys[k];
      const c = row.values[n];
      if (c === undefined || c.col !== col || c.percentFormatted || c.value === undefined || !(c.value > 1))
        continue;
      const format = (sheet && cellAt(sheet, c.row, c.col)?.numberFormat) || "General";
      counts.set(format, (counts.get(format) ?? 0) + 1);
    }
  }
  let best = "General";
  let most = 0;
  for (const [format, n] of counts) if (n > most) [best, most] = [format, n];
  return best;
}

/** The number Excel shows before its "%" with a "0%"-like format: 0.85 → 85 (written the reader's way). */
function shownPercent(value: number): number {
  return round2(value * 100);
}

/**
 * The row's cells holding a figure, left to right. Made with one array per row (a long table has hundreds of
 * thousands): sorted only when the column numbers do not already run left to right.
 */
function figuresByColumn(
  values: Record<number, CellReading>,
  keys: readonly number[],
): (CellReading & { value: number })[] {
  const cells: (CellReading & { value: number })[] = [];
  let sorted = true;
  for (let k = 0; k < keys.length; k++) {
    const n = keys[k];
    const c = values[n];
    if (c === undefined || c.value === undefined) continue;
    if (cells.length > 0 && cells[cells.length - 1].col > c.col) sorted = false;
    cells.push(c as CellReading & { value: number });
  }
  if (!sorted) cells.sort((a, b) => a.col - b.col);
  return cells;
}

export function percentRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    const sheet = analysis.sheets.find((s) => s.name === table.sheet)?.sheet;
    // A "(%)" comparison without a declared formula ("Tỷ lệ (%)", "So sánh (%)") is no rate: 125 there is normal.
    const ratios = new Set(table.columns.filter((c) => c.purpose === "ratio").map((c) => c.number));
    const keys =
      ratios.size === 0 ? cellKeys(table).values : cellKeys(table).values.filter((n) => !ratios.has(n));
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (!isRateRow(row)) continue;
      const cells = figuresByColumn(row.values, keys);
      for (let k = 0; k < cells.length; k++) {
        const finding = rateFinding({ table, sheet, row }, cells, k);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

/** A rate row of a table, as its findings are made. */
interface RateRow {
  table: AnalysedTable;
  sheet: SheetModel | undefined;
  row: IndicatorRow;
}

/** The rate in `cells[k]`: out of 0–100, a percent format showing it ×100, or a fraction among percents. */
function rateFinding(
  { table, sheet, row }: RateRow,
  cells: readonly (CellReading & { value: number })[],
  k: number,
): Finding | undefined {
  const c = cells[k];
  const at = { sheet: table.sheet, cell: c.address, row };
  if (c.value < 0 || c.value > 100)
    return makeFinding({
      ...at,
      code: "percent/out-of-range",
      severity: "error",
      actual: c.value,
      params: { value: c.value },
    });
  if (c.percentFormatted && (c.reading === "number" || c.reading === "formula") && c.value > 1)
    // 98 under a "0%" format shows 9800%: the figure is right, the printed table is not.
    return makeFinding({
      ...at,
      code: "percent/out-of-range",
      severity: "error",
      variant: "formatted",
      actual: c.value,
      params: { value: c.value, shown: round2(c.value * 100) },
    });
  if (!(c.value > 0 && c.value <= 1)) return undefined;
  const others: number[] = [];
  for (let j = 0; j < cells.length; j++) if (j !== k) others.push(cells[j].value);
  if (!isFractionAmongPercents(c.value, others)) return undefined;
  const suggestion = round2(c.value * 100);
  if (c.percentFormatted)
    return makeFinding({
      ...at,
      code: "percent/fraction",
      severity: "error",
      variant: "formatted",
      actual: c.value,
      expected: suggestion,
      params: {
        value: c.value,
        shown: shownPercent(c.value),
        suggestion,
        format: columnFormat(table, sheet, c.col),
      },
    });
  return makeFinding({
    ...at,
    code: "percent/fraction",
    severity: "error",
    actual: c.value,
    expected: suggestion,
    params: { value: c.value, suggestion },
  });
}
