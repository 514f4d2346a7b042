/**
 * Every table rule on a small hand-made sheet: the broken sheet gives exactly one finding at the right cell with the
 * right severity, the corrected sheet gives none.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/check/types";
import { findingMessage } from "../../../src/core/check/render";
import { check, forecast, plan, summary, type BodyRow } from "./support-tables";

function only(findings: Finding[]): Finding {
  expect(summary(findings)).toHaveLength(1);
  return findings[0];
}

const revenue = (values: BodyRow["values"], extra: Partial<BodyRow> = {}): BodyRow => ({
  label: 1,
  name: "Tổng doanh thu dịch vụ bưu chính",
  unit: "Triệu đồng",
  values,
  ...extra,
});

describe("number/text and number/ambiguous", () => {
  it("flags a figure stored as text with the number it means", () => {
    const f = only(check([forecast([revenue([2400, 1320, "2700"])])]));
    expect(summary([f])).toEqual(["number/text warning Dự báo!F3"]);
    expect(f.params).toEqual({ text: "2700", value: 2700 });
    expect(f.indicator).toBe("Tổng doanh thu dịch vụ bưu chính");
    expect(check([forecast([revenue([2400, 1320, 2700])])])).toEqual([]);
  });

  it("asks about a text that reads two ways when nothing in the table decides", () => {
    const row: BodyRow = {
      label: 1,
      name: "Lưu lượng dữ liệu bình quân",
      unit: "GB",
      values: [20, 10, "1.500"],
    };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["number/ambiguous warning Dự báo!F3"]);
    expect(f.params).toEqual({ text: "1.500", value: 1500, alternative: 1.5 });
    expect(findingMessage(f, "en")).toBe("«1.500» reads two ways: 1,500 or 1.5; taken as 1,500.");
    expect(check([forecast([{ ...row, values: [20, 10, 1500] }])])).toEqual([]);
  });

  it("settles the reading from the table's own decimal commas, or from a count's unit", () => {
    const rows: BodyRow[] = [
      { label: 1, name: "Lưu lượng dữ liệu bình quân", unit: "GB", values: [20, 10, "1.500"] },
      { label: 2, name: "Số thuê bao trên 100 dân", unit: "Thuê bao/100 dân", values: [61.8, 62.4, "68,8"] },
    ];
    expect(summary(check([forecast(rows)]))).toEqual([
      "number/text warning Dự báo!F3",
      "number/text warning Dự báo!F4",
    ]);
    const count: BodyRow = {
      label: 1,
      name: "Tổng số thuê bao",
      unit: "Thuê bao",
      values: [5000, 5200, "5.990"],
    };
    expect(summary(check([forecast([count])]))).toEqual(["number/text warning Dự báo!F3"]);
  });

  it("never settles a count typed with an English thousands comma («5,990») as 5,99 by the sheet's decimal commas", () => {
    const count: BodyRow = {
      label: 1,
      name: "Tổng số thuê bao",
      unit: "Thuê bao",
      values: [5000, 5200, "5,990"],
    };
    const rate: BodyRow = {
      label: 2,
      name: "Số thuê bao trên 100 dân",
      unit: "Thuê bao/100 dân",
      values: [61.8, 62.4, "68,8"],
    };
    // The sheet writes decimals with "," («68,8»), but 5,99 subscribers is no count: 5 990 is taken and still asked.
    const vietnamese = check([forecast([count, rate])]);
    expect(summary(vietnamese)).toEqual([
      "number/ambiguous warning Dự báo!F3",
      "number/text warning Dự báo!F4",
    ]);
    expect(vietnamese[0].params).toEqual({ text: "5,990", value: 5990, alternative: 5.99 });
    // Alone, the same: the count's reading, asked.
    const alone = only(check([forecast([count])]));
    expect(alone.params).toEqual({ text: "5,990", value: 5990, alternative: 5.99 });
    // A table that writes the English way («1,234,567», «97.7») settles it: told as a number stored as text.
    const english: BodyRow = {
      label: 2,
      name: "Lưu lượng dữ liệu",
      unit: "GB",
      values: [20, 10, "1,234,567"],
    };
    const settled = check([forecast([count, english])]);
    expect(summary(settled)).toEqual(["number/text warning Dự báo!F3", "number/text warning Dự báo!F4"]);
    expect(settled[0].params).toEqual({ text: "5,990", value: 5990 });
    // Money may have decimals («2,400» tỷ đồng is 2,4 in a sheet of decimal commas): the convention still decides.
    const money: BodyRow = { label: 1, name: "Vốn đầu tư", unit: "Tỷ đồng", values: [2, 2.2, "2,400"] };
    const moneyFindings = check([forecast([money, rate])]);
    expect(summary(moneyFindings)).toEqual([
      "number/text warning Dự báo!F3",
      "number/text warning Dự báo!F4",
    ]);
    expect(moneyFindings[0].params).toEqual({ text: "2,400", value: 2.4 });
    // Both ways in one table («2.400,5» and «1,200.5» each read one way only): nothing decides «3,000», so it is asked.
    const mixed: BodyRow[] = [
      { label: 1, name: "Vốn đầu tư", unit: "Tỷ đồng", values: ["2.400,5", "1,200.5", "3,000"] },
    ];
    const mixedFindings = check([forecast(mixed)]).filter((f) => f.code.startsWith("number/"));
    expect(summary(mixedFindings)).toEqual([
      "number/text warning Dự báo!D3",
      "number/text warning Dự báo!E3",
      "number/ambiguous warning Dự báo!F3",
    ]);
    expect(mixedFindings.map((f) => f.params?.value)).toEqual([2400.5, 1200.5, 3]);
  });
});

describe("units", () => {
  it("unit/missing on a row with figures", () => {
    const row: BodyRow = { label: 1, name: "Số chương trình phát thanh", values: [365, 129, 365] };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/missing warning Dự báo!C3"]);
    expect(f.params).toEqual({ indicator: "Số chương trình phát thanh" });
    expect(check([forecast([{ ...row, unit: "Chương trình" }])])).toEqual([]);
  });

  it("unit/missing on a catalog indicator with no figures, not on one whose level rows carry the units", () => {
    const row: BodyRow = {
      label: 27,
      name: "Số Chương trình phát thanh sản xuất mới",
      values: [],
      code: "ict.27",
    };
    // A table of one row without figures is also an empty table.
    expect(summary(check([forecast([row])]))).toEqual([
      "unit/missing warning Dự báo!C3",
      "structure/no-figures error Dự báo!D3",
    ]);
    const levels: BodyRow[] = [
      { label: 31, name: "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", values: [] },
      { name: "Cấp huyện", unit: "%", values: [90, 95, 100] },
      { name: "Cấp xã", unit: "%", values: [80, 85, 90] },
    ];
    expect(check([forecast(levels)])).toEqual([]);
  });

  it("unit/unknown with the closest known unit", () => {
    const row: BodyRow = { label: 1, name: "Số thuê bao Internet", unit: "Thuê bai", values: [5, 6, 7] };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/unknown warning Dự báo!C3"]);
    expect(f.params).toEqual({ unit: "Thuê bai", suggestion: "Thuê bao" });
    expect(f.variant).toBeUndefined();
    expect(check([forecast([{ ...row, unit: "thuê  bao" }])])).toEqual([]);
  });

  it("unit/unknown without a suggestion when nothing is close", () => {
    const row: BodyRow = { label: 1, name: "Số sản phẩm", unit: "Quả bóng", values: [5, 6, 7] };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/unknown.no-suggestion warning Dự báo!C3"]);
    expect(f.params).toEqual({ unit: "Quả bóng" });
    expect(findingMessage(f, "vi")).toBe("Đơn vị tính «Quả bóng» không có trong danh mục.");
  });

  it("unit/rate-not-percent on a Tỷ lệ counted in something else", () => {
    const row: BodyRow = { label: 1, name: "Tỷ lệ xã có đài truyền thanh", unit: "Xã", values: [50, 60, 70] };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/rate-not-percent warning Dự báo!C3"]);
    expect(f.params).toEqual({ indicator: "Tỷ lệ xã có đài truyền thanh", unit: "Xã" });
    expect(check([forecast([{ ...row, unit: "%" }])])).toEqual([]);
  });

  it("unit/percent-on-count on a catalog count in %", () => {
    const row: BodyRow = {
      label: 12,
      name: "Tổng số thuê bao điện thoại",
      unit: "%",
      values: [50, 60, 70],
      code: "ict.12",
    };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/percent-on-count warning Dự báo!C3"]);
    expect(f).toMatchObject({
      indicatorCode: "ict.12",
      params: { indicator: "Tổng số thuê bao điện thoại" },
    });
    expect(check([forecast([{ ...row, unit: "Thuê bao" }])])).toEqual([]);
  });

  it("unit/catalog-mismatch on a recognized indicator, not where rate-not-percent fired", () => {
    const row: BodyRow = {
      label: 10,
      name: "Số trạm thu phát sóng thông tin di động (BTS)",
      unit: "Trạm",
      values: [87, 88, 90],
    };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/catalog-mismatch warning Dự báo!C3"]);
    expect(f).toMatchObject({ indicatorCode: "ict.10", params: { unit: "Trạm", expected: "Vị trí trạm" } });
    expect(check([forecast([{ ...row, unit: "vị trí trạm" }])])).toEqual([]);

    const dvc: BodyRow = {
      label: 32,
      name: "Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ của DVC trực tuyến mức độ 3, 4",
      unit: "DVC",
      values: [],
      code: "ict.32",
    };
    expect(summary(check([forecast([dvc])]))).toEqual([
      "unit/rate-not-percent warning Dự báo!C3",
      "structure/no-figures error Dự báo!D3",
    ]);
  });

  it("unit/period-overflow on hours per day above 24", () => {
    const row: BodyRow = {
      label: 1,
      name: "Thời lượng chương trình tự sản xuất/ngày",
      unit: "Giờ",
      values: [12, 30, 12],
    };
    const f = only(check([forecast([row])]));
    expect(summary([f])).toEqual(["unit/period-overflow error Dự báo!E3"]);
    expect(f).toMatchObject({
      actual: 30,
      expected: 24,
      params: { value: 30, period: { vi: "ngày", en: "day" }, max: 24 },
    });
    expect(check([forecast([{ ...row, values: [12, 6, 12] }])])).toEqual([]);
  });

  it("unit/period-overflow per month, and by the catalog when the unit is left empty", () => {
    const month: BodyRow = {
      label: 1,
      name: "Thời lượng phát sóng/tháng",
      unit: "Giờ",
      values: [700, 400, 800],
    };
    const f = only(check([forecast([month])]));
    expect(summary([f])).toEqual(["unit/period-overflow error Dự báo!F3"]);
    expect(f.params).toEqual({ value: 800, period: { vi: "tháng", en: "month" }, max: 744 });

    const noUnit: BodyRow = {
      label: 26,
      name: "Thời lượng chương trình tự sản xuất mới/ngày",
      values: [6570, 12, 12],
      code: "ict.26",
    };
    expect(summary(check([forecast([noUnit])]))).toEqual([
      "unit/missing warning Dự báo!C3",
      "unit/period-overflow error Dự báo!D3",
    ]);
  });
});

describe("percent", () => {
  const rate = (values: BodyRow["values"]): BodyRow => ({
    label: 1,
    name: "Tỷ lệ hộ gia đình có Internet",
    unit: "%",
    values,
  });

  it("percent/out-of-range on a rate above 100", () => {
    const f = only(check([forecast([rate([80, 105, 90])])]));
    expect(summary([f])).toEqual(["percent/out-of-range error Dự báo!E3"]);
    expect(f.params).toEqual({ value: 105 });
    expect(check([forecast([rate([80, 95, 90])])])).toEqual([]);
  });

  it("percent/out-of-range below 0, never on comparison columns", () => {
    expect(summary(check([forecast([rate([80, -5, 90])])]))).toEqual([
      "percent/out-of-range error Dự báo!E3",
    ]);
    // 90 / 40 gives 225 in column 7: normal for a comparison.
    expect(check([forecast([rate([40, 45, 90])])])).toEqual([]);
  });

  it("percent/fraction on 0,85 among percent numbers", () => {
    const f = only(check([forecast([rate([80, 0.85, 90])])]));
    expect(summary([f])).toEqual(["percent/fraction error Dự báo!E3"]);
    expect(f.params).toEqual({ value: 0.85, suggestion: 85 });
    expect(check([forecast([rate([80, 85, 90])])])).toEqual([]);
  });

  it("percent/fraction.formatted on a percent-formatted 0.85", () => {
    const f = only(check([forecast([rate([80, { value: 0.85, numberFormat: "0%" }, 90])])]));
    expect(summary([f])).toEqual(["percent/fraction.formatted error Dự báo!E3"]);
    // No other rate row gives column E a format: the fix writes 85 as General.
    expect(f.params).toEqual({ value: 0.85, shown: 85, suggestion: 85, format: "General" });
    expect(check([forecast([rate([80, { value: 85, numberFormat: "0.0" }, 90])])])).toEqual([]);
  });

  it("percent/fraction.formatted writes what the cell shows in the reader's language", () => {
    const f = only(check([forecast([rate([80, { value: 0.888, numberFormat: "0.0%" }, 90])])]));
    expect(findingMessage(f, "en")).toContain("shown 88.8%) among percent numbers: write 88.8 and");
    expect(findingMessage(f, "vi")).toContain("hiện 88,8%) giữa các ô ghi số phần trăm: hãy ghi 88,8 và");
  });

  it("percent/fraction.formatted carries the format of the column's other percent numbers", () => {
    const findings = check([
      forecast([
        rate([80, { value: 0.85, numberFormat: "0%" }, 90]),
        { ...rate([70, { value: 75.5, numberFormat: "0.0" }, 72]), label: 2 },
      ]),
    ]);
    const f = only(findings.filter((x) => x.code === "percent/fraction"));
    expect(f.params.format).toBe("0.0");
  });
});

describe("comparison", () => {
  it("comparison/mismatch: a typed value a point or more off is an error", () => {
    const f = only(check([forecast([revenue([2400, 1320, 2700], { comparisons: { 7: 120 } })])]));
    expect(summary([f])).toEqual(["comparison/mismatch error Dự báo!G3"]);
    expect(f).toMatchObject({
      actual: 120,
      expected: 112.5,
      params: { actual: 120, expected: 112.5, diff: 7.5 },
    });
    expect(check([forecast([revenue([2400, 1320, 2700])])])).toEqual([]);
  });

  it("comparison/mismatch.rounding: a truncation is only info", () => {
    const f = only(check([forecast([revenue([2400, 1320, 2700], { comparisons: { 8: 48 } })])]));
    expect(summary([f])).toEqual(["comparison/mismatch.rounding info Dự báo!H3"]);
    expect(f.params).toEqual({ actual: 48, expected: 48.89, diff: 0.89 });
  });

  it("comparison/mismatch uses the number a text means", () => {
    const f = only(
      check([
        forecast([revenue([2400, 1320, 2700], { comparisons: { 7: { value: 130, numberFormat: "0.0" } } })]),
      ]),
    );
    expect(f.code).toBe("comparison/mismatch");
    const text = check([forecast([revenue([2400, 1320, 2700], { comparisons: { 7: "112,5" } })])]);
    expect(summary(text)).toEqual(["number/text warning Dự báo!G3", "comparison/not-formula info Dự báo!G3"]);
  });

  it("comparison/not-formula: a right typed value", () => {
    const f = only(check([forecast([revenue([2400, 1320, 2700], { comparisons: { 7: 112.5 } })])]));
    expect(summary([f])).toEqual(["comparison/not-formula info Dự báo!G3"]);
    expect(f.params).toEqual({ actual: 112.5, formula: "=F3/D3*100" });
  });

  it("comparison/missing: figures but an empty cell; none where the divisor is 0 or empty", () => {
    const f = only(check([forecast([revenue([2400, 1320, 2700], { comparisons: { 8: null } })])]));
    expect(summary([f])).toEqual(["comparison/missing warning Dự báo!H3"]);
    expect(f.params).toEqual({ expected: 48.89 });
    expect(check([forecast([revenue([0, 1320, ""], { comparisons: { 7: null, 8: null } })])])).toEqual([]);
  });

  it("comparison/wrong-formula: an error when it computes something else", () => {
    const f = only(
      check([
        forecast([
          revenue([2400, 1320, 2700], { comparisons: { 7: { value: null, formula: "D3/F3*100" } } }),
        ]),
      ]),
    );
    expect(summary([f])).toEqual(["comparison/wrong-formula error Dự báo!G3"]);
    expect(f.params).toEqual({ actual: "D3/F3*100", expected: "=F3/D3*100" });
  });

  it("comparison/wrong-formula: a warning when the result is the same (by accident)", () => {
    // Column 5 holds the same figure as column 4: F3/E3 gives the right value for the wrong reason.
    const f = only(
      check([
        forecast([
          revenue([2400, 2400, 2700], { comparisons: { 7: { value: 112.5, formula: "F3/E3*100" } } }),
        ]),
      ]),
    );
    expect(summary([f])).toEqual(["comparison/wrong-formula warning Dự báo!G3"]);
  });

  it("comparison/wrong-formula: judged by the cached value when there is one", () => {
    const f = only(
      check([
        forecast([
          revenue([2400, 1320, 2700], { comparisons: { 7: { value: 88.89, formula: "D3/F3*100" } } }),
        ]),
      ]),
    );
    expect(f.severity).toBe("error");
    const other = only(
      check([
        forecast([
          revenue([2400, 1320, 2700], { comparisons: { 7: { value: 112.5, formula: "F4/D4*100" } } }),
        ]),
      ]),
    );
    expect(summary([other])).toEqual(["comparison/wrong-formula warning Dự báo!G3"]);
  });

  it("accepts the usual right formulas", () => {
    for (const formula of [
      "F3/D3*100",
      "=F3/D3*100",
      "ROUND(F3/D3*100,1)",
      "F3*100/D3",
      "(F3/D3)*100",
      "$F$3/$D$3*100",
      'IFERROR(F3/D3*100,"")',
      'IF(D3=0,"",F3/D3*100)',
      'IF(AND(ISNUMBER(F3),ISNUMBER(D3)),IF(D3=0,"",F3/D3*100),"")',
    ]) {
      const sheet = forecast([revenue([2400, 1320, 2700], { comparisons: { 7: { value: null, formula } } })]);
      expect(check([sheet]), formula).toEqual([]);
    }
  });

  it("accepts F/D under a header without %", () => {
    const sheet = forecast([
      revenue([2400, 1320, 2700], { comparisons: { 7: { value: 1.125, formula: "F3/D3" } } }),
    ]);
    sheet.rows[0][6] = { value: "So sánh ước thực hiện với thực hiện năm trước (lần)" };
    expect(check([sheet])).toEqual([]);
    sheet.rows[0][6] = { value: "So sánh (%)" };
    expect(summary(check([sheet]))).toEqual(["comparison/wrong-formula error Dự báo!G3"]);
  });
});

describe("sum/mismatch", () => {
  it("on a catalog total whose parts do not add up", () => {
    const rows = (total: number): BodyRow[] => [
      {
        label: 1,
        name: "Tổng số điểm phục vụ bưu chính",
        unit: "Điểm",
        values: [total, 22, 22],
        code: "ict.01",
      },
      { name: "Số điểm Bưu điện VHX", unit: "Điểm", values: [16, 18, 18], code: "ict.01.vhx" },
      { name: "Số điểm phục vụ bưu chính khác", unit: "Điểm", values: [5, 4, 4], code: "ict.01.khac" },
    ];
    const f = only(check([forecast(rows(22))]));
    expect(summary([f])).toEqual(["sum/mismatch error Dự báo!D3"]);
    expect(f).toMatchObject({
      expected: 21,
      actual: 22,
      indicatorCode: "ict.01",
      params: { expected: 21, actual: 22 },
    });
    expect(check([forecast(rows(21))])).toEqual([]);
  });

  it("on a sheet's own Tổng số with unnumbered parts in the same unit", () => {
    const rows = (total: number): BodyRow[] => [
      { label: 1, name: "Tổng số máy tính của cơ quan", unit: "Máy", values: [total, 50, 50] },
      { name: "Máy tính để bàn", unit: "Máy", values: [30, 35, 35] },
      { name: "Máy tính xách tay", unit: "Máy", values: [10, 15, 15] },
    ];
    expect(summary(check([forecast(rows(45))]))).toEqual(["sum/mismatch error Dự báo!D3"]);
    expect(check([forecast(rows(40))])).toEqual([]);
  });

  it("not on level rows nor on parts in another unit", () => {
    const levels: BodyRow[] = [
      { label: 1, name: "Tổng số hồ sơ xử lý trên mạng", unit: "%", values: [90, 90, 90] },
      { name: "Cấp huyện", unit: "%", values: [100, 100, 100] },
      { name: "Cấp xã", unit: "%", values: [80, 80, 80] },
    ];
    expect(check([forecast(levels)])).toEqual([]);
    const mixed: BodyRow[] = [
      { label: 1, name: "Tổng số thuê bao", unit: "Thuê bao", values: [100, 100, 100] },
      { name: "Thuê bao di động", unit: "Thuê bao", values: [60, 60, 60] },
      { name: "Tỷ lệ thuê bao cố định", unit: "%", values: [30, 30, 30] },
    ];
    expect(check([forecast(mixed)])).toEqual([]);
  });
});

describe("flow/half-exceeds-year", () => {
  it("on revenue whose 6 months exceed the year's estimate", () => {
    const f = only(check([forecast([revenue([2400, 3000, 2700])])]));
    expect(summary([f])).toEqual(["flow/half-exceeds-year error Dự báo!E3"]);
    expect(f).toMatchObject({ actual: 3000, expected: 2700, params: { actual: 3000, expected: 2700 } });
    expect(check([forecast([revenue([2400, 1320, 2700])])])).toEqual([]);
  });

  it("not on a level quantity (a count of stations may fall)", () => {
    const row: BodyRow = {
      label: 10,
      name: "Số trạm thu phát sóng thông tin di động (BTS)",
      unit: "Vị trí trạm",
      values: [87, 95, 90],
    };
    expect(check([forecast([row])])).toEqual([]);
  });
});

describe("cross/mismatch", () => {
  const bts = (value: number): BodyRow => ({
    label: 10,
    name: "Số trạm thu phát sóng thông tin di động (BTS)",
    unit: "Vị trí trạm",
    values: [87, 88, value],
  });

  it("on the plan's Thực hiện năm N that differs from the forecast's Ước thực hiện cả năm N", () => {
    const f = only(check([forecast([bts(90)]), plan([{ ...bts(0), values: [92, 94] }])]));
    expect(summary([f])).toEqual(["cross/mismatch error Kế hoạch!D3"]);
    expect(f).toMatchObject({
      actual: 92,
      expected: 90,
      indicatorCode: "ict.10",
      params: { year: "2026", actual: 92, other: "'Dự báo'!F3", expected: 90 },
    });
    expect(check([forecast([bts(90)]), plan([{ ...bts(0), values: [90, 94] }])])).toEqual([]);
  });

  it("compares the figures as the sheets show them: 0,888 in a 0.0% cell is 88,8", () => {
    const rate = (values: BodyRow["values"]): BodyRow => ({
      label: 6,
      name: "Cáp quang kéo đến khu vực có dân cư sinh sống, làm việc",
      unit: "%",
      values,
    });
    const fraction = { value: 0.888, numberFormat: "0.0%" };
    const findings = check([forecast([rate([80, 85, fraction])]), plan([rate([88.8, 95])])]);
    expect(summary(findings)).toEqual(["percent/fraction.formatted error Dự báo!F3"]);
    const differs = check([forecast([rate([80, 85, fraction])]), plan([rate([90, 95])])]);
    expect(differs.find((f) => f.code === "cross/mismatch")).toMatchObject({ actual: 90, expected: 88.8 });
  });

  it("pairs unrecognized rows by name and unit, and only tables of the same year", () => {
    const row: BodyRow = { label: 1, name: "Số máy tính kết nối mạng", unit: "Máy", values: [10, 12, 15] };
    const p = plan([{ ...row, values: [14, 20] }]);
    expect(summary(check([forecast([row]), p]))).toEqual(["cross/mismatch error Kế hoạch!D3"]);
    expect(check([forecast([row]), plan([{ ...row, unit: "Cái", values: [14, 20] }])])).toEqual([]);
    const later = plan([{ ...row, values: [14, 20] }]);
    later.rows[0][3] = { value: "Thực hiện năm 2027" };
    later.rows[0][4] = { value: "Kế hoạch năm 2028" };
    expect(check([forecast([row]), later])).toEqual([]);
  });
});
