/**
 * The DX self-assessment table of the table model (the digital-transformation index of seed 002, our "chuyen-doi-so"
 * sheet, or an official's own table): its columns, its rows and their hierarchy, read once for the score rule and
 * the consolidation.
 *
 * A DX table is a table of the table model (src/core/tables, found by its column-number row or its header row) with
 * a maximum-points column ("Điểm tối đa") and a self-score column to its right ("Điểm tự chấm", "Tự chấm", "Điểm tự
 * đánh giá", "Điểm đạt", "Điểm"); its STT, criterion and hidden code columns are the model's too. The rows under it
 * carry an STT label, the criterion, the maximum and the self-score.
 *
 * The hierarchy comes from the labels: roman numerals (or a single capital letter) are pillars; "1", "1.1", "1.1.3"
 * nest by their dots under the current pillar; a letter ("a", "b)") or a dash ("-", "+", "•") is a part of the last
 * numbered criterion; a row without a label whose name reads "TỔNG CỘNG"/"Tổng …" is the grand total over the pillars
 * (or over the top criteria when there are none). Rows without any of these labels (notes, blank rows) stay out of
 * the hierarchy. When the hidden "Mã chỉ tiêu" column holds dxIndex codes, a coded row takes its parent from the
 * catalog instead (this settles labels the document prints twice, e.g. Xã hội số "6.2").
 *
 * Numbers typed as text count with the value they mean ("2,5" → 2.5).
 */
import { dxChildren, dxCriterion, dxPillars } from "../catalog/dx-index";
import { cleanLabel, isNumberedLabel, romanValue } from "./row-labels";
import { cellAt, cellText, type CellModel, type SheetModel } from "../model/sheet";
import { collapseSpaces, fixLegacyText, foldDiacritics } from "../text";
import { readCell } from "../model/cell";
import { findTables, tableColumnOf, type FoundColumn, type FoundTable, type TableRow } from "./find";

/** The columns of a DX table. */
export interface DxColumns {
  /** Row of the "Điểm tối đa" header. */
  headerRow: number;
  /** First row under the header rows. */
  firstDataRow: number;
  sttCol: number;
  nameCol: number;
  maxCol: number;
  scoreCol: number;
  /** The hidden "Mã chỉ tiêu" column, when the sheet has one. */
  codeCol?: number;
}

export type DxRowKind = "pillar" | "numbered" | "letter" | "dash" | "total" | "coded" | "loose";

/** A self-score cell as read. */
export type ScoreCell =
  | {
      kind: "value";
      value: number;
      /** A formula's cached result. */
      formula?: true;
      /** A number stored as text (which SUM skips). */
      text?: true;
    }
  /** A formula whose result is not stored (our own SUM cells as written). */
  | { kind: "unknown" }
  /** Empty, or text that is not a number. */
  | { kind: "none" };

export interface DxRow {
  row: number;
  kind: DxRowKind;
  /** The STT label, trimmed, trailing "." or ")" removed. */
  label: string;
  /** Criterion name, legacy text converted, spaces collapsed. */
  name: string;
  max?: number;
  score: ScoreCell;
  /** Code from the hidden column, or the dxIndex code the row matched by pillar, label and name. */
  code?: string;
  /** Index (in the table's rows) of the parent row. */
  parent?: number;
  /** Indices of the child rows. */
  children: number[];
}

export interface DxTable {
  columns: DxColumns;
  /** Last sheet row belonging to the table (inclusive). */
  lastRow: number;
  rows: DxRow[];
}

/** A bare "Điểm" self-score header, used only when the table has no more specific one. */
const BARE_SCORE_HEADER = /^diem( \(diem\))?$/;

/** The self-score column of a table: right of its maximum, the most specific header first. */
function scoreColumnOf(table: FoundTable, maxCol: number): FoundColumn | undefined {
  const scores = table.columns.filter((c) => c.role === "self-score" && c.col > maxCol);
  return scores.find((c) => !BARE_SCORE_HEADER.test(c.folded)) ?? scores[0];
}

