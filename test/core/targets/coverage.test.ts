/** Coverage of the grassroots-information targets by our own sheet, by foreign sheets and by ICT plan workbooks. */
import { describe, expect, it } from "vitest";
import { grassrootsTargets2021_2025 } from "../../../src/core/catalog/grassroots";
import type { StrategyTargetSet } from "../../../src/core/catalog/types";
import type { TargetCoverage } from "../../../src/core/check/types";
import type { WorkbookModel } from "../../../src/core/model/sheet";
import {
  appendableRows,
  cellNumber,
  missingIndicators,
  targetCoverage,
  targetSetFor,
} from "../../../src/core/targets";
import { resolveReportYear } from "../../../src/core/tables/year";
import { forecastTemplate, grassrootsTemplate, nextYearPlanTemplate } from "../../../src/core/templates";
import { encodeLegacy } from "../../../src/core/text";
import { put, rowOfCode, sheetFromPlan, sheetOf } from "./helpers";

const DISTRICT = [
  "ttcs.1.1",
  "ttcs.1.2",
  "ttcs.1.3",
  "ttcs.1.4",
  "ttcs.1.5",
  "ttcs.1.6",
  "ttcs.2.1",
  "ttcs.2.2",
];

/** Preference among the entries of one indicator: the year's result first, then its estimate, then a plan. */
const KIND_RANK = { actual: 0, estimate: 1, none: 2, plan: 3 } as const;

/**
 * One entry per indicator: among its entries (one per judged year column) those of `year` when given, and of these
 * the result ("Thực hiện"), else the estimate, else the entry without a column, else the plan.
 */
function byCode(coverage: TargetCoverage[], year?: number): Record<string, TargetCoverage> {
  const out: Record<string, TargetCoverage> = {};
  for (const c of coverage) {
    if (year !== undefined && c.year !== year) continue;
    const known = out[c.code];
    if (!known || KIND_RANK[c.kind ?? "none"] < KIND_RANK[known.kind ?? "none"]) out[c.code] = c;
  }
  return out;
}

/** Our thong-tin-co-so sheet for a year, with results typed in the "Thực hiện năm N" column (column F). */
function grassrootsWorkbook(
  year: number,
  level: "xa" | "huyen" | "tinh",
  results: Record<string, number | string | { value: number; numberFormat: string }>,
): WorkbookModel {
  const sheet = sheetFromPlan(grassrootsTemplate.plan({ year, level, unit: "huyện Tuần Giáo" }));
  for (const [code, value] of Object.entries(results)) {
    const row = rowOfCode(sheet, code);
    put(
      sheet,
      row,
      5,
      typeof value === "object" ? { value: value.value, numberFormat: value.numberFormat } : value,
    );
  }
  return { sheets: [sheet] };
}

