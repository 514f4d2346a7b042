/**
 * The "Tình trạng" sheet: one row per file given, in the order given — district, file, year found, the checker's
 * errors and warnings, whether it went into the totals (and why not), and the grassroots-information targets of the
 * year as a met / below / no-value / missing grid, each cell linking to the district's figure on the consolidated
 * grassroots sheet. Under the grid, the targets' names.
 */
import { indicatorsForLevel, targetFor } from "../catalog/grassroots";
import type { StrategyIndicator } from "../catalog/types";
import { formatNumber } from "../check/render";
import { figureText } from "../tables/reading";
import type { TargetCoverage, TargetStatus } from "../findings";
import type { Lang } from "../i18n/types";
import { t, type MessageKey } from "../i18n/messages";
import type { CellStyle, SheetPlan } from "../model/plan";
import { targetSetFor } from "./extract";
import type { AppendixSheet } from "./appendix-sheet";
import { fileLabel, type FileEntry } from "./select";
import { consolidatedPrint, printPages } from "./print-pages";
import { SheetFrame } from "./sheet-frame";

const STATUS_FILL: Record<TargetStatus, string> = {
  met: "C6EFCE",
  below: "FFC7CE",
  "no-value": "FFEB9C",
  missing: "F2F2F2",
  invalid: "FFC7CE",
};

/** A target's column: «Chưa báo cáo» on one line, «Chưa đạt (thiếu 12,5)» on two; the grid's eight on one page. */
const TARGET_WIDTH = 13;

/** Columns listed by name on the status sheet before «and N more». */
const LISTED_COLUMNS = 4;

/** The columns a file waits on, with the reading the consolidation would use under the consolidation's year. */
function unconfirmedText(entry: FileEntry, year: number, lang: Lang): string {
  const columns = entry.report.unconfirmed ?? [];
  const listed = columns.slice(0, LISTED_COLUMNS).map((c) => {
    const f = c.figure;
    const figure =
      f.year.kind === "relative"
        ? { ...f, year: { kind: "absolute" as const, year: year + f.year.offset } }
        : f;
    const where = { sheet: c.sheet, column: c.column, header: c.header };
    // A year alone whose kind nothing tells: said so, not read with the placeholder kind.
    if (c.kindUnknown && figure.year.kind === "absolute")
      return t(lang, "cons.unconfirmed.column.kind-unknown", { ...where, year: figure.year.year });
    return t(lang, "cons.unconfirmed.column", { ...where, reading: figureText(figure, lang) });
  });
  if (columns.length > LISTED_COLUMNS)
    listed.push(t(lang, "cons.unconfirmed.more", { count: columns.length - LISTED_COLUMNS }));
  return listed.join(", ");
}

/** Why a file was kept out of the totals ("không phải tệp .xlsx"), as the command line and the web page list it; undefined when it went in. */
export function keptOutReason(entry: FileEntry, year: number, lang: Lang): string | undefined {
  const s = entry.state;
  switch (s.kind) {
    case "included":
      return undefined;
    case "needs-confirmation": {
      const file = entry.report.file;
      const waiting = entry.report.unconfirmed ?? [];
      // Years told, kinds not: a year confirmed would not release the file, a reading of each column does (and the
      // years those readings name tell N when nothing else does).
      if (waiting.length > 0 && waiting.every((c) => c.kindInferred || c.kindUnknown))
        return t(lang, "cons.reason.needs-kind", {
          columns: unconfirmedText(entry, year, lang),
          file,
          column: `${waiting[0].sheet}!${waiting[0].column}`,
        });
      return waiting.length > 0
        ? t(lang, "cons.reason.needs-confirmation", {
            columns: unconfirmedText(entry, year, lang),
            file,
            year,
          })
        : t(lang, "cons.reason.needs-year", { file, year });
    }
    case "unreadable":
      return t(lang, `cons.reason.unreadable.${entry.report.unreadable ?? "failed"}` as MessageKey, {
        reason: entry.report.unreadableDetail ?? "",
      });
    case "other-year":
      return t(lang, "cons.reason.other-year", { year: s.year, wanted: year });
    case "duplicate":
      return t(lang, "cons.reason.duplicate", { file: fileLabel(s.of) });
  }
}

