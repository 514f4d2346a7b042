/**
 * Text typed with TCVN3 (ABC) or VNI fonts shows in Excel as mojibake: "KÕ ho¹ch" (TCVN3) or "Keá hoaïch"
 * (VNI) for "Kế hoạch". This module detects such text and converts it to Unicode (NFC). Tables:
 * ./legacy-tables.ts.
 *
 * Detection (`detectLegacyEncoding`) is deliberately cautious; it answers only when
 *  - the text has no character that only Unicode Vietnamese uses (ă đ ơ ư, the U+1EA0–U+1EF9 letters,
 *    combining marks) — legacy text is made of characters up to U+00FF and Windows-1252 punctuation;
 *  - among the words with a non-ASCII character, converting makes more of them well-formed Vietnamese
 *    syllables (valid initial, vowel cluster, final and tone placement; lower case, capitals or capitalized)
 *    than they were already (so "Xã", "tháng", "Hà Giang", already fine as Unicode, are left alone), and at
 *    least 60 % of them are well formed after converting (so "café", "naïve", "Müller" are left alone);
 *  - one encoding clearly wins (a tie gives no answer).
 * A short text that reads well both ways (VNI "vò" is Unicode "vò" and VNI "vị") is left as it is.
 *
 * Capitals in TCVN3: toned capitals have no byte of their own (they share the lower-case byte and show as
 * capitals only in the .VnTimeH fonts), so conversion gives lower-case toned letters by default. `repairCase`
 * (on by default) upper-cases them where the surrounding letters show the text was typed in capitals: in a
 * whole text with no lower-case letter and at least two capitals ("KÕ HO¹CH" → "KẾ HOẠCH"), and in a word
 * with at least two capitals and no lower-case letter ("PH¸T" → "PHÁT" within a mixed text). A title-case
 * word like "KÕ" in mixed text stays "Kế". Text typed in an H font with lower-case keys cannot be told apart
 * and stays lower case.
 *
 * Pure functions; no exceptions.
 */

import {
  TCVN3_CAPITAL_BYTES,
  TCVN3_DECODE,
  TCVN3_ENCODE,
  VNI_DECODE,
  VNI_ENCODE,
  byteChar,
  legacyByte,
} from "./legacy-tables";
import { memo } from "./memo";
import { isVietnameseSyllable } from "./syllable";

export type LegacyEncoding = "tcvn3" | "vni";

export interface ConvertLegacyOptions {
  /** TCVN3 only: restore capitals in words typed in capitals (see the module comment). Default true. */
  repairCase?: boolean;
}

/** Characters only Unicode-encoded Vietnamese (or other non-legacy text) uses. */
const UNICODE_ONLY = /[\u0100-\u024F\u1E00-\u1EFF]|\p{M}/u;
/** A word as legacy text sees it: ASCII letters and every character 0xA1–0xFF (TCVN3 letters look odd). */
const LEGACY_WORD = /[A-Za-z\u00A1-\u00FF]+/g;

/**
 * Converts legacy-encoded text to Unicode NFC, unconditionally: characters that are not part of a letter of
 * the encoding pass through unchanged. Use `fixLegacyText` to convert only text detected as legacy.
 */
export function convertLegacy(
  text: string,
  encoding: LegacyEncoding,
  options: ConvertLegacyOptions = {},
): string {
  if (typeof text !== "string") return "";
  const out = encoding === "tcvn3" ? decodeTcvn3(text, options.repairCase ?? true) : decodeVni(text);
  return out.normalize("NFC");
}

function decodeTcvn3(text: string, repairCase: boolean): string {
  const wholeUpper = repairCase && typedInCapitals(text);
  return text.replace(LEGACY_WORD, (word) => {
    let out = "";
    for (const ch of word) {
      const byte = legacyByte(ch);
      out += (byte !== undefined && TCVN3_DECODE.get(byte)) || ch;
    }
    return wholeUpper || (repairCase && typedInCapitals(word)) ? out.toUpperCase() : out;
  });
}

/**
 * TCVN3 text typed in capitals: no lower-case evidence (ASCII a–z, or the untoned ă â ê ô ơ ư đ bytes
 * 0xA8–0xAE) and at least two capitals (ASCII A–Z, or Ă Â Ê Ô Ơ Ư Đ bytes 0xA1–0xA7). Toned letters tell
 * nothing either way.
 */
function typedInCapitals(text: string): boolean {
  let capitals = 0;
  for (const ch of text) {
    const byte = legacyByte(ch);
    if (byte === undefined) continue;
    if ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0xa8 && byte <= 0xae)) return false;
    if ((byte >= 0x41 && byte <= 0x5a) || TCVN3_CAPITAL_BYTES.has(byte)) capitals++;
  }
  return capitals >= 2;
}

