/** Values as the pane shows them: numbers the way the reader's language writes them (112,5 in Vietnamese). */
import { formatNumber, formatTarget } from "../../core/check/render";
import type { TargetCoverage } from "../../core/check/types";
import { t, type Lang, type MessageKey } from "../../core/i18n/messages";
import { readerParams } from "../../core/i18n/numbers";
import type { CellValue } from "../../core/model/sheet";
import type { SheetSetupPart } from "../../core/port";
import type { ReportYear } from "./report-year";

export function formatCellValue(value: CellValue | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return t(lang, "pane.empty");
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

export function targetStatusLabel(coverage: TargetCoverage, lang: Lang): string {
  switch (coverage.status) {
    case "met":
      return t(lang, "pane.targets.status.met");
    case "below":
      return t(lang, "pane.targets.status.below", { gap: formatNumber(coverage.gap ?? 0, lang) });
    case "no-value":
      return t(lang, "pane.targets.status.no-value");
    case "missing":
      return t(lang, "pane.targets.status.missing");
    case "invalid":
      return t(lang, "pane.targets.status.invalid");
  }
}

/** Which column of which year a target entry judges ("Kế hoạch năm 2025"); the year alone without a column. */
export function targetColumnLabel(coverage: TargetCoverage, lang: Lang): string {
  return t(lang, `pane.targets.kind.${coverage.kind ?? "none"}`, { year: String(coverage.year) });
}

/** `t` with numeric parameters written the reader's way (1.234 in Vietnamese, 1,234 in English). */
export function say(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return t(lang, key, readerParams(params, lang));
}

/** A target as the reader writes numbers; a published range ("70–100") stays as published. */
export function targetShown(coverage: TargetCoverage, lang: Lang): string | undefined {
  return formatTarget(coverage, lang);
}

/** «Đã chèn bảng «X», chưa đặt được khổ in, …» for each sheet inserted without part of its setup. */
export function unfinishedSetup(
  unfinished: readonly { sheet: string; parts: readonly SheetSetupPart[] }[],
  lang: Lang,
): string[] {
  return unfinished.map(({ sheet, parts }) =>
    t(lang, "pane.insert.unfinished", {
      sheet,
      parts: parts.map((part) => t(lang, `pane.setup.${part}`)).join(", "),
    }),
  );
}

/**
 * The report year as the views show it: «Năm 2021», or with where it came from, «Năm 2021 (theo tiêu đề cột)»,
 * «Năm 2026 (năm nay, đề xuất)»; «Năm chưa rõ» when nothing tells it.
 */
export function yearLabel(lang: Lang, year: ReportYear, withSource = false): string {
  if (year.pending) return t(lang, "pane.year.label.pending");
  if (year.year === undefined) return t(lang, "pane.year.label.none");
  const label = t(lang, "pane.year.label", { year: String(year.year) });
  return withSource ? `${label} (${yearSourceLabel(lang, year)})` : label;
}

/** Where the report year came from: «theo tiêu đề cột», «theo tên bảng», «đã lưu», «bạn chọn», «năm nay, đề xuất». */
export function yearSourceLabel(lang: Lang, year: ReportYear): string {
  return t(lang, `pane.year.source.${year.source}`);
}
