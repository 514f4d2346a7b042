import { describe, expect, it } from "vitest";
import {
  cleanLabel,
  indicatorNumber,
  isNumberedLabel,
  readRowLabel,
} from "../../../src/core/tables/row-labels";
import { looksNumeric, numberConvention } from "../../../src/core/text/numbers";
import { holdsFigure, readCell } from "../../../src/core/model/cell";
import type { CellModel } from "../../../src/core/model/sheet";

describe("the one row-label reader", () => {
  it("cleans the STT as typed: spaces, a trailing dot or parenthesis", () => {
    expect(["1.", " 12 ", "II)", "3.)", "a)", ""].map(cleanLabel)).toEqual(["1", "12", "II", "3", "a", ""]);
  });

  it("tells an Arabic indicator number from a part, a bullet or a comma", () => {
    expect(["1", "12.", "1.2", "1.2.3)", "1,2", "a", "-", "II", ""].map(isNumberedLabel)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["12", "12.", "7)", "1.2", "a", "II"].map(indicatorNumber)).toEqual([
      12,
      12,
      7,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads a label the way the numbering rule and the model clean it («3.)» is the number 3)", () => {
    expect(readRowLabel("3.)", { lastGroup: 0 }).kind).toBe("number");
    expect(readRowLabel("1,2", { lastGroup: 0 }).kind).toBe("other");
    expect(readRowLabel("II.", { lastGroup: 1 })).toEqual({ kind: "group", value: 2 });
  });
});

describe("figure-like text and number conventions (text/numbers.ts)", () => {
  it("counts ranges, percents and grouped numbers as figures, words as not", () => {
    expect(["4.300", "88,8", "70–100", "85%", "1/2", "Điểm", "2 xã", ""].map(looksNumeric)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("tells the way a text writes numbers only where one way reads it", () => {
    expect(
      ["88,8", "1.234.567", "1.234,5", "97.7", "1,234,567", "1,234.5", "4.300", "1,234", "12", "-5,5%"].map(
        numberConvention,
      ),
    ).toEqual(["vi", "vi", "vi", "en", "en", "en", undefined, undefined, undefined, "vi"]);
  });
});

describe("the one figure test (model/cell.ts)", () => {
  const cells: (CellModel | undefined)[] = [
    { value: 12 },
    { value: "4.300" },
    { value: "70–100" },
    { value: "85%" },
    { value: "=F9/D9", formula: "F9/D9" },
    { value: "Điểm" },
    { value: "  " },
    { value: null },
    undefined,
  ];

  it("is a field of the cell reading, and holdsFigure answers the same without making one", () => {
    const expected = [true, true, true, true, true, false, false, false, false];
    expect(cells.map((c) => readCell(c, 0, 0).figure)).toEqual(expected);
    expect(cells.map(holdsFigure)).toEqual(expected);
  });
});
