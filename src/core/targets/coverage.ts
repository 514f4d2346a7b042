/**
 * Coverage of the grassroots-information strategy targets (thông tin cơ sở) by a workbook: for every strategy
 * indicator a unit at the given level reports, whether the workbook reports it, and how each of its year columns
 * stands against that year's target.
 *
 * Everything is read from the table model (src/core/tables): an indicator's row is a table row whose hidden
 * "Mã chỉ tiêu" code or recognized name is the indicator; its value columns are the table's columns of role "value"
 * whose kind is actual (Thực hiện / Kết quả / a bare "Năm Y"), estimate (Ước thực hiện) or plan (Kế hoạch), each of
 * its header's year (the report year when the header names none; a plan without a year is for the next year).
 * Targets (Chỉ tiêu giao), part years (6 tháng) and comparisons are not judged. A row outside every table (a name
 * typed without any header) is read as one result of the report year: the first number right of the name.
 * Numbers are read by the one cell reader (`readCell`, `percentNumber`).
 *
 * One entry per (indicator, judged year column): `year` is the column's year, `kind` what it reports. When several
 * rows report the same indicator and column, a row found by code wins over one found by name, then a row with a
 * number, then the first in workbook order. An indicator whose rows have no value column at all gets one entry for
 * the report year (no-value, or missing when no row reports it), `kind` undefined; so does one whose columns all
 * are of other years.
 *
 * Status: "met" (value ≥ the target's lower bound, or no target to fall short of), "below" (`gap` = target − value),
 * "no-value" (the column is there without a number), "invalid" (a rate over 100 or below 0, a fraction in a
 * percent-formatted cell, a text reading two ways: never met; `findingCode` names the finding), "missing".
 *
 * Pure functions; no exceptions on any workbook.
 */
