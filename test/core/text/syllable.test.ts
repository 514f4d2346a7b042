import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isVietnameseSyllable, splitTone } from "../../../src/core/text/syllable";
import { SEED_WORDS } from "./seed-names";

describe("isVietnameseSyllable", () => {
  it.each([
    "nghiêng",
    "khuya",
    "quốc",
    "gì",
    "xoong",
    "thuở",
    "oanh",
    "huỳnh",
    "ăn",
    "sách",
    "bệnh",
    "Ước",
    "ĐIỂM",
    "tháng",
    "năm",
  ])("%j is a syllable", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
    expect(isVietnameseSyllable(w.normalize("NFD"))).toBe(true);
  });

  it.each([
    "cafộ", // no final f
    "ñôn", // ñ is not n with a ngã tone
    "hoaùch", // two vowels too many
    "thùc", // a stop final takes only sắc or nặng
    "tiê", // iê needs a final
    "ă",
    "ain", // a glide ends the syllable
    "sóch", // ch only after a, ê, i, y
    "hoáà", // two tones
    "Müller",
    "",
    "x",
    "ngữnghĩa",
    "keỏ", // the tone of "kẻo" sits on e
    "họach", // the tone of oa before a final goes on a: "hoạch"
    "tìên", // tone on ê
  ])("%j is not a syllable", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });

  it("accepts every word with diacritics of the seed indicator names", () => {
    const words = SEED_WORDS.filter((w) => /[\u0080-\u{10FFFF}]/u.test(w));
    expect(words.length).toBeGreaterThan(50);
    expect(words.filter((w) => !isVietnameseSyllable(w))).toEqual([]);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void isVietnameseSyllable(s)));
  });
});

describe("splitTone", () => {
  it("separates the tone mark", () => {
    expect(splitTone("Hoạch")).toEqual({ base: "hoach", tone: "\u0323", toneAt: 2 });
    expect(splitTone("ước".normalize("NFD"))).toEqual({ base: "ươc", tone: "\u0301", toneAt: 1 });
    expect(splitTone("năm")).toEqual({ base: "năm", tone: "", toneAt: -1 });
    expect(splitTone("áà")).toBeUndefined();
  });
});
