/**
 * The one bridge from the checker to the consolidation: a workbook model in, a `DistrictReport` out.
 *
 * Everything here reads through the table model (`src/core/tables`: the appendix tables with each column's reading —
 * a figure's kind, period and year with where the year came from —, their catalog codes from the hidden "Mã chỉ
 * tiêu" column or recognised from the names, their figures through the one cell reader `readCell`/`percentNumber`,
 * the report year through the one year resolver), the checker's DX reader for the self-assessment hierarchy, and
 * `checkWorkbook` for the counts, the invalid cells and the grassroots-targets coverage; so pasted tables, tables
 * headed in another province's words, TCVN3 files and our own templates consolidate alike. This file is the
 * consolidation's only seam with the checker and the model.
 *
 * Never a guess: a figure goes under a year only when its column's year was read from the file (the column's
 * header, the table's title, another table's header) or confirmed (the year or the column's reading stored in the
 * file); a column whose year is neither makes the file wait for a confirmation (`unconfirmed`), and a cell the check
 * finds invalid stays out of the totals with a note (`leftOut`).
 *
 * Pure; a workbook the analysis cannot make sense of gives a report without appendices, never an exception.
 */
import {
  analyseWorkbook,
  isRateRow,
  percentNumber,
  withFoundTableCache,
  type AnalysedColumn,
  type AnalysedTable,
} from "../tables";
import { checkWorkbook, countBySeverity } from "../check";
import { withoutReports } from "../check/report-sheet";
import { readDxTables } from "../tables/dx";
import { t } from "../i18n/messages";
import { a1, columnLetter, parseA1 } from "../model/address";
import type { Figure } from "../tables/header-grammar";
import { cellText, type SheetModel, type WorkbookModel } from "../model/sheet";
import { fixLegacyText, foldDiacritics } from "../text";
import { confirmedColumns, withConfirmation, type Confirmation } from "./confirm";
import { unreadableReport } from "./types";
import type {
  AppendixKind,
  AppendixRow,
  DistrictAppendix,
  DistrictReport,
  FigureRole,
  LeftOutCell,
  SourcedValue,
  UnconfirmedColumn,
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
  /**
   * A confirmation given while consolidating, for a file the last extraction (`needing`) kept out as needing one:
   * applied over what the file keeps (confirm.ts), and said on the report.
   */
  confirmed?: { confirmation: Confirmation; needing: DistrictReport };
}

export function extractDistrictReport(workbook: WorkbookModel, options: ExtractOptions): DistrictReport {
  const confirmed = options.confirmed;
  if (!confirmed) return withFoundTableCache(() => extract(withoutReports(workbook), options));
  const model = withConfirmation(workbook, confirmed.needing, confirmed.confirmation);
  const report = withFoundTableCache(() => extract(withoutReports(model), options));
  const columns = confirmedColumns(confirmed.needing, confirmed.confirmation);
  return {
    ...report,
    confirmedAtConsolidation: {
      year: confirmed.confirmation.year,
      ...(columns.length > 0 ? { columns } : {}),
    },
  };
}

function extract(workbook: WorkbookModel, options: ExtractOptions): DistrictReport {
  if (isConsolidation(workbook)) return unreadableReport(options.file, "consolidated");
  // The district's own year: its tables' headers, their titles, or the year its settings keep — never the
  // consolidation's.
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

  const invalid = new Map<string, string>();
  for (const f of check.issues) if (INVALID_CODES.has(f.code)) invalid.set(`${f.sheet}!${f.cell}`, f.code);
  const gather: Gathered = { invalid, leftOut: [], unconfirmed: [] };

  // One table per kind: the one for the workbook's year when there are several (a copy, last year's table left in
  // the file), else the first.
  const seen = new Set<AppendixKind>();
  const tables = analysis.sheets.flatMap((s) => s.tables);
  const ordered = [
    ...tables.filter((tb) => tb.year === ownYear),
    ...tables.filter((tb) => tb.year !== ownYear),
  ];
  for (const table of ordered) {
    for (const appendix of tableAppendices(table, ownYear, gather)) {
      if (seen.has(appendix.kind)) continue;
      seen.add(appendix.kind);
      report.appendices.push(appendix);
    }
  }
  if (gather.unconfirmed.length > 0) report.unconfirmed = gather.unconfirmed;
  if (gather.leftOut.length > 0) report.leftOut = gather.leftOut;
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
 * The reporting unit: named in the line under a table's title («(Kèm theo kế hoạch … của UBND huyện Tuần Giáo)»),
 * else in the issuing authority's heading at the top of a sheet («UBND HUYỆN MƯỜNG ẢNG», «ỦY BAN NHÂN DÂN THỊ XÃ
 * MƯỜNG LAY», «PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN TUẦN GIÁO»). Read on the first rows of every sheet; the text is
 * converted from TCVN3/VNI first. The name keeps its diacritics (cut from the converted text at the folded match);
 * a heading in capitals is written the way the line under a title writes it («huyện Mường Ảng»).
 */
