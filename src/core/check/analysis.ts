/**
 * The analysed workbook the table rules read: for every sheet, its appendix tables (found through their
 * column-number row) with the role of each column, the table's kind and year, and every indicator row with its
 * name, unit, catalog code and values read the way an official means them ("4.300" typed as text is 4300).
 *
 * Pure: no Office, DOM or file access. Never throws on any sheet model.
 */
import { ictChildren, ictRow } from "../catalog/ict";
import type { CatalogRow } from "../catalog/types";
import { comparisonPlan } from "../formulas/guards";
import { renderExpr } from "../formulas/expr";
import {
  findFormulaTables,
  inputColumns,
  type Expr,
  type FormulaColumn,
  type FormulaTable,
} from "../formulas";
import { a1 } from "../model/address";
import {
  cellAt,
  cellText,
  type CellModel,
  type CellValue,
  type SheetModel,
  type WorkbookModel,
} from "../model/sheet";
import { fixLegacyText, foldDiacritics, normalizeName, parseVietnameseNumber } from "../text";
import { recognizeHeading, recognizeIndicator, recognizeLevel } from "./recognize";
import type { CheckOptions, Finding, FindingCode, ParamValue, Severity } from "./types";

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

/** The forecast of year N (half-year and full-year estimate), the plan of year N+1, or another table. */
export type TableKind = "forecast" | "plan" | "other";

export type ValueReading = "number" | "text-number" | "ambiguous" | "text" | "empty" | "formula";

/** One figure cell of an indicator row, as typed and as meant. */
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
}

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
  /** Input cells by form column number. */
  values: Record<number, CellReading>;
  /** Comparison cells by form column number. */
  comparisons: Record<number, CellReading>;
}

export interface AnalysedTable {
  sheet: string;
  /** Index of the table in its sheet. */
  index: number;
  table: FormulaTable;
  kind: TableKind;
  /** The report year N the table is about (a plan's N is its plan year − 1). */
  year?: number;
  columns: AnalysedColumn[];
  /** Sheet column of the hidden "Mã chỉ tiêu" column, if any. */
  codeColumn?: number;
  unitColumn?: number;
  rows: IndicatorRow[];
}

export interface AnalysedSheet {
  name: string;
  sheet: SheetModel;
  tables: AnalysedTable[];
}

export interface WorkbookAnalysis {
  /** options.year, else the year the tables' headers give. */
  year?: number;
  options: CheckOptions;
  sheets: AnalysedSheet[];
}

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers of the rules

