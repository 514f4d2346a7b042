/**
 * What a change does, in the reader's language: "“4.300” → 4.300", "(trống) → công thức = F12/D12 × 100 → 112,5 ·
 * định dạng 0.0" — a comparison formula of ours said as what it computes and gives, never as its guards.
 */
import { comparisonBody, readableExpression } from "../formulas/excel-formula";
import { formatExactNumber, formatNumber } from "../i18n/numbers";
import { fixMessages, type FixMessageKey } from "../i18n/fix-messages";
import { fillParams } from "../i18n/params";
import type { Lang } from "../i18n/types";
import type { CellChange, CellState } from "../port";
import type { FixableCode } from "./types";

export function fixText(
  lang: Lang,
  key: FixMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillParams(fixMessages[key][lang], params);
}

/** The name of a kind of fix, for headings and "Sửa tất cả" buttons. */
export function fixKindName(code: FixableCode, lang: Lang): string {
  return fixText(lang, `fix.kind.${code}`);
}

/**
 * A cell's content as shown in a preview: a comparison formula of ours in words with what it gives
 * ("công thức = F12/D12 × 100 → 112,5"), another formula as written, the number, the text in quotes, or "(trống)".
 */
export function describeState(state: CellState, lang: Lang): string {
  if (state.formula !== undefined) {
    const body = comparisonBody(state.formula);
    if (body === undefined) return `=${state.formula}`;
    const gives =
      typeof state.value === "number" ? formatNumber(state.value, lang) : fixText(lang, "fix.value.empty");
    return fixText(lang, "fix.value.formula", { formula: readableExpression(body), value: gives });
  }
  const v = state.value;
  if (v === null || v === undefined || v === "") return fixText(lang, "fix.value.empty");
  if (typeof v === "number") return formatExactNumber(v, lang);
  if (typeof v === "string") return fixText(lang, "fix.value.text", { text: v });
  return String(v);
}

/** "before → after", with the number format and the font the change gives, when it alters them. */
export function describeChange(change: CellChange, lang: Lang): string {
  const { before, after } = change;
  const parts = [describeState(after, lang)];
  const format = after.numberFormat ?? "General";
  if (format !== (before.numberFormat ?? "General")) parts.push(fixText(lang, "fix.format", { format }));
  const font = after.font?.name;
  if (font !== undefined && before.font?.name !== undefined && font !== before.font.name) {
    parts.push(fixText(lang, "fix.font", { font }));
  }
  return fixText(lang, "fix.change", { before: describeState(before, lang), after: parts.join(" · ") });
}
