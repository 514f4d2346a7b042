/**
 * Worksheet names. Excel refuses a name longer than 31 characters, one holding : \ / ? * [ ], one that is empty or
 * starts or ends with an apostrophe, and the reserved name "History"; it compares names without regard to case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;

/** True when Excel accepts `name` as a worksheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim().toLowerCase() !== "history"
  );
}

/** Makes any text a valid sheet name: forbidden characters become "-", then trimmed to 31 characters. */
export function sanitizeSheetName(wanted: string): string {
  let name = wanted.normalize("NFC").replace(FORBIDDEN, "-").replace(/\s+/g, " ").trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  name = cut(name, MAX_SHEET_NAME_LENGTH);
  if (name === "" || name.toLowerCase() === "history") name = name === "" ? "Phụ lục" : `${name} 1`;
  return name;
}

/**
 * A name not among `existing` (compared as Excel does, ignoring case): `wanted` itself when free, otherwise
 * `wanted (2)`, `wanted (3)` …, shortening `wanted` so the result stays within 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(sameNameKey));
  const base = sanitizeSheetName(wanted);
  if (!taken.has(sameNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${cut(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(sameNameKey(name))) return name;
  }
}

/** The key Excel compares sheet names by: case ignored (not diacritics: «Biểu» and «Bieu» are two sheets). */
function sameNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Worksheet name of a template's table for report year N: "Dự báo 2026", "Kế hoạch 2027" (year N+1) … */
export function sheetNameFor(templateId: string, year: number): string {
  switch (templateId) {
    case "du-bao":
      return `Dự báo ${year}`;
    case "ke-hoach":
      return `Kế hoạch ${year + 1}`;
    case "thong-tin-co-so":
      return `TTCS ${year}`;
    case "chinh-phu-dien-tu":
      return `CPĐT ${year}`;
    case "chuyen-doi-so":
      return `Chuyển đổi số ${year}`;
    default:
      return sanitizeSheetName(`${templateId} ${year}`);
  }
}
