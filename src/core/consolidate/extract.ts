/**
 * The one bridge from the checker to the consolidation: a workbook model in, a `DistrictReport` out.
 *
 * Everything here reads through the table model (`src/core/tables`: the appendix tables with their column roles —
 * value columns by kind and year, the self score —, their catalog codes from the hidden "Mã chỉ tiêu" column or
 * recognised from the names, their figures through the one cell reader `readCell`/`percentNumber`, the report year
 * through `reportYear`), the checker's DX reader for the self-assessment hierarchy, and `checkWorkbook` for the
 * counts and the grassroots-targets coverage; so pasted tables, TCVN3 files and our own templates consolidate alike.
 * This file is the consolidation's only seam with the checker and the model.
 *
 * Pure; a workbook the analysis cannot make sense of gives a report without appendices, never an exception.
 */
import {
  analyseWorkbook,
  isRateRow,
  percentNumber,
  withFormulaTableCache,
  type AnalysedColumn,
  type AnalysedTable,
} from "../tables";
import { checkWorkbook, countBySeverity } from "../check";
import { withoutReports } from "../actions/check";
import { readDxTables } from "../check/rules/scores";
import { t } from "../i18n/messages";
import { a1, parseA1 } from "../model/address";
import { cellText, type SheetModel, type WorkbookModel } from "../model/sheet";
import { fixLegacyText, foldDiacritics } from "../text";
import { unreadableReport } from "./types";
import type {
  AppendixKind,
  AppendixRow,
  DistrictAppendix,
  DistrictReport,
  FigureRole,
  SourcedValue,
} from "./types";

/**
 * The grassroots target set of a year, as the checker's coverage picks it; re-exported so that this file stays the
 * consolidation's only seam with the checker's readers.
 */
export { targetSetFor } from "../targets/coverage";

export interface ExtractOptions {
  /** The file the workbook was read from, as the user named it. */
  file: string;
  /** The consolidation's year, used for the targets coverage when the workbook's headers name none. */
  year?: number;
}

export function extractDistrictReport(workbook: WorkbookModel, options: ExtractOptions): DistrictReport {
  return withFormulaTableCache(() => extract(withoutReports(workbook), options));
}

function extract(workbook: WorkbookModel, options: ExtractOptions): DistrictReport {
  if (isConsolidation(workbook)) return unreadableReport(options.file, "consolidated");
  const analysis = analyseWorkbook(workbook);
  const ownYear = analysis.year;
  const year = ownYear ?? options.year;
  const check = checkWorkbook(workbook, year !== undefined ? { year } : {});
  const counts = countBySeverity(check.issues);
  const report: DistrictReport = {
    file: options.file,
    errors: counts.error,
    warnings: counts.warning,
    targets: check.targets,
    appendices: [],
  };
  if (ownYear !== undefined) report.year = ownYear;
  const district = districtOf(workbook);
  if (district !== undefined) report.district = district;

  // One table per kind: the one for the workbook's year when there are several (a copy, last year's table left in
  // the file), else the first.
  const seen = new Set<AppendixKind>();
  const tables = analysis.sheets.flatMap((s) => s.tables);
  const ordered = [
    ...tables.filter((tb) => tb.year === ownYear),
    ...tables.filter((tb) => tb.year !== ownYear),
  ];
  for (const table of ordered) {
    const appendix = tableAppendix(table);
    if (!appendix || seen.has(appendix.kind)) continue;
    seen.add(appendix.kind);
    report.appendices.push(appendix);
  }
  for (const sheet of workbook.sheets) {
    if (!seen.has("dx")) {
      const dx = dxAppendix(sheet);
      if (dx) {
        seen.add("dx");
        report.appendices.push(dx);
      }
    }
  }
  if (!seen.has("grassroots")) {
    const grassroots = grassrootsAppendix(report);
    if (grassroots) report.appendices.push(grassroots);
  }
  return report;
}

