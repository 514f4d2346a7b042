/**
 * The year rule: the one place that says what a report year is, for every face and reader — the command line's
 * `--year`, the pane's and the page's settings, the stored settings, the header grammar and the title reader.
 *
 * A year is a whole number from 1990 (old workbooks still come back to be consolidated: the 1990s' plans are the
 * oldest typed in Excel) to 2100 (plans and strategies look a few decades ahead, never a century). A person types
 * it as four digits; a header names it as four digits standing alone ("KH2027" and "N-2026" count: the digits are
 * not part of a longer number). The one message for a year that breaks the rule is `year.invalid`
 * (src/core/i18n/messages.ts), said the same way by the command line and the pane.
 */

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** A whole number within the year range. */
export function isYear(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

/** Reads a year typed by a person: four digits (spaces around allowed) within range, else undefined. */
export function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return isYear(year) ? year : undefined;
}
