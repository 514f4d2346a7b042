/**
 * The seed 001 appendices as published (Tuần Giáo district, forecast of 2021 and plan of 2022), both in one workbook,
 * pasted as text or converted to numbers: the checker reports their real inconsistencies, and no other error.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/check/analysis";
import { checkTables } from "../../../src/core/check/table-rules";
import { findingMessage } from "../../../src/core/check/render";
import type { Finding } from "../../../src/core/check/types";
import { seedWorkbook, summary } from "./support-tables";

const F = "Dự báo 2021";
const P = "Kế hoạch 2022";

/** Every error the two appendices hold, in the order the rules report them. */
const EXPECTED_ERRORS = [
  // Indicators 25 and 26 (radio): 6.570 and 3285 "hours per day".
  `unit/period-overflow error ${F}!D44`,
  `unit/period-overflow error ${F}!E44`,
  `unit/period-overflow error ${F}!F44`,
  `unit/period-overflow error ${F}!D45`,
  `unit/period-overflow error ${F}!E45`,
  `unit/period-overflow error ${F}!F45`,
  `unit/period-overflow error ${P}!D45`,
  `unit/period-overflow error ${P}!E45`,
  `unit/period-overflow error ${P}!D46`,
  `unit/period-overflow error ${P}!E46`,
  // "Số điểm phục vụ bưu chính khác": 4 / 5 is 80, typed 100.
  `comparison/mismatch error ${F}!G11`,
  // Indicator 2: 100 / 88,8 is 112,6, typed 100.
  `comparison/mismatch error ${F}!G12`,
  // Indicators 29 and 30, column 8: 6 / 12 is 50, typed 100.
  `comparison/mismatch error ${F}!H49`,
  `comparison/mismatch error ${F}!H50`,
  // Plan, indicator 17: 30 / 25 is 120, typed 102.
  `comparison/mismatch error ${P}!F31`,
  // Forecast, indicator 1 in the 2020 column: 16 + 5 = 21, total 22.
  `sum/mismatch error ${F}!D9`,
  // Indicator 7: the forecast estimates 13 for 2021, the plan reports 10.
  `cross/mismatch error ${P}!D19`,
];

function errors(findings: Finding[]): string[] {
  return summary(findings.filter((f) => f.severity === "error"));
}

function at(findings: Finding[], sheet: string, cell: string, code: string): Finding {
  const hits = findings.filter((f) => f.sheet === sheet && f.cell === cell && f.code === code);
  expect(hits, `${code} at ${sheet}!${cell}`).toHaveLength(1);
  return hits[0];
}

const seedModels = { numbers: await seedWorkbook("numbers"), text: await seedWorkbook("text") };