/** Rounds to two decimals (what messages show and what comparisons tolerate). */
export function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** Two figures the same once rounded to 2 decimals, or within floating-point noise. */
export function sameFigure(a: number, b: number): boolean {
  return round2(a) === round2(b) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Folded text for comparing names, units and headers (diacritics, case, dashes, spacing). */
export function fold(text: string): string {
  return foldDiacritics(text);
}

/** Folded unit: as `normalizeName`, with "(…)" around a whole unit dropped ("(%)" is "%"). */
export function foldUnit(unit: string): string {
  let u = normalizeName(unit);
  while (/^\(.*\)$/.test(u)) u = u.slice(1, -1).trim();
  return u.replace(/\.$/, "");
}

export function isPercentUnit(unit: string): boolean {
  const u = foldUnit(unit);
  return u === "%" || u === "phan tram" || u === "ty le %" || u === "ty le (%)";
}

/** A name that starts with "Tỷ lệ" (or "Tỉ lệ") names a rate. */
export function isRateName(name: string): boolean {
  return /^t[yi] le\b/.test(fold(name));
}

/** The row holds a rate in percent numbers: its unit is %, or it has no unit and is a rate by catalog or name. */
export function isRateRow(row: IndicatorRow): boolean {
  if (row.unit.trim() !== "") return isPercentUnit(row.unit);
  return row.catalog?.measure === "rate" || isRateName(row.name);
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface FindingInit {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  cell: string;
  row?: IndicatorRow;
  expected?: number | string;
  actual?: number | string | null;
  params: Record<string, ParamValue>;
  variant?: string;
}

/** A finding with the indicator's name and code taken from its row. */
export function makeFinding(init: FindingInit): Finding {
  const f: Finding = {
    code: init.code,
    severity: init.severity,
    sheet: init.sheet,
    cell: init.cell,
    params: init.params,
  };
  if (init.row) {
    f.indicator = init.row.name;
    if (init.row.code !== undefined) f.indicatorCode = init.row.code;
  }
  if (init.expected !== undefined) f.expected = init.expected;
  if (init.actual !== undefined) f.actual = init.actual;
  if (init.variant !== undefined) f.variant = init.variant;
  return f;
}

/** Every table of the workbook, in sheet order. */
export function allTables(analysis: WorkbookAnalysis): AnalysedTable[] {
  return analysis.sheets.flatMap((s) => s.tables);
}

/** The column of a role in a table (the first one). */
export function columnOfRole(table: AnalysedTable, role: ColumnRole): AnalysedColumn | undefined {
  return table.columns.find((c) => c.role === role);
}

/** The readable formula of a comparison cell: "=F9/D9*100". */
export function simpleFormula(table: AnalysedTable, column: AnalysedColumn, row: number): string | undefined {
  if (!column.expr) return undefined;
  const body = comparisonPlan(column.expr, column.percent).body;
  let ok = true;
  const text = renderExpr(body, (leaf) => {
    if (leaf.kind === "num") return String(leaf.value);
    const col = table.columns.find((c) => c.number === leaf.n)?.col;
    if (col === undefined) {
      ok = false;
      return "?";
    }
    return a1(row, col);
  });
  return ok ? `=${text}` : undefined;
}

/** Rules run one after the other; one that fails on an unforeseen input gives no findings instead of throwing. */
export function safely(rule: () => Finding[]): Finding[] {
  try {
    return rule();
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the tables

const CODE_HEADER = "ma chi tieu";

/** The name (or unit) as meant: legacy encodings converted, NFC, single spaces. */
function cleanText(text: string): string {
  const fixed = fixLegacyText(text).text;
  return fixed.normalize("NFC").replace(/\s+/g, " ").trim();
}

function headerYear(folded: string): number | undefined {
  const years = folded.match(/\b(19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

type DraftRole = ColumnRole | "actual";

function draftRole(column: FormulaColumn, folded: string): DraftRole {
  if (column.expr) return "comparison";
  if (column.number <= 3) return "other";
  if (/\bso sanh\b|\bty le\b|%/.test(folded)) return "other";
  if (/\buoc\b/.test(folded)) return "year-estimate";
  if (/\b(6|sau) thang\b|\bnua nam\b/.test(folded)) return "half-year";
  if (/\bke hoach\b|\bkh\b|\bchi tieu\b|\bmuc tieu\b/.test(folded)) return "plan";
  if (/\bthuc hien\b|\bth\b|\bket qua\b/.test(folded)) return "actual";
  return "other";
}

function isUnitHeader(folded: string): boolean {
  return /\bdon vi tinh\b|\bdvt\b|^don vi$/.test(folded);
}

function analyseColumns(table: FormulaTable): {
  columns: AnalysedColumn[];
  kind: TableKind;
  year?: number;
  unitColumn?: number;
} {
  const folded = table.columns.map((c) => fold(cleanText(c.header)));
  const drafts = table.columns.map((c, i) => draftRole(c, folded[i]));
  const has = (r: DraftRole) => drafts.includes(r);
  const kind: TableKind =
    has("half-year") && has("year-estimate") ? "forecast" : has("plan") && has("actual") ? "plan" : "other";

  // The unit column: headed "Đơn vị tính"; else the form's column 3 when nothing says otherwise.
  let unitColumn = table.columns.find((c, i) => !c.expr && isUnitHeader(folded[i]))?.col;
  const referenced = new Set(inputColumns(table).map((c) => c.col));
  if (unitColumn === undefined) {
    const third = table.columns.find((c) => c.number === 3);
    const i = third ? table.columns.indexOf(third) : -1;
    if (
      third &&
      !third.expr &&
      !referenced.has(third.col) &&
      (folded[i] === "" || /\bdon vi\b/.test(folded[i]))
    )
      unitColumn = third.col;
  }

  const columns: AnalysedColumn[] = table.columns.map((c, i) => {
    const d = drafts[i];
    const role: ColumnRole = d === "actual" ? (kind === "forecast" ? "prev-actual" : "year-actual") : d;
    const year = role === "comparison" ? undefined : headerYear(folded[i]);
    const input = !c.expr && c.col !== unitColumn && (c.number > 3 || referenced.has(c.col));
    const col: AnalysedColumn = {
      col: c.col,
      number: c.number,
      header: c.header,
      role,
      percent: c.percent,
      input,
    };
    if (year !== undefined) col.year = year;
    if (c.expr) col.expr = c.expr;
    return col;
  });

  const yearOf = (role: ColumnRole) => columns.find((c) => c.role === role && c.year !== undefined)?.year;
  let year: number | undefined;
  if (kind === "forecast") {
    const prev = yearOf("prev-actual");
    year = yearOf("year-estimate") ?? yearOf("half-year") ?? (prev === undefined ? undefined : prev + 1);
  } else if (kind === "plan") {
    const plan = yearOf("plan");
    year = plan !== undefined ? plan - 1 : yearOf("year-actual");
  }
  return {
    columns,
    kind,
    ...(year !== undefined ? { year } : {}),
    ...(unitColumn !== undefined ? { unitColumn } : {}),
  };
}

/** The hidden "Mã chỉ tiêu" column: a header cell with that text, right of or among the table's header rows. */
function findCodeColumn(sheet: SheetModel, table: FormulaTable): number | undefined {
  for (let r = table.headerTop; r <= table.numberRow; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (c >= table.firstCol && c <= table.lastCol) continue;
      if (fold(cellText(cells[c])) === CODE_HEADER) return c;
    }
  }
  return undefined;
}

function hasPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return bare.includes("%");
}

function readCell(cell: CellModel | undefined, row: number, col: number): CellReading {
  const base = { address: a1(row, col), row, col, percentFormatted: hasPercentFormat(cell?.numberFormat) };
  if (!cell) return { ...base, raw: null, reading: "empty" };
  const raw = cell.value === undefined ? null : cell.value;
  if (typeof cell.formula === "string" && cell.formula !== "") {
    const r: CellReading = { ...base, raw, reading: "formula", formula: cell.formula };
    if (typeof raw === "number" && Number.isFinite(raw)) r.value = raw;
    return r;
  }
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { ...base, raw, reading: "number", value: raw }
      : { ...base, raw, reading: "text" };
  }
  if (typeof raw === "string") {
    if (raw.trim() === "") return { ...base, raw, reading: "empty" };
    const n = parseVietnameseNumber(raw);
    if (n.kind === "number") {
      const r: CellReading = { ...base, raw, reading: "text-number", value: n.value };
      if (n.percent) r.textPercent = true;
      return r;
    }
    if (n.kind === "ambiguous") {
      const r: CellReading = {
        ...base,
        raw,
        reading: "ambiguous",
        value: n.value,
        alternative: n.alternative,
      };
      if (n.percent) r.textPercent = true;
      return r;
    }
    return { ...base, raw, reading: "text" };
  }
  if (raw === null) return { ...base, raw, reading: "empty" };
  return { ...base, raw, reading: "text" };
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
  for (const t of texts) {
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

function settleAmbiguities(rows: IndicatorRow[]): void {
  const readings = rows.flatMap((r) => [...Object.values(r.values), ...Object.values(r.comparisons)]);
  const texts = readings.filter((c) => typeof c.raw === "string").map((c) => c.raw as string);
  const evidence = conventionEvidence(texts);
  const vietnamese = evidence.vi > evidence.en;
  for (const row of rows) {
    const whole = wholeNumberRow(row);
    for (const c of [...Object.values(row.values), ...Object.values(row.comparisons)]) {
      if (c.reading !== "ambiguous") continue;
      const alternativeUnmeant = whole && c.alternative !== undefined && !Number.isInteger(c.alternative);
      if (vietnamese || alternativeUnmeant) c.settled = true;
    }
  }
}

const LEVEL_NAME = /^cap (tinh|huyen|xa|trung uong)\b/;

function isNumberedLabel(label: string): boolean {
  return /^\d+(\.\d+)*[.)]?$/.test(label.trim());
}

/** A part or level row under a catalog indicator: the indicator's child of that name (or level). */
function catalogChild(parent: IndicatorRow | undefined, name: string): CatalogRow | undefined {
  if (!parent?.catalog) return undefined;
  const children = ictChildren(parent.catalog.code).filter((c) => c.kind === "part" || c.kind === "level");
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
  const hit = recognizeIndicator(name, { ...(unit !== "" ? { unit } : {}), ...(section ? { section } : {}) });
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
  for (let c = table.firstCol; c <= table.lastCol; c++)
    if (cellText(cellAt(sheet, row, c)) !== "") return false;
  return true;
}

function analyseTable(sheet: SheetModel, table: FormulaTable, index: number): AnalysedTable {
  const { columns, kind, year, unitColumn } = analyseColumns(table);
  const codeColumn = findCodeColumn(sheet, table);
  const byNumber = new Map(columns.map((c) => [c.number, c]));
  const nameCol = byNumber.get(2)?.col;
  const out: AnalysedTable = { sheet: sheet.name, index, table, kind, columns, rows: [] };
  if (year !== undefined) out.year = year;
  if (codeColumn !== undefined) out.codeColumn = codeColumn;
  if (unitColumn !== undefined) out.unitColumn = unitColumn;

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
      values: {},
      comparisons: {},
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

    for (const c of columns) {
      if (c.role === "comparison")
        row.comparisons[c.number] = readCell(cellAt(sheet, tr.row, c.col), tr.row, c.col);
      else if (c.input) row.values[c.number] = readCell(cellAt(sheet, tr.row, c.col), tr.row, c.col);
    }
    out.rows.push(row);
    if (numbered) parent = row;
  }
  settleAmbiguities(out.rows);
  return out;
}

/** The sheet's tables; a sheet the reader cannot make sense of has none rather than stopping the check. */
function tablesOf(sheet: SheetModel): AnalysedTable[] {
  try {
    return findFormulaTables(sheet).map((t, i) => analyseTable(sheet, t, i));
  } catch {
    return [];
  }
}

function workbookYear(tables: AnalysedTable[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== undefined) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  return best;
}

export function analyseWorkbook(workbook: WorkbookModel, options: CheckOptions = {}): WorkbookAnalysis {
  const sheets: AnalysedSheet[] = [];
  for (const sheet of workbook?.sheets ?? []) {
    sheets.push({ name: sheet.name, sheet, tables: tablesOf(sheet) });
  }
  const year = options.year ?? workbookYear(sheets.flatMap((s) => s.tables));
  return { ...(year !== undefined ? { year } : {}), options, sheets };
}

const childIndex = new WeakMap<AnalysedTable, Map<IndicatorRow, IndicatorRow[]>>();

/** The part and level rows under an indicator row, indexed once per table (rules ask for them row by row). */
export function childRows(table: AnalysedTable, row: IndicatorRow): IndicatorRow[] {
  let index = childIndex.get(table);
  if (!index) {
    index = new Map();
    for (const r of table.rows) {
      if (!r.parent) continue;
      const list = index.get(r.parent);
      if (list) list.push(r);
      else index.set(r.parent, [r]);
    }
    childIndex.set(table, index);
  }
  return index.get(row) ?? [];
}
