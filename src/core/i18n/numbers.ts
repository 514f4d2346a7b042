/** Numbers the way the reader's language writes them: 1.234,5 in Vietnamese, 1,234.5 in English. */
import { memo } from "../text/memo";
import type { CountMessage, Lang } from "./types";

// One formatter per language: building an Intl.NumberFormat per call dominates a 10 000-row check.
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

export function formatNumber(value: number, lang: Lang): string {
  // Messages of a long table repeat the same few figures: each written once per language (text/memo.ts).
  if (Object.is(value, -0)) return numberFormats[lang].format(value); // a memo would take it for 0
  return formatted[lang](value);
}

const formatted: Record<Lang, (value: number) => string> = {
  vi: memo((value: number) => numberFormats.vi.format(value)),
  en: memo((value: number) => numberFormats.en.format(value)),
};

// A cell's own content is shown whole (0,888 stays 0,888): rounding it would hide what a change replaces.
const exactFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 }),
};

/** A number as a cell holds it, in the reader's form, without rounding to two decimals. */
export function formatExactNumber(value: number, lang: Lang): string {
  return exactFormats[lang].format(value);
}

/** A message's parameters with numbers written the reader's way (1.234 in Vietnamese, 1,234 in English). */
export function readerParams(params: Record<string, string | number>, lang: Lang): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params))
    shown[name] = typeof value === "number" ? formatNumber(value, lang) : value;
  return shown;
}

const englishPlural = new Intl.PluralRules("en-US");

/** "{count} lỗi" / "1 error", "1,234 errors": the count written the reader's way, the noun in its right form. */
export function formatCount(message: CountMessage, count: number, lang: Lang): string {
  const template =
    lang === "vi" ? message.vi : englishPlural.select(count) === "one" ? message.en.one : message.en.other;
  return template.replace(/\{count\}/g, formatNumber(count, lang));
}
