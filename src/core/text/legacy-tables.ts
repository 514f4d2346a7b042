/**
 * Character tables of the two legacy Vietnamese 8-bit encodings still met in old Excel files, built from the
 * public facts of each encoding (not copied from any converter):
 *
 * TCVN3 (TCVN 5712:1993 VN3, "ABC"; fonts .VnTime, .VnArial): ASCII plus one byte a letter in 0xA1–0xFE —
 * the 67 lower-case letters with diacritics (60 toned vowels and ă â ê ô ơ ư đ) and 7 capitals without tone
 * (Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7). Capitals with a tone mark have no byte of their own: they are the lower-case
 * byte shown through an all-capital "H" font (.VnTimeH). Within a vowel's row the bytes run huyền, hỏi, ngã,
 * sắc, nặng (à B5, ả B6, ã B7, á B8, ạ B9), with a few gaps.
 *
 * VNI (VNI-Windows; fonts VNI-Times, …): a base letter followed by a mark byte. Tone marks: sắc F9, huyền F8,
 * hỏi FB, ngã F5, nặng EF. Circumflex (â ê ô) with no tone / sắc / huyền / hỏi / ngã / nặng: E2 E1 E0 E5 E3
 * E4 after a, e, o. Breve (ă) likewise: EA E9 E8 FA FC EB after a. Single bytes: ơ F4, ư F6, đ F1, the toned
 * i (í ED, ì EC, ỉ E6, ĩ F3, ị F2) and ỵ EE. Capital forms use the capital base letter and the mark byte
 * minus 0x20 (the Latin-1 capital of the same accented letter): "AÙ" = Á, "Ñ" (D1) = Đ, "Ö" (D6) = Ư.
 *
 * Both encodings place every letter at 0xA1 or above, so a byte read as Latin-1 or as Windows-1252 gives the
 * same character there; `legacyByte` still maps the Windows-1252 characters of 0x80–0x9F (€ ‚ ƒ „ …) and the
 * C1 controls back to their byte, so both presentations of a file are treated alike.
 */

/** Tone marks in the order used by the tables: none, sắc, huyền, hỏi, ngã, nặng. */
export const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/** The twelve vowel bases, in alphabetical order. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
export type Vowel = (typeof VOWELS)[number];

/** The vowel `base` with tone `tone` (index into TONES), NFC. */
export function toned(base: string, tone: number): string {
  return (base + TONES[tone]).normalize("NFC");
}

/** All 134 Vietnamese letters with diacritics (67 lower-case, 67 capitals), NFC. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower: string[] = ["đ"];
  for (const v of VOWELS) {
    for (let t = 0; t < TONES.length; t++) {
      const ch = toned(v, t);
      if (ch.charCodeAt(0) >= 0x80) lower.push(ch);
    }
  }
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();

// -----------------------------------------------------------------------------------------------------------
// TCVN3

/** Bytes of each lower-case vowel: none, sắc, huyền, hỏi, ngã, nặng (ASCII code for the plain vowels). */
const TCVN3_ROWS: Record<Vowel, readonly number[]> = {
  a: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
const TCVN3_D = 0xae;
/** The seven capitals TCVN3 encodes: Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_CAPITALS: readonly [string, number][] = [
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];

/** TCVN3 byte (0xA1–0xFE) → Unicode letter. 74 entries: 67 lower-case letters, 7 capitals. */
export const TCVN3_DECODE: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  for (const v of VOWELS) TCVN3_ROWS[v].forEach((byte, t) => byte >= 0x80 && m.set(byte, toned(v, t)));
  m.set(TCVN3_D, "đ");
  for (const [ch, byte] of TCVN3_CAPITALS) m.set(byte, ch);
  return m;
})();

/**
 * Unicode letter → TCVN3 byte, for all 134 letters with diacritics. Toned capitals share the lower-case byte
 * (the capital is lost, as it is in a .VnTime document); Ă Â Ê Ô Ơ Ư Đ have their own bytes.
 */
export const TCVN3_ENCODE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [byte, ch] of TCVN3_DECODE) if (ch === ch.toLowerCase()) m.set(ch, byte);
  for (const [byte, ch] of TCVN3_DECODE) if (ch === ch.toLowerCase()) m.set(ch.toUpperCase(), byte);
  for (const [ch, byte] of TCVN3_CAPITALS) m.set(ch, byte);
  return m;
})();

