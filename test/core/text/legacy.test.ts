import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  convertLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  fixLegacyText,
  scoreLegacy,
} from "../../../src/core/text/legacy";
import {
  TCVN3_DECODE,
  TCVN3_ENCODE,
  VIETNAMESE_LETTERS,
  VNI_DECODE,
  VNI_ENCODE,
  byteChar,
  legacyByte,
} from "../../../src/core/text/legacy-tables";
import { SEED_NAMES, SEED_WORDS } from "./seed-names";

/** The three rows of domain.md's table: Unicode, TCVN3 read as Unicode, VNI read as Unicode. */
const DOMAIN_ROWS: [string, string, string][] = [
  ["Kế hoạch", "KÕ ho¹ch", "Keá hoaïch"],
  ["Đơn vị tính", "§¬n vÞ tÝnh", "Ñôn vò tính"],
  ["Ước thực hiện cả năm", "¦íc thùc hiÖn c¶ n¨m", "Öôùc thöïc hieän caû naêm"],
];

describe("tables", () => {
  it("cover the 134 Vietnamese letters with diacritics", () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    for (const ch of VIETNAMESE_LETTERS) {
      expect(ch).toBe(ch.normalize("NFC"));
      expect(ch).toHaveLength(1);
      expect(TCVN3_ENCODE.has(ch)).toBe(true);
      expect(VNI_ENCODE.has(ch)).toBe(true);
    }
  });

  it("give TCVN3 74 distinct bytes in 0xA1–0xFE (67 lower-case letters, 7 capitals)", () => {
    expect(TCVN3_DECODE.size).toBe(74);
    for (const byte of TCVN3_DECODE.keys()) {
      expect(byte).toBeGreaterThanOrEqual(0xa1);
      expect(byte).toBeLessThanOrEqual(0xfe);
    }
    const capitals = [...TCVN3_DECODE.values()].filter((c) => c !== c.toLowerCase());
    expect(capitals.sort()).toEqual(["Â", "Ê", "Ô", "Ă", "Đ", "Ơ", "Ư"].sort());
  });

  it("match the published TCVN3 bytes", () => {
    const facts: [string, number][] = [
      ["á", 0xb8],
      ["à", 0xb5],
      ["ả", 0xb6],
      ["ã", 0xb7],
      ["ạ", 0xb9],
      ["ă", 0xa8],
      ["â", 0xa9],
      ["đ", 0xae],
      ["ê", 0xaa],
      ["ô", 0xab],
      ["ơ", 0xac],
      ["ư", 0xad],
      ["Đ", 0xa7],
      ["Ư", 0xa6],
      ["ế", 0xd5],
      ["ị", 0xde],
      ["í", 0xdd],
      ["ớ", 0xed],
      ["ự", 0xf9],
      ["ệ", 0xd6],
      ["ỵ", 0xfe],
      ["Ế", 0xd5],
    ];
    for (const [ch, byte] of facts) expect([ch, TCVN3_ENCODE.get(ch)]).toEqual([ch, byte]);
  });

  it("match the published VNI spellings", () => {
    const facts: [string, string][] = [
      ["á", "aù"],
      ["à", "aø"],
      ["ả", "aû"],
      ["ã", "aõ"],
      ["ạ", "aï"],
      ["ế", "eá"],
      ["ă", "aê"],
      ["ặ", "aë"],
      ["â", "aâ"],
      ["ậ", "aä"],
      ["ơ", "ô"],
      ["ư", "ö"],
      ["đ", "ñ"],
      ["Đ", "Ñ"],
      ["Ư", "Ö"],
      ["ị", "ò"],
      ["í", "í"],
      ["ỵ", "î"],
      ["Á", "AÙ"],
      ["Ấ", "AÁ"],
      ["Ặ", "AË"],
      ["Ỵ", "Î"],
    ];
    for (const [ch, seq] of facts) expect([ch, VNI_ENCODE.get(ch)]).toEqual([ch, seq]);
    expect(VNI_DECODE.size).toBe(134);
  });

  it("read bytes from Latin-1 and Windows-1252 characters", () => {
    expect(legacyByte("¹")).toBe(0xb9);
    expect(legacyByte("\u0096")).toBe(0x96);
    expect(legacyByte("–")).toBe(0x96);
    expect(legacyByte("€")).toBe(0x80);
    expect(legacyByte("‘")).toBe(0x91);
    expect(legacyByte("Ÿ")).toBe(0x9f);
    expect(byteChar(0x93, "cp1252")).toBe("“");
    expect(byteChar(0x93)).toBe("\u0093");
    expect(legacyByte("ạ")).toBeUndefined();
  });
});

