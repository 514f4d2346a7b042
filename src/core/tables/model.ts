/**
 * The analysed workbook the table rules read: for every sheet, its appendix tables (found through their
 * column-number row) with the role of each column, the table's kind and year, and every indicator row with its
 * name, unit, catalog code and values read the way an official means them ("4.300" typed as text is 4300).
 *
 * Pure: no Office, DOM or file access. Never throws on any sheet model.
 */
import { ictChildren, ictRow } from "../catalog/ict";
import type { CatalogRow } from "../catalog/types";
import type { Expr } from "../formulas/expr";
import { a1 } from "../model/address";
import { readCell, type CellReading } from "../model/cell";
import { cellAt, cellText, textless, type SheetModel, type WorkbookModel } from "../model/sheet";
import { fixLegacyText, foldDiacritics, normalizeName } from "../text";
import {
  recognizeHeading,
  recognizeIndicator,
  recognizeLevel,
  type RecognizeOptions,
} from "../catalog/recognize";
import { roleOfReading, type ColumnRoleName, type ValueKind } from "./columns";
import { findTables, inputColumns, type FormulaColumn, type FormulaTable } from "./find";
import type { ColumnReading, Figure, YearRef } from "./header-grammar";
import { resolveReportYear, type YearResolution, type YearSource } from "./year";

export type { CellReading, ValueReading } from "../model/cell";

/** What a column of an appendix table holds, read from its header. */
export type ColumnRole =
  /** "Thực hiện năm N-1" in a forecast. */
  | "prev-actual"
  /** "Thực hiện 6 tháng N". */
  | "half-year"
  /** "Ước thực hiện cả năm N". */
  | "year-estimate"
  /** "Thực hiện năm N" (or "Thực hiện N") in a plan. */
  | "year-actual"
  /** "Kế hoạch năm N+1". */
  | "plan"
  /** A column whose number declares a formula (7=6/4). */
  | "comparison"
  | "other";

/**
 * The forecast of year N (half-year and full-year estimate), the plan of year N+1, a table of results against
 * targets (with an evaluation column: grassroots information, e-government), the DX self-assessment (maximum points
 * and self scores), or another table.
 */
export type TableKind = "forecast" | "plan" | "targets" | "dx" | "other";

export interface AnalysedColumn {
  /** Zero-based sheet column. */
  col: number;
  /** Form column number (1 = STT …). */
  number: number;
  header: string;
  role: ColumnRole;
  /** Year named in the header ("Thực hiện năm 2020" → 2020); not read on comparison columns. */
  year?: number;
  /** The declared formula, for comparison columns. */
  expr?: Expr;
  /** A comparison headed (%) writes percent numbers. */
  percent: boolean;
  /** A figure column read as data (not STT, name, unit or a comparison). */
  input: boolean;
  /** The column's role in the table model (columns.ts). */
  purpose: ColumnRoleName;
  /** For value columns: what they report (actual, half-year, estimate, plan, target). */
  kind?: ValueKind;
  /**
   * What the header grammar reads in the column, its years resolved as far as the workbook tells (operands are
   * indices into the table's `columns`).
   */
  reading?: ColumnReading;
  /** Where the year of a figure column came from (its header, the table's title, the workbook's year …). */
  yearSource?: YearSource;
  /** Who declares `expr`: the column-number row, the header's words, or the user's correction. */
  formula?: "number-row" | "header" | "correction";
  /** The column's reading is the user's correction (kept in the workbook), not the header's. */
  corrected?: boolean;
  /** A header formula whose operands the header did not name (found among the figures beside it). */
  inferred?: boolean;
}

export type IndicatorRowKind = "indicator" | "part" | "level";

export interface IndicatorRow {
  /** Zero-based sheet row. */
  row: number;
  /** "indicator" for a numbered row; "part" or "level" for an unnumbered row under one. */
  kind: IndicatorRowKind;
  /** STT as written. */
  label: string;
  /** The name, legacy text converted; a name continued on the next line (page break) is joined. */
  name: string;
  /** A1 of the name cell. */
  nameCell: string;
  /** The unit, legacy text converted ("" when empty). */
  unit: string;
  /** A1 of the unit cell, when the table has a unit column. */
  unitCell?: string;
  /** Catalog code when known: from the hidden code column, else recognized from the name. */
  code?: string;
  /** Where the code came from. */
  codeSource?: "code-column" | "parent" | "name";
  /** The ICT catalog row of the code. */
  catalog?: CatalogRow;
  /** For parts and levels: the numbered indicator above. */
  parent?: IndicatorRow;
  /**
   * Input cells by form column number. Read by number, or through the table's `cellKeys` to go over them all (the
   * record is a sized array: key loops and `Object.values` work, but make arrays for every row of a long table).
   */
  values: Record<number, CellReading>;
  /** Comparison cells by form column number (read like `values`). */
  comparisons: Record<number, CellReading>;
}

