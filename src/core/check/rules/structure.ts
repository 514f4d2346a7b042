/**
 * The shape of the appendix tables.
 *
 * - structure/no-header (warning, at A1): the sheet holds a table-like block of figures (at least 3 rows with at
 *   least 2 figures each, by the one figure test `holdsFigure`: formulas and ranges count) but no header was
 *   understood — no column-number row (declaring formulas or a plain "1 2 3 …" row of at least 3 cells), no header
 *   row the header grammar reads as a table (`findTables`) — and it is neither a DX self-assessment sheet nor one
 *   of our templates (a "Mã chỉ tiêu" header cell). It says which columns hold the figures and what could not be
 *   told: no header row above them, or a row whose words name neither the indicators' column nor what the figure
 *   columns hold.
 * - structure/numbering (warning, at the STT cell): inside a formula table, Arabic indicator numbers run 1, 2, 3 …
 *   across the whole table (the seed numbers indicators continuously across sectors); roman group numbers run I, II,
 *   III … within each sector.
 * - structure/duplicate-number (warning, at the STT cell of the repeat; `other` = the first one).
 * - structure/merged-data (warning, at the merge's top-left cell): a merge covering an input or comparison column in
 *   the body rows of a formula table.
 * - structure/merges-unknown (info, once per sheet, at its first formula table's number row): the host could not say
 *   which cells are merged (`SheetModel.mergesKnown` false: Excel below ExcelApi 1.13), so merged-data could not be
 *   checked on that sheet. (Sheet rules see one sheet at a time: a note per sheet is the most they can say once.)
 *
 * Decisions:
 * - Arabic numbers: only whole numbers count ("1.1", "a", "-" are parts). The first number of a table is not checked
 *   (a table may continue one on another sheet); a restart at 1 as the first number after a sector row is accepted
 *   as the per-sector convention some districts use (and starts a new sequence). A number seen before is reported as
 *   duplicate-number, not as a numbering break, and does not move the sequence on. After a break the sequence
 *   continues from the number written, so one gap is reported once.
 * - Roman groups: a restart at I inside a sector is accepted. The seed 001 tables have "II Viễn thông" followed by
 *   "I Hạ tầng viễn thông", "II Thuê bao điện thoại" … "IV Doanh thu viễn thông": groups nested under a group with
 *   the same numerals. That is how the province's own document reads, so it is not reported. A first group that is
 *   not I reports the sector letter as `previous`; a table without sectors does not check its first group.
 * - Repeated header rows (page breaks in the source document) are skipped; the numbering continues across them.
 * - merged-data: merges inside the header, inside a repeated header row, entirely within sector or group rows
 *   (which hold no figures), over the STT, name and unit columns only, or below the table's last body row (notes)
 *   are fine.
 */
import { memo } from "../../text/memo";
import {
  findFormulaTables,
  inputColumns,
  cleanLabel,
  indicatorNumber,
  romanValue,
  tableColumnOf,
  type FoundTable,
} from "../../tables";
import type { TableRow, TableRowKind } from "../../tables";
import { a1, columnLetter, rangeA1, type CellRange } from "../../model/address";
import type { CellModel, SheetModel, WorkbookModel } from "../../model/sheet";
import { collapseSpaces, fixLegacyText } from "../../text";
import { analyseSheet } from "../../tables/model";
import { holdsFigure } from "../../model/cell";
import { classifyHeader, CODE_HEADER_FOLDED, foldHeader } from "../../tables/columns";
import { findTables, hasColumnNumberRow } from "../../tables/find";
import type { Finding } from "../types";
import { pushAll } from "../analysis";
import { isDxSheet } from "../../tables/dx";

const MIN_FIGURE_ROWS = 3;
const MIN_FIGURES_PER_ROW = 2;
// ── structure/no-header ──────────────────────────────────────────────────────────────────────────────────────────

function hasCodeColumn(sheet: SheetModel): boolean {
  for (const cells of sheet.rows ?? []) {
    if (!cells) continue;
    for (const cell of cells) {
      if (cell && typeof cell.value === "string" && foldHeader(cell.value) === CODE_HEADER_FOLDED)
        return true;
    }
  }
  return false;
}