/** The DX columns of a table of the model: a maximum-points column with a self-score column to its right. */
function dxColumnsOf(table: FoundTable): DxColumns | undefined {
  const max = table.columns.find((c) => c.role === "max-points");
  if (!max) return undefined;
  const score = scoreColumnOf(table, max.col);
  if (!score) return undefined;
  const sttCol =
    table.columns.find((c) => c.role === "number" && c.col < max.col)?.col ?? Math.max(0, max.col - 2);
  let nameCol =
    table.columns.find((c) => c.role === "name" && c.col > sttCol && c.col < max.col)?.col ??
    table.columns.find((c) => c.col > sttCol && c.col < max.col && c.folded !== "")?.col ??
    sttCol + 1;
  if (nameCol >= max.col) nameCol = sttCol;
  const codeCol = table.codeColumn ?? table.columns.find((c) => c.role === "code")?.col;
  return {
    headerRow: table.headerTop,
    firstDataRow: table.numberRow + 1,
    sttCol,
    nameCol,
    maxCol: max.col,
    scoreCol: score.col,
    ...(codeCol !== undefined ? { codeCol } : {}),
  };
}

/** The DX tables of a sheet, as the table model finds them, with their DX columns. */
function dxTablesOf(sheet: SheetModel): { table: FoundTable; columns: DxColumns }[] {
  const out: { table: FoundTable; columns: DxColumns }[] = [];
  for (const table of findTables(sheet)) {
    const columns = dxColumnsOf(table);
    if (columns) out.push({ table, columns });
  }
  return out;
}

/** The DX header rows of a sheet: every table of the model with a maximum-points and a self-score column. */
function findDxColumns(sheet: SheetModel): DxColumns[] {
  return dxTablesOf(sheet).map((t) => t.columns);
}

/** A sheet holding the DX self-assessment (a "Điểm tối đa" header with a self-score column). */
export function isDxSheet(sheet: SheetModel): boolean {
  return findDxColumns(sheet).length > 0;
}

/** A number typed as a number or as text; undefined for anything else. */
export function numberOfCell(cell: CellModel | undefined): number | undefined {
  const reading = readCell(cell, 0, 0);
  return reading.textPercent ? undefined : reading.value;
}

function scoreOf(cell: CellModel | undefined): ScoreCell {
  if (!cell) return { kind: "none" };
  if (cell.formula && (cell.value === null || cell.value === undefined || cell.value === ""))
    return { kind: "unknown" };
  const value = numberOfCell(cell);
  if (value === undefined) return { kind: "none" };
  const score: ScoreCell = { kind: "value", value };
  if (cell.formula) score.formula = true;
  else if (typeof cell.value === "string") score.text = true;
  return score;
}

const TOTAL = /^tong( cong| so diem| diem| so| diem tu cham)?\b/;

function isTotalText(text: string): boolean {
  const f = foldDiacritics(text);
  return f === "tong" || (TOTAL.test(f) && f.split(" ").length <= 5);
}

function labelKind(label: string, name: string): DxRowKind {
  if (label === "") return isTotalText(name) ? "total" : "loose";
  if (isTotalText(label)) return "total";
  if (isNumberedLabel(label)) return "numbered";
  if (/^[a-zđ]$/.test(label)) return "letter";
  if (/^[-+*•–—·]$/.test(label)) return "dash";
  if (/^[A-Z]$/.test(label) || romanValue(label) !== undefined) return "pillar";
  return "loose";
}

/** Letters and digits of a folded name, for a tolerant comparison with the catalog. */
function nameKey(name: string): string {
  return foldDiacritics(name).replace(/[^a-z0-9]/g, "");
}

function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === "" || kb === "") return false;
  return ka === kb || (Math.min(ka.length, kb.length) >= 12 && (ka.startsWith(kb) || kb.startsWith(ka)));
}

function pillarCodeOf(label: string, name: string): string | undefined {
  const p = dxPillars.find((x) => x.roman === label && sameName(x.name, name));
  return p?.code;
}

function isKnownCode(code: string): boolean {
  return dxPillars.some((p) => p.code === code) || dxCriterion(code) !== undefined;
}

function parentCodeOf(code: string): string | undefined {
  const c = dxCriterion(code);
  if (!c) return undefined;
  return c.parent ?? dxPillars.find((p) => p.pillar === c.pillar)?.code;
}

