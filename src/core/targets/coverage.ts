/**
 * Coverage of the grassroots-information strategy targets (thông tin cơ sở) by a workbook: for every strategy
 * indicator a unit at the given level reports, whether the workbook reports it, with what value, and whether that
 * value reaches the year's target.
 *
 * Finding an indicator's row:
 *  1. by code: a cell holding the indicator's code ("ttcs.1.1"), as the hidden "Mã chỉ tiêu" column of our own
 *     sheets does;
 *  2. else by name: any text cell of any sheet that `recognizeIndicator` reads as the indicator (names typed by hand,
 *     without diacritics, in TCVN3/VNI, with small wording differences).
 * When several rows report the same indicator, a row found by code wins over one found by name, then a row with a
 * number over one without, then the first in workbook order.
 *
 * Reading the value on that row: the column whose header names the year best — "Thực hiện năm N" (or "Thực hiện N",
 * "Kết quả …"), then "Ước thực hiện cả năm N", then a bare "Năm N" (a year in an upper header row counts for the
 * columns under it). Without such a column: the first number right of the name that is not under a comparison
 * ("So sánh …", "… (%)"), a target ("Chỉ tiêu", "Kế hoạch", "Mục tiêu"), a part-year ("6 tháng") or another year's
 * header. Numbers typed as text are read the Vietnamese way (`parseVietnameseNumber`); a number in a cell with a
 * percent format is a fraction (0.85 shows as 85 %) and counts as 85.
 *
 * Pure functions; no exceptions.
 */
import { indicatorsForLevel, targetFor, targetSets } from "../catalog/grassroots";
import type { AdminLevel, StrategyIndicator, StrategyLevel, StrategyTargetSet } from "../catalog/types";
import type { TargetCoverage } from "../check/types";
import { recognizeIndicator } from "../check/recognize";
import { a1 } from "../model/address";
import type { CellModel, SheetModel, WorkbookModel } from "../model/sheet";
import { fixLegacyText, foldDiacritics, parseVietnameseNumber } from "../text";