/** The first block of figures: at least 3 rows with at least 2 figures each; its first row and figure columns. */
function figureBlock(sheet: SheetModel): { row: number; columns: number[] } | undefined {
  let rows = 0;
  let first = -1;
  const columns = new Set<number>();
  const all = sheet.rows ?? [];
  for (let r = 0; r < all.length; r++) {
    const cells = all[r];
    if (!cells) continue;
    const here: number[] = [];
    for (let c = 0; c < cells.length; c++) if (holdsFigure(cells[c])) here.push(c);
    if (here.length < MIN_FIGURES_PER_ROW) continue;
    if (first < 0) first = r;
    for (const c of here) columns.add(c);
    if (++rows >= MIN_FIGURE_ROWS) return { row: first, columns: [...columns].sort((a, b) => a - b) };
  }
  return undefined;
}

/** Rows looked at above the figures for a header the grammar could not read. */
const HEADER_SEARCH = 5;

/**
 * What could not be told of the figures' header: no header row above them, or a row whose words say neither which
 * column names the indicators nor what the figure columns hold (which figure, of which year).
 */
function untold(sheet: SheetModel, firstRow: number): { vi: string; en: string } {
  for (let r = firstRow - 1; r >= 0 && firstRow - r <= HEADER_SEARCH; r--) {
    const texts = (sheet.rows[r] ?? []).filter(
      (c): c is CellModel => c !== undefined && typeof c.value === "string" && c.value.trim() !== "",
    );
    if (texts.length < 2) continue;
    const roles = texts.map((c) => classifyHeader(foldHeader(c.value as string)).role);
    const named = roles.some((role) => role === "name" || role === "number");
    const figures = roles.some((role) => role === "value" || role === "ratio");
    const quoted = texts
      .slice(0, 6)
      .map((c) => (c.value as string).replace(/\s+/g, " ").trim())
      .join(" | ");
    const row = r + 1;
    if (!named && !figures)
      return {
        vi: `dòng ${row} («${quoted}») không cho biết cột nào là tên chỉ tiêu, cột nào là số liệu của năm nào.`,
        en: `row ${row} («${quoted}») says neither which column names the indicators nor what each figure column holds, of which year.`,
      };
    if (!figures)
      return {
        vi: `dòng ${row} («${quoted}») có cột tên chỉ tiêu nhưng không cho biết các cột số liệu là số gì (thực hiện, kế hoạch, ước thực hiện …) của năm nào.`,
        en: `row ${row} («${quoted}») names the indicators but not what the figure columns hold (actual, plan, estimate …) nor their year.`,
      };
    return {
      vi: `dòng ${row} («${quoted}») cho biết các cột số liệu nhưng không có cột tên chỉ tiêu (STT, Chỉ tiêu).`,
      en: `row ${row} («${quoted}») tells the figure columns but has no indicator-name column (STT, Chỉ tiêu).`,
    };
  }
  return {
    vi: "phía trên số liệu không có dòng tiêu đề cột nào.",
    en: "there is no column header above the figures.",
  };
}

function columnsText(columns: readonly number[]): string {
  if (columns.length === 0) return "";
  const first = columnLetter(columns[0]);
  const last = columnLetter(columns[columns.length - 1]);
  return first === last ? first : `${first}–${last}`;
}

/**
 * structure/no-header: figures no header was understood for — no column-number row, no header the grammar reads
 * (a table found by its header row needs none) — saying what could not be told.
 */
export function checkNoHeader(workbook: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const sheet of workbook.sheets ?? []) {
    if (!sheet) continue;
    const block = figureBlock(sheet);
    if (!block) continue;
    if (hasColumnNumberRow(sheet) || hasCodeColumn(sheet) || isDxSheet(sheet)) continue;
    if (findTables(sheet).length > 0) continue;
    out.push({
      code: "structure/no-header",
      severity: "warning",
      sheet: sheet.name,
      cell: "A1",
      params: { columns: columnsText(block.columns), row: block.row + 1, what: untold(sheet, block.row) },
    });
  }
  return out;
}

// ── structure/numbering and structure/duplicate-number ──────────────────────────────────────────────────────────

/** Names converted once each (a long table repeats the same names). */
const convertedName = memo((name: string): string => collapseSpaces(fixLegacyText(name).text));

