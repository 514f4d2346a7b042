/**
 * The analysed workbook the table rules read: for every sheet, its appendix tables (found through their
 * column-number row) with the role of each column, the table's kind and year, and every indicator row with its
 * name, unit, catalog code and values read the way an official means them ("4.300" typed as text is 4300).
 * The row's catalog code is told by row-catalog.ts, the ambiguous figures settled by ambiguity.ts, the tables found
 * by find.ts.
 *
 * Pure: no Office, DOM or file access. Never throws on any sheet model.
 */
import { ictRow } from "../catalog/ict";
import { memo, memoWeak } from "../text/memo";
import type { CatalogRow } from "../catalog/types";
import type { Expr } from "./expr";
import { a1 } from "../model/address";
import { readCell, type CellReading } from "../model/cell";
import { cellAt, cellText, textless, type SheetModel, type WorkbookModel } from "../model/sheet";
import { fixLegacyText } from "../text";
import { namesLevel, recognizeHeading } from "../catalog/recognize";
import { roleOfReading, type ColumnRoleName, type ValueKind } from "./columns";
import { settleAmbiguities } from "./ambiguity";
import { catalogChild, recognizeRow } from "./row-catalog";
import { cleanLabel, isNumberedLabel } from "./row-labels";
import { findTables, inputColumns, type FoundColumn, type FoundTable } from "./find";
import type { ColumnReading, Figure, YearRef } from "./header-grammar";
import { resolveReportYear, type YearResolution, type YearSource } from "./year";

export type { CellReading, ValueReading } from "../model/cell";
export { isRateName, isRateRow } from "./ambiguity";

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
  /** A figure whose header is a year alone and whose kind nothing tells: the reading's kind is a placeholder. */
  kindUnknown?: boolean;
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
  table: FoundTable;
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
const cleanText = memo((text: string): string =>
  fixLegacyText(text).text.normalize("NFC").replace(/\s+/g, " ").trim(),
);