/**
 * The status sheet's Tổng hợp column: "Có", or "Không: " and the reason the file was kept out; a year confirmed at
 * consolidation (not in the district's file) is said beside "Có", with the columns whose reading was confirmed there.
 */
export function stateText(entry: FileEntry, year: number, lang: Lang): string {
  const reason = keptOutReason(entry, year, lang);
  if (reason !== undefined) return t(lang, "cons.status.kept-out", { reason });
  const state = includedText(entry, lang);
  const confirmed = entry.report.confirmedAtConsolidation;
  if (!confirmed) return state;
  const here = confirmed.columns
    ? t(lang, "cons.status.confirmed-here.columns", {
        year: confirmed.year,
        columns: confirmed.columns.join(", "),
      })
    : t(lang, "cons.status.confirmed-here", { year: confirmed.year });
  return `${state} ${here}`;
}

function includedText(entry: FileEntry, lang: Lang): string {
  const leftOut = entry.report.leftOut ?? [];
  if (entry.state.kind === "included" && leftOut.length > 0) {
    const cells = leftOut
      .map((c) =>
        t(lang, "cons.left-out.cell", {
          sheet: c.sheet,
          cell: c.cell,
          why: t(lang, `cons.left-out.${c.code}` as MessageKey),
        }),
      )
      .join(", ");
    return t(lang, "cons.status.included-left-out", { cells });
  }
  return entry.report.appendices.length === 0
    ? t(lang, "cons.status.included-no-appendix")
    : t(lang, "cons.status.included");
}

function targetText(c: TargetCoverage, lang: Lang): string {
  if (c.status === "below")
    return t(lang, "cons.status.target.below", { gap: formatNumber(c.gap ?? 0, lang) });
  return t(lang, `cons.status.target.${c.status}`);
}

/** The fixed columns' widths: STT, district, file, year, errors, warnings, state; the targets follow. */
const FIXED_WIDTHS = [6, 24, 28, 8, 8, 10, 36];

export function statusSheet(
  name: string,
  year: number,
  entries: readonly FileEntry[],
  grassroots: AppendixSheet | undefined,
  lang: Lang,
): SheetPlan {
  const indicators = indicatorsForLevel(targetSetFor(year), "huyen");
  const widths = [...FIXED_WIDTHS, ...indicators.map(() => TARGET_WIDTH)];
  const pages = statusPages(widths, indicators.length);
  // Title and notes over the first page's columns, where they print whole.
  const frame = new SheetFrame(widths, widths.length, FIXED_WIDTHS.length);
  const included = entries.filter((e) => e.state.kind === "included");
  const header = 3;
  statusHeading(frame, header, year, entries.length, included.length, indicators, lang);
  entries.forEach((entry, k) => {
    const r = header + 1 + k;
    fileRow(frame, r, k, entry, year, lang);
    targetCells(frame, r, entry, included.indexOf(entry), indicators, grassroots, lang);
  });
  targetsLegend(frame, header + entries.length + 2, year, indicators, lang);
  return frame.finish({
    name,
    templateId: "tong-hop-tinh-trang",
    year,
    hidden: [],
    freeze: { rows: header + 1, cols: 2 },
    repeat: { first: header, last: header },
    print: consolidatedPrint(pages, { first: header, last: header }, { first: 0, last: 1 }),
  });
}

/**
 * Printed as the appendix sheets are: STT and district repeated at the left of every page, the files' state on the
 * first page, the targets' grid on the next ones, at a readable scale (one page wide, 30 districts and a dozen
 * targets printed at a third of the type's size).
 */
function statusPages(widths: readonly number[], targets: number) {
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  return printPages(
    widths,
    [0, 1],
    [
      { items: range(2, FIXED_WIDTHS.length - 2), tail: [] },
      { items: range(FIXED_WIDTHS.length, targets), tail: [] },
    ],
    [],
  );
}