describe.each(["numbers", "text"] as const)("seed 001 appendices pasted as %s", (mode) => {
  const analysis = analyseWorkbook(seedModels[mode], {});
  const findings = checkTables(analysis);

  it("reads both tables: a forecast and a plan of the same year 2021", () => {
    expect(analysis.year).toBe(2021);
    const [forecast] = analysis.sheets[0].tables;
    const [plan] = analysis.sheets[1].tables;
    expect(forecast.kind).toBe("forecast");
    expect(forecast.year).toBe(2021);
    expect(forecast.columns.map((c) => c.role)).toEqual([
      "other",
      "other",
      "other",
      "prev-actual",
      "half-year",
      "year-estimate",
      "comparison",
      "comparison",
    ]);
    expect(plan.kind).toBe("plan");
    expect(plan.year).toBe(2021);
    expect(plan.columns.map((c) => c.role)).toEqual([
      "other",
      "other",
      "other",
      "year-actual",
      "plan",
      "comparison",
    ]);
  });

  it("reports exactly the known errors", () => {
    expect(errors(findings)).toEqual(EXPECTED_ERRORS);
  });

  it("details the errors", () => {
    const sum = at(findings, F, "D9", "sum/mismatch");
    expect(sum).toMatchObject({ expected: 21, actual: 22, indicatorCode: "ict.01" });
    expect(sum.indicator).toBe("Tổng số điểm phục vụ bưu chính");

    expect(at(findings, F, "G11", "comparison/mismatch").params).toEqual({
      actual: 100,
      expected: 80,
      diff: 20,
    });
    expect(at(findings, F, "G12", "comparison/mismatch").params).toEqual({
      actual: 100,
      expected: 112.61,
      diff: 12.61,
    });
    expect(at(findings, F, "H49", "comparison/mismatch").params).toEqual({
      actual: 100,
      expected: 50,
      diff: 50,
    });
    expect(at(findings, P, "F31", "comparison/mismatch").params).toEqual({
      actual: 102,
      expected: 120,
      diff: 18,
    });

    const overflow = at(findings, F, "D44", "unit/period-overflow");
    expect(overflow.params).toEqual({ value: 6570, period: { vi: "ngày", en: "day" }, max: 24 });
    expect(findingMessage(overflow, "vi")).toBe("6.570 giờ vượt quá số giờ của một ngày (tối đa 24).");

    const cross = at(findings, P, "D19", "cross/mismatch");
    expect(cross).toMatchObject({ actual: 10, expected: 13, indicatorCode: "ict.07" });
    expect(cross.params).toEqual({ year: "2021", actual: 10, other: `'${F}'!F19`, expected: 13 });
    expect(findingMessage(cross, "vi")).toBe(
      `«Thực hiện năm 2021» ở đây là 10, khác «Ước thực hiện cả năm 2021» ở '${F}'!F19 (13).`,
    );
  });

  it("reports the rate with unit DVC, and the missing units", () => {
    const dvc = at(findings, F, "C56", "unit/rate-not-percent");
    expect(dvc.params.unit).toBe("DVC");
    // The name split by the page break is joined.
    expect(dvc.indicator).toBe(
      "Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ của DVC trực tuyến mức độ 3, 4",
    );
    at(findings, P, "C57", "unit/rate-not-percent");
    const missing = summary(findings.filter((f) => f.code === "unit/missing"));
    // Indicator 27 in both tables, 26 in the plan; not indicator 31, whose level rows carry "%".
    expect(missing).toEqual([
      `unit/missing warning ${F}!C46`,
      `unit/missing warning ${P}!C46`,
      `unit/missing warning ${P}!C47`,
    ]);
  });

  it("takes truncations and roundings for info only", () => {
    for (const [sheet, cell, actual, expected] of [
      [F, "H15", 48, 48.89],
      [F, "G18", 106, 106.25],
      [F, "G21", 107, 107.69],
      [F, "H22", 97.7, 97.78],
      [F, "H46", 35.5, 35.34],
      [P, "F15", 111.1, 111.11],
      [P, "F21", 114.2, 114.29],
    ] as const) {
      const f = at(findings, sheet, cell, "comparison/mismatch");
      expect(f.severity).toBe("info");
      expect(f.variant).toBe("rounding");
      expect(f.params).toMatchObject({ actual, expected });
    }
    // A right typed value is only "not a formula".
    const typed = at(findings, F, "G10", "comparison/not-formula");
    expect(typed).toMatchObject({ severity: "info", params: { actual: 112.5, formula: "=F10/D10*100" } });
  });

  it("asks for the missing comparisons", () => {
    const f = at(findings, F, "G19", "comparison/missing");
    expect(f).toMatchObject({ severity: "warning", params: { expected: 100 } });
    expect(findings.filter((x) => x.code === "comparison/missing")).toHaveLength(27);
  });

  it("flags numbers stored as text", () => {
    const text = at(findings, F, "H22", "number/text");
    expect(text).toMatchObject({ severity: "warning", params: { text: "97.7", value: 97.7 } });
    const stored = findings.filter((f) => f.code === "number/text");
    if (mode === "numbers") expect(stored).toHaveLength(1);
    else {
      // Every figure is text; "4.300" reads as 4300 without asking, as the table writes decimals with ",".
      expect(stored.length).toBeGreaterThan(200);
      expect(at(findings, F, "D13", "number/text").params).toEqual({ text: "4.300", value: 4300 });
      expect(findings.filter((f) => f.code === "number/ambiguous")).toEqual([]);
    }
  });

  it("reports nothing on flows, fractions or rates out of range", () => {
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ["flow/half-exceeds-year", "percent/out-of-range", "percent/fraction", "unit/unknown"])
      expect(codes.has(code as Finding["code"]), code).toBe(false);
  });
});
