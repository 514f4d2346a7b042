/** Values as the pane shows them: numbers the way the reader's language writes them (112,5 in Vietnamese). */
import { formatNumber, formatTarget } from "../../core/check/render";
import type { TargetCoverage } from "../../core/check/types";
import { t, type Lang, type MessageKey } from "../../core/i18n/messages";
import { readerParams } from "../../core/i18n/numbers";
import type { CellValue } from "../../core/model/sheet";
import type { SheetSetupPart } from "../../core/port";

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