import { indicatorsForLevel, targetFor, targetSets } from "../catalog/grassroots";
import type { AdminLevel, StrategyIndicator, StrategyLevel, StrategyTargetSet } from "../catalog/types";
import { recognizeIndicator } from "../catalog/recognize";
import type { FindingCode, TargetCoverage, TargetValueKind } from "../findings";
import { a1 } from "../model/address";
import { isFractionAmongPercents, percentNumber, readCell, round2, type CellReading } from "../model/cell";
import type { WorkbookModel } from "../model/sheet";
import { foldHeader } from "../tables/columns";
import {
  analyseWorkbook,
  cellKeys,
  type AnalysedColumn,
  type AnalysedTable,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../tables/model";

export { cellNumber } from "../model/cell";

export interface CoverageOptions {
  /** The report year N; read from the tables and headers (`reportYear`) when absent. */
  year?: number;
  /** Level of the reporting unit: "xa" reports xã indicators, "huyen" adds huyện ones, "tinh" tỉnh ones. Default
   * "huyen". */
  level?: AdminLevel;
  /** The target set; default `targetSetFor(year)`. */
  set?: StrategyTargetSet;
}

/**
 * The target set for a year: the one whose period covers it, else the latest one already ended, else (a year before
 * every period) the earliest. Without a year: the latest set.
 */
export function targetSetFor(
  year?: number,
  sets: readonly StrategyTargetSet[] = targetSets,
): StrategyTargetSet {
  const byEnd = [...sets].sort((a, b) => b.period.to - a.period.to);
  if (year === undefined) return byEnd[0];
  return (
    byEnd.find((s) => s.period.from <= year && year <= s.period.to) ??
    byEnd.find((s) => s.period.to < year) ??
    [...sets].sort((a, b) => a.period.from - b.period.from)[0]
  );
}

/** A row reporting an indicator. */
interface Candidate {
  sheetIndex: number;
  sheetName: string;
  row: number;
  byCode: boolean;
  /** A1 of the name (where a value belongs when the row has no value column). */
  nameCell: string;
  /** The judged columns' readings. */
  columns: { year: number; kind: TargetValueKind; reading: CellReading }[];
  /** Every figure cell of the row (targets too): what tells a fraction written among percent numbers. */
  figures: CellReading[];
}

const KIND_ORDER: Record<TargetValueKind, number> = { actual: 0, estimate: 1, plan: 2 };

function judgedKind(column: AnalysedColumn): TargetValueKind | undefined {
  if (column.purpose !== "value") return undefined;
  if (column.kind === "actual" || column.kind === "estimate" || column.kind === "plan") return column.kind;
  return undefined;
}

function tableCandidate(
  sheetIndex: number,
  table: AnalysedTable,
  row: IndicatorRow,
  year: number,
): Candidate {
  const columns: Candidate["columns"] = [];
  for (const column of table.columns) {
    const kind = judgedKind(column);
    const reading = row.values[column.number];
    if (!kind || !reading) continue;
    columns.push({ year: column.year ?? (kind === "plan" ? year + 1 : year), kind, reading });
  }
  const figures: CellReading[] = [];
  // The row's figures as the percent rule reads them: a "(%)" comparison ("Tỷ lệ (%)") is none.
  const ratios = new Set(table.columns.filter((c) => c.purpose === "ratio").map((c) => c.number));
  for (const n of cellKeys(table).values) {
    if (ratios.has(n)) continue;
    const reading = row.values[n];
    if (reading !== undefined && reading.value !== undefined) figures.push(reading);
  }
  return {
    sheetIndex,
    sheetName: table.sheet,
    row: row.row,
    byCode: row.codeSource === "code-column",
    nameCell: row.nameCell,
    columns,
    figures,
  };
}

/** Rows outside every table whose text names an indicator: the first number right of the name, of the report year. */
function looseCandidates(
  analysis: WorkbookAnalysis,
  wanted: ReadonlySet<string>,
  set: StrategyTargetSet,
  year: number,
  add: (code: string, candidate: Candidate) => void,
): void {
  const recognized = new Map<string, string | undefined>();
  analysis.sheets.forEach(({ sheet, tables }, sheetIndex) => {
    const inTable = (r: number) => tables.some((t) => r >= t.table.headerTop && r <= t.table.lastRow);
    sheet.rows.forEach((cells, r) => {
      if (!cells || inTable(r)) return;
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        if (!cell || typeof cell.value !== "string") continue;
        const text = cell.value;
        let code: string | undefined;
        if (wanted.has(text.trim())) code = text.trim();
        else if (text.length >= 12 && text.length <= 400 && mayNameIndicator(text)) {
          if (!recognized.has(text)) {
            const hit = recognizeIndicator(text, { targetSet: set });
            recognized.set(text, hit?.catalog === "ttcs" ? hit.code : undefined);
          }
          code = recognized.get(text);
        }
        if (code === undefined || !wanted.has(code)) continue;
        const columns: Candidate["columns"] = [];
        for (let c = col + 1; c < cells.length; c++) {
          const reading = readCell(cells[c], r, c);
          if (reading.value === undefined || reading.reading === "formula") continue;
          columns.push({ year, kind: "actual", reading });
          break;
        }
        add(code, {
          sheetIndex,
          sheetName: sheet.name,
          row: r,
          byCode: false,
          nameCell: a1(r, col),
          columns,
          figures: [],
        });
        return;
      }
    });
  });
}

/**
 * Every strategy indicator's name and alias says "Tỷ lệ …" or names the "Hệ thống thông tin nguồn": a text saying
 * neither is not looked up (a long sheet of notes costs next to nothing).
 */
function mayNameIndicator(text: string): boolean {
  // "lệ" / "le" (also TCVN3 "lÖ", VNI "leä") or "nguồn": a cheap look before folding.
  if (!/[lL][eEệỆÖ]|[nN][gG][uU]/.test(text)) return false;
  return /\bt[yi] le\b|\bthong tin nguon\b/.test(foldHeader(text));
}

/** Why a value read from a rate cell cannot be judged, as the code of the finding that says so. */
function invalidCode(
  reading: CellReading,
  value: number,
  figures: readonly CellReading[],
): FindingCode | undefined {
  if (value < 0 || value > 100) return "percent/out-of-range";
  if (
    reading.percentFormatted &&
    (reading.reading === "number" || reading.reading === "formula") &&
    reading.value !== undefined &&
    reading.value > 0 &&
    reading.value <= 1
  )
    return "percent/fraction";
  // 0,98 typed beside a target of 98: the fraction the percent rule reports (it reads the row's figures the same way).
  if (
    !reading.percentFormatted &&
    reading.value !== undefined &&
    isFractionAmongPercents(
      reading.value,
      figures.filter((f) => f !== reading).map((f) => f.value as number),
    )
  )
    return "percent/fraction";
  if (reading.reading === "ambiguous" && !reading.settled) return "number/ambiguous";
  return undefined;
}