export function districtOf(workbook: WorkbookModel): string | undefined {
  const headings: string[] = [];
  for (const sheet of workbook.sheets) {
    const top = Math.min(sheet.rows.length, 12);
    for (let r = 0; r < top; r++) {
      for (const cell of sheet.rows[r] ?? []) {
        const raw = cellText(cell);
        if (raw.length < 8 || raw.length > 300) continue;
        const text = fixLegacyText(raw).text.normalize("NFC").replace(/\s+/g, " ").trim();
        const name = unitAfterUbnd(text);
        if (name !== undefined) return name;
        const heading = unitOfHeading(text);
        if (heading !== undefined) headings.push(heading);
      }
    }
  }
  return headings[0];
}

/**
 * A heading naming the district or commune that issues the report: the unit type and its name. The issuer may be
 * introduced («Đơn vị báo cáo: UBND huyện …», «Đơn vị: …») and be the People's Committee or its culture office under
 * any of its names («Phòng Văn hóa và Thông tin», «Phòng Văn hóa, Thể thao và Du lịch», «Phòng Văn hóa - Xã hội»).
 */
const HEADING =
  /^(?:(?:ten )?don vi(?: bao cao| gui bao cao)?\s*:\s*)?(?:ubnd|uy ban nhan dan|phong van hoa(?:(?:,| -| –| va)? (?:the thao|khoa hoc|xa hoi|thong tin|du lich))+)\s+(huyen|thi xa|thanh pho|quan|xa|phuong|thi tran)\s+(.+)$/;

/** The unit type as the line under a title writes it. */
const UNIT_TYPE: Record<string, string> = {
  huyen: "huyện",
  "thi xa": "thị xã",
  "thanh pho": "thành phố",
  quan: "quận",
  xa: "xã",
  phuong: "phường",
  "thi tran": "thị trấn",
};

/**
 * The second line of a two-line heading («ỦY BAN NHÂN DÂN» over «HUYỆN TUẦN GIÁO»), or that line alone: the unit type
 * and its name, in capitals, a few words (an indicator's name is a sentence in mixed case).
 */
const HEADING_SECOND_LINE = /^(huyen|thi xa|thanh pho|quan|xa|phuong|thi tran)\s+((?:\S+\s?){1,4})$/;

