/**
 * Folding text for comparison: indicator names typed by different officials differ in diacritics (or lack
 * them, as in OCR text), in dashes, quotes, spacing and case. These functions map such variants to one
 * comparable form.
 *
 * Pure functions; no exceptions.
 */
import { memo } from "./memo";

/** Dashes and minus signs that Word's autocorrect or other fonts put where a hyphen was typed. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Curly and angle double quotes, double prime, full-width quote. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g;
/** Curly single quotes, prime, grave and acute accents used as apostrophes, full-width apostrophe. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\uFF07]/g;
/** Characters that take no room: zero-width space/joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
/** Any run of white space, including no-break, thin, narrow no-break and ideographic spaces. */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Combining marks left by NFD/NFKD decomposition: tone marks, circumflex, breve, horn, … */
const COMBINING = /[\u0300-\u036F]/g;
/** Letters like Đ/đ that do not decompose: Vietnamese đ, and the Icelandic eth often typed for it. */
const D_LIKE = /[\u0110\u0111\u00D0\u00F0\u0189]/g;

/** Dashes → "-", typographic quotes → ASCII, invisible characters dropped. Case and marks untouched. */
export function normalizePunctuation(s: string): string {
  return s
    .replace(INVISIBLE, "")
    .replace(DASHES, "-")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'");
}

/** Every run of white space (of any Unicode kind) → one ASCII space; trimmed. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACES, " ").trim();
}

/**
 * Comparable form of a text: diacritics removed (works whether the input is NFC or NFD, since it decomposes
 * first), đ/Đ → d, lower case, Unicode dashes → "-", typographic quotes → ASCII, compatibility forms unfolded
 * (NFKD: full-width letters, "²" → "2", ligatures), white space collapsed to single spaces and trimmed.
 *
 * "Tổng số  điểm – Bưu điện" → "tong so diem - buu dien".
 */
// Sheets repeat the same names, units and headers thousands of times: foldings are remembered (text/memo.ts).
export const foldDiacritics = memo((s: string): string => {
  const decomposed = normalizePunctuation(s).normalize("NFKD").replace(COMBINING, "").replace(D_LIKE, "d");
  return collapseSpaces(decomposed.toLowerCase());
});

export interface NormalizeNameOptions {
  /**
   * Drop "(…)" and "[…]" asides, nested ones included; an unclosed "(" drops the rest of the text. Default
   * false.
   */
  dropParenthesized?: boolean;
  /** Replace every character that is neither a letter, a digit nor a space by a space. Default false. */
  dropPunctuation?: boolean;
}

/**
 * Comparable form of an indicator name. Always: `foldDiacritics`, no spaces around "-", "/", "+" and "&" (so
 * "Báo chí- xuất bản" and "Báo chí - Xuất bản" agree), no space before , ; : . ! ? ) ] or after ( [, one
 * space after , and ; when a letter or digit follows ("mức độ 3,4" and "mức độ 3, 4" agree). On request:
 * parenthesized asides and punctuation are dropped (see options).
 *
 * normalizeName("Ngầm hóa hạ tầng (Tập trung tại đô thị)", { dropParenthesized: true }) → "ngam hoa ha tang".
 */
export function normalizeName(s: string, options: NormalizeNameOptions = {}): string {
  let t = foldDiacritics(s);
  if (options.dropParenthesized) t = dropAsides(t);
  if (options.dropPunctuation) {
    t = t.replace(/[^\p{L}\p{N}\s]/gu, " ");
  } else {
    t = t
      .replace(/ *([-/+&]) */g, "$1")
      .replace(/ +([,;:.!?)\]])/g, "$1")
      .replace(/([([]) +/g, "$1")
      .replace(/([,;])(?=[\p{L}\p{N}])/gu, "$1 ");
  }
  return collapseSpaces(t);
}

/** Removes (…) and […] groups, innermost first; a bracket never closed removes everything after it. */
function dropAsides(s: string): string {
  let t = s;
  let previous: string;
  do {
    previous = t;
    t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ");
  } while (t !== previous);
  t = t.replace(/[([].*$/, " ");
  // A stray closing bracket is punctuation, not an aside: leave it to dropPunctuation.
  return t;
}
