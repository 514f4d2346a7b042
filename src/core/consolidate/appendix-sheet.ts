/**
 * One consolidated appendix sheet: indicators down in catalog order (codes in the hidden "Mã chỉ tiêu" column),
 * and for every figure column of the appendix a block of the districts' figures followed by the province's:
 *
 *   STT | Các chỉ tiêu | Đơn vị tính | [figure 1: district 1 … district n | Toàn tỉnh | Thấp nhất | Trung vị | Cao nhất]
 *   [figure 2: …] … | province comparisons (7=6/4 …) | Mã chỉ tiêu (hidden) | Nguồn per district (hidden)
 *
 * "Toàn tỉnh" is a SUM over the block for additive rows; rows that do not add up (rates, averages …) show "(*)"
 * there and the districts' MIN, MEDIAN and MAX instead (see rows.ts). Every formula is empty while no district has
 * a figure, so an unreported indicator is an empty cell, never a zero. The comparison columns apply the form's own
 * column formulas (7=6/4, 8=5/6, 6=5/4) to the province totals through the fill command's formula builder.
 * The hidden "Nguồn" column of each district gives, on each row, the sheet and cell each figure came from.
 * It prints a year group (or a set of districts) a page with the first three columns repeated (print-pages.ts).
 */
import type { Lang } from "../i18n/types";
import { t } from "../i18n/messages";
import { comparisonFormula } from "../formulas";
import { parseColumnToken } from "../tables/expr";
import type { SheetPlan } from "../model/plan";
import { PERCENT_NUMBER_FORMAT } from "../formulas/number-format";
import { sttValue } from "../templates/layout";
import { sheetNameFor } from "../templates/sheet-names";
import { rowsFor, type ConsolidatedRow } from "./rows";
import type { FileEntry } from "./select";
import { fileLabel } from "./select";
import { a1, SheetFrame } from "./sheet-frame";
import { consolidatedPrint, printPages } from "./print-pages";
import type { AppendixKind, AppendixRow, DistrictAppendix, FigureRole } from "./types";

interface FigureSpec {
  role: FigureRole;
  /** The form's column number (4, 5, 6) the comparison tokens refer to. */
  form?: number;
  header: string;
}

interface ComparisonSpec {
  token: string;
  header: string;
}

const TEMPLATE_ID: Record<AppendixKind, string> = {
  forecast: "du-bao",
  plan: "ke-hoach",
  grassroots: "thong-tin-co-so",
  egov: "chinh-phu-dien-tu",
  dx: "chuyen-doi-so",
};

function figuresOf(
  kind: AppendixKind,
  n: number,
  lang: Lang,
): { figures: FigureSpec[]; comparisons: ComparisonSpec[] } {
  const fig = (role: FigureRole, year: number, form?: number): FigureSpec => {
    const header = t(lang, `cons.figure.${role}`, { year });
    return form === undefined ? { role, header } : { role, form, header };
  };
  switch (kind) {
    case "forecast":
      return {
        figures: [fig("prev-actual", n - 1, 4), fig("half-year", n, 5), fig("year-estimate", n, 6)],
        comparisons: [
          { token: "7=6/4", header: t(lang, "cons.compare.forecast-year", { year: n, prev: n - 1 }) },
          { token: "8=5/6", header: t(lang, "cons.compare.forecast-half") },
        ],
      };
    case "plan":
      return {
        figures: [fig("year-actual", n, 4), fig("plan", n + 1, 5)],
        comparisons: [{ token: "6=5/4", header: t(lang, "cons.compare.plan", { year: n, next: n + 1 }) }],
      };
    case "grassroots":
    case "egov":
      return { figures: [fig("year-actual", n)], comparisons: [] };
    case "dx":
      return { figures: [fig("score", n)], comparisons: [] };
  }
}

function titleOf(kind: AppendixKind, n: number, lang: Lang): string {
  return t(lang, `cons.title.${kind}`, { year: kind === "plan" ? n + 1 : n });
}

export interface AppendixSheet {
  plan: SheetPlan;
  /** The A1 address of a district's figure (district = index among the included files), if the sheet has it. */
  figureCell(code: string, district: number, role: FigureRole): string | undefined;
}

const PROVINCE_COLUMNS = 4;

/** Where things go on the sheet: the figure blocks (districts then the province's four), comparisons, hidden columns. */
interface Layout {
  figures: FigureSpec[];
  comparisons: ComparisonSpec[];
  /** The number of districts. */
  d: number;
  /** Columns of one figure's block. */
  block: number;
  /** First column of figure f's block. */
  start(f: number): number;
  cmpStart: number;
  codeCol: number;
  /** The hidden «Nguồn» column of district i. */
  traceCol(i: number): number;
}

/** The first header row, the second, and the first indicator row. */
const H1 = 4;
const H2 = 5;
const FIRST = 6;

