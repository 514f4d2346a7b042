/** What a change does, in the reader's language: "“4.300” → 4.300", "(trống) → =IF(…) · định dạng 0.0". */
import { formatExactNumber } from "../i18n/numbers";
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

/** A cell's content as shown in a preview: the formula, the number, the text in quotes, or "(trống)". */
export function describeState(state: CellState, lang: Lang): string {
  if (state.formula !== undefined) return `=${state.formula}`;
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
