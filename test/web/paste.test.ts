/** How a Vietnamese-locale Excel converts text pasted from Word (the sample workbook and the tests' fixtures use it). */
import { describe, expect, it } from "vitest";
import { pastedValue, tsvRows } from "../../src/web/paste";

describe("pastedValue", () => {
  it.each([
    ["22", 22],
    ["4.300", 4300],
    ["48.905", 48905],
    ["1.234.567", 1234567],
    ["88,8", 88.8],
    ["112,5", 112.5],
    ["118,99", 118.99],
    ["-5", -5],
    ["-2.400", -2400],
    ["-0,5", -0.5],
    ["  2.700 ", 2700],
  ] as const)("«%s» becomes the number %d", (text, value) => {
    expect(pastedValue(text)).toBe(value);
  });

  it.each([
    ["97.7", "97.7"], // a point before fewer than three digits is no thousands group: Excel keeps the text
    ["4.30", "4.30"],
    ["1.2345", "1.2345"],
    ["7=6/4", "7=6/4"],
    ["Điểm", "Điểm"],
    ["12 xã", "12 xã"],
    ["1,5,6", "1,5,6"],
    [" Thuê bao ", "Thuê bao"],
  ] as const)("«%s» stays the text «%s»", (text, kept) => {
    expect(pastedValue(text)).toBe(kept);
  });
});

describe("tsvRows", () => {
  it("splits a Word table copied as text into rows of cells", () => {
    expect(tsvRows("STT\tCác chỉ tiêu\r\n1\t2\n")).toEqual([
      ["STT", "Các chỉ tiêu"],
      ["1", "2"],
    ]);
  });
});