function indicatorName(name: string): string | undefined {
  const t = convertedName(name);
  return t === "" ? undefined : t;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = Math.max(0, Math.floor(n));
  let out = "";
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** How many different numbers (as a Set counts them), told by sorting a copy rather than hashing each one. */
function distinctCount(numbers: number[]): number {
  const sorted = Float64Array.from(numbers).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/**
 * A table reporting a selection of the catalog's indicators under their catalog numbers (1, 2, 5, 10 …): every
 * numbered row is recognised as the catalog indicator of its number and several numbers are left out. A single gap
 * in an otherwise complete table is a deleted row, and is reported.
 */
function keepsCatalogNumbers(sheet: SheetModel, table: FoundTable): boolean {
  const numbered: FoundTable["rows"] = [];
  const numbers: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if (r.kind === "header-repeat") continue;
    const n = indicatorNumber(r.label);
    if (n === undefined) continue;
    numbered.push(r);
    numbers.push(n);
  }
  if (numbered.length < 2) return false;
  const span = numbers.reduce((a, b) => Math.max(a, b)) - numbers.reduce((a, b) => Math.min(a, b)) + 1;
  if (span - distinctCount(numbers) < 2) return false;
  // The code each row has in the table model (its code column, else its name read with its unit and section), not
  // the name recognised again alone: a table with gaps in its numbers is rare, so it is analysed only then.
  const analysed = analyseSheet(sheet).tables.find(
    (t) => t.table.numberRow === table.numberRow && t.table.firstCol === table.firstCol,
  );
  if (!analysed) return false;
  const byRow = new Map(analysed.rows.map((r) => [r.row, r]));
  return numbered.every((r) => {
    const catalog = byRow.get(r.row)?.catalog;
    return catalog?.kind === "indicator" && catalog.label === cleanLabel(r.label);
  });
}

type NumberingCode = "structure/numbering" | "structure/duplicate-number";

/**
 * The numbering of one table read row by row: Arabic indicator numbers across the table (restarting at 1 in a new
 * sector is fine), Roman groups within a sector (a nested level restarting at I is fine).
 */
class NumberingWalk {
  readonly findings: Finding[] = [];
  // Arabic indicator numbers, across the table.
  private previous: number | undefined;
  private seen = new Map<number, string>();
  private sectorStart = false;
  // Roman groups, within a sector.
  private sectorLabel: string | undefined;
  private previousGroup = 0;
  private seenGroups = new Map<number, string>();

  constructor(
    private readonly sheet: SheetModel,
    private readonly sttCol: number,
    private readonly catalogNumbering: boolean,
  ) {}

  private report(code: NumberingCode, row: TableRow, params: Record<string, string | number>): void {
    const indicator = indicatorName(row.name);
    // Keys in the order the findings always had (params last).
    const f = {
      code,
      severity: "warning",
      sheet: this.sheet.name,
      cell: a1(row.row, this.sttCol),
    } as Finding;
    if (indicator) f.indicator = indicator;
    f.actual = params.actual;
    if (params.expected !== undefined) f.expected = params.expected;
    f.params = params;
    this.findings.push(f);
  }

  sector(label: string): void {
    this.sectorLabel = label;
    this.previousGroup = 0;
    this.seenGroups = new Map();
    this.sectorStart = true;
  }

  group(row: TableRow, label: string): void {
    const value = romanValue(label);
    if (value === undefined) return;
    const previous = this.previousGroup;
    if (value === previous + 1) {
      // in sequence
    } else if (value === 1) {
      this.seenGroups = new Map(); // a nested level restarting at I (seed 001: "II Viễn thông", then "I Hạ tầng …")
    } else if (this.seenGroups.has(value)) {
      this.report("structure/duplicate-number", row, {
        actual: label,
        other: this.seenGroups.get(value) as string,
      });
      return;
    } else if (previous > 0 || this.sectorLabel !== undefined) {
      this.report("structure/numbering", row, {
        actual: label,
        previous: previous > 0 ? toRoman(previous) : (this.sectorLabel as string),
        expected: toRoman(previous + 1),
      });
    }
    this.previousGroup = value;
    if (!this.seenGroups.has(value)) this.seenGroups.set(value, a1(row.row, this.sttCol));
  }

  number(row: TableRow, label: string): void {
    const value = indicatorNumber(label);
    if (value === undefined) return;
    const firstOfSector = this.sectorStart;
    this.sectorStart = false;
    const previous = this.previous;
    if (previous === undefined) {
      // The first number of the table is not checked.
    } else if (value === previous + 1) {
      // in sequence
    } else if (value === 1 && firstOfSector) {
      this.seen = new Map(); // numbering restarted in the new sector
    } else if (this.seen.has(value)) {
      this.report("structure/duplicate-number", row, {
        actual: value,
        other: this.seen.get(value) as string,
      });
      return;
    } else if (this.catalogNumbering) {
      // Every row is the catalog's indicator of its number: a table reporting some indicators keeps their numbers.
    } else {
      this.report("structure/numbering", row, { actual: value, previous, expected: previous + 1 });
    }
    this.previous = value;
    // The address is made only for a number seen the first time (a long table repeats its numbers).
    if (!this.seen.has(value)) this.seen.set(value, a1(row.row, this.sttCol));
  }
}

function numberingFindings(sheet: SheetModel, table: FoundTable): Finding[] {
  const sttCol = tableColumnOf(table, 1);
  if (sttCol === undefined) return [];
  const walk = new NumberingWalk(sheet, sttCol, keepsCatalogNumbers(sheet, table));
  // Rows after the last indicator, sector or group row are notes under the table.
  const bodyEnd = lastBodyRow(table) ?? -1;
  for (const row of table.rows) {
    if (row.kind === "header-repeat") continue;
    if (row.row > bodyEnd) break;
    const label = cleanLabel(row.label);
    if (row.kind === "sector") walk.sector(label);
    else if (row.kind === "group") walk.group(row, label);
    else walk.number(row, label);
  }
  return walk.findings;
}

/** structure/numbering and structure/duplicate-number in every formula table. */
export function checkNumbering(workbook: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const sheet of workbook.sheets ?? []) {
    if (!sheet) continue;
    for (const table of findFormulaTables(sheet)) pushAll(out, numberingFindings(sheet, table));
  }
  return out;
}