export function appendixSheet(
  kind: AppendixKind,
  year: number,
  districts: readonly FileEntry[],
  statusSheet: string,
  lang: Lang,
): AppendixSheet {
  const { figures, comparisons } = figuresOf(kind, year, lang);
  const rows = rowsFor(kind, year);
  const d = districts.length;
  const block = d + PROVINCE_COLUMNS;
  const start = (f: number) => 3 + f * block;
  const cmpStart = 3 + figures.length * block;
  const codeCol = cmpStart + comparisons.length;
  const traceCol = (i: number) => codeCol + 1 + i;
  const layout: Layout = { figures, comparisons, d, block, start, cmpStart, codeCol, traceCol };

  const { widths, pages } = appendixPages(layout, districts);
  // The title lines over the repeated columns: every printed page then carries them whole, at its top left (merged
  // wider, they would print cut off on every page but the first).
  const frame = new SheetFrame(widths, codeCol, 3);

  frame.line(0, t(lang, "cons.title"), "title");
  frame.line(1, titleOf(kind, year, lang), "title");
  frame.line(2, t(lang, "cons.subtitle", { districts: d, status: statusSheet }), "subtitle");
  appendixHeader(frame, layout, pages.pages, districts, lang);

  // The districts' rows of this appendix, by code.
  const byDistrict: Map<string, AppendixRow>[] = districts.map((entry) => {
    const appendix: DistrictAppendix | undefined = entry.report.appendices.find((a) => a.kind === kind);
    return new Map((appendix?.rows ?? []).map((r) => [r.code, r]));
  });

  const rowOfCode = new Map<string, number>();
  rows.forEach((row, k) => {
    const r = FIRST + k;
    rowOfCode.set(row.code, r);
    frame.set(r, codeCol, "code", row.code);
    if (row.heading) {
      const role = row.heading;
      frame.set(r, 0, role, row.label, { hAlign: "center" });
      frame.set(r, 1, role, row.name);
      for (let c = 2; c < codeCol; c++) frame.set(r, c, role, null);
      frame.fit(r, row.name, 45, 1, true);
      return;
    }
    indicatorRow(frame, r, row, layout, byDistrict, lang);
  });

  let note = FIRST + rows.length + 1;
  if (rows.some((r) => r.rule === "sum" && !r.heading)) frame.line(note++, t(lang, "cons.note.sum"), "note");
  if (rows.some((r) => r.rule === "spread" && !r.heading))
    frame.line(note++, t(lang, "cons.note.spread"), "note");
  frame.line(note, t(lang, "cons.note.empty"), "note");

  const plan = frame.finish({
    name: sheetNameFor(TEMPLATE_ID[kind], year),
    templateId: `tong-hop-${TEMPLATE_ID[kind]}`,
    year,
    hidden: [codeCol, ...districts.map((_, i) => traceCol(i))],
    freeze: { rows: FIRST, cols: 3 },
    repeat: { first: H1, last: H2 },
    print: consolidatedPrint(pages, { first: H1, last: H2 }, { first: 0, last: 2 }),
  });
  return {
    plan,
    figureCell(code, district, role) {
      const r = rowOfCode.get(code);
      const f = figures.findIndex((fig) => fig.role === role);
      if (r === undefined || f < 0 || district < 0 || district >= d) return undefined;
      return a1(r, start(f) + district);
    },
  };
}

/** The columns' widths, and the pages: a year group (or a set of districts) a page. */
function appendixPages(layout: Layout, districts: readonly FileEntry[]) {
  const { figures, comparisons, d, start, cmpStart } = layout;
  // Narrow enough that a year group of four districts and the province's four columns print on one A4 page.
  const widths = [6, 45, 12];
  for (let f = 0; f < figures.length; f++) widths.push(...Array<number>(d).fill(11), 11, 10, 10, 10);
  widths.push(...comparisons.map(() => 16), 18, ...districts.map(() => 34));
  // Printed a year group (or a set of districts) a page, STT / indicator / unit repeated at the left of each.
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const pages = printPages(
    widths,
    [0, 1, 2],
    figures.map((_, f) => ({ items: range(start(f), d), tail: range(start(f) + d, PROVINCE_COLUMNS) })),
    range(cmpStart, comparisons.length),
  );
  return { widths, pages };
}

