/**
 * Numbers typed as text, read with Vietnamese conventions: "." groups thousands, "," is the decimal mark
 * ("4.300" is four thousand three hundred, "88,8" is 88.8). Documents are not consistent (seed 001 has "97.7"
 * and "118,99" in one table), so the reader follows these rules:
 *
 * 1. Both "." and "," present: the one that comes last is the decimal mark, the other groups thousands in
 *    groups of three: "1.234,5" → 1234.5, "1,234.5" (English) → 1234.5. Anything else ("1.2,5") is not a
 *    number.
 * 2. Several "." (or several ","): thousands groups, which must be well formed: "12.345.678" → 12345678,
 *    "1,234,567" → 1234567; "1.2.3" is not a number.
 * 3. A single "." followed by exactly three digits, after 1–3 digits not starting with 0, groups thousands —
 *    and the text could also be a decimal number typed the English way. The reading is **ambiguous**: value =
 *    the thousands reading, alternative = the decimal reading. "4.300" → ambiguous 4300 (alternative 4.3);
 *    "52.050" → 52050 (alternative 52.05); "1.483" → 1483 (alternative 1.483). A checker reports
 *    `number/ambiguous` for such a text and may silence it where the context decides (a count of subscribers
 *    is not 4.3).
 * 4. A single "." followed by any other number of digits (or after 4+ digits, or after a lone 0) is a decimal
 *    point: "97.7" → 97.7, "0.500" → 0.5, "1234.567" → 1234.567.
 * 5. A single "," followed by exactly three digits, after 1–3 digits not starting with 0, is the Vietnamese
 *    decimal mark but could be an English thousands separator: ambiguous, value = decimal reading,
 *    alternative = thousands: "1,234" → 1.234 (alternative 1234).
 * 6. A single "," otherwise is the decimal mark: "88,8" → 88.8, "118,99" → 118.99, "0,85" → 0.85, "0,850" →
 *    0.85.
 * 7. Spaces (ordinary, no-break, thin, narrow no-break) may group thousands: "4 300" → 4300 (unambiguous);
 *    the part after the groups may carry a decimal mark, either "," or ".": "4 300,5" → 4300.5.
 * 8. Sign: leading "-", "−" (U+2212) or "+", no space after it. "(12)" (accounting negative) is not a number.
 * 9. A trailing "%" (with or without a space before it) sets `percent: true`; the value is the number as
 *    written: "12%" → 12 with percent, not 0.12.
 * 10. Surrounding white space is ignored; full-width digits are read (NFKC). A leading decimal mark is read
 *     as 0: ",5" → 0.5. Empty text, a lone sign, scientific notation and any other character → not-a-number.
 *
 * Units: a number followed by a unit ("1.320 triệu đồng", "04 km") is **not** a number for
 * `parseVietnameseNumber`: a cell holding it is text, and a checker must say so. `parseNumberWithUnit` splits
 * such a text into a reading and the unit text, for callers that want to suggest a fix.
 *
 * Pure functions; never throw.
 */

/** Why a text reads two ways. */
export type AmbiguityReason =
  /** "4.300": thousands group (Vietnamese) or decimal point (English). */
  | "dot-then-three-digits"
  /** "1,234": decimal mark (Vietnamese) or thousands group (English). */
  | "comma-then-three-digits";

export type NumberReading =
  | { kind: "number"; value: number; percent?: true }
  | {
      kind: "ambiguous";
      /** The most likely reading under Vietnamese conventions. */
      value: number;
      /** The other reading. */
      alternative: number;
      reason: AmbiguityReason;
      percent?: true;
    }
  | { kind: "not-a-number" };

const NOT_A_NUMBER: NumberReading = { kind: "not-a-number" };

/** Digits of an unsigned decimal number, kept as text until the end so no precision is lost on the way. */
interface Digits {
  int: string;
  frac: string;
}

interface Body {
  value: Digits;
  alternative?: { value: Digits; reason: AmbiguityReason };
}

const FIRST_GROUP = /^[1-9]\d{0,2}$/;

/** Reads a number typed as text with Vietnamese conventions; see the rules at the top of this module. */
/**
 * Letters (Latin, Vietnamese) stay letters under every step below and no number holds one: a text with a letter is
 * told at once, without normalising it (a sheet of notes has a hundred thousand of them).
 */