/** The legacy role of a model column: the forecast and plan forms' names for their value columns. */
function legacyRole(column: FoundColumn, kind: TableKind): ColumnRole {
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

function tableKind(table: FoundTable): TableKind {
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

function analyseColumns(table: FoundTable): {
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
    if (c.kindUnknown) col.kindUnknown = true;
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

/**
 * The column numbers under which a table's rows keep their cells (`values` and `comparisons`), each once, in the
 * order a key loop over the records gives (whole numbers ascending first): rules read the records through these
 * rather than by key enumeration (`for … in`, `Object.values`), which makes arrays for every row of a long table.
 */
export interface CellKeys {
  values: readonly number[];
  comparisons: readonly number[];
}

/** The table's `CellKeys`, worked out once per table. */
export const cellKeys = memoWeak((table: AnalysedTable): CellKeys => cellKeysOf(table.columns));

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

function isBlankRow(sheet: SheetModel, table: FoundTable, row: number): boolean {
  for (let c = table.firstCol; c <= table.lastCol; c++) if (!textless(cellAt(sheet, row, c))) return false;
  return true;
}

/** `rows: false`: the table's columns and year alone, its rows left empty (what the reading needs). */
function analyseTable(sheet: SheetModel, table: FoundTable, index: number, rows = true): AnalysedTable {
  const { columns, kind, unitColumn } = analyseColumns(table);
  const out: AnalysedTable = {
    sheet: sheet.name,
    index,
    table,
    kind,
    columns,
    rows: [],
    evaluations: new Map(),
  };
  if (table.year?.year !== undefined) out.year = table.year.year;
  if (table.year) out.yearSource = table.year.source;
  if (table.codeColumn !== undefined) out.codeColumn = table.codeColumn;
  if (unitColumn !== undefined) out.unitColumn = unitColumn;
  if (!rows) return out;
  const keys = cellKeys(out);
  const noStt = table.columns.find((c) => c.number === 1)?.role === "name";
  const at: TableRows = {
    sheet,
    table,
    out,
    keys,
    nameCol: columns.find((c) => c.number === (noStt ? 1 : 2))?.col,
    noStt,
    evaluationCol: columns.find((c) => c.purpose === "evaluation")?.col,
  };
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
    const row = indicatorRow(at, i, parent, section);
    if (!row) continue;
    readRowCells(at, row);
    out.rows.push(row);
    if (row.kind === "indicator") parent = row;
  }
  settleAmbiguities(out.rows, keys);
  return out;
}

/** A table being analysed, as its rows are read. */
interface TableRows {
  sheet: SheetModel;
  table: FoundTable;
  out: AnalysedTable;
  keys: CellKeys;
  nameCol: number | undefined;
  evaluationCol: number | undefined;
  /** The table has no STT column: its first column names the indicators, every named row with figures is one. */
  noStt: boolean;
}

/** The table's row `i` as an indicator (or a level or part of the indicator `parent`); undefined when none. */
function indicatorRow(
  at: TableRows,
  i: number,
  parent: IndicatorRow | undefined,
  section: string | undefined,
): IndicatorRow | undefined {
  const { sheet, table, keys } = at;
  const { codeColumn, unitColumn } = at.out;
  const tr = table.rows[i];
  const codeText = codeColumn === undefined ? "" : cellText(cellAt(sheet, tr.row, codeColumn));
  const codedRow = codeText === "" ? undefined : ictRow(codeText);
  const carriesFigures =
    codedRow && codedRow.kind !== "sector" && codedRow.kind !== "group" && codedRow.kind !== "subgroup";
  // A numbered row with a name but no unit nor figures is still an indicator (its levels may carry them).
  const bareIndicator = tr.kind === "other" && isNumberedLabel(tr.label) && tr.name.trim() !== "";
  if (tr.kind !== "indicator" && !carriesFigures && !bareIndicator) return undefined;
  const name = nameGoingOn(at, i);
  const unit = unitColumn === undefined ? "" : cleanText(cellText(cellAt(sheet, tr.row, unitColumn)));
  // The hidden code says what the row is; else a number in the STT cell makes an indicator, and so does a part's
  // mark («a)», «-») with no numbered indicator above it to be a part of (rows lettered right under a group heading
  // are the group's indicators, each the sibling of the one before).
  const numbered = codedRow
    ? codedRow.kind === "indicator"
    : at.noStt ||
      isNumberedLabel(tr.label) ||
      (tr.label.trim() !== "" && (parent === undefined || sameMark(parent.label, tr.label)));
  const row: IndicatorRow = {
    row: tr.row,
    kind: "indicator",
    label: tr.label,
    name,
    nameCell: a1(tr.row, at.nameCol ?? table.firstCol),
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
    const hit = recognizeRow(name, unit, section, row.parent, numbered);
    if (hit) {
      row.code = hit.code;
      row.codeSource = "name";
      if (hit.catalog) row.catalog = hit.catalog;
    }
  }
  if (!numbered) {
    row.kind = row.catalog?.kind === "level" || namesLevel(name) ? "level" : "part";
  }
  return row;
}

/** Two part marks of one kind: two letters («a)», «b)») or one bullet twice («-», «-»). */
function sameMark(a: string, b: string): boolean {
  const x = cleanLabel(a).toLowerCase();
  const y = cleanLabel(b).toLowerCase();
  if (isNumberedLabel(x) || isNumberedLabel(y)) return false;
  return (/^[a-zđ]$/.test(x) && /^[a-zđ]$/.test(y)) || (x !== "" && x === y);
}

/**
 * Row `i`'s name, with its end when a page break cut it: the next row has no label, unit nor figures, and starts
 * in lower case.
 */
function nameGoingOn(at: TableRows, i: number): string {
  const { sheet, table } = at;
  const { unitColumn } = at.out;
  let name = cleanText(table.rows[i].name);
  let k = i + 1;
  while (k < table.rows.length && k <= i + 2 && isBlankRow(sheet, table, table.rows[k].row)) k++;
  const next = table.rows[k];
  if (next && next.kind === "other" && next.label.trim() === "" && /^\p{Ll}/u.test(cleanText(next.name))) {
    const nextUnit = unitColumn === undefined ? "" : cellText(cellAt(sheet, next.row, unitColumn));
    if (nextUnit === "") name = `${name} ${cleanText(next.name)}`;
  }
  return name;
}

/** The row's figure and comparison cells, and its evaluation cell, read once. */
function readRowCells(at: TableRows, row: IndicatorRow): void {
  const { sheet, out } = at;
  for (const c of out.columns) {
    if (c.role === "comparison")
      row.comparisons[c.number] = readCell(cellAt(sheet, row.row, c.col), row.row, c.col);
    else if (c.input) row.values[c.number] = readCell(cellAt(sheet, row.row, c.col), row.row, c.col);
  }
  if (at.evaluationCol !== undefined)
    out.evaluations.set(
      row.row,
      readCell(cellAt(sheet, row.row, at.evaluationCol), row.row, at.evaluationCol),
    );
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
  return {
    name: sheet.name,
    sheet,
    tables: findTables(sheet).map((t, i) => analyseTable(sheet, t, i, false)),
  };
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

/** The part and level rows under an indicator row, indexed once per table (rules ask for them row by row). */
export function childRows(table: AnalysedTable, row: IndicatorRow): IndicatorRow[] {
  return childIndex(table).get(row) ?? [];
}

const childIndex = memoWeak((table: AnalysedTable): Map<IndicatorRow, IndicatorRow[]> => {
  const index = new Map<IndicatorRow, IndicatorRow[]>();
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if (!r.parent) continue;
    const list = index.get(r.parent);
    if (list) list.push(r);
    else index.set(r.parent, [r]);
  }
  return index;
});