describe("the domain.md examples", () => {
  it.each(DOMAIN_ROWS)("%s ⇄ TCVN3 %s ⇄ VNI %s", (unicode, tcvn3, vni) => {
    expect(convertLegacy(tcvn3, "tcvn3")).toBe(unicode);
    expect(convertLegacy(vni, "vni")).toBe(unicode);
    expect(encodeLegacy(unicode, "tcvn3")).toBe(tcvn3);
    expect(encodeLegacy(unicode, "vni")).toBe(vni);
    expect(detectLegacyEncoding(tcvn3)).toBe("tcvn3");
    expect(detectLegacyEncoding(vni)).toBe("vni");
    expect(detectLegacyEncoding(unicode)).toBeUndefined();
    expect(fixLegacyText(tcvn3)).toEqual({ text: unicode, encoding: "tcvn3" });
    expect(fixLegacyText(vni)).toEqual({ text: unicode, encoding: "vni" });
    expect(fixLegacyText(unicode)).toEqual({ text: unicode });
  });

  it("returns NFC", () => {
    const out = convertLegacy("Öôùc", "vni");
    expect(out).toBe(out.normalize("NFC"));
    expect(out).toBe("Ước");
  });
});

describe("capitals in TCVN3", () => {
  it("restores capitals in text typed in capitals", () => {
    expect(convertLegacy("KÕ HO¹CH PH¸T TRIÓN", "tcvn3")).toBe("KẾ HOẠCH PHÁT TRIỂN");
    expect(convertLegacy("§¦êNG", "tcvn3")).toBe("ĐƯỜNG");
    expect(convertLegacy("Tæng hîp KÕT QU¶ n¨m 2021", "tcvn3")).toBe("Tổng hợp KẾT QUẢ năm 2021");
  });

  it("keeps title-case words and can be told not to repair", () => {
    expect(convertLegacy("KÕ ho¹ch", "tcvn3")).toBe("Kế hoạch");
    expect(convertLegacy("KÕ HO¹CH", "tcvn3", { repairCase: false })).toBe("Kế HOạCH");
  });

  it("detects a heading typed in capitals", () => {
    const heading = encodeLegacy("DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021", "tcvn3");
    expect(fixLegacyText(heading)).toEqual({
      text: "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021",
      encoding: "tcvn3",
    });
  });
});

describe("Windows-1252 presentation", () => {
  it("passes punctuation of 0x80–0x9F through in either presentation", () => {
    expect(convertLegacy("KÕ ho¹ch – n¨m 2022…", "tcvn3")).toBe("Kế hoạch – năm 2022…");
    expect(convertLegacy("KÕ ho¹ch \u0096 n¨m 2022\u0085", "tcvn3")).toBe("Kế hoạch \u0096 năm 2022\u0085");
    expect(convertLegacy("Keá hoaïch – naêm “2022”", "vni")).toBe("Kế hoạch – năm “2022”");
    expect(detectLegacyEncoding("KÕ ho¹ch – n¨m 2022")).toBe("tcvn3");
    expect(encodeLegacy("Kế hoạch – năm", "tcvn3", { presentation: "cp1252" })).toBe("KÕ ho¹ch – n¨m");
  });
});

// --- properties ----------------------------------------------------------------------------------------------------

const ASCII_LETTERS = "abcdeghiklmnopqrstuvxy";
const lowerLetter = fc.constantFrom(
  ...VIETNAMESE_LETTERS.filter((c) => c === c.toLowerCase()),
  ...ASCII_LETTERS,
);
const anyLetter = fc.constantFrom(...VIETNAMESE_LETTERS, ...ASCII_LETTERS, ...ASCII_LETTERS.toUpperCase());
const upperLetter = fc.constantFrom(
  ...VIETNAMESE_LETTERS.filter((c) => c !== c.toLowerCase()),
  ...ASCII_LETTERS.toUpperCase(),
);
const textOf = (letter: fc.Arbitrary<string>) =>
  fc
    .array(fc.oneof({ weight: 5, arbitrary: letter }, { weight: 1, arbitrary: fc.constant(" ") }), {
      maxLength: 40,
    })
    .map((a) => a.join(""));

/** TCVN3 keeps the capitals Ă Â Ê Ô Ơ Ư Đ and the plain ASCII capitals; the other capitals become lower case. */
const TCVN3_CAPITALS = new Set("ĂÂÊÔƠƯĐ");
const tcvn3Visible = (s: string) =>
  [...s].map((c) => (c.charCodeAt(0) < 0x80 || TCVN3_CAPITALS.has(c) ? c : c.toLowerCase())).join("");