// ── structure/merged-data ────────────────────────────────────────────────────────────────────────────────────────

function validRange(m: CellRange | undefined): CellRange | undefined {
  if (!m) return undefined;
  const values = [m.top, m.left, m.bottom, m.right];
  if (!values.every((v) => Number.isInteger(v) && v >= 0)) return undefined;
  return {
    top: Math.min(m.top, m.bottom),
    bottom: Math.max(m.top, m.bottom),
    left: Math.min(m.left, m.right),
    right: Math.max(m.left, m.right),
  };
}

/** The sheet row of the table's last indicator, sector or group row. */
function lastBodyRow(table: FoundTable): number | undefined {
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const kind = table.rows[i].kind;
    if (kind === "indicator" || kind === "sector" || kind === "group") return table.rows[i].row;
  }
  return undefined;
}

function mergedDataFindings(sheet: SheetModel, table: FoundTable, reported: Set<string>): Finding[] {
  const out: Finding[] = [];
  const dataCols = new Set([
    ...inputColumns(table).map((c) => c.col),
    ...table.columns.filter((c) => c.expr).map((c) => c.col),
  ]);
  if (dataCols.size === 0) return out;
  const lastRow = lastBodyRow(table);
  if (lastRow === undefined) return out;
  const firstRow = table.numberRow + 1;
  // Made only when a merge reaches into the data columns: most long tables have none there.
  let kindOf: Map<number, TableRowKind> | undefined;

  for (const raw of sheet.merges ?? []) {
    const m = validRange(raw);
    if (!m || m.bottom < firstRow || m.top > lastRow) continue;
    let coversData = false;
    for (const col of dataCols) if (col >= m.left && col <= m.right) coversData = true;
    if (!coversData) continue;
    // Rows of the merge inside the body: fine when they are all sector, group or repeated header rows.
    let figureRow = false;
    kindOf ??= new Map(table.rows.map((r) => [r.row, r.kind]));
    for (let r = Math.max(m.top, firstRow); r <= Math.min(m.bottom, lastRow); r++) {
      const kind = kindOf.get(r);
      if (kind !== "sector" && kind !== "group" && kind !== "header-repeat") figureRow = true;
    }
    if (!figureRow) continue;
    const range = rangeA1(m);
    if (reported.has(range)) continue;
    reported.add(range);
    out.push({
      code: "structure/merged-data",
      severity: "warning",
      sheet: sheet.name,
      cell: a1(m.top, m.left),
      params: { range },
    });
  }
  return out;
}

/** structure/merged-data in every formula table; structure/merges-unknown on a sheet whose merges are not known. */
export function checkMergedData(workbook: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const sheet of workbook.sheets ?? []) {
    if (!sheet) continue;
    const tables = findFormulaTables(sheet);
    if (sheet.mergesKnown === false) {
      if (tables.length > 0) {
        out.push({
          code: "structure/merges-unknown",
          severity: "info",
          sheet: sheet.name,
          cell: a1(tables[0].numberRow, tables[0].firstCol),
          params: {},
        });
      }
      continue;
    }
    const reported = new Set<string>();
    for (const table of tables) pushAll(out, mergedDataFindings(sheet, table, reported));
  }
  return out;
}

/** All structure rules. */
export function checkStructure(workbook: WorkbookModel): Finding[] {
  return [...checkNoHeader(workbook), ...checkNumbering(workbook), ...checkMergedData(workbook)];
}