/** Bytes TCVN3 uses for upper-case letters (Ă Â Ê Ô Ơ Ư Đ). */
export const TCVN3_CAPITAL_BYTES: ReadonlySet<number> = new Set(TCVN3_CAPITALS.map(([, b]) => b));

// -----------------------------------------------------------------------------------------------------------
// VNI

/** Tone mark bytes (lower-case form): sắc, huyền, hỏi, ngã, nặng — index 1..5 of TONES. */
const VNI_TONE = [0, 0xf9, 0xf8, 0xfb, 0xf5, 0xef];
/** Circumflex + tone bytes after a, e, o (index 0 = circumflex alone). */
const VNI_CIRCUMFLEX = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
/** Breve + tone bytes after a (index 0 = breve alone). */
const VNI_BREVE = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];
/** Toned i is one byte: (none), í, ì, ỉ, ĩ, ị. */
const VNI_I = [0x69, 0xed, 0xec, 0xe6, 0xf3, 0xf2];
const VNI_O_HORN = 0xf4;
const VNI_U_HORN = 0xf6;
const VNI_D = 0xf1;
const VNI_Y_NANG = 0xee;

const chr = (code: number): string => String.fromCharCode(code);

/** The VNI spelling of a lower-case vowel with a tone, as Latin-1 characters. */
function vniLower(v: Vowel, t: number): string {
  switch (v) {
    case "ă":
      return "a" + chr(VNI_BREVE[t]);
    case "â":
      return "a" + chr(VNI_CIRCUMFLEX[t]);
    case "ê":
      return "e" + chr(VNI_CIRCUMFLEX[t]);
    case "ô":
      return "o" + chr(VNI_CIRCUMFLEX[t]);
    case "i":
      return chr(VNI_I[t]);
    case "ơ":
      return chr(VNI_O_HORN) + (t ? chr(VNI_TONE[t]) : "");
    case "ư":
      return chr(VNI_U_HORN) + (t ? chr(VNI_TONE[t]) : "");
    case "y":
      if (t === 5) return chr(VNI_Y_NANG);
      return "y" + (t ? chr(VNI_TONE[t]) : "");
    default:
      return v + (t ? chr(VNI_TONE[t]) : "");
  }
}

/** Capital form of a VNI spelling: ASCII letters upper-cased, every byte ≥ 0xE0 moved down by 0x20. */
function vniUpper(seq: string): string {
  let out = "";
  for (const c of seq) {
    const code = c.charCodeAt(0);
    out += code >= 0xe0 ? chr(code - 0x20) : c.toUpperCase();
  }
  return out;
}

/** Unicode letter → VNI spelling (1 or 2 Latin-1 characters), for all 134 letters with diacritics. */
export const VNI_ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const v of VOWELS) {
    for (let t = 0; t < TONES.length; t++) {
      const lower = toned(v, t);
      const seq = vniLower(v, t);
      if (lower.charCodeAt(0) < 0x80) continue;
      m.set(lower, seq);
      m.set(lower.toUpperCase(), vniUpper(seq));
    }
  }
  m.set("đ", chr(VNI_D));
  m.set("Đ", chr(VNI_D - 0x20));
  return m;
})();

/** VNI spelling → Unicode letter (the inverse of VNI_ENCODE). */
export const VNI_DECODE: ReadonlyMap<string, string> = new Map([...VNI_ENCODE].map(([ch, seq]) => [seq, ch]));

// -----------------------------------------------------------------------------------------------------------
// Bytes as characters

/** Windows-1252 characters of 0x80–0x9F, in byte order; "\0" marks the five bytes it leaves undefined. */
const CP1252_80_9F = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";
/** Windows-1252 characters of 0x80–0x9F → byte. */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map(
  [...CP1252_80_9F].flatMap((ch, i) => (ch === "\0" ? [] : [[ch, 0x80 + i] as [string, number]])),
);

/**
 * The byte a character stands for when 8-bit text was read as Latin-1 (U+0000–U+00FF, C1 controls included)
 * or as Windows-1252 (the characters above for 0x80–0x9F). Undefined for any other character.
 */
export function legacyByte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code <= 0xff) return code;
  return CP1252_HIGH.get(ch);
}

/** The character a byte shows as, in the chosen presentation. */
export function byteChar(byte: number, presentation: "latin1" | "cp1252" = "latin1"): string {
  if (presentation === "cp1252" && byte >= 0x80 && byte <= 0x9f) {
    for (const [ch, b] of CP1252_HIGH) if (b === byte) return ch;
  }
  return chr(byte);
}
