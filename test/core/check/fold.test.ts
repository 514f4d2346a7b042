/** Findings arranged for reading: grouping by severity, sheet and row; folding; cells merged into ranges. */
import { describe, expect, it } from "vitest";
import {
  cellRanges,
  cellRangesText,
  foldedLabel,
  groupFindings,
  rangesText,
} from "../../../src/core/check/fold";
import type { Finding, FindingCode, Severity } from "../../../src/core/check/types";
import { countMessages } from "../../../src/core/i18n/counts";
import { formatCount } from "../../../src/core/i18n/numbers";

function finding(
  severity: Severity,
  sheet: string,
  cell: string,
  code: FindingCode = "number/text",
): Finding {
  return { code, severity, sheet, cell, params: {} };
}

describe("cellRanges", () => {
  it("merges adjacent cells into rectangles, top to bottom and left to right", () => {
    expect(cellRanges(["E10", "D9", "E9", "F9", "D10", "F10", "D12", "B3"])).toEqual(["B3", "D9:F10", "D12"]);
  });

  it("sweeps by columns when that gives fewer rectangles", () => {
    // By rows: C1, C2:D2, C3, C4:D4 (four); by columns: C1:C4, D2, D4 (three).
    expect(cellRanges(["C1", "C2", "D2", "C3", "C4", "D4"])).toEqual(["C1:C4", "D2", "D4"]);
  });

  it("counts a cell once and keeps what is not an A1 address at the end", () => {
    expect(cellRanges(["A1", "A1", "A2", "Tổng"])).toEqual(["A1:A2", "Tổng"]);
  });

  it("writes out only the first ranges when given a limit, odd addresses counted among them", () => {
    expect(cellRanges(["H9", "G5", "G6", "H10", "G10", "G13"], 2)).toEqual(["G5:G6", "H9"]);
    expect(cellRanges(["B2", "Tổng", "A1"], 2)).toEqual(["A1", "B2"]);
    expect(cellRanges(["A1", "Tổng", "Cộng"], 2)).toEqual(["A1", "Tổng"]);
  });
});

describe("cellRangesText", () => {
  it("says the first ranges of the cells, then … when there are more", () => {
    expect(cellRangesText(["H9", "G5", "G6", "H10", "G10", "G13"], 2)).toBe("G5:G6, H9 …");
    expect(cellRangesText(["H9", "G5", "G6", "H10", "G10", "G13"], 3)).toBe("G5:G6, H9, G10:H10 …");
    expect(cellRangesText(["H9", "G5", "G6", "H10", "G10", "G13"], 4)).toBe("G5:G6, H9, G10:H10, G13");
  });
});

describe("rangesText", () => {
  it("lists at most the given number of ranges, then …", () => {
    expect(rangesText(["A1", "B2", "C3"], 2)).toBe("A1, B2 …");
    expect(rangesText(["A1", "B2"], 2)).toBe("A1, B2");
  });
});

describe("groupFindings", () => {
  const findings = [
    finding("warning", "Dự báo", "D9"),
    finding("warning", "Dự báo", "E9"),
    finding("error", "Dự báo", "G12", "comparison/mismatch"),
    finding("warning", "Dự báo", "D10"),
    finding("warning", "Dự báo", "C8", "unit/missing"),
    finding("warning", "Dự báo", "E10"),
    finding("warning", "Dự báo", "F20"),
    finding("info", "Kế hoạch", "F9", "comparison/not-formula"),
    finding("error", "Kế hoạch", "D4", "sum/mismatch"),
    finding("error", "Dự báo", "G11", "comparison/mismatch"),
  ];

  it("orders by severity, then sheet as the findings come, then row, and folds a kind seen five times", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 3],
      ["warning", 6],
      ["info", 1],
    ]);
    expect(
      groups[0].sheets.map((s) => [s.sheet, s.lines.map((l) => l.kind === "single" && l.finding.cell)]),
    ).toEqual([
      ["Dự báo", ["G11", "G12"]],
      ["Kế hoạch", ["D4"]],
    ]);
    const warnings = groups[1].sheets[0].lines;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ kind: "single", finding: { cell: "C8", code: "unit/missing" } });
    expect(warnings[1]).toMatchObject({ kind: "folded", code: "number/text", ranges: ["D9:E10", "F20"] });
    if (warnings[1].kind !== "folded") throw new Error("not folded");
    expect(foldedLabel(warnings[1], "vi")).toBe("5 ô số lưu dạng chữ");
    expect(foldedLabel(warnings[1], "en")).toBe("5 numbers stored as text");
  });

  it("lists every finding when folding is off", () => {
    const warnings = groupFindings(findings, { fold: false })[1].sheets[0].lines;
    expect(warnings.map((l) => l.kind === "single" && l.finding.cell)).toEqual([
      "C8",
      "D9",
      "E9",
      "D10",
      "E10",
      "F20",
    ]);
  });

  it("folds a rounding note apart from a real disagreement", () => {
    const notes = ["G9", "G10", "G11", "G12", "G13"].map((cell) => ({
      ...finding("info", "Dự báo", cell, "comparison/mismatch"),
      variant: "rounding",
    }));
    const [line] = groupFindings(notes)[0].sheets[0].lines;
    if (line.kind !== "folded") throw new Error("not folded");
    expect(foldedLabel(line, "vi")).toBe("5 ô so sánh chỉ lệch do làm tròn hoặc cắt bớt");
    expect(foldedLabel(line, "en")).toBe("5 comparisons off by rounding only");
  });
});

describe("formatCount", () => {
  it("writes the count the reader's way, with the English noun in its right form", () => {
    const errors = countMessages["count.errors"];
    expect(formatCount(errors, 1, "en")).toBe("1 error");
    expect(formatCount(errors, 0, "en")).toBe("0 errors");
    expect(formatCount(errors, 1234, "en")).toBe("1,234 errors");
    expect(formatCount(errors, 1, "vi")).toBe("1 lỗi");
    expect(formatCount(errors, 1234, "vi")).toBe("1.234 lỗi");
  });
});