function readRows(
  sheet: SheetModel,
  columns: DxColumns,
  tableRows: readonly TableRow[],
  labelFromModel: boolean,
): DxRow[] {
  const rows: DxRow[] = [];
  for (const { row: r, label: sttText } of tableRows) {
    const label = cleanLabel(labelFromModel ? sttText : cellText(cellAt(sheet, r, columns.sttCol)));
    const rawName = columns.nameCol === columns.sttCol ? "" : cellText(cellAt(sheet, r, columns.nameCol));
    const name = collapseSpaces(fixLegacyText(rawName).text);
    // The column-number row ("1 2 3 4 5") under the header.
    if (/^\d+$/.test(name) && /^\d+$/.test(label)) continue;
    const codeText = columns.codeCol === undefined ? "" : cellText(cellAt(sheet, r, columns.codeCol));
    const code = codeText !== "" && isKnownCode(codeText) ? codeText : undefined;
    let kind = labelKind(label, name);
    if (kind === "loose" && code !== undefined) kind = "coded";
    const max = numberOfCell(cellAt(sheet, r, columns.maxCol));
    const score = scoreOf(cellAt(sheet, r, columns.scoreCol));
    if (kind === "loose" && (name === "" || (max === undefined && score.kind === "none"))) continue;
    rows.push({
      row: r,
      kind,
      label,
      name,
      ...(max !== undefined ? { max } : {}),
      score,
      ...(code !== undefined ? { code } : {}),
      children: [],
    });
  }
  return rows;
}

/** Parents from the labels, then from the catalog codes where the hidden column gives them. */
function linkRows(rows: DxRow[]): void {
  let pillar: number | undefined;
  let numbered = new Map<string, number>();
  let lastNumbered: number | undefined;
  const tops: number[] = [];
  const pillars: number[] = [];

  rows.forEach((row, i) => {
    switch (row.kind) {
      case "pillar":
        pillar = i;
        pillars.push(i);
        numbered = new Map();
        lastNumbered = undefined;
        row.code ??= pillarCodeOf(row.label, row.name);
        break;
      case "numbered": {
        const parts = row.label.split(".");
        let parent: number | undefined;
        for (let k = parts.length - 1; k >= 1 && parent === undefined; k--) {
          parent = numbered.get(parts.slice(0, k).join("."));
        }
        row.parent = parent ?? pillar;
        if (row.parent === undefined) tops.push(i);
        numbered.set(row.label, i);
        lastNumbered = i;
        break;
      }
      case "letter":
      case "dash":
        row.parent = lastNumbered ?? pillar;
        if (row.parent === undefined) tops.push(i);
        break;
      case "total": {
        const over = pillars.length > 0 ? pillars : tops;
        for (const k of over) if (rows[k].parent === undefined) rows[k].parent = i;
        pillar = undefined;
        pillars.length = 0;
        tops.length = 0;
        numbered = new Map();
        lastNumbered = undefined;
        break;
      }
      default:
        break;
    }
  });

  // Without the hidden column, a row under a recognized parent takes the code of the catalog child it names.
  rows.forEach((row, i) => {
    if (row.code !== undefined || row.parent === undefined) return;
    const parentCode = rows[row.parent].code;
    if (parentCode === undefined || !isKnownCode(parentCode)) return;
    const named = dxChildren(parentCode).filter((c) => sameName(c.name, row.name));
    const match = named.find((c) => c.label === row.label) ?? named[0];
    if (match && !rows.some((other, k) => k !== i && other.code === match.code)) row.code = match.code;
  });

  // Catalog codes settle the parent of every coded row whose parent row is in the table.
  const rowOfCode = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.code !== undefined && isKnownCode(row.code) && !rowOfCode.has(row.code))
      rowOfCode.set(row.code, i);
  });
  rows.forEach((row, i) => {
    if (row.code === undefined || rowOfCode.get(row.code) !== i) return;
    const parentCode = parentCodeOf(row.code);
    const parent = parentCode === undefined ? undefined : rowOfCode.get(parentCode);
    if (parent !== undefined && parent !== i) row.parent = parent;
  });

  rows.forEach((row, i) => {
    if (row.parent !== undefined) rows[row.parent].children.push(i);
  });
}

/** Every DX table of a sheet with its rows and their hierarchy. */
export function readDxTables(sheet: SheetModel): DxTable[] {
  return dxTablesOf(sheet).map(({ table, columns }) => {
    // The model reads the form's first column as the STT (merged cells read at their top-left cell).
    const labelFromModel = tableColumnOf(table, 1) === columns.sttCol;
    const rows = readRows(sheet, columns, table.rows, labelFromModel);
    linkRows(rows);
    return { columns, lastRow: table.lastRow, rows };
  });
}