/**
 * For every strategy indicator the level reports (`indicatorsForLevel`), what the analysed workbook says about it
 * against the targets of each year it gives (see the module comment). Without a year in the options or the
 * workbook, the last year of the target set is used.
 */
export function coverageOfAnalysis(
  analysis: WorkbookAnalysis,
  options: CoverageOptions = {},
): TargetCoverage[] {
  const headerYear = options.year ?? analysis.year;
  const set = options.set ?? targetSetFor(headerYear);
  const year = headerYear ?? set.period.to;
  const level: AdminLevel = options.level ?? "huyen";
  const indicators = indicatorsForLevel(set, level);
  const candidates = candidatesOf(analysis, new Set(indicators.map((i) => i.code)), set, year);
  return indicators.flatMap((ind) => coverageOfIndicator(ind, candidates.get(ind.code) ?? [], set, year));
}

/** The rows (and loose cells) that report each wanted indicator, by its code or by a name the target set knows. */
function candidatesOf(
  analysis: WorkbookAnalysis,
  wanted: ReadonlySet<string>,
  set: StrategyTargetSet,
  year: number,
): Map<string, Candidate[]> {
  const candidates = new Map<string, Candidate[]>();
  /** A row name's strategy indicator code (null: none), for this call's target set. */
  const strategyCodeOfName = new Map<string, string | null>();
  const add = (code: string, candidate: Candidate) => {
    const list = candidates.get(code) ?? [];
    list.push(candidate);
    candidates.set(code, list);
  };
  analysis.sheets.forEach(({ tables }, sheetIndex) => {
    for (const table of tables)
      for (const row of table.rows) {
        let code = row.code;
        if (code !== undefined && !wanted.has(code) && row.codeSource !== "code-column") {
          // A name the ICT catalog also knows may still be a strategy indicator of this set.
          code = undefined;
        }
        if (code === undefined && row.codeSource !== "code-column" && row.name.length >= 12) {
          // A long table repeats the same names: each is folded and recognised once per call.
          let named = strategyCodeOfName.get(row.name);
          if (named === undefined) {
            const hit = mayNameIndicator(row.name)
              ? recognizeIndicator(row.name, { targetSet: set })
              : undefined;
            named = hit?.catalog === "ttcs" ? hit.code : null;
            strategyCodeOfName.set(row.name, named);
          }
          if (named !== null) code = named;
        }
        if (code !== undefined && wanted.has(code)) add(code, tableCandidate(sheetIndex, table, row, year));
      }
  });
  looseCandidates(analysis, wanted, set, year, add);
  return candidates;
}

/** An indicator's coverage for year `y` before anything is found: its target and whether its period ended. */
function baseCoverage(ind: StrategyIndicator, y: number, set: StrategyTargetSet): TargetCoverage {
  const lookup = targetFor(ind, y, set);
  const entry: TargetCoverage = {
    code: ind.code,
    name: ind.name,
    level: ind.level,
    year: y,
    status: "missing",
    periodEnded: lookup.periodEnded,
    yearUsed: lookup.yearUsed,
  };
  if (lookup.value) {
    entry.target = lookup.value.min;
    entry.targetText = lookup.value.text;
  }
  return entry;
}

interface BestReading {
  candidate: Candidate;
  reading: CellReading;
  year: number;
  kind: TargetValueKind;
}

