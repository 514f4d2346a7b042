/** Cases a review found where the checker cried wolf: each must stay silent (or right) now. */
import { describe, expect, it } from "vitest";
import { check, forecast, summary } from "./support-tables";

const errors = (sheetFindings: ReturnType<typeof check>) =>
  summary(sheetFindings.filter((f) => f.severity === "error"));

describe("no false errors", () => {
  it("a comparison column whose header lost its (%) is read as percent from its typed values", () => {
    const sheet = forecast([
      {
        label: 5,
        name: "Tổng doanh thu dịch vụ bưu chính",
        unit: "Triệu đồng",
        values: [2400, 1320, 2700],
        comparisons: { 7: 112.5, 8: 48.9 },
      },
      {
        label: 10,
        name: "Số trạm thu phát sóng thông tin di động (BTS)",
        unit: "Vị trí trạm",
        values: [87, 88, 90],
        comparisons: { 7: 103, 8: 97.7 },
      },
    ]);
    sheet.rows[0][6] = { value: "So sánh ước thực hiện năm 2026 với thực hiện năm 2025" };
    sheet.rows[0][7] = { value: "So sánh thực hiện 6 tháng với ước thực hiện cả năm" };
    expect(errors(check([sheet]))).toEqual([]);
    // A real mismatch is still one.
    sheet.rows[2][6] = { value: 100 };
    expect(errors(check([sheet]))).toEqual(["comparison/mismatch error Dự báo!G3"]);
  });

  it("a small real rate (1 % rising to 15 %) is not taken for a fraction, a true fraction still is", () => {
    const rate = (values: number[]) =>
      forecast([
        { label: 13, name: "Tỷ lệ thuê bao điện thoại di động sử dụng tiêu dùng dữ liệu", unit: "%", values },
      ]);
    expect(errors(check([rate([1, 8, 15])]))).toEqual([]);
    expect(errors(check([rate([0.85, 86, 88])]))).toEqual(["percent/fraction error Dự báo!D3"]);
  });

  it("“Trong đó” parts under a “Tổng số …” total are not summed", () => {
    const rows = (first: string) =>
      forecast([
        { label: 12, name: "Tổng số thuê bao điện thoại", unit: "Thuê bao", values: [52050, 55572, 61935] },
        { name: first, unit: "Thuê bao", values: [50000, 53000, 59000] },
        { name: "Thuê bao 4G", unit: "Thuê bao", values: [20000, 25000, 30000] },
      ]);
    expect(errors(check([rows("Trong đó: thuê bao di động")]))).toEqual([]);
    expect(errors(check([rows("Thuê bao di động")])).filter((e) => e.startsWith("sum/"))).toHaveLength(3);
  });
});