const LETTER = /[A-Za-z\u00C0-\u024F\u1EA0-\u1EF9]/;

export function parseVietnameseNumber(text: string): NumberReading {
  if (typeof text !== "string" || LETTER.test(text)) return NOT_A_NUMBER;
  let s = text.normalize("NFKC").replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, "");
  s = s.replace(/\s+/g, " ").trim();

  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }

  let negative = false;
  const sign = s.charAt(0);
  if (sign === "-" || sign === "\u2212" || sign === "+") {
    negative = sign !== "+";
    s = s.slice(1);
  }

  const body = readBody(s);
  if (!body) return NOT_A_NUMBER;
  const value = toNumber(body.value, negative);
  if (value === undefined) return NOT_A_NUMBER;
  const flag = percent ? { percent: true as const } : {};
  if (body.alternative) {
    const alternative = toNumber(body.alternative.value, negative);
    if (alternative !== undefined && alternative !== value) {
      return { kind: "ambiguous", value, alternative, reason: body.alternative.reason, ...flag };
    }
  }
  return { kind: "number", value, ...flag };
}

/** The unsigned part: digits, ".", "," and single spaces only. */
function readBody(s: string): Body | undefined {
  if (!/^[0-9., ]+$/.test(s) || !/[0-9]/.test(s)) return undefined;

  if (s.includes(" ")) {
    const m = /^([1-9]\d{0,2}(?: \d{3})+)(?:[.,](\d+))?$/.exec(s);
    if (!m) return undefined;
    return { value: { int: m[1].replace(/ /g, ""), frac: m[2] ?? "" } };
  }

  if (/^\d+$/.test(s)) return { value: { int: s, frac: "" } };
  const leading = /^[.,](\d+)$/.exec(s);
  if (leading) return { value: { int: "0", frac: leading[1] } };

  const dots = count(s, ".");
  const commas = count(s, ",");

  if (dots > 0 && commas > 0) {
    const decimalAt = Math.max(s.lastIndexOf("."), s.lastIndexOf(","));
    const decimal = s.charAt(decimalAt);
    const group = decimal === "." ? "," : ".";
    if (count(s, decimal) !== 1) return undefined;
    const intPart = s.slice(0, decimalAt);
    const frac = s.slice(decimalAt + 1);
    if (!/^\d+$/.test(frac) || !isGrouped(intPart, group)) return undefined;
    return { value: { int: intPart.split(group).join(""), frac } };
  }

  const sep = dots > 0 ? "." : ",";
  if (Math.max(dots, commas) > 1) {
    if (!isGrouped(s, sep)) return undefined;
    return { value: { int: s.split(sep).join(""), frac: "" } };
  }

  const at = s.indexOf(sep);
  const a = s.slice(0, at);
  const b = s.slice(at + 1);
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return undefined;
  const decimalReading: Digits = { int: a, frac: b };
  if (!(FIRST_GROUP.test(a) && b.length === 3)) return { value: decimalReading };
  const thousandsReading: Digits = { int: a + b, frac: "" };
  return sep === "."
    ? { value: thousandsReading, alternative: { value: decimalReading, reason: "dot-then-three-digits" } }
    : { value: decimalReading, alternative: { value: thousandsReading, reason: "comma-then-three-digits" } };
}