/** Per (year, kind): the best row's reading (by code first, then one with a number, then workbook order). */
function bestReadings(found: readonly Candidate[], set: StrategyTargetSet, year: number): BestReading[] {
  const best = new Map<string, BestReading>();
  for (const candidate of found) {
    for (const c of candidate.columns) {
      if (c.year < set.period.from && c.year !== year) continue;
      const key = `${c.year}/${c.kind}`;
      const known = best.get(key);
      const hasValue = c.reading.value !== undefined;
      if (
        !known ||
        (known.candidate.byCode === candidate.byCode && known.reading.value === undefined && hasValue)
      )
        best.set(key, { candidate, reading: c.reading, year: c.year, kind: c.kind });
    }
  }
  return [...best.values()].sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** What the workbook says about one indicator: a coverage per year and kind it gives, and one for `year`. */
function coverageOfIndicator(
  ind: StrategyIndicator,
  candidates: readonly Candidate[],
  set: StrategyTargetSet,
  year: number,
): TargetCoverage[] {
  const found = [...candidates].sort(
    (a, b) => Number(b.byCode) - Number(a.byCode) || a.sheetIndex - b.sheetIndex || a.row - b.row,
  );
  if (found.length === 0) return [baseCoverage(ind, year, set)];
  const entries = bestReadings(found, set, year);
  const out = entries.map((e) => judgedReading(baseCoverage(ind, e.year, set), e));
  if (!entries.some((e) => e.year === year)) {
    const first = found[0];
    out.push({
      ...baseCoverage(ind, year, set),
      cell: `${first.sheetName}!${first.nameCell}`,
      status: "no-value",
    });
  }
  return out;
}

/** A reading judged against its target: without a value, invalid, below the target or met. */
function judgedReading(base: TargetCoverage, e: BestReading): TargetCoverage {
  const entry: TargetCoverage = {
    ...base,
    kind: e.kind,
    cell: `${e.candidate.sheetName}!${e.reading.address}`,
  };
  // Every strategy indicator is a rate.
  const value = percentNumber(e.reading, true);
  if (value === undefined) return { ...entry, status: "no-value" };
  entry.value = value;
  const invalid = invalidCode(e.reading, value, e.candidate.figures);
  if (invalid) return { ...entry, status: "invalid", findingCode: invalid };
  if (entry.target !== undefined && value < entry.target)
    return { ...entry, status: "below", gap: round2(entry.target - value) };
  return { ...entry, status: "met" };
}

/**
 * `coverageOfAnalysis` of the workbook's table model (the check passes its own analysis instead of reading the
 * workbook twice).
 */
export function targetCoverage(workbook: WorkbookModel, options: CoverageOptions = {}): TargetCoverage[] {
  const analysis = analyseWorkbook(workbook, options.year !== undefined ? { year: options.year } : {});
  return coverageOfAnalysis(analysis, options);
}

/** The indicators the workbook does not report. */
export function missingIndicators(coverage: readonly TargetCoverage[]): TargetCoverage[] {
  return coverage.filter((c) => c.status === "missing");
}

/** A row to append to a plan sheet for an indicator the workbook does not report. */
export interface AppendableRow {
  code: string;
  /** STT as published: "1.1", "2.2", "3". */
  number: string;
  name: string;
  unit: "%";
  level: StrategyLevel;
  /** Lower bound of the year's target, when the strategy gives one. */
  target?: number;
  /** The target as published ("70–100"). */
  targetText?: string;
}

function indicatorByCode(code: string, set: StrategyTargetSet | undefined): StrategyIndicator | undefined {
  for (const s of set ? [set, ...targetSets] : targetSets) {
    const hit = s.indicators.find((i) => i.code === code);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The rows to append for the missing indicators, in coverage order, for an "append the missing indicators to the
 * plan sheet" action. `set` is where indicators are looked up first (default: every built-in set).
 */
export function appendableRows(
  coverage: readonly TargetCoverage[],
  set?: StrategyTargetSet,
): AppendableRow[] {
  const out: AppendableRow[] = [];
  for (const c of missingIndicators(coverage)) {
    const ind = indicatorByCode(c.code, set);
    if (!ind) continue;
    const row: AppendableRow = {
      code: c.code,
      number: ind.number,
      name: ind.name,
      unit: ind.unit,
      level: ind.level,
    };
    if (c.target !== undefined) row.target = c.target;
    if (c.targetText !== undefined) row.targetText = c.targetText;
    out.push(row);
  }
  return out;
}