/** A workbook written by the consolidation (its sheets' first title line), in either language. */
function isConsolidation(workbook: WorkbookModel): boolean {
  const titles = new Set(
    (["vi", "en"] as const).flatMap((lang) => [
      t(lang, "cons.title"),
      t(lang, "cons.status.title", { year: "" }),
    ]),
  );
  return workbook.sheets.some((s) => {
    const a1Text = cellText(s.rows[0]?.[0]);
    return titles.has(a1Text) || titles.has(a1Text.replace(/\d{4}$/, ""));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The district's name

/** "(Kèm theo kế hoạch số … của UBND huyện Tuần Giáo)" → "huyện Tuần Giáo". */
const ATTACHED_LINE = /k[eè]m theo\b.*\bcua (?:ubnd|uy ban nhan dan)\s+(.+?)\s*\)?\s*$/;

/**
 * The reporting unit named in the line under a table's title. Read on the first rows of every sheet; the line is
 * converted from TCVN3/VNI first. The name keeps its diacritics (cut from the converted text at the folded match).
 */
export function districtOf(workbook: WorkbookModel): string | undefined {
  for (const sheet of workbook.sheets) {
    const top = Math.min(sheet.rows.length, 12);
    for (let r = 0; r < top; r++) {
      for (const cell of sheet.rows[r] ?? []) {
        const raw = cellText(cell);
        if (raw.length < 12 || raw.length > 300) continue;
        const text = fixLegacyText(raw).text.normalize("NFC").replace(/\s+/g, " ").trim();
        const name = unitAfterUbnd(text);
        if (name !== undefined) return name;
      }
    }
  }
  return undefined;
}

function unitAfterUbnd(text: string): string | undefined {
  const folded = foldDiacritics(text);
  const m = ATTACHED_LINE.exec(folded);
  if (!m) return undefined;
  // Folding keeps one character per letter of single-spaced NFC text, so the folded match cuts the original.
  const start = folded.lastIndexOf(m[1]);
  const name = (folded.length === text.length ? text.slice(start, start + m[1].length) : m[1]).trim();
  if (!/\p{L}/u.test(name) || /^[.…\s]+$/.test(name)) return undefined;
  return name;
}

// ---------------------------------------------------------------------------------------------------------------
// Appendix tables

function kindOf(table: AnalysedTable): AppendixKind | undefined {
  if (table.kind === "forecast") return "forecast";
  if (table.kind === "plan") return "plan";
  let ttcs = 0;
  let cpdt = 0;
  let cds = 0;
  for (const row of table.rows) {
    if (row.code?.startsWith("ttcs.")) ttcs++;
    else if (row.code?.startsWith("cpdt.")) cpdt++;
    else if (row.code?.startsWith("cds.")) cds++;
  }
  const most = Math.max(ttcs, cpdt, cds);
  if (most === 0) return undefined;
  return most === ttcs ? "grassroots" : most === cpdt ? "egov" : "dx";
}

/** Which column of the model gives each figure of an appendix: value columns by kind, the DX self score. */
const FIGURE_COLUMNS: Record<AppendixKind, readonly [FigureRole, (c: AnalysedColumn) => boolean][]> = {
  forecast: [
    ["prev-actual", (c) => c.purpose === "value" && c.kind === "actual"],
    ["half-year", (c) => c.purpose === "value" && c.kind === "half-year"],
    ["year-estimate", (c) => c.purpose === "value" && c.kind === "estimate"],
  ],
  plan: [
    ["year-actual", (c) => c.purpose === "value" && c.kind === "actual"],
    ["plan", (c) => c.purpose === "value" && c.kind === "plan"],
  ],
  grassroots: [["year-actual", (c) => c.purpose === "value" && c.kind === "actual"]],
  egov: [["year-actual", (c) => c.purpose === "value" && c.kind === "actual"]],
  dx: [["score", (c) => c.purpose === "self-score"]],
};

function figureColumns(
  table: AnalysedTable,
  kind: AppendixKind,
): { role: FigureRole; number: number; year?: number }[] {
  const out: { role: FigureRole; number: number; year?: number }[] = [];
  for (const [role, wanted] of FIGURE_COLUMNS[kind]) {
    const column = table.columns.find((c) => c.input && wanted(c));
    if (column)
      out.push(
        column.year === undefined
          ? { role, number: column.number }
          : { role, number: column.number, year: column.year },
      );
  }
  return out;
}

function tableAppendix(table: AnalysedTable): DistrictAppendix | undefined {
  const kind = kindOf(table);
  if (!kind) return undefined;
  const columns = figureColumns(table, kind);
  const rows: AppendixRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (row.code === undefined || seen.has(row.code)) continue;
    seen.add(row.code);
    const values: AppendixRow["values"] = {};
    for (const c of columns) {
      const reading = row.values[c.number];
      const value = reading && percentNumber(reading, isRateRow(row));
      if (value !== undefined && reading)
        values[c.role] = { value, sheet: table.sheet, cell: reading.address };
    }
    rows.push({ code: row.code, values });
  }
  return {
    kind,
    sheet: table.sheet,
    columns: columns.map((c) => (c.year === undefined ? { role: c.role } : { role: c.role, year: c.year })),
    rows,
  };
}

/**
 * Without a grassroots table, the figures the targets coverage found for the strategy's indicators (wherever the
 * district wrote them) make the district's grassroots appendix.
 */
function grassrootsAppendix(report: DistrictReport): DistrictAppendix | undefined {
  const rows: AppendixRow[] = [];
  let sheet: string | undefined;
  for (const t of report.targets) {
    if (t.value === undefined || !t.cell) continue;
    const at = t.cell.lastIndexOf("!");
    const source: SourcedValue = { value: t.value, sheet: t.cell.slice(0, at), cell: t.cell.slice(at + 1) };
    if (at < 0 || !parseA1(source.cell)) continue;
    sheet ??= source.sheet;
    rows.push({ code: t.code, values: { "year-actual": source } });
  }
  if (rows.length === 0 || sheet === undefined) return undefined;
  const year = report.targets[0]?.year;
  return {
    kind: "grassroots",
    sheet,
    columns: [year === undefined ? { role: "year-actual" } : { role: "year-actual", year }],
    rows,
  };
}

/** The self-scores of the first DX table of the sheet, read by the checker's DX reader. */
function dxAppendix(sheet: SheetModel): DistrictAppendix | undefined {
  const table = readDxTables(sheet).find((t) => t.rows.some((r) => r.code !== undefined));
  if (!table) return undefined;
  const rows: AppendixRow[] = [];
  for (const r of table.rows) {
    if (r.code === undefined) continue;
    const values: AppendixRow["values"] = {};
    if (r.score.kind === "value")
      values.score = { value: r.score.value, sheet: sheet.name, cell: a1(r.row, table.columns.scoreCol) };
    rows.push({ code: r.code, values });
  }
  return { kind: "dx", sheet: sheet.name, columns: [{ role: "score" }], rows };
}