function decodeVni(text: string): string {
  const chars = [...text];
  // Each character as the Latin-1 character of its byte, so Windows-1252 presentations match the table keys.
  const keys = chars.map((ch) => {
    const byte = legacyByte(ch);
    return byte === undefined ? undefined : String.fromCharCode(byte);
  });
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const a = keys[i];
    const b = keys[i + 1];
    if (a !== undefined && b !== undefined) {
      const pair = VNI_DECODE.get(a + b);
      if (pair) {
        out += pair;
        i++;
        continue;
      }
    }
    const single = a === undefined ? undefined : VNI_DECODE.get(a);
    out += single ?? chars[i];
  }
  return out;
}

export interface EncodeLegacyOptions {
  /** How bytes 0x80–0x9F are shown; no letter uses them, so this only matters for other characters. */
  presentation?: "latin1" | "cp1252";
}

/**
 * Writes Unicode text the way a legacy font stores it, as characters of the byte values (Latin-1). The
 * inverse of `convertLegacy`, used in tests and to reproduce old files. TCVN3 loses the capital of toned
 * letters ("Ế" → the byte of "ế"). Characters that are not Vietnamese letters pass through unchanged.
 */
export function encodeLegacy(
  text: string,
  encoding: LegacyEncoding,
  options: EncodeLegacyOptions = {},
): string {
  if (typeof text !== "string") return "";
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (encoding === "tcvn3") {
      const byte = TCVN3_ENCODE.get(ch);
      out += byte === undefined ? ch : byteChar(byte, options.presentation);
    } else {
      out += VNI_ENCODE.get(ch) ?? ch;
    }
  }
  return out;
}

/** Scores of a text under each reading: how many candidate words are well-formed Vietnamese syllables. */
export interface LegacyScores {
  /** Words with a character beyond ASCII: the only ones that can tell encodings apart. */
  candidates: number;
  /** Well-formed as the text stands (read as Unicode). */
  unicode: number;
  tcvn3: number;
  vni: number;
}

/**
 * The detection evidence, exposed for diagnostics and tests; undefined when the text holds Unicode-only
 * letters.
 */
export function scoreLegacy(text: string): LegacyScores | undefined {
  if (typeof text !== "string" || UNICODE_ONLY.test(text)) return undefined;
  const scores: LegacyScores = { candidates: 0, unicode: 0, tcvn3: 0, vni: 0 };
  for (const word of text.match(LEGACY_WORD) ?? []) {
    if (!/[\u0080-\u{10FFFF}]/u.test(word)) continue;
    scores.candidates++;
    if (plausibleWord(word)) scores.unicode++;
    if (plausibleWord(decodeTcvn3(word, true))) scores.tcvn3++;
    if (plausibleWord(decodeVni(word))) scores.vni++;
  }
  return scores;
}

/** A well-formed syllable written in lower case, in capitals, or capitalized ("thÓ" is not). */
function plausibleWord(word: string): boolean {
  const w = word.normalize("NFC");
  const lower = w.toLowerCase();
  const rest = w.slice(1);
  const wellCased = w === lower || w === w.toUpperCase() || rest === rest.toLowerCase();
  return wellCased && isVietnameseSyllable(w);
}

/** Minimum share of candidate words that must be well-formed syllables after converting. */
const MIN_PLAUSIBLE_SHARE = 0.6;

/**
 * "tcvn3" or "vni" when the text is legacy-encoded Vietnamese, undefined otherwise (Unicode Vietnamese,
 * English, French, numbers, or too little evidence). See the module comment for the rule.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  // Plain ASCII is never legacy-encoded; other texts are remembered (sheets repeat the same names).
  if (!/[^\u0020-\u007E\s]/.test(text)) return undefined;
  return detected(text);
}

const detected = memo(detectUncached);

function detectUncached(text: string): LegacyEncoding | undefined {
  const s = scoreLegacy(text);
  if (!s || s.candidates === 0) return undefined;
  const plausible = (score: number) => score > s.unicode && score >= MIN_PLAUSIBLE_SHARE * s.candidates;
  const tcvn3 = plausible(s.tcvn3);
  const vni = plausible(s.vni);
  if (tcvn3 && (!vni || s.tcvn3 > s.vni)) return "tcvn3";
  if (vni && (!tcvn3 || s.vni > s.tcvn3)) return "vni";
  return undefined;
}

/**
 * The text converted to Unicode when it is detected as legacy-encoded, with the encoding found; else
 * unchanged.
 */
export function fixLegacyText(
  text: string,
  options: ConvertLegacyOptions = {},
): { text: string; encoding?: LegacyEncoding } {
  if (typeof text !== "string") return { text: "" };
  const encoding = detectLegacyEncoding(text);
  if (!encoding) return { text };
  return { text: convertLegacy(text, encoding, options), encoding };
}
