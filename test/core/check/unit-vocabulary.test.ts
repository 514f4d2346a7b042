/**
 * One unit vocabulary (src/core/catalog/units.ts): «Tr.đồng», «Trđ», «Triệu» are «Triệu đồng» for every rule and the
 * table model alike. Before it, the units rule accepted these spellings while the table model's whole-number units,
 * the cross-table rule and the sums rule did not know them: «1.320» was called ambiguous in a «Trđ» row, and rows
 * whose spellings differed were skipped without a word.
 */
import { describe, expect, it } from "vitest";
import {
  isMoneyUnit,
  isPercentUnit,
  isWholeUnit,
  sameUnit,
  suggestUnit,
} from "../../../src/core/catalog/units";
import { check, forecast, plan, summary, type BodyRow } from "./support-tables";

const SPELLINGS = ["Tr.đồng", "Trđ", "Tr. đ", "Triệu", "triệu đồng", "(Triệu đồng)"];

describe("the unit vocabulary", () => {
  it("reads every spelling of million đồng as «Triệu đồng»: money, whole numbers", () => {
    for (const unit of SPELLINGS) {
      expect(sameUnit(unit, "Triệu đồng"), unit).toBe(true);
      expect(isWholeUnit(unit), unit).toBe(true);
      expect(isMoneyUnit(unit), unit).toBe(true);
    }
    expect(sameUnit("Nghìn đồng", "Triệu đồng")).toBe(false);
    expect(isWholeUnit("Nghìn đồng")).toBe(false);
  });

  it("reads «%», «Tỷ lệ (%)», «Tỉ lệ %», «Phần trăm» as one percent unit", () => {
    for (const unit of ["%", "(%)", "Tỷ lệ (%)", "Tỉ lệ %", "Phần trăm"])
      expect(isPercentUnit(unit), unit).toBe(true);
    expect(isPercentUnit("Điểm")).toBe(false);
  });

  it("suggests the unit a typo of one of its spellings stands for", () => {
    expect(suggestUnit("Thuê bao/100 dan")).toBe("Thuê bao/100 dân");
    expect(suggestUnit("Tr.đồngg")).toBe("Triệu đồng");
  });
});

const revenue = (unit: string, values: BodyRow["values"]): BodyRow => ({
  label: 1,
  name: "Doanh thu quảng cáo trên trang thông tin điện tử",
  unit,
  values,
});

describe("the rules read the units the same way", () => {
  it("takes «1.320» in a «Trđ» row as 1 320 million đồng, as in a «Triệu đồng» row, without asking", () => {
    for (const unit of ["Triệu đồng", ...SPELLINGS]) {
      const findings = check([forecast([revenue(unit, [1200, "1.320", 1500])])]);
      expect(summary(findings), unit).toEqual(["number/text warning Dự báo!E3"]);
      expect(findings[0].params, unit).toEqual({ text: "1.320", value: 1320 });
    }
  });

  it("pairs a forecast row in «Tr.đồng» with the plan's row in «Triệu đồng» and tells their difference", () => {
    const findings = check([
      forecast([revenue("Tr.đồng", [1200, 700, 1500])]),
      plan([revenue("Triệu đồng", [1400, 1800])]),
    ]);
    expect(summary(findings)).toEqual(["cross/mismatch error Kế hoạch!D3"]);
    expect(findings[0].params).toMatchObject({ actual: 1400, expected: 1500 });
  });

  it("adds up a total's parts whose unit is spelled another way", () => {
    const rows: BodyRow[] = [
      { label: 1, name: "Tổng số doanh thu quảng cáo", unit: "Triệu đồng", values: [1000, 650, 1300] },
      { label: "", name: "Trên báo in", unit: "Tr.đồng", values: [400, 200, 500] },
      { label: "", name: "Trên trang điện tử", unit: "Trđ", values: [500, 400, 800] },
    ];
    expect(summary(check([forecast(rows)]))).toEqual([
      "sum/mismatch error Dự báo!D3",
      "sum/mismatch error Dự báo!E3",
    ]);
  });
});

describe("units of things counted one by one", () => {
  const counted = [
    "Máy",
    "Máy tính",
    "Cái",
    "Chiếc",
    "Bộ",
    "Lượt",
    "Lượt người",
    "Tin/bài",
    "Tin, bài",
    "Tài khoản",
  ];

  it("are whole numbers: «1.320» under them is 1 320, never 1,32", () => {
    for (const unit of counted) {
      expect(isWholeUnit(unit), unit).toBe(true);
      const findings = check([forecast([revenue(unit, [1200, "1.320", 1500])])]);
      expect(summary(findings), unit).toEqual(["number/text warning Dự báo!E3"]);
      expect(findings[0].params, unit).toEqual({ text: "1.320", value: 1320 });
    }
  });

  it("leaves units whose figures may have decimals asking (km, hours, subscribers per 100 people)", () => {
    for (const unit of ["Km", "Giờ", "Thuê bao/100 dân", "Tỷ đồng"])
      expect(isWholeUnit(unit), unit).toBe(false);
  });

  it("knows «Triệu VNĐ», «Tỷ», «Trạm BTS» as spellings of the catalog's units", () => {
    expect(sameUnit("Triệu VNĐ", "Triệu đồng")).toBe(true);
    expect(sameUnit("Tỷ", "Tỷ đồng")).toBe(true);
    expect(sameUnit("Trạm BTS", "Trạm")).toBe(true);
    expect(sameUnit("Tin/bài", "Tin, bài")).toBe(true);
  });
});