export interface CoverageOptions {
  /** The report year N; read from the headers (`yearFromHeaders`) when absent. */
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

// ---------------------------------------------------------------------------------------------------------------
// Text of cells, folded for comparison (legacy encodings converted first).

const foldCache = new Map<string, string>();

function folded(text: string): string {
  let f = foldCache.get(text);
  if (f === undefined) {
    const fixed = /[\u0080-\u00FF]/.test(text) ? fixLegacyText(text).text : text;
    f = foldDiacritics(fixed);
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(text, f);
  }
  return f;
}

function foldedCell(cell: CellModel | undefined): string {
  return cell && typeof cell.value === "string" ? folded(cell.value) : "";
}

/** Folded text without asides and punctuation: "Đơn vị tính:" → "don vi tinh". */
function plainWords(f: string): string {
  return f
    .replace(/\([^()]*\)/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// The report year from the headers.

/** [pattern on plain folded words, offset added to the year found, weight]. Anchored: the whole cell. */
const YEAR_PATTERNS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^uoc thuc hien (?:ca )?nam (\d{4})$/, 0, 3],
  [/^du bao kha nang thuc hien ke hoach nam (\d{4})$/, 0, 3],
  [/^cac chi tieu chu yeu cua ke hoach nam (\d{4})$/, -1, 3],
  [/^ket qua thuc hien .*nam (\d{4})$/, 0, 3],
  [/^thuc hien nam (\d{4})$/, 0, 2],
  [/^ke hoach nam (\d{4})$/, -1, 2],
  [/^thuc hien (\d{4})$/, 0, 1],
  [/^thuc hien 6 thang (?:dau )?(?:nam )?(\d{4})$/, 0, 1],
];

/**
 * The report year N the headers describe: "Ước thực hiện cả năm N" (forecast) → N, "Thực hiện năm N" → N,
 * "Kế hoạch năm N+1" (plan) → N, and the standard titles ("DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM N",
 * "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM N+1", "KẾT QUẢ THỰC HIỆN … NĂM N"). Each header votes with a weight (the
 * forecast's "Thực hiện năm N-1" is outvoted by its "Ước thực hiện cả năm N" and title); the year with most votes
 * wins, the later one on a tie. Undefined when no header names a year.
 */
export function yearFromHeaders(workbook: WorkbookModel): number | undefined {
  const votes = new Map<number, number>();
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell || typeof cell.value !== "string" || cell.value.length > 160) continue;
        const words = plainWords(folded(cell.value));
        for (const [pattern, offset, weight] of YEAR_PATTERNS) {
          const m = pattern.exec(words);
          if (!m) continue;
          const year = Number(m[1]) + offset;
          if (year >= 1990 && year <= 2200) votes.set(year, (votes.get(year) ?? 0) + weight);
          break;
        }
      }
    }
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [year, v] of votes) {
    if (v > bestVotes || (v === bestVotes && best !== undefined && year > best)) {
      best = year;
      bestVotes = v;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Headers of the table a row sits in.

const HEADER_WORD =
  /^(stt|tt|so tt|chi tieu|cac chi tieu|ten chi tieu|noi dung|don vi tinh|dvt|don vi|ma chi tieu|cap|danh gia|ghi chu)$/;
const HEADER_PHRASE = /\b(thuc hien|ke hoach|uoc|so sanh|ket qua|nam (?:19|20)\d\d)\b/;

function isHeaderText(f: string): boolean {
  return f !== "" && (HEADER_WORD.test(plainWords(f)) || HEADER_PHRASE.test(f));
}

function rowStats(sheet: SheetModel, r: number): { hits: number; filled: number } {
  let hits = 0;
  let filled = 0;
  for (const cell of sheet.rows[r] ?? []) {
    if (!cell || cell.value === null || cell.value === "") continue;
    filled++;
    if (isHeaderText(foldedCell(cell))) hits++;
  }
  return { hits, filled };
}

/** How far above a row its header may be. */
const HEADER_SEARCH_ROWS = 400;

/** The header rows of the table `row` sits in, top first; empty when none is found. */
function headerBlock(sheet: SheetModel, row: number): number[] {
  for (let r = row - 1; r >= 0 && r >= row - HEADER_SEARCH_ROWS; r--) {
    if (rowStats(sheet, r).hits < 2) continue;
    const block = [r];
    // Upper header levels ("Năm 2024" over "Kế hoạch | Thực hiện"); a one-cell title line is not one.
    for (let up = r - 1; up >= 0 && up >= r - 2; up--) {
      const s = rowStats(sheet, up);
      if (s.hits >= 1 && s.filled >= 2) block.unshift(up);
      else break;
    }
    return block;
  }
  return [];
}

/** Text shown at (r, c): the cell's own, or the text of the merged range covering it. */
function shownText(sheet: SheetModel, r: number, c: number): string {
  const own = foldedCell(sheet.rows[r]?.[c]);
  if (own !== "") return own;
  for (const m of sheet.merges) {
    if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right)
      return foldedCell(sheet.rows[m.top]?.[m.left]);
  }
  return "";
}

type ColumnKind = "actual" | "estimate" | "year" | "unknown" | "excluded";

interface ColumnInfo {
  kind: ColumnKind;
  year?: number;
}

const KIND_SCORE: Record<ColumnKind, number> = { actual: 4, estimate: 3, year: 2, unknown: 1, excluded: 0 };

function classifyColumn(texts: readonly string[]): ColumnInfo {
  const present = texts.filter((t) => t !== "");
  if (present.length === 0) return { kind: "unknown" };
  let year: number | undefined;
  for (let i = present.length - 1; i >= 0 && year === undefined; i--) {
    const m = /\b((?:19|20)\d\d)\b/.exec(present[i]);
    if (m) year = Number(m[1]);
  }
  const lowest = present[present.length - 1];
  const words = plainWords(lowest);
  const info = (kind: ColumnKind): ColumnInfo => (year === undefined ? { kind } : { kind, year });
  if (/\b(so sanh|so voi|tang giam)\b/.test(words)) return info("excluded");
  if (/\b(6 thang|thang|quy)\b/.test(words)) return info("excluded");
  if (/\buoc\b/.test(words)) return info("estimate");
  if (/\b(thuc hien|ket qua|dat duoc)\b/.test(words)) return info("actual");
  if (/\(\s*%\s*\)/.test(lowest)) return info("excluded");
  if (/\b(ke hoach|chi tieu|muc tieu|kh|giao)\b/.test(words)) return info("excluded");
  if (HEADER_WORD.test(words)) return info("excluded");
  if (/^(nam )?(19|20)\d\d$/.test(words)) return info("year");
  return info("unknown");
}

function columnInfos(sheet: SheetModel, block: readonly number[], width: number): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (let c = 0; c < width; c++) out.push(classifyColumn(block.map((r) => shownText(sheet, r, c))));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}