describe("round trips", () => {
  it("VNI gives back any text of Vietnamese letters, capitals included", () => {
    fc.assert(
      fc.property(textOf(anyLetter), (s) => {
        expect(convertLegacy(encodeLegacy(s, "vni"), "vni")).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("TCVN3 gives back lower-case text exactly", () => {
    fc.assert(
      fc.property(textOf(lowerLetter), (s) => {
        expect(convertLegacy(encodeLegacy(s, "tcvn3"), "tcvn3")).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("TCVN3 without case repair gives back mixed text with toned capitals in lower case", () => {
    fc.assert(
      fc.property(textOf(anyLetter), (s) => {
        expect(convertLegacy(encodeLegacy(s, "tcvn3"), "tcvn3", { repairCase: false })).toBe(tcvn3Visible(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("TCVN3 with case repair gives back mixed text up to case", () => {
    fc.assert(
      fc.property(textOf(anyLetter), (s) => {
        expect(convertLegacy(encodeLegacy(s, "tcvn3"), "tcvn3").toLowerCase()).toBe(s.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });

  it("TCVN3 gives back text typed in capitals when two plain capitals show it", () => {
    const caps = fc
      .tuple(
        textOf(upperLetter),
        fc.constantFrom(...ASCII_LETTERS.toUpperCase()),
        fc.constantFrom(...ASCII_LETTERS.toUpperCase()),
      )
      .map(([t, a, b]) => `${a}${t}${b}`);
    fc.assert(
      fc.property(caps, (s) => {
        expect(convertLegacy(encodeLegacy(s, "tcvn3"), "tcvn3")).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("detection", () => {
  it("never flags the Unicode seed indicator names", () => {
    for (const name of SEED_NAMES) {
      expect([name, detectLegacyEncoding(name)]).toEqual([name, undefined]);
      expect(fixLegacyText(name)).toEqual({ text: name });
    }
  });

  it("never flags Unicode text made of seed words, even words that only use Latin-1 letters", () => {
    const latin1Only = SEED_WORDS.filter((w) => [...w].every((c) => c.charCodeAt(0) <= 0xff));
    expect(latin1Only).toEqual(expect.arrayContaining(["tháng", "tính", "xã", "Các"]));
    const word = fc.oneof(fc.constantFrom(...SEED_WORDS), fc.constantFrom(...latin1Only));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        expect(detectLegacyEncoding(words.join(" "))).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    "Internet",
    "Total revenue of telecom services (million VND)",
    "café",
    "Crème brûlée à la carte",
    "naïve résumé",
    "São Paulo",
    "Müller Straße",
    "Ñandú",
    "4.300",
    "12,5 %",
    "",
    "Hà Giang",
    "Xã",
    "vò",
  ])("leaves %j alone", (text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
    expect(fixLegacyText(text)).toEqual({ text });
  });

  it("finds the seed names typed in either legacy encoding", () => {
    for (const name of SEED_NAMES) {
      const tcvn3 = encodeLegacy(name, "tcvn3");
      const vni = encodeLegacy(name, "vni");
      expect([name, detectLegacyEncoding(tcvn3)]).toEqual([name, "tcvn3"]);
      expect([name, detectLegacyEncoding(vni)]).toEqual([name, "vni"]);
      expect(fixLegacyText(vni).text).toBe(name);
      expect(fixLegacyText(tcvn3).text.toLowerCase()).toBe(name.toLowerCase());
    }
  });

  it("never names the wrong encoding for text made of seed words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SEED_WORDS), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (words, lower) => {
          const text = lower ? words.join(" ").toLowerCase() : words.join(" ");
          expect([undefined, "tcvn3"]).toContain(detectLegacyEncoding(encodeLegacy(text, "tcvn3")));
          expect([undefined, "vni"]).toContain(detectLegacyEncoding(encodeLegacy(text, "vni")));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("finds nearly every sentence of three or more seed words, and most single words", () => {
    const marked = new Set(SEED_WORDS.filter((w) => /[\u0080-\u{10FFFF}]/u.test(w)));
    const rate = (minLength: number, maxLength: number, encoding: "tcvn3" | "vni") => {
      const sentences = fc.sample(
        fc
          .array(fc.constantFrom(...SEED_WORDS), { minLength, maxLength })
          .filter((ws) => ws.some((w) => marked.has(w))),
        { numRuns: 1000, seed: 7 },
      );
      const found = sentences.filter(
        (ws) => detectLegacyEncoding(encodeLegacy(ws.join(" "), encoding)) === encoding,
      );
      return found.length / sentences.length;
    };
    // Misses are words whose legacy spelling is also well-formed Unicode ("vò" is VNI "vị" and Unicode "vò"):
    // the detector leaves those alone on purpose.
    expect(rate(3, 12, "tcvn3")).toBeGreaterThan(0.97);
    expect(rate(3, 12, "vni")).toBeGreaterThan(0.97);
    expect(rate(1, 1, "tcvn3")).toBeGreaterThan(0.75);
    expect(rate(1, 1, "vni")).toBeGreaterThan(0.7);
  });

  it("explains its decision through scoreLegacy", () => {
    expect(scoreLegacy("Kế hoạch")).toBeUndefined();
    expect(scoreLegacy("KÕ ho¹ch")).toEqual({ candidates: 2, unicode: 1, tcvn3: 2, vni: 1 });
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const fixed = fixLegacyText(s);
        if (!fixed.encoding) expect(fixed.text).toBe(s);
        void convertLegacy(s, "tcvn3");
        void convertLegacy(s, "vni");
        void encodeLegacy(s, "tcvn3");
      }),
      { numRuns: 1000 },
    );
    const latin1 = fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(latin1, (s) => void fixLegacyText(s)),
      { numRuns: 1000 },
    );
  });
});
