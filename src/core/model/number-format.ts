/**
 * What a cell's number format says about its value, for the adapters that turn cells into the model: Office.js
 * (src/excel/convert.ts) and the .xlsx package reader (src/xlsx/package/), the one reader of every .xlsx file.
 */

/**
 * Whether a number format shows dates or times (day, month, year, hour or second codes outside quoted text,
 * escapes and [colour]/[$-locale] sections).
 */
export function isDateFormat(format: string): boolean {
  if (format === "" || /^general$/i.test(format)) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.split(";")[0] ?? "");
}

/**
 * An Excel date serial as "YYYY-MM-DD", the form the model gives dates in; undefined when the serial is no date
 * (out of JavaScript's date range). `date1904`: the workbook counts from 1904 (old Mac Excel).
 */
export function serialToIsoDate(serial: number, date1904 = false): string | undefined {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * The Excel date serial of a "YYYY-MM-DD" date (the inverse of serialToIsoDate, which the model's dates come from);
 * undefined for anything else. An adapter writes it back into a date-formatted cell, so a date stays a date.
 */
export function isoDateToSerial(iso: string, date1904 = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const serial =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  return serialToIsoDate(serial, date1904) === iso ? serial : undefined;
}