/** The title, the count of files in and out, and the column headers on row `header`. */
function statusHeading(
  frame: SheetFrame,
  header: number,
  year: number,
  files: number,
  included: number,
  indicators: readonly StrategyIndicator[],
  lang: Lang,
): void {
  frame.line(0, t(lang, "cons.status.title", { year }), "title");
  frame.line(
    1,
    t(lang, "cons.status.summary", {
      files,
      included,
      excluded: files - included,
    }),
    "subtitle",
  );
  const headers = [
    t(lang, "cons.col.stt"),
    t(lang, "cons.status.col.district"),
    t(lang, "cons.status.col.file"),
    t(lang, "cons.status.col.year"),
    t(lang, "cons.status.col.errors"),
    t(lang, "cons.status.col.warnings"),
    t(lang, "cons.status.col.state"),
    ...indicators.map((i) => t(lang, "cons.status.col.target", { number: i.number })),
  ];
  headers.forEach((text, col) => frame.set(header, col, "header", text));
}

/** A file's row on `r`: its number, district, file, year, errors, warnings and whether it went into the totals. */
function fileRow(frame: SheetFrame, r: number, k: number, entry: FileEntry, year: number, lang: Lang): void {
  const { report } = entry;
  const readable = !report.unreadable;
  frame.set(r, 0, "label", k + 1, { hAlign: "center" });
  frame.set(r, 1, "label", entry.name);
  frame.set(r, 2, "label", report.file);
  frame.set(r, 3, "label", report.year ?? null, { hAlign: "center" });
  frame.set(
    r,
    4,
    readable && report.errors > 0 ? "finding-error" : "label",
    readable ? report.errors : null,
    {
      hAlign: "right",
    },
  );
  frame.set(
    r,
    5,
    readable && report.warnings > 0 ? "finding-warning" : "label",
    readable ? report.warnings : null,
    {
      hAlign: "right",
    },
  );
  const state = stateText(entry, year, lang);
  frame.set(
    r,
    6,
    "label",
    state,
    entry.state.kind === "included" ? undefined : { bold: true, color: "9C0006" },
  );
  frame.fit(r, state, 36);
  frame.fit(r, report.file, 28);
}

/**
 * A file's targets on row `r`, coloured by status; a cell links to the district's figure on the consolidated
 * grassroots sheet (`district`: its place among the files included, −1 when kept out).
 */
function targetCells(
  frame: SheetFrame,
  r: number,
  entry: FileEntry,
  district: number,
  indicators: readonly StrategyIndicator[],
  grassroots: AppendixSheet | undefined,
  lang: Lang,
): void {
  const { report } = entry;
  indicators.forEach((ind, i) => {
    const col = FIXED_WIDTHS.length + i;
    const coverage =
      entry.state.kind === "unreadable" ? undefined : report.targets.find((c) => c.code === ind.code);
    if (!coverage) {
      frame.set(r, col, "label", null);
      return;
    }
    const style: CellStyle = { fill: STATUS_FILL[coverage.status], hAlign: "center", wrap: true };
    const text = targetText(coverage, lang);
    frame.fit(r, text, TARGET_WIDTH);
    const cell = district >= 0 ? grassroots?.figureCell(ind.code, district, "year-actual") : undefined;
    if (cell && coverage.value !== undefined && grassroots)
      frame.put({
        row: r,
        col,
        role: "link",
        value: text,
        style,
        link: { sheet: grassroots.plan.name, cell },
      });
    else frame.set(r, col, "label", text, style);
  });
}

/** Under the grid, from row `first`: the targets' names, with the year's target value. */
function targetsLegend(
  frame: SheetFrame,
  first: number,
  year: number,
  indicators: readonly StrategyIndicator[],
  lang: Lang,
): void {
  let row = first;
  frame.line(row++, t(lang, "cons.status.targets-legend", { year }), "note");
  for (const ind of indicators) {
    const target = targetFor(ind, year).value;
    const text = `${ind.number}: ${ind.name}${target ? ` (${target.text} %)` : ""}`;
    frame.line(row++, text, "note");
  }
}