/** The two header rows: fixed columns, each figure's block (districts, province), comparisons, hidden columns. */
function appendixHeader(
  frame: SheetFrame,
  layout: Layout,
  pages: readonly (readonly number[])[],
  districts: readonly FileEntry[],
  lang: Lang,
): void {
  const { figures, comparisons, d, block, start, cmpStart, codeCol, traceCol } = layout;
  const fixed = [t(lang, "cons.col.stt"), t(lang, "cons.col.name"), t(lang, "cons.col.unit")];
  fixed.forEach((text, col) => {
    frame.set(H1, col, "header", text);
    frame.set(H2, col, "header", null);
    frame.merge(H1, col, H2, col);
  });
  figures.forEach((fig, f) => {
    const s = start(f);
    // The figure's header over its columns, once on each printed page the block spans (a merge across pages
    // would print its text on one page only).
    for (const page of pages) {
      const own = page.filter((c) => c >= s && c < s + block);
      if (own.length === 0) continue;
      frame.set(H1, own[0], "header", fig.header);
      for (const c of own.slice(1)) frame.set(H1, c, "header", null);
      frame.merge(H1, own[0], H1, own[own.length - 1]);
    }
    districts.forEach((entry, i) => {
      frame.set(H2, s + i, "header", entry.name);
      frame.fit(H2, entry.name, 11, 1, true);
    });
    const province = ["cons.col.province", "cons.col.min", "cons.col.median", "cons.col.max"] as const;
    province.forEach((key, k) => frame.set(H2, s + d + k, "header", t(lang, key)));
  });
  comparisons.forEach((cmp, j) => {
    frame.set(H1, cmpStart + j, "header", cmp.header);
    frame.set(H2, cmpStart + j, "header", null);
    frame.merge(H1, cmpStart + j, H2, cmpStart + j);
    frame.fit(H1, cmp.header, 16, 2, true);
  });
  frame.set(H1, codeCol, "code", t(lang, "cons.col.code"));
  districts.forEach((entry, i) =>
    frame.set(
      H1,
      traceCol(i),
      "code",
      t(lang, "cons.col.source", { district: entry.name, file: fileLabel(entry.report.file) }),
    ),
  );
}

/** An indicator's row: its label, name and unit, each figure's block, the comparisons, the districts' sources. */
function indicatorRow(
  frame: SheetFrame,
  r: number,
  row: ConsolidatedRow,
  layout: Layout,
  byDistrict: readonly Map<string, AppendixRow>[],
  lang: Lang,
): void {
  const { figures, traceCol } = layout;
  const textRole = row.part ? "part-label" : "label";
  frame.set(r, 0, "label", row.part ? null : sttValue(row.label), { hAlign: "center" });
  frame.set(r, 1, textRole, row.name);
  frame.set(r, 2, textRole, row.unit === "" ? null : row.unit, { hAlign: "center" });
  frame.fit(r, row.name, 45);
  figures.forEach((fig, f) => figureBlock(frame, r, row, layout, f, byDistrict, lang));
  comparisonCells(frame, r, row, layout);
  byDistrict.forEach((rowsByCode, i) => {
    const values = rowsByCode.get(row.code)?.values;
    if (!values) return;
    const refs = figures.map((fig) => {
      const v = values[fig.role];
      return v ? `${v.sheet}!${v.cell}` : "—";
    });
    if (refs.some((x) => x !== "—")) frame.set(r, traceCol(i), "code", refs.join("; "));
  });
}

/**
 * Figure f's block on row r: each district's figure, then the province's — a guarded SUM for a row that adds up, or
 * «(*)» and the districts' MIN, MEDIAN and MAX.
 */
function figureBlock(
  frame: SheetFrame,
  r: number,
  row: ConsolidatedRow,
  layout: Layout,
  f: number,
  byDistrict: readonly Map<string, AppendixRow>[],
  lang: Lang,
): void {
  const { figures, d, start } = layout;
  const fig = figures[f];
  const figureStyle = { hAlign: "right" as const, numberFormat: row.numberFormat };
  const s = start(f);
  byDistrict.forEach((rowsByCode, i) => {
    const value = rowsByCode.get(row.code)?.values[fig.role]?.value;
    frame.set(r, s + i, "label", value ?? null, figureStyle);
  });
  const range = d > 0 ? `${a1(r, s)}:${a1(r, s + d - 1)}` : undefined;
  const guarded = (fn: string) => (range ? `IF(COUNT(${range})=0,"",${fn}(${range}))` : '""');
  if (row.rule === "sum") {
    frame.put({
      row: r,
      col: s + d,
      role: "computed",
      formula: guarded("SUM"),
      style: { numberFormat: row.numberFormat },
    });
    for (let k2 = 1; k2 < PROVINCE_COLUMNS; k2++) frame.set(r, s + d + k2, "label", null);
  } else {
    frame.set(r, s + d, "label", t(lang, "cons.spread-mark"), { hAlign: "center" });
    ["MIN", "MEDIAN", "MAX"].forEach((fn, k2) =>
      frame.put({
        row: r,
        col: s + d + 1 + k2,
        role: "computed",
        formula: guarded(fn),
        style: { numberFormat: row.numberFormat },
      }),
    );
  }
}

/** The form's comparisons (7=6/4 …) of the province totals, for a row that adds up. */
function comparisonCells(frame: SheetFrame, r: number, row: ConsolidatedRow, layout: Layout): void {
  const { figures, comparisons, d, start, cmpStart } = layout;
  comparisons.forEach((cmp, j) => {
    const parsed = parseColumnToken(cmp.token);
    const columnOf = (n: number) => {
      const f = figures.findIndex((fig) => fig.form === n);
      return f < 0 ? undefined : start(f) + d;
    };
    const formula =
      row.rule === "sum" && parsed?.expr
        ? comparisonFormula(parsed.expr, { row: r, columnOf, percent: true })
        : undefined;
    if (formula === undefined) frame.set(r, cmpStart + j, "label", null);
    else
      frame.put({
        row: r,
        col: cmpStart + j,
        role: "computed",
        formula,
        style: { numberFormat: PERCENT_NUMBER_FORMAT },
      });
  });
}