/** The number a cell holds, as a percent number; undefined when it holds none. */
export function cellNumber(cell: CellModel | undefined): number | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    return isPercentFormat(cell.numberFormat) ? Math.round(v * 100 * 1e9) / 1e9 : v;
  }
  if (typeof v === "string") {
    const reading = parseVietnameseNumber(v);
    return reading.kind === "not-a-number" ? undefined : reading.value;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding the indicators' rows and values.

interface Location {
  sheetIndex: number;
  sheet: SheetModel;
  row: number;
  nameCol: number;
  byCode: boolean;
}

interface Reading {
  value?: number;
  /** Column of the value, or where it belongs. */
  col?: number;
}

function rowWidth(sheet: SheetModel, row: number, block: readonly number[]): number {
  let w = sheet.rows[row]?.length ?? 0;
  for (const r of block) w = Math.max(w, sheet.rows[r]?.length ?? 0);
  return w;
}

function readRow(loc: Location, year: number, skipCols: ReadonlySet<number>): Reading {
  const { sheet, row, nameCol } = loc;
  const cells = sheet.rows[row] ?? [];
  const block = headerBlock(sheet, row);
  const width = rowWidth(sheet, row, block);
  const infos = block.length > 0 ? columnInfos(sheet, block, width) : [];

  // The column whose header names the year best.
  let best = -1;
  let bestScore = 0;
  for (let c = nameCol + 1; c < width; c++) {
    if (skipCols.has(c)) continue;
    const info = infos[c];
    if (!info || info.year !== year) continue;
    const score = KIND_SCORE[info.kind];
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best >= 0) {
    const value = cellNumber(cells[best]);
    return value === undefined ? { col: best } : { value, col: best };
  }

  // Else the first number right of the name, outside comparison, target, part-year and other years' columns.
  for (let c = nameCol + 1; c < width; c++) {
    if (skipCols.has(c)) continue;
    const info = infos[c];
    if (info && (info.kind === "excluded" || (info.year !== undefined && info.year !== year))) continue;
    const value = cellNumber(cells[c]);
    if (value !== undefined) return { value, col: c };
  }
  return {};
}

/** Column of the indicator's name on a row found by code: the cell recognized as it, else the first long text. */
function nameColumn(sheet: SheetModel, row: number, code: string, codeCol: number): number {
  const cells = sheet.rows[row] ?? [];
  let firstText = -1;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (c === codeCol || !cell || typeof cell.value !== "string") continue;
    if (recognizeIndicator(cell.value)?.code === code) return c;
    if (firstText < 0 && cell.value.trim().split(/\s+/).length >= 3) firstText = c;
  }
  return firstText;
}

