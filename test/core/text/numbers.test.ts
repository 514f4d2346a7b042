import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  parseNumberWithUnit,
  parseNumberWithWords,
  parseVietnameseNumber,
  type NumberReading,
} from "../../../src/core/text/numbers";

const num = (value: number, extra: Partial<{ percent: true }> = {}): NumberReading => ({
  kind: "number",
  value,
  ...extra,
});
const NAN: NumberReading = { kind: "not-a-number" };

describe("parseVietnameseNumber", () => {
  it.each([
    ["88,8", 88.8],
    ["97.7", 97.7],
    ["118,99", 118.99],
    ["12.345.678", 12345678],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["0,85", 0.85],
    ["0,850", 0.85],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    ["-5", -5],
    ["\u22125", -5],
    ["+5", 5],
    ["  12 ", 12],
    ["04", 4],
    ["4 300", 4300],
    ["4\u00A0300", 4300],
    ["4\u2009300", 4300],
    ["4\u202F300", 4300],
    ["1 234 567,25", 1234567.25],
    [",5", 0.5],
    ["３００", 300],
    ["0", 0],
    ["-0", 0],
    ["112,5", 112.5],
    ["3285", 3285],
  ])("%j reads as %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual(num(value));
  });

  it("reads a dot followed by exactly three digits as thousands, and says it could be a decimal point", () => {
    expect(parseVietnameseNumber("4.300")).toEqual({
      kind: "ambiguous",
      value: 4300,
      alternative: 4.3,
      reason: "dot-then-three-digits",
    });
    expect(parseVietnameseNumber("52.050")).toEqual({
      kind: "ambiguous",
      value: 52050,
      alternative: 52.05,
      reason: "dot-then-three-digits",
    });
    expect(parseVietnameseNumber("1.483")).toEqual({
      kind: "ambiguous",
      value: 1483,
      alternative: 1.483,
      reason: "dot-then-three-digits",
    });
    expect(parseVietnameseNumber("-6.570")).toEqual({
      kind: "ambiguous",
      value: -6570,
      alternative: -6.57,
      reason: "dot-then-three-digits",
    });
  });

  it("reads a single comma followed by three digits as the decimal mark, and says it could group thousands", () => {
    expect(parseVietnameseNumber("1,234")).toEqual({
      kind: "ambiguous",
      value: 1.234,
      alternative: 1234,
      reason: "comma-then-three-digits",
    });
  });

  it("flags percent signs and keeps the value as written", () => {
    expect(parseVietnameseNumber("12%")).toEqual(num(12, { percent: true }));
    expect(parseVietnameseNumber("98,4 %")).toEqual(num(98.4, { percent: true }));
    expect(parseVietnameseNumber("-1,5%")).toEqual(num(-1.5, { percent: true }));
    expect(parseVietnameseNumber("1.200%")).toEqual({
      kind: "ambiguous",
      value: 1200,
      alternative: 1.2,
      reason: "dot-then-three-digits",
      percent: true,
    });
  });

  it.each([
    "",
    "   ",
    "(12)",
    "%",
    "-",
    "- 5",
    "1.2.3",
    "1.2,5",
    "1,2,3",
    "12.34.567",
    "0.123.456",
    "1 2",
    "12 34",
    "5.",
    "5,",
    "1e5",
    "abc",
    "1.320 triệu đồng",
    "70–100",
    "09/6/2022",
    "4 300 , 5",
    "1.234.5",
    "NaN",
    "Infinity",
    "9".repeat(400),
  ])("%j is not a number", (text) => {
    expect(parseVietnameseNumber(text)).toEqual(NAN);
  });

  it("never throws and always returns a finite value when it finds a number", () => {
    const alphabet = fc.constantFrom(..."0123456789.,- %\u2212\u00A0\u2009()+eE".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: alphabet })), (s) => {
        const r = parseVietnameseNumber(s);
        if (r.kind !== "not-a-number") expect(Number.isFinite(r.value)).toBe(true);
        if (r.kind === "ambiguous") expect(r.alternative).not.toBe(r.value);
      }),
      { numRuns: 2000 },
    );
  });

  it("is not fooled by non-string input", () => {
    expect(parseVietnameseNumber(undefined as unknown as string)).toEqual(NAN);
    expect(parseVietnameseNumber(12 as unknown as string)).toEqual(NAN);
  });
});

describe("parseNumberWithUnit", () => {
  it("splits a trailing unit off", () => {
    expect(parseNumberWithUnit("1.320 triệu đồng")).toEqual({
      reading: { kind: "ambiguous", value: 1320, alternative: 1.32, reason: "dot-then-three-digits" },
      unit: "triệu đồng",
    });
    expect(parseNumberWithUnit("04 km/điểm")).toEqual({ reading: num(4), unit: "km/điểm" });
    expect(parseNumberWithUnit("88 trạm")).toEqual({ reading: num(88), unit: "trạm" });
  });
  it("gives the plain reading without a unit and nothing for text", () => {
    expect(parseNumberWithUnit("88,8")).toEqual({ reading: num(88.8) });
    expect(parseNumberWithUnit("Điểm")).toEqual({ reading: NAN });
    expect(parseNumberWithUnit("1.2.3 km")).toEqual({ reading: NAN });
  });
  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void parseNumberWithUnit(s)));
  });
});

describe("parseNumberWithWords", () => {
  it("reads a number with a qualifier before it or a unit after it", () => {
    expect(parseNumberWithWords("≥ 98")).toEqual({ reading: num(98), qualifier: "≥" });
    expect(parseNumberWithWords("~90")).toEqual({ reading: num(90), qualifier: "~" });
    expect(parseNumberWithWords("khoảng 85,5")).toEqual({ reading: num(85.5), qualifier: "khoảng" });
    expect(parseNumberWithWords("Trên 90%")).toEqual({
      reading: num(90, { percent: true }),
      qualifier: "Trên",
    });
    expect(parseNumberWithWords("12 xã")).toEqual({ reading: num(12), unit: "xã" });
    expect(parseNumberWithWords("≥ 12 xã")).toEqual({ reading: num(12), qualifier: "≥", unit: "xã" });
  });
  it("gives nothing for a plain number, a range, a dash, a word or a word that only starts like a qualifier", () => {
    for (const text of [
      "98",
      "85,5",
      "70–100",
      "70 - 100",
      "-",
      "—",
      "x",
      "không",
      "Điểm",
      "trênx 9",
      "datum 5",
    ])
      expect(parseNumberWithWords(text)).toBeUndefined();
  });
  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => void parseNumberWithWords(s)));
  });
});