describe("our thong-tin-co-so sheet, district 2024", () => {
  const workbook = grassrootsWorkbook(2024, "huyen", {
    "ttcs.1.1": 98.5, // target 98: met
    "ttcs.1.2": 35, // target 40: below by 5
    "ttcs.1.3": 85, // target 85: met (equal)
    // ttcs.1.4 left empty: no-value
    "ttcs.1.5": 69.99, // target 70: below by 0.01
    "ttcs.1.6": { value: 0.5, numberFormat: "0%" }, // 50 % shown: target 45, met
    "ttcs.2.1": "99,1", // typed as text; target 99.7: below by 0.6
    "ttcs.2.2": "chưa có số liệu", // text that is not a number: no-value
  });
  const sheetName = workbook.sheets[0].name;
  const coverage = targetCoverage(workbook, { year: 2024 });
  const c = byCode(coverage);

  it("lists the eight indicators a district reports, in published order", () => {
    expect(coverage.map((x) => x.code)).toEqual(DISTRICT);
    expect(coverage.every((x) => x.year === 2024 && !x.periodEnded)).toBe(true);
    expect(c["ttcs.1.1"].name).toBe(grassrootsTargets2021_2025.indicators[0].name);
    expect(c["ttcs.1.1"].level).toBe("xa");
    expect(c["ttcs.2.2"].level).toBe("huyen");
  });

  it("met, with the value, the target and the cell", () => {
    expect(c["ttcs.1.1"]).toMatchObject({ status: "met", value: 98.5, target: 98, targetText: "98" });
    expect(c["ttcs.1.1"].gap).toBeUndefined();
    expect(c["ttcs.1.1"].cell).toBe(`${sheetName}!F${rowOfCode(workbook.sheets[0], "ttcs.1.1") + 1}`);
    expect(c["ttcs.1.3"]).toMatchObject({ status: "met", value: 85, target: 85 });
  });

  it("below, with the gap rounded to two decimals", () => {
    expect(c["ttcs.1.2"]).toMatchObject({ status: "below", value: 35, target: 40, gap: 5 });
    expect(c["ttcs.1.5"]).toMatchObject({ status: "below", value: 69.99, target: 70, gap: 0.01 });
    expect(c["ttcs.2.1"]).toMatchObject({ status: "below", value: 99.1, target: 99.7, gap: 0.6 });
  });

  it("a fraction in a percent-formatted cell is read as a percent number but never met: invalid", () => {
    expect(c["ttcs.1.6"]).toMatchObject({
      status: "invalid",
      findingCode: "percent/fraction",
      value: 50,
      target: 45,
      kind: "actual",
      year: 2024,
    });
  });

  it("no-value where the row is there without a number, pointing at the input cell", () => {
    expect(c["ttcs.1.4"].status).toBe("no-value");
    expect(c["ttcs.1.4"].value).toBeUndefined();
    expect(c["ttcs.1.4"].cell).toBe(`${sheetName}!F${rowOfCode(workbook.sheets[0], "ttcs.1.4") + 1}`);
    expect(c["ttcs.2.2"].status).toBe("no-value");
  });

  it("reads the year from the headers when none is given", () => {
    expect(resolveReportYear(workbook, []).year).toBe(2024);
    expect(targetCoverage(workbook)).toEqual(coverage);
  });

  it("nothing is missing", () => {
    expect(missingIndicators(coverage)).toEqual([]);
    expect(appendableRows(coverage)).toEqual([]);
  });

  it("the rows are found by their code even when the names are retyped", () => {
    const sheet = workbook.sheets[0];
    const renamed: WorkbookModel = {
      sheets: [
        {
          ...sheet,
          rows: sheet.rows.map((r) =>
            r?.map((cell) =>
              cell && typeof cell.value === "string" && cell.value.startsWith("Tỷ lệ")
                ? { value: "(xem ghi chú)" }
                : cell,
            ),
          ),
        },
      ],
    };
    const again = byCode(targetCoverage(renamed, { year: 2024 }), 2024);
    expect(again["ttcs.1.2"]).toMatchObject({ status: "below", value: 35 });
    expect(again["ttcs.1.4"].status).toBe("no-value");
  });
});

describe("levels", () => {
  it("a commune reports the six xã indicators", () => {
    const coverage = targetCoverage(grassrootsWorkbook(2024, "xa", {}), { year: 2024, level: "xa" });
    expect(coverage.map((c) => c.code)).toEqual(DISTRICT.slice(0, 6));
    expect(coverage.every((c) => c.status === "no-value")).toBe(true);
  });

  it("a province adds indicator 3 (nine in all)", () => {
    const workbook = grassrootsWorkbook(2024, "tinh", { "ttcs.3": 30 });
    const coverage = targetCoverage(workbook, { level: "tinh" });
    expect(coverage.map((c) => c.code)).toEqual([...DISTRICT, "ttcs.3"]);
    expect(byCode(coverage)["ttcs.3"]).toMatchObject({ status: "met", value: 30, target: 27, level: "tinh" });
  });

  it("a district sheet checked at the province level misses indicator 3", () => {
    const coverage = targetCoverage(grassrootsWorkbook(2024, "huyen", {}), { level: "tinh" });
    expect(byCode(coverage)["ttcs.3"].status).toBe("missing");
    expect(appendableRows(coverage)).toEqual([
      {
        code: "ttcs.3",
        number: "3",
        name: grassrootsTargets2021_2025.indicators[8].name,
        unit: "%",
        level: "tinh",
        target: 27,
        targetText: "27",
      },
    ]);
  });
});

describe("after the strategy period", () => {
  const workbook = grassrootsWorkbook(2027, "huyen", { "ttcs.1.2": 75, "ttcs.1.6": 60 });
  const coverage = targetCoverage(workbook);
  const c = byCode(coverage);

  it("year 2027 is read from the headers and compared with the 2025 targets", () => {
    expect(resolveReportYear(workbook, []).year).toBe(2027);
    expect(coverage.every((x) => x.year === 2027 && x.periodEnded)).toBe(true);
    expect(c["ttcs.1.1"]).toMatchObject({ target: 100, targetText: "100", status: "no-value" });
    // A range: at least 70.
    expect(c["ttcs.1.2"]).toMatchObject({ target: 70, targetText: "70–100", value: 75, status: "met" });
    expect(c["ttcs.1.6"]).toMatchObject({ target: 70, value: 60, status: "below", gap: 10 });
  });

  it("the same with the year given", () => {
    expect(targetCoverage(workbook, { year: 2027 })).toEqual(coverage);
  });

  it("the default set is the latest one ended", () => {
    expect(targetSetFor(2027).id).toBe("thong-tin-co-so-2021-2025");
    expect(targetSetFor(2023).id).toBe("thong-tin-co-so-2021-2025");
  });
});