function locate(
  workbook: WorkbookModel,
  wanted: ReadonlySet<string>,
  set: StrategyTargetSet,
): { locations: Map<string, Location[]>; codeCells: Map<SheetModel, Set<number>> } {
  const locations = new Map<string, Location[]>();
  const codeCells = new Map<SheetModel, Set<number>>();
  const add = (code: string, loc: Location) => {
    const list = locations.get(code) ?? [];
    if (!list.some((l) => l.sheet === loc.sheet && l.row === loc.row)) list.push(loc);
    locations.set(code, list);
  };
  const recognized = new Map<string, string | undefined>();

  workbook.sheets.forEach((sheet, sheetIndex) => {
    // Codes first, so a row found by code is not found again by name.
    const coded = new Set<number>();
    sheet.rows.forEach((cells, row) => {
      cells?.forEach((cell, col) => {
        if (!cell || typeof cell.value !== "string") return;
        const code = cell.value.trim();
        if (!wanted.has(code)) return;
        coded.add(row);
        let cols = codeCells.get(sheet);
        if (!cols) codeCells.set(sheet, (cols = new Set()));
        cols.add(col);
        add(code, { sheetIndex, sheet, row, nameCol: nameColumn(sheet, row, code, col), byCode: true });
      });
    });
    sheet.rows.forEach((cells, row) => {
      if (!cells || coded.has(row)) return;
      cells.forEach((cell, col) => {
        if (!cell || typeof cell.value !== "string") return;
        const text = cell.value;
        if (text.length < 12 || text.length > 400) return;
        let code = recognized.get(text);
        if (!recognized.has(text)) {
          const hit = recognizeIndicator(text, { targetSet: set });
          code = hit?.catalog === "ttcs" ? hit.code : undefined;
          recognized.set(text, code);
        }
        if (code !== undefined && wanted.has(code))
          add(code, { sheetIndex, sheet, row, nameCol: col, byCode: false });
      });
    });
  });
  return { locations, codeCells };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * For every strategy indicator the level reports (`indicatorsForLevel`), what the workbook says about it against the
 * year's target. Status: "met" (value ≥ the target's lower bound, or a value with no target to fall short of),
 * "below" (with `gap` = target − value, two decimals), "no-value" (the indicator's row is there without a number),
 * "missing" (the workbook does not report it). A year after the strategy period compares with the period's last
 * year (`periodEnded`). `cell` is "Sheet!A1" of the value, or of where the value belongs on a row without one.
 *
 * Without a year in the options or the headers, the last year of the target set is used.
 */
export function targetCoverage(workbook: WorkbookModel, options: CoverageOptions = {}): TargetCoverage[] {
  const headerYear = options.year ?? yearFromHeaders(workbook);
  const set = options.set ?? targetSetFor(headerYear);
  const year = headerYear ?? set.period.to;
  const level: AdminLevel = options.level ?? "huyen";
  const indicators = indicatorsForLevel(set, level);
  const { locations, codeCells } = locate(workbook, new Set(indicators.map((i) => i.code)), set);

  return indicators.map((ind) => {
    const lookup = targetFor(ind, year, set);
    const base: TargetCoverage = {
      code: ind.code,
      name: ind.name,
      level: ind.level,
      year,
      status: "missing",
      periodEnded: lookup.periodEnded,
      yearUsed: lookup.yearUsed,
    };
    if (lookup.value) {
      base.target = lookup.value.min;
      base.targetText = lookup.value.text;
    }
    const found = (locations.get(ind.code) ?? [])
      .map((loc) => ({ loc, reading: readRow(loc, year, codeCells.get(loc.sheet) ?? new Set()) }))
      .sort(
        (a, b) =>
          Number(b.loc.byCode) - Number(a.loc.byCode) ||
          Number(b.reading.value !== undefined) - Number(a.reading.value !== undefined) ||
          a.loc.sheetIndex - b.loc.sheetIndex ||
          a.loc.row - b.loc.row,
      )[0];
    if (!found) return base;

    const { loc, reading } = found;
    const col = reading.col ?? Math.max(loc.nameCol, 0);
    base.cell = `${loc.sheet.name}!${a1(loc.row, col)}`;
    if (reading.value === undefined) return { ...base, status: "no-value" };
    base.value = reading.value;
    if (base.target !== undefined && reading.value < base.target) {
      return { ...base, status: "below", gap: round2(base.target - reading.value) };
    }
    return { ...base, status: "met" };
  });
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