/** "12.345.678" with group ".": a first group of 1–3 digits not starting with 0, then groups of 3. */
function isGrouped(s: string, group: string): boolean {
  const parts = s.split(group);
  return parts.length > 1 && FIRST_GROUP.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function toNumber(d: Digits, negative: boolean): number | undefined {
  const v = Number(d.frac ? `${d.int}.${d.frac}` : d.int);
  if (!Number.isFinite(v)) return undefined;
  if (v === 0) return 0; // no negative zero
  return negative ? -v : v;
}

/** A number followed by a unit, split: "1.320 triệu đồng" → 1320 (ambiguous) and "triệu đồng". */
export interface NumberWithUnit {
  reading: NumberReading;
  /** The text after the number, trimmed; undefined when there is none. */
  unit?: string;
}

/**
 * Splits a leading number from a trailing unit made of letters (and "/", ".", spaces, digits after the first
 * letter): "1.320 triệu đồng" → { reading: 1320 ambiguous, unit: "triệu đồng" }, "04 km/điểm" → { 4,
 * "km/điểm" }. A text without a unit gives the same reading as `parseVietnameseNumber` and no unit. A text
 * whose leading part is not a number gives not-a-number and no unit.
 */
export function parseNumberWithUnit(text: string): NumberWithUnit {
  if (typeof text !== "string") return { reading: NOT_A_NUMBER };
  const whole = parseVietnameseNumber(text);
  if (whole.kind !== "not-a-number") return { reading: whole };
  const m = /^\s*([-+\u2212]?[0-9][0-9.,\s]*?%?)\s*(\p{L}[\p{L}\p{M}\p{N}\s/.]*)$/u.exec(
    text.normalize("NFC"),
  );
  if (!m) return { reading: NOT_A_NUMBER };
  const reading = parseVietnameseNumber(m[1]);
  if (reading.kind === "not-a-number") return { reading };
  return { reading, unit: m[2].trim() };
}

/** A number with words or signs around it: "≥ 98", "khoảng 90", "12 xã", "2.700 triệu đồng". */
export interface NumberWithWords {
  reading: Exclude<NumberReading, { kind: "not-a-number" }>;
  /** The qualifier before the number ("≥", "khoảng"), when there is one. */
  qualifier?: string;
  /** The unit after the number, when there is one. */
  unit?: string;
}

/** Signs and words officials put before a figure: at least, over, under, about. */
const QUALIFIER =
  /^\s*(≥|≤|>=|<=|>|<|~|≈|(?:khoảng|khoang|trên|tren|dưới|duoi|gần|gan|hơn|hon|tối thiểu|toi thieu|tối đa|toi da|ít nhất|it nhat|đạt|dat)(?=\s|\d))\s*/iu;

/**
 * A text that is a number once a qualifier before it ("≥ 98", "~90", "khoảng 90", "trên 85,5") or a unit after it
 * ("12 xã", "2.700 triệu đồng") is set aside; undefined for a plain number (read it with `parseVietnameseNumber`)
 * and for anything else ("-", "x", "không", "70–100", "Điểm").
 */
export function parseNumberWithWords(text: string): NumberWithWords | undefined {
  if (typeof text !== "string") return undefined;
  const nfc = text.normalize("NFC");
  const m = QUALIFIER.exec(nfc);
  const rest = m ? nfc.slice(m[0].length) : nfc;
  const { reading, unit } = parseNumberWithUnit(rest);
  if (reading.kind === "not-a-number" || (!m && unit === undefined)) return undefined;
  const out: NumberWithWords = { reading };
  if (m) out.qualifier = m[1];
  if (unit !== undefined) out.unit = unit;
  return out;
}

/**
 * Text that holds a figure (`4.300`, `88,8`, `70–100`, `85%`, `1/2`), as opposed to words: digits and the marks
 * numbers are typed with, nothing else. Wider than `parseVietnameseNumber` (a range is a figure, not one number):
 * what finding a table and telling a header from a body count as figures.
 */
export function looksNumeric(text: string): boolean {
  return /\d/.test(text) && /^[\d\s.,%+\-–—−/]+$/.test(text.trim());
}

/**
 * Which way a number typed as text is written when only one way reads it: "88,8", "1.234.567", "1.234,5" are
 * Vietnamese ("vi"), "97.7", "1,234,567", "1,234.5" English ("en"); "4.300", "1,234", "12" tell nothing (undefined).
 */
export function numberConvention(text: string): "vi" | "en" | undefined {
  const s = text
    .trim()
    .replace(/%$/, "")
    .trim()
    .replace(/^[-+\u2212]/, "");
  if (/^\d+,\d+$/.test(s) && !/^[1-9]\d{0,2},\d{3}$/.test(s)) return "vi";
  if (/^[1-9]\d{0,2}(\.\d{3}){2,}$/.test(s) || /^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(s)) return "vi";
  if (/^\d+\.\d+$/.test(s) && !/^[1-9]\d{0,2}\.\d{3}$/.test(s)) return "en";
  if (/^[1-9]\d{0,2}(,\d{3}){2,}$/.test(s) || /^[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(s)) return "en";
  return undefined;
}