describe("a foreign sheet typed by hand", () => {
  const tcvn3Name = encodeLegacy(
    "Tỷ lệ phường, thị trấn có trang thông tin điện tử của UBND cấp xã",
    "tcvn3",
  );
  const sheet = sheetOf("BC TTCS", [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÔNG TIN CƠ SỞ NĂM 2024"],
    [],
    ["STT", "Nội dung", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024", "So sánh (%)", "Ghi chú"],
    [
      "1",
      "Ty le xa, phuong, thi tran co he thong truyen thanh hoat dong den thon, ban, to dan pho, khu dan cu",
      "%",
      98,
      "98,5",
      100.5,
    ],
    ["2", tcvn3Name, "%", 85, "80", 94.1],
    ["3", "Tỷ lệ xã có ít nhất 01 bảng tin điện tử công cộng", "%", 45, 47.25, 105],
    [
      "4",
      "Tỷ lệ huyện có cơ sở truyền thanh - truyền hình cấp huyện",
      "%",
      99.7,
      { value: 1, numberFormat: "0.0%" },
    ],
    ["5", "Tỷ lệ xã có trang thông tin điện tử", "%", 85, "", "", "chưa báo cáo"],
    ["6", "Số xã, phường, thị trấn có đài truyền thanh", "Xã", 21, 21, 100],
  ]);
  const coverage = targetCoverage({ sheets: [sheet] }, { year: 2024 });
  const c = byCode(coverage, 2024);

  it("the TCVN3 name really is mojibake", () => {
    expect(tcvn3Name.startsWith("Tû lÖ ph\u00adêng, thÞ trÊn")).toBe(true);
  });

  it("finds names without diacritics, in TCVN3 and as aliases, with values typed as text", () => {
    expect(c["ttcs.1.1"]).toMatchObject({ status: "met", value: 98.5, cell: "BC TTCS!E4" });
    expect(c["ttcs.1.3"]).toMatchObject({ status: "below", value: 80, gap: 5, cell: "BC TTCS!E5" });
    expect(c["ttcs.1.6"]).toMatchObject({ status: "met", value: 47.25, cell: "BC TTCS!E6" });
    // 1 in a "0.0%" cell shows 100 %: a fraction in a percent cell, never met.
    expect(c["ttcs.2.1"]).toMatchObject({
      status: "invalid",
      findingCode: "percent/fraction",
      value: 100,
      cell: "BC TTCS!E7",
    });
    expect(c["ttcs.1.4"]).toMatchObject({ status: "no-value", cell: "BC TTCS!E8" });
  });

  it("neighbouring indicators of the ICT catalog are not indicator 1.1", () => {
    const near = sheetOf("Gần", [
      ["STT", "Chỉ tiêu", "Thực hiện năm 2024"],
      ["1", "Số xã, phường, thị trấn có đài truyền thanh", 21],
      ["2", "Tỷ lệ xã, phường, thị trấn có đài truyền thanh", 100],
      ["3", "Tỷ lệ xã có đài truyền thanh", 100],
      ["4", "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh", 100],
    ]);
    expect(byCode(targetCoverage({ sheets: [near] }, { year: 2024 }), 2024)["ttcs.1.1"].status).toBe(
      "missing",
    );
  });

  it("what the sheet does not report is missing, and can be appended", () => {
    expect(missingIndicators(coverage).map((x) => x.code)).toEqual(["ttcs.1.2", "ttcs.1.5", "ttcs.2.2"]);
    for (const x of missingIndicators(coverage)) {
      expect(x.cell).toBeUndefined();
      expect(x.value).toBeUndefined();
    }
    expect(appendableRows(coverage)).toEqual([
      expect.objectContaining({ code: "ttcs.1.2", number: "1.2", unit: "%", target: 40, targetText: "40" }),
      expect.objectContaining({ code: "ttcs.1.5", number: "1.5", unit: "%", target: 70 }),
      expect.objectContaining({ code: "ttcs.2.2", number: "2.2", unit: "%", target: 50 }),
    ]);
  });

  it("reads the year from a 'Thực hiện năm N' header", () => {
    expect(resolveReportYear({ sheets: [sheet] }, []).year).toBe(2024);
    expect(targetCoverage({ sheets: [sheet] })).toEqual(coverage);
  });
});

describe("value columns of foreign sheets", () => {
  const name = "Tỷ lệ xã có bảng tin điện tử công cộng";

  it("prefers 'Ước thực hiện cả năm N' over the other years and the half year", () => {
    const sheet = sheetOf("Du bao", [
      [
        "STT",
        "Các chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2023",
        "Thực hiện 6 tháng 2024",
        "Ước thực hiện cả năm 2024",
        "So sánh ước thực hiện năm 2024 với thực hiện năm 2023 (%)",
      ],
      [1, 2, 3, 4, 5, 6, "7=6/4"],
      ["1", name, "%", 12, 30, 46, 383.3],
    ]);
    expect(resolveReportYear({ sheets: [sheet] }, []).year).toBe(2024);
    expect(byCode(targetCoverage({ sheets: [sheet] }), 2024)["ttcs.1.6"]).toMatchObject({
      status: "met",
      value: 46,
      cell: "Du bao!F3",
    });
  });

  it("takes the 'Thực hiện' column under a 'Năm N' header spanning two columns", () => {
    const sheet = sheetOf("Hai tầng", [
      ["STT", "Chỉ tiêu", "Năm 2023", "", "Năm 2024", ""],
      ["", "", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
      ["1", name, 11.7, 12, 45, 44],
    ]);
    sheet.merges.push({ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 });
    expect(byCode(targetCoverage({ sheets: [sheet] }, { year: 2024 }), 2024)["ttcs.1.6"]).toMatchObject({
      status: "below",
      value: 44,
      gap: 1,
      cell: "Hai tầng!F3",
    });
    expect(byCode(targetCoverage({ sheets: [sheet] }, { year: 2023 }), 2023)["ttcs.1.6"]).toMatchObject({
      status: "met",
      value: 12,
      target: 11.7,
    });
  });

  it("takes a bare 'Năm N' column", () => {
    const sheet = sheetOf("Năm", [
      ["TT", "Chỉ tiêu", "Năm 2023", "Năm 2024", "Năm 2025"],
      ["1", name, 12, 50, ""],
    ]);
    expect(byCode(targetCoverage({ sheets: [sheet] }, { year: 2024 }), 2024)["ttcs.1.6"]).toMatchObject({
      value: 50,
    });
    expect(byCode(targetCoverage({ sheets: [sheet] }, { year: 2025 }), 2025)["ttcs.1.6"]).toMatchObject({
      status: "no-value",
      cell: "Năm!E2",
    });
  });

  it("without a year column: the first number right of the name outside target and comparison columns", () => {
    const sheet = sheetOf("Khác", [
      ["STT", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả", "Tỷ lệ đạt (%)"],
      ["1", name, 45, "52,5", 116.7],
    ]);
    expect(byCode(targetCoverage({ sheets: [sheet] }, { year: 2024 }), 2024)["ttcs.1.6"]).toMatchObject({
      status: "met",
      value: 52.5,
      cell: "Khác!D2",
    });
    const noHeader = sheetOf("Trơn", [[name, "%", "", "52,5"]]);
    expect(byCode(targetCoverage({ sheets: [noHeader] }, { year: 2024 }), 2024)["ttcs.1.6"]).toMatchObject({
      value: 52.5,
      cell: "Trơn!D1",
    });
  });

  it("never takes another year's figure", () => {
    const sheet = sheetOf("Cũ", [
      ["STT", "Chỉ tiêu", "Thực hiện năm 2023"],
      ["1", name, 12],
    ]);
    expect(byCode(targetCoverage({ sheets: [sheet] }, { year: 2024 }), 2024)["ttcs.1.6"]).toMatchObject({
      status: "no-value",
    });
  });

  it("a row found by code wins over one found by name", () => {
    const ours = grassrootsWorkbook(2024, "huyen", { "ttcs.1.6": 60 }).sheets[0];
    const foreign = sheetOf("Trước", [
      ["STT", "Chỉ tiêu", "Thực hiện năm 2024"],
      ["1", name, 10],
    ]);
    const c = byCode(targetCoverage({ sheets: [foreign, ours] }, { year: 2024 }), 2024);
    expect(c["ttcs.1.6"]).toMatchObject({ value: 60, status: "met" });
    expect(c["ttcs.1.6"].cell?.startsWith(`${ours.name}!`)).toBe(true);
  });
});

describe("an ICT plan workbook without grassroots rows", () => {
  const forecast = sheetFromPlan(forecastTemplate.plan({ year: 2024 }));
  const plan = sheetFromPlan(nextYearPlanTemplate.plan({ year: 2024 }));
  // Figures on the rows closest to the strategy's: "Số/Tỷ lệ xã, phường, thị trấn có đài truyền thanh".
  for (const sheet of [forecast, plan]) {
    put(sheet, rowOfCode(sheet, "ict.23"), 3, 21);
    put(sheet, rowOfCode(sheet, "ict.24"), 3, 100);
    put(sheet, rowOfCode(sheet, "ict.24"), 4, 100);
    put(sheet, rowOfCode(sheet, "ict.24"), 5, 100);
  }
  const workbook: WorkbookModel = { sheets: [forecast, plan] };

  it("reads the year N from the forecast and plan headers", () => {
    expect(resolveReportYear({ sheets: [forecast] }, []).year).toBe(2024);
    expect(resolveReportYear({ sheets: [plan] }, []).year).toBe(2024);
    expect(resolveReportYear(workbook, []).year).toBe(2024);
  });

  it("every indicator is missing", () => {
    const coverage = targetCoverage(workbook);
    expect(coverage.map((c) => c.code)).toEqual(DISTRICT);
    expect(coverage.every((c) => c.status === "missing" && c.year === 2024)).toBe(true);
    expect(missingIndicators(coverage)).toHaveLength(8);
    const rows = appendableRows(coverage);
    expect(rows.map((r) => r.number)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2"]);
    expect(rows.map((r) => r.target)).toEqual([98, 40, 85, 85, 70, 45, 99.7, 50]);
    expect(rows.every((r) => r.unit === "%")).toBe(true);
    expect(rows[0].name).toBe(grassrootsTargets2021_2025.indicators[0].name);
  });

  it("a workbook with no year at all uses the last year of the set", () => {
    const coverage = targetCoverage({ sheets: [] });
    expect(coverage).toHaveLength(8);
    expect(coverage.every((c) => c.year === 2025 && c.status === "missing" && !c.periodEnded)).toBe(true);
  });
});

describe("yearFromHeaders", () => {
  it.each([
    [["Ước thực hiện cả năm 2026"], 2026],
    [["Thực hiện năm 2025", "Kế hoạch năm 2026"], 2025],
    [
      [
        "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021",
        "Thực hiện năm 2020",
        "Thực hiện 6 tháng 2021",
        "Ước thực hiện cả năm 2021",
      ],
      2021,
    ],
    [["CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022"], 2021],
    [[encodeLegacy("Ước thực hiện cả năm 2023", "tcvn3")], 2023],
    [[encodeLegacy("Ước thực hiện cả năm 2023", "vni")], 2023],
    [["Thực hiện\nnăm 2024"], 2024],
  ])("%j → %i", (headers, year) => {
    expect(resolveReportYear({ sheets: [sheetOf("S", [headers])] }, []).year).toBe(year);
  });

  it("text that merely mentions a year is not a header", () => {
    expect(
      resolveReportYear(
        {
          sheets: [
            sheetOf("S", [
              ["Kèm theo kế hoạch số 12/KH-UBND năm 2024"],
              ["So sánh kế hoạch 2025 với thực hiện năm 2024 (%)"],
            ]),
          ],
        },
        [],
      ).year,
    ).toBeUndefined();
  });
});

describe("cellNumber", () => {
  it.each([
    [{ value: 98.5 }, 98.5],
    [{ value: "98,5" }, 98.5],
    [{ value: "85%" }, 85],
    [{ value: 0.85, numberFormat: "0%" }, 85],
    [{ value: 0.857, numberFormat: "0.0%;[Red]-0.0%" }, 85.7],
    [{ value: 85, numberFormat: '0.0" %"' }, 85],
    [{ value: "Đạt" }, undefined],
    [{ value: null, formula: "A1" }, undefined],
    [{ value: true }, undefined],
  ])("%j → %s", (cell, value) => {
    expect(cellNumber(cell)).toBe(value);
  });
});

describe("a target set given by the caller", () => {
  it("uses its indicators and years", () => {
    const set: StrategyTargetSet = {
      ...grassrootsTargets2021_2025,
      id: "thu-nghiem",
      period: { from: 2026, to: 2030 },
      resultYears: [],
      indicators: grassrootsTargets2021_2025.indicators.slice(0, 1).map((i) => ({
        ...i,
        values: { "2026": { min: 99, text: "99" } },
      })),
    };
    const workbook = grassrootsWorkbook(2026, "huyen", { "ttcs.1.1": 98.5 });
    const coverage = targetCoverage(workbook, { set });
    expect(coverage).toEqual([
      expect.objectContaining({
        code: "ttcs.1.1",
        year: 2026,
        target: 99,
        status: "below",
        gap: 0.5,
        periodEnded: false,
      }),
    ]);
  });
});