export interface AnalysedTable {
  sheet: string;
  /** Index of the table in its sheet. */
  index: number;
  table: FormulaTable;
  kind: TableKind;
  /** The report year N the table is about (a plan's N is its plan year − 1), as its header or title tells. */
  year?: number;
  /** Where `year` came from. */
  yearSource?: "header" | "title";
  columns: AnalysedColumn[];
  /** Sheet column of the hidden "Mã chỉ tiêu" column, if any. */
  codeColumn?: number;
  unitColumn?: number;
  rows: IndicatorRow[];
  /** Cells of every indicator row in the evaluation ("Đánh giá") column, by sheet row. */
  evaluations: Map<number, CellReading>;
}

export interface AnalysedSheet {
  name: string;
  sheet: SheetModel;
  tables: AnalysedTable[];
}

export interface AnalysisOptions {
  /** Report year N the user gives; when absent it is resolved from the workbook (`resolveReportYear`). */
  year?: number;
  /** The year kept in the workbook's settings. */
  storedYear?: number;
}

export interface WorkbookAnalysis {
  /** options.year, else the year the workbook gives (its tables' headers, their titles, its settings). */
  year?: number;
  /** Where `year` came from, and every year the workbook names. */
  yearResolution: YearResolution;
  options: AnalysisOptions;
  sheets: AnalysedSheet[];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the tables

/** The name (or unit) as meant: legacy encodings converted, NFC, single spaces. */
function cleanText(text: string): string {
  return remembered(cleanTexts, text, cleanTextOf);
}

function cleanTextOf(text: string): string {
  return fixLegacyText(text).text.normalize("NFC").replace(/\s+/g, " ").trim();
}

const cleanTexts = new Map<string, string>();
const foldedUnits = new Map<string, string>();

/**
 * A pure function's answer for a text, remembered (bounded: a big sheet repeats the same few names and units).
 * `compute` is called with the text: pass a named function, not a closure made per call.
 */
export function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute(key);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Folded text for comparing names, units and headers (diacritics, case, dashes, spacing). */
export function fold(text: string): string {
  return foldDiacritics(text);
}

/** Folded unit: as `normalizeName`, with "(…)" around a whole unit dropped ("(%)" is "%"). */
export function foldUnit(unit: string): string {
  return remembered(foldedUnits, unit, foldUnitOf);
}

function foldUnitOf(unit: string): string {
  let u = normalizeName(unit);
  while (/^\(.*\)$/.test(u)) u = u.slice(1, -1).trim();
  return u.replace(/\.$/, "");
}

/** The legacy role of a model column: the forecast and plan forms' names for their value columns. */
function legacyRole(column: FormulaColumn, kind: TableKind): ColumnRole {
  if (column.expr) return "comparison";
  if (column.role !== "value") return "other";
  switch (column.kind) {
    case "estimate":
      return "year-estimate";
    case "half-year":
      return "half-year";
    case "plan":
      return "plan";
    case "actual":
      return kind === "forecast" ? "prev-actual" : "year-actual";
    default:
      return "other";
  }
}

function tableKind(table: FormulaTable): TableKind {
  const has = (kind: string) => table.columns.some((c) => c.role === "value" && c.kind === kind);
  if (has("half-year") && has("estimate")) return "forecast";
  if (has("plan") && has("actual")) {
    // A next year's plan beside this year's result; a plan of the same year beside its result is a report.
    const yearOf = (kind: string) => table.columns.find((c) => c.role === "value" && c.kind === kind)?.year;
    const plan = yearOf("plan");
    const actual = yearOf("actual");
    if (plan === undefined || actual === undefined || plan === actual + 1) return "plan";
  }
  if (table.columns.some((c) => c.role === "self-score")) return "dx";
  if (table.columns.some((c) => c.role === "evaluation")) return "targets";
  return "other";
}

function analyseColumns(table: FormulaTable): {
  columns: AnalysedColumn[];
  kind: TableKind;
  unitColumn?: number;
} {
  const kind = tableKind(table);
  // The unit column: headed "Đơn vị tính"; else the form's column 3 when nothing says otherwise.
  let unitColumn = table.columns.find((c) => c.role === "unit")?.col;
  const inputs = new Set(inputColumns(table).map((c) => c.col));
  if (unitColumn === undefined) {
    const third = table.columns.find((c) => c.number === 3);
    if (
      third &&
      third.role === "other" &&
      !inputs.has(third.col) &&
      (third.folded === "" || /\bdon vi\b/.test(third.folded))
    )
      unitColumn = third.col;
  }

  const columns: AnalysedColumn[] = table.columns.map((c) => {
    const role = legacyRole(c, kind);
    const col: AnalysedColumn = {
      col: c.col,
      number: c.number,
      header: c.header,
      role,
      percent: c.percent,
      input: inputs.has(c.col) && c.col !== unitColumn,
      purpose: c.role,
    };
    if (c.kind !== undefined) col.kind = c.kind;
    if (role !== "comparison" && c.year !== undefined) col.year = c.year;
    if (c.expr) col.expr = c.expr;
    if (c.reading) col.reading = c.reading;
    if (c.yearSource) col.yearSource = c.yearSource;
    if (c.formula) col.formula = c.formula;
    if (c.inferred) col.inferred = true;
    if (c.corrected) {
      col.corrected = true;
      if (c.reading?.role === "figure" && c.reading.figure.year.kind === "absolute") col.yearSource = "user";
    }
    return col;
  });

  // The report year is the one year resolver's (./year.ts): what the table's header, else its title, tells.
  return {
    columns,
    kind,
    ...(unitColumn !== undefined ? { unitColumn } : {}),
  };
}

/** Units whose figures are whole numbers: a reading with decimals there is not meant. */
const WHOLE_UNITS = new Set(
  [
    "Điểm",
    "Thuê bao",
    "Vị trí trạm",
    "Trạm",
    "Cơ sở",
    "Xã",
    "Hộ",
    "Người",
    "Chương trình",
    "DVC",
    "Hồ sơ",
    "Doanh nghiệp",
    "Cơ quan",
    "Đơn vị",
    "Người/điểm",
    "Triệu đồng",
    "Đồng",
  ].map(foldUnit),
);

export function isPercentUnit(unit: string): boolean {
  const u = foldUnit(unit);
  return u === "%" || u === "phan tram" || /^t[yi] le ?(%|\(%\))$/.test(u);
}

const rateNames = new Map<string, boolean>();

/** A name that starts with "Tỷ lệ" (or "Tỉ lệ") names a rate. */
export function isRateName(name: string): boolean {
  return remembered(rateNames, name, rateNameOf);
}

function rateNameOf(name: string): boolean {
  return /^t[yi] le\b/.test(fold(name));
}

/** The row holds a rate in percent numbers: its unit is %, or it has no unit and is a rate by catalog or name. */
export function isRateRow(row: IndicatorRow): boolean {
  if (row.unit.trim() !== "") return isPercentUnit(row.unit);
  return row.catalog?.measure === "rate" || isRateName(row.name);
}

function wholeNumberRow(row: IndicatorRow): boolean {
  const m = row.catalog?.measure;
  if (m === "count" || m === "money") return true;
  return row.unit !== "" && WHOLE_UNITS.has(foldUnit(row.unit));
}

/**
 * Which way the table writes numbers as text, from its unambiguous texts: "88,8", "1.234.567", "1.234,5" are
 * Vietnamese, "97.7", "1,234,567", "1,234.5" English.
 */
function conventionEvidence(texts: string[]): { vi: number; en: number } {
  let vi = 0;
  let en = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const s = t
      .trim()
      .replace(/%$/, "")
      .trim()
      .replace(/^[-+\u2212]/, "");
    if (/^\d+,\d+$/.test(s) && !/^[1-9]\d{0,2},\d{3}$/.test(s)) vi++;
    else if (/^[1-9]\d{0,2}(\.\d{3}){2,}$/.test(s) || /^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(s)) vi++;
    else if (/^\d+\.\d+$/.test(s) && !/^[1-9]\d{0,2}\.\d{3}$/.test(s)) en++;
    else if (/^[1-9]\d{0,2}(,\d{3}){2,}$/.test(s) || /^[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(s)) en++;
  }
  return { vi, en };
}

/**
 * The column numbers under which a table's rows keep their cells (`values` and `comparisons`), each once, in the
 * order a key loop over the records gives (whole numbers ascending first): rules read the records through these
 * rather than by key enumeration (`for … in`, `Object.values`), which makes arrays for every row of a long table.
 */
export interface CellKeys {
  values: readonly number[];
  comparisons: readonly number[];
}

const keysOfTable = new WeakMap<AnalysedTable, CellKeys>();

/** The table's `CellKeys`, worked out once per table. */
export function cellKeys(table: AnalysedTable): CellKeys {
  let keys = keysOfTable.get(table);
  if (!keys) {
    keys = cellKeysOf(table.columns);
    keysOfTable.set(table, keys);
  }
  return keys;
}

function cellKeysOf(columns: AnalysedColumn[]): CellKeys {
  const values = new Set<number>();
  const comparisons = new Set<number>();
  for (const c of columns) {
    if (c.role === "comparison") comparisons.add(c.number);
    else if (c.input) values.add(c.number);
  }
  return { values: keyOrder(values), comparisons: keyOrder(comparisons) };
}

/** Keys in the order an object lists them: array indices ascending, then the others as they were added. */
function keyOrder(keys: Set<number>): number[] {
  const isIndex = (n: number) => Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1;
  const indices = [...keys].filter(isIndex).sort((a, b) => a - b);
  return [...indices, ...[...keys].filter((n) => !isIndex(n))];
}

/**
 * An empty record for a row's cells under these keys: an array with room for exactly the largest column number
 * (a plain object given its first number key reserves some twenty slots, for each of the rows of a long table).
 * Read it as the record it is typed: by number, or through `cellKeys`.
 */
function cellRecord(keys: readonly number[]): Record<number, CellReading> {
  let size = 0;
  for (let i = 0; i < keys.length; i++) if (Number.isInteger(keys[i]) && keys[i] >= size) size = keys[i] + 1;
  return new Array<CellReading>(Math.min(size, 1024));
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

function settleAmbiguities(rows: IndicatorRow[], keys: CellKeys): void {
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

const LEVEL_NAME = /^cap (tinh|huyen|xa|trung uong)\b/;

function isNumberedLabel(label: string): boolean {
  return /^\d+(\.\d+)*[.)]?$/.test(label.trim());
}

/** A part or level row under a catalog indicator: the indicator's child of that name (or level). */
function catalogChild(parent: IndicatorRow | undefined, name: string): CatalogRow | undefined {
  if (!parent?.catalog) return undefined;
  // Remembered by parent code and name: a long table repeats the same parts under the same indicators.
  const byName = childrenByName.get(parent.catalog.code);
  const known = byName?.get(name);
  if (known !== undefined) return known ?? undefined;
  const child = catalogChildOf(parent.catalog.code, name);
  if (childrenByName.size > 5_000) childrenByName.clear();
  let names = childrenByName.get(parent.catalog.code);
  if (!names) childrenByName.set(parent.catalog.code, (names = new Map()));
  if (names.size > 5_000) names.clear();
  names.set(name, child ?? null);
  return child;
}

const childrenByName = new Map<string, Map<string, CatalogRow | null>>();

function catalogChildOf(code: string, name: string): CatalogRow | undefined {
  const children = ictChildren(code).filter((c) => c.kind === "part" || c.kind === "level");
  const level = recognizeLevel(name);
  if (level) return children.find((c) => c.kind === "level" && c.level === level);
  const wanted = normalizeName(name, { dropPunctuation: true });
  return children.find((c) => normalizeName(c.name, { dropPunctuation: true }) === wanted);
}

function recognize(
  name: string,
  unit: string,
  section: string | undefined,
  parent: IndicatorRow | undefined,
  numbered: boolean,
): { code: string; catalog?: CatalogRow } | undefined {
  if (name === "") return undefined;
  const options: RecognizeOptions = {};
  if (unit !== "") options.unit = unit;
  if (section) options.section = section;
  const hit = recognizeIndicator(name, options);
  if (!hit) return undefined;
  if (hit.catalog !== "ict") return numbered ? { code: hit.code } : undefined;
  const row = ictRow(hit.code);
  if (!row) return undefined;
  // A numbered row is an indicator, an unnumbered one a part or level: anything else is a coincidence of names.
  if (numbered !== (row.kind === "indicator")) return undefined;
  if (!numbered && parent?.code !== undefined && parent.code !== row.parent) return undefined;
  return { code: row.code, catalog: row };
}

function isBlankRow(sheet: SheetModel, table: FormulaTable, row: number): boolean {
  for (let c = table.firstCol; c <= table.lastCol; c++) if (!textless(cellAt(sheet, row, c))) return false;
  return true;
}

/** `rows: false`: the table's columns and year alone, its rows left empty (what the reading needs). */
function analyseTable(sheet: SheetModel, table: FormulaTable, index: number, rows = true): AnalysedTable {
  const { columns, kind, unitColumn } = analyseColumns(table);
  const year = table.year?.year;
  const codeColumn = table.codeColumn;
  const evaluationCol = columns.find((c) => c.purpose === "evaluation")?.col;
  const byNumber = new Map(columns.map((c) => [c.number, c]));
  const nameCol = byNumber.get(2)?.col;
  const out: AnalysedTable = {
    sheet: sheet.name,
    index,
    table,
    kind,
    columns,
    rows: [],
    evaluations: new Map(),
  };
  if (year !== undefined) out.year = year;
  if (table.year) out.yearSource = table.year.source;
  if (codeColumn !== undefined) out.codeColumn = codeColumn;
  if (unitColumn !== undefined) out.unitColumn = unitColumn;
  if (!rows) return out;
  const keys = cellKeys(out);

  let parent: IndicatorRow | undefined;
  let section: string | undefined;
  for (let i = 0; i < table.rows.length; i++) {
    const tr = table.rows[i];
    if (tr.kind === "sector" || tr.kind === "group") {
      parent = undefined;
      section = recognizeHeading(cleanText(tr.name));
      continue;
    }
    if (tr.kind === "header-repeat") continue;
    const codeText = codeColumn === undefined ? "" : cellText(cellAt(sheet, tr.row, codeColumn));
    const codedRow = codeText === "" ? undefined : ictRow(codeText);
    const carriesFigures =
      codedRow && codedRow.kind !== "sector" && codedRow.kind !== "group" && codedRow.kind !== "subgroup";
    // A numbered row with a name but no unit nor figures is still an indicator (its levels may carry them).
    const bareIndicator = tr.kind === "other" && isNumberedLabel(tr.label) && tr.name.trim() !== "";
    if (tr.kind !== "indicator" && !carriesFigures && !bareIndicator) continue;

    let name = cleanText(tr.name);
    // A name cut by a page break goes on in the next row: no label, no unit, no figures, a lower-case start.
    let k = i + 1;
    while (k < table.rows.length && k <= i + 2 && isBlankRow(sheet, table, table.rows[k].row)) k++;
    const next = table.rows[k];
    if (next && next.kind === "other" && next.label.trim() === "" && /^\p{Ll}/u.test(cleanText(next.name))) {
      const nextUnit = unitColumn === undefined ? "" : cellText(cellAt(sheet, next.row, unitColumn));
      if (nextUnit === "") name = `${name} ${cleanText(next.name)}`;
    }
    const unit = unitColumn === undefined ? "" : cleanText(cellText(cellAt(sheet, tr.row, unitColumn)));
    // The hidden code says what the row is; else a number in the STT cell makes an indicator.
    const numbered = codedRow ? codedRow.kind === "indicator" : isNumberedLabel(tr.label);
    const row: IndicatorRow = {
      row: tr.row,
      kind: "indicator",
      label: tr.label,
      name,
      nameCell: a1(tr.row, nameCol ?? table.firstCol),
      unit,
      values: cellRecord(keys.values),
      comparisons: cellRecord(keys.comparisons),
    };
    if (unitColumn !== undefined) row.unitCell = a1(tr.row, unitColumn);
    if (!numbered && parent) row.parent = parent;

    if (codeText !== "") {
      row.code = codeText;
      row.codeSource = "code-column";
      if (codedRow) row.catalog = codedRow;
    } else if (!numbered) {
      const child = catalogChild(parent, name);
      if (child) {
        row.code = child.code;
        row.codeSource = "parent";
        row.catalog = child;
      }
    }
    if (row.code === undefined) {
      const hit = recognize(name, unit, section, row.parent, numbered);
      if (hit) {
        row.code = hit.code;
        row.codeSource = "name";
        if (hit.catalog) row.catalog = hit.catalog;
      }
    }
    if (!numbered) {
      row.kind = row.catalog?.kind === "level" || LEVEL_NAME.test(fold(name)) ? "level" : "part";
    }

    for (let j = 0; j < columns.length; j++) {
      const c = columns[j];
      if (c.role === "comparison")
        row.comparisons[c.number] = readCell(cellAt(sheet, tr.row, c.col), tr.row, c.col);
      else if (c.input) row.values[c.number] = readCell(cellAt(sheet, tr.row, c.col), tr.row, c.col);
    }
    if (evaluationCol !== undefined)
      out.evaluations.set(tr.row, readCell(cellAt(sheet, tr.row, evaluationCol), tr.row, evaluationCol));
    out.rows.push(row);
    if (numbered) parent = row;
  }
  settleAmbiguities(out.rows, keys);
  return out;
}

/** The tables of one sheet, analysed. */
export function analyseSheet(sheet: SheetModel): AnalysedSheet {
  return { name: sheet.name, sheet, tables: findTables(sheet).map((t, i) => analyseTable(sheet, t, i)) };
}

/**
 * The tables of one sheet as far as their reading goes: columns and years, no rows (a table's reading does not
 * depend on its rows; a 100 000-row table's rows are not analysed to say how its columns read).
 */
export function analyseSheetColumns(sheet: SheetModel): AnalysedSheet {
  return { name: sheet.name, sheet, tables: findTables(sheet).map((t, i) => analyseTable(sheet, t, i, false)) };
}

/**
 * The analysed workbook. `sheetOf` analyses one sheet (default `analyseSheet`); the check passes one that turns a
 * crash into a finding.
 */
export function analyseWorkbook(
  workbook: WorkbookModel,
  options: AnalysisOptions = {},
  sheetOf: (sheet: SheetModel) => AnalysedSheet = analyseSheet,
): WorkbookAnalysis {
  const sheets = (workbook?.sheets ?? []).map(sheetOf);
  const stored = options.storedYear ?? workbook?.storedYear;
  const yearResolution = yearsOf(workbook, sheets, {
    ...options,
    ...(stored !== undefined ? { storedYear: stored } : {}),
  });
  const year = yearResolution.year;
  for (const s of sheets) for (const t of s.tables) settleColumnYears(t, yearResolution);
  return { ...(year !== undefined ? { year } : {}), yearResolution, options, sheets };
}

function yearsOf(
  workbook: WorkbookModel,
  sheets: readonly AnalysedSheet[],
  options: AnalysisOptions,
): YearResolution {
  const tables = sheets.flatMap((s) =>
    s.tables.map((t) => ({
      sheet: s.name,
      index: t.index,
      ...(t.year !== undefined && t.yearSource ? { year: { year: t.year, source: t.yearSource } } : {}),
    })),
  );
  return resolveReportYear(workbook, tables, {
    ...(options.storedYear !== undefined ? { stored: options.storedYear } : {}),
    ...(options.year !== undefined ? { user: options.year } : {}),
  });
}

/** The report year the workbook itself names (header, title or settings), whatever year was asked for. */
export function ownYearOf(
  workbook: WorkbookModel,
  sheets: readonly AnalysedSheet[],
  options: AnalysisOptions = {},
): number | undefined {
  const stored = options.storedYear ?? workbook?.storedYear;
  const own: AnalysisOptions = stored !== undefined ? { storedYear: stored } : {};
  return yearsOf(workbook, sheets, own).own?.year;
}

/**
 * Years a table's header names relative to N («Kế hoạch năm sau»), in a table whose own header and title name no
 * year, resolved with the workbook's N (another table's, the settings', the user's), and said so.
 */
function settleColumnYears(table: AnalysedTable, resolution: YearResolution): void {
  if (table.year !== undefined || resolution.year === undefined) return;
  const n = resolution.year;
  for (const column of table.columns) {
    const reading = column.reading;
    if (reading?.role !== "figure" || reading.figure.year.kind !== "relative") continue;
    const year: YearRef = { kind: "absolute", year: n + reading.figure.year.offset };
    const figure: Figure = { ...reading.figure, year };
    column.reading = { role: "figure", figure };
    column.yearSource = resolution.source;
    const role = roleOfReading(column.reading, false);
    if (role.year !== undefined) column.year = role.year;
  }
}

const childIndex = new WeakMap<AnalysedTable, Map<IndicatorRow, IndicatorRow[]>>();

/** The part and level rows under an indicator row, indexed once per table (rules ask for them row by row). */
export function childRows(table: AnalysedTable, row: IndicatorRow): IndicatorRow[] {
  let index = childIndex.get(table);
  if (!index) {
    index = new Map();
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows[i];
      if (!r.parent) continue;
      const list = index.get(r.parent);
      if (list) list.push(r);
      else index.set(r.parent, [r]);
    }
    childIndex.set(table, index);
  }
  return index.get(row) ?? [];
}