function unitOfHeading(text: string): string | undefined {
  const folded = foldDiacritics(text);
  const second = text === text.toUpperCase() ? HEADING_SECOND_LINE.exec(folded) : null;
  const m = HEADING.exec(folded) ?? second;
  if (!m || folded.length !== text.length) return undefined;
  const start = folded.length - m[2].length;
  const name = text.slice(start).trim();
  if (!/\p{L}/u.test(name) || /^[.…\s]+$/.test(name) || name.length > 60) return undefined;
  // «MƯỜNG ẢNG» → «Mường Ảng»; a name already in mixed case stays as written.
  const written = name === name.toUpperCase() ? titleCase(name) : name;
  return `${UNIT_TYPE[m[1]] ?? m[1]} ${written}`;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(" ")
    .map((w) => (w === "" ? w : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
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

/** The catalog a table reports: the ICT plan catalog (forecast and plan), grassroots information, e-government. */
function catalogOf(table: AnalysedTable): "ict" | "grassroots" | "egov" | "dx" | undefined {
  if (table.kind === "forecast" || table.kind === "plan") return "ict";
  let ict = 0;
  let ttcs = 0;
  let cpdt = 0;
  let cds = 0;
  for (const row of table.rows) {
    if (row.code?.startsWith("ict.")) ict++;
    else if (row.code?.startsWith("ttcs.")) ttcs++;
    else if (row.code?.startsWith("cpdt.")) cpdt++;
    else if (row.code?.startsWith("cds.")) cds++;
  }
  const most = Math.max(ict, ttcs, cpdt, cds);
  if (most === 0) return undefined;
  return most === ict ? "ict" : most === ttcs ? "grassroots" : most === cpdt ? "egov" : "dx";
}

/** The cells the check finds invalid: kept out of the totals with a note (issue 16). */
const INVALID_CODES: ReadonlySet<string> = new Set([
  "percent/fraction",
  "percent/out-of-range",
  "number/ambiguous",
  "number/with-words",
]);

interface Gathered {
  /** "Sheet!A1" → the finding code of a cell the check finds invalid. */
  invalid: Map<string, string>;
  leftOut: LeftOutCell[];
  unconfirmed: UnconfirmedColumn[];
}

/**
 * The consolidated figure a column's reading is, relative to the district's report year N: the forecast's actual
 * of N−1, half-year actual and full-year estimate of N; the plan's actual of N and plan of N+1; the target tables'
 * actual of N. Another figure (this year's plan, a quarter) has no place in the consolidated sheets.
 */
function roleOf(catalog: "ict" | "grassroots" | "egov", f: Figure, n: number): FigureRole | undefined {
  if (f.year.kind !== "absolute") return undefined;
  const at = f.year.year - n;
  if (catalog !== "ict")
    return f.kind === "actual" && f.period === "year" && at === 0 ? "year-actual" : undefined;
  if (f.kind === "actual" && f.period === "year")
    return at === -1 ? "prev-actual" : at === 0 ? "year-actual" : undefined;
  if (f.kind === "actual" && f.period === "h1" && at === 0) return "half-year";
  if (f.kind === "estimate" && f.period === "year" && at === 0) return "year-estimate";
  if (f.kind === "plan" && f.period === "year" && at === 1) return "plan";
  return undefined;
}

const ICT_SHEETS: readonly [AppendixKind, readonly FigureRole[]][] = [
  ["forecast", ["prev-actual", "half-year", "year-estimate"]],
  ["plan", ["year-actual", "plan"]],
];

/** A figure column's year counts when the file tells it or the user confirmed it. */
function yearTold(column: AnalysedColumn): boolean {
  const r = column.reading;
  return r?.role === "figure" && r.figure.year.kind === "absolute" && column.yearSource !== undefined;
}

/** The appendices a table gives: each consolidated sheet it has figures for, with where each figure is. */
function tableAppendices(table: AnalysedTable, n: number | undefined, gather: Gathered): DistrictAppendix[] {
  const catalog = catalogOf(table);
  if (!catalog) return [];
  if (catalog === "dx") {
    // The self-scores are the report year's: the file waits for its year when it names none (select.ts).
    const score = table.columns.find((c) => c.input && c.purpose === "self-score");
    if (!score) return [];
    const appendix = appendixOf(table, "dx", [{ role: "score", number: score.number }], gather);
    return [{ ...appendix, columns: [{ role: "score" }] }];
  }
  const figures: { role: FigureRole; number: number; year: number }[] = [];
  for (const column of table.columns) {
    if (!column.input || column.reading?.role !== "figure") continue;
    const figure = column.reading.figure;
    // A year alone over the column («Năm 2026»): its kind is inferred, so it waits for the user's confirmation too.
    if (!yearTold(column) || n === undefined || column.inferred) {
      gather.unconfirmed.push({
        sheet: table.sheet,
        column: columnLetter(column.col),
        header: column.header,
        figure,
        ...(column.inferred && yearTold(column) && n !== undefined ? { kindInferred: true as const } : {}),
        ...(column.kindUnknown ? { kindUnknown: true as const } : {}),
      });
      continue;
    }
    const role = roleOf(catalog, figure, n);
    if (role && !figures.some((f) => f.role === role))
      figures.push({ role, number: column.number, year: (figure.year as { year: number }).year });
  }
  const sheets: [AppendixKind, readonly FigureRole[]][] =
    catalog === "ict" ? [...ICT_SHEETS] : [[catalog, ["year-actual"]]];
  const out: DistrictAppendix[] = [];
  for (const [kind, roles] of sheets) {
    const columns = figures.filter((f) => roles.includes(f.role));
    if (columns.length === 0) continue;
    out.push(appendixOf(table, kind, columns, gather));
  }
  return out;
}

function appendixOf(
  table: AnalysedTable,
  kind: AppendixKind,
  columns: { role: FigureRole; number: number; year?: number }[],
  gather: Gathered,
): DistrictAppendix {
  const rows: AppendixRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (row.code === undefined || seen.has(row.code)) continue;
    seen.add(row.code);
    const values: AppendixRow["values"] = {};
    for (const c of columns) {
      const reading = row.values[c.number];
      if (!reading) continue;
      const code = gather.invalid.get(`${table.sheet}!${reading.address}`);
      if (code !== undefined) {
        // What the check finds invalid stays out of the totals, named on the status sheet.
        if (!gather.leftOut.some((l) => l.sheet === table.sheet && l.cell === reading.address))
          gather.leftOut.push({ sheet: table.sheet, cell: reading.address, code, indicator: row.name });
        continue;
      }
      const value = percentNumber(reading, isRateRow(row));
      if (value !== undefined) values[c.role] = { value, sheet: table.sheet, cell: reading.address };
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
