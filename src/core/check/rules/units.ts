/**
 * Units of measure (Đơn vị tính): missing, unknown (with the closest known unit), a rate not in %, a count in %,
 * a unit other than the catalog's, and durations longer than the period they are counted in (6.570 hours a day).
 */
import { isKnownUnit, isPercentUnit, sameUnit, suggestUnit, foldUnit } from "../../catalog/units";
import type { Finding } from "../types";
import { foldDiacritics } from "../../text/fold";
import {
  allTables,
  cellKeys,
  childRows,
  isRateName,
  makeFinding,
  type AnalysedTable,
  type CellReading,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

function hasValues(row: IndicatorRow, keys: readonly number[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const n = keys[i];
    const c = row.values[n];
    if (c !== undefined && c.reading !== "empty") return true;
  }
  return false;
}

/**
 * The row's cells left to right (made only for the rows that need them), sorted only when the column numbers do
 * not already run left to right (a stable sort of an ordered list changes nothing).
 */
function valuesByColumn(row: IndicatorRow, keys: readonly number[]): CellReading[] {
  const cells: CellReading[] = [];
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const c = row.values[keys[i]];
    if (c === undefined) continue;
    if (cells.length > 0 && cells[cells.length - 1].col > c.col) sorted = false;
    cells.push(c);
  }
  return sorted ? cells : cells.sort((a, b) => a.col - b.col);
}

type Period = "day" | "month" | "year";
const PERIOD_MAX: Record<Period, number> = { day: 24, month: 744, year: 8784 };
const PERIOD_WORD: Record<Period, { vi: string; en: string }> = {
  day: { vi: "ngày", en: "day" },
  month: { vi: "tháng", en: "month" },
  year: { vi: "năm", en: "year" },
};

function periodOfText(folded: string): Period | undefined {
  if (/\/\s*(1 )?ngay\b|\b(moi|mot|trong|tren|1) ngay\b/.test(folded)) return "day";
  if (/\/\s*(1 )?thang\b|\b(moi|mot|trong|tren|1) thang\b/.test(folded)) return "month";
  if (/\/\s*(1 )?nam\b|\b(moi|mot|trong|tren|1) nam\b/.test(folded)) return "year";
  return undefined;
}

/** The period an hours figure is counted in, when the row holds hours per day, month or year. */
function hoursPeriod(row: IndicatorRow): Period | undefined {
  const unit = foldUnit(row.unit);
  const hours = /^(gio|h)(\/|$)/.test(unit);
  const unitPeriod = hours ? periodOfText(unit) : undefined;
  const byCatalog =
    row.catalog?.measure === "duration-per-period" && foldDiacritics(row.catalog.unit ?? "") === "gio";
  const name = foldDiacritics(row.name);
  const hoursByName = /^thoi (luong|gian)\b/.test(name);
  if (!hours && !(unit === "" && (byCatalog || hoursByName))) return undefined;
  if (unit !== "" && !hours) return undefined;
  return unitPeriod ?? (byCatalog ? row.catalog?.period : undefined) ?? periodOfText(name);
}

export function unitRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    if (table.unitColumn === undefined) continue;
    const keys = cellKeys(table).values;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      const cell = row.unitCell;
      if (cell === undefined) continue;
      const finding = row.unit === "" ? missingUnit(table, row, cell, keys) : unitOfRow(table, row, cell);
      if (finding) findings.push(finding);
      periodOverflows(table, row, keys, findings);
    }
  }
  return findings;
}

/** unit/missing: a row with figures (or a catalog indicator) and no unit, none carried by its parent or children. */
function missingUnit(
  table: AnalysedTable,
  row: IndicatorRow,
  cell: string,
  keys: readonly number[],
): Finding | undefined {
  const catalogUnit = row.catalog?.unit;
  const children = childRows(table, row);
  const childrenCarryUnits = children.length > 0 && children.some((c) => c.unit !== "");
  const parentCarriesUnit = row.parent !== undefined && row.parent.unit !== "";
  const wanted = hasValues(row, keys) || (catalogUnit !== undefined && row.catalog?.kind === "indicator");
  if (!wanted || childrenCarryUnits || parentCarriesUnit) return undefined;
  return makeFinding({
    sheet: table.sheet,
    cell,
    row,
    code: "unit/missing",
    severity: "warning",
    expected: catalogUnit,
    params: { indicator: row.name },
  });
}

/** The unit a row has: a rate not in %, a count in %, another unit than the catalog's, or an unknown one. */
function unitOfRow(table: AnalysedTable, row: IndicatorRow, cell: string): Finding | undefined {
  const unit = row.unit;
  const catalogUnit = row.catalog?.unit;
  const percent = isPercentUnit(unit);
  const measure = row.catalog?.measure;
  if (isRateName(row.name) && !percent) {
    return makeFinding({
      sheet: table.sheet,
      cell,
      row,
      code: "unit/rate-not-percent",
      severity: "warning",
      actual: unit,
      expected: "%",
      params: { indicator: row.name, unit },
    });
  }
  if (percent && (measure === "count" || measure === "money" || measure === "volume")) {
    return makeFinding({
      sheet: table.sheet,
      cell,
      row,
      code: "unit/percent-on-count",
      severity: "warning",
      actual: unit,
      expected: catalogUnit,
      params: { indicator: row.name },
    });
  }
  if (catalogUnit !== undefined && !sameUnit(unit, catalogUnit)) {
    return makeFinding({
      sheet: table.sheet,
      cell,
      row,
      code: "unit/catalog-mismatch",
      severity: "warning",
      actual: unit,
      expected: catalogUnit,
      params: { unit, expected: catalogUnit },
    });
  }
  if (isKnownUnit(unit)) return undefined;
  const suggestion = suggestUnit(unit);
  return makeFinding({
    sheet: table.sheet,
    cell,
    row,
    code: "unit/unknown",
    severity: "warning",
    actual: unit,
    ...(suggestion !== undefined
      ? { expected: suggestion, params: { unit, suggestion } }
      : { params: { unit }, variant: "no-suggestion" }),
  });
}

/** unit/period-overflow: hours per day, month or year above the hours the period has. */
function periodOverflows(
  table: AnalysedTable,
  row: IndicatorRow,
  keys: readonly number[],
  findings: Finding[],
): void {
  const period = hoursPeriod(row);
  if (period === undefined) return;
  const max = PERIOD_MAX[period];
  const cells = valuesByColumn(row, keys);
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c.value === undefined || !(c.value > max)) continue;
    findings.push(
      makeFinding({
        code: "unit/period-overflow",
        severity: "error",
        sheet: table.sheet,
        cell: c.address,
        row,
        actual: c.value,
        expected: max,
        params: { value: c.value, period: PERIOD_WORD[period], max },
      }),
    );
  }
}
