/**
 * Rules that read the header grammar's reading (issue 16): a part-year figure above its year's figure of the same
 * family (9 months, a quarter, a cumulative to date), and a comparison that names a column the table lacks.
 */
import { describe, expect, it } from "vitest";
import { checkWorkbook, findingMessage, type Finding } from "../../../src/core/check";
import { sheetOf } from "../targets/helpers";

function codesOf(findings: Finding[], prefix: string): string[] {
  return findings
    .filter((f) => f.code.startsWith(prefix))
    .map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
}

describe("flow: part-year figures of a quantity that accumulates", () => {
  const header = [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch năm 2025",
    "Lũy kế 9 tháng 2025",
    "Ước thực hiện cả năm 2025",
  ];

  it("says a 9-month cumulative above the year's estimate, which month it is, not a plan passed by September", () => {
    const sheet = sheetOf("Quý III", [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN QUÝ III NĂM 2025"],
      header,
      // 2 900 after 9 months, 2 800 estimated for the year: not possible for revenue.
      ["1", "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2500, 2900, 2800],
      // 2 600 after 9 months, above the 2 500 planned: possible (the plan is of another family).
      ["2", "Tổng doanh thu dịch vụ viễn thông", "Triệu đồng", 2500, 2600, 3000],
    ]);
    const found = checkWorkbook({ sheets: [sheet] }).issues;
    expect(codesOf(found, "flow/")).toEqual(["error flow/part-exceeds-year Quý III!E3"]);
    const f = found.find((x) => x.code === "flow/part-exceeds-year") as Finding;
    expect(findingMessage(f, "vi")).toBe(
      "Số 9 tháng (2.900) lớn hơn số cả năm (2.800), trong khi chỉ tiêu này cộng dồn theo năm.",
    );
  });

  it("leaves a level quantity alone (a count of stations may fall during the year)", () => {
    const sheet = sheetOf("Quý III", [
      header,
      ["1", "Số trạm thu phát sóng thông tin di động (BTS)", "Vị trí trạm", 90, 95, 92],
    ]);
    expect(codesOf(checkWorkbook({ sheets: [sheet] }).issues, "flow/")).toEqual([]);
  });
});

describe("comparison/missing-operand", () => {
  it("is said once, at the header, for a comparison naming a figure the table does not have", () => {
    const sheet = sheetOf("Biểu", [
      ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "So sánh ƯTH 2026/TH 2025 (%)"],
      ["1", "Số thuê bao Internet", "Thuê bao", 23971, 26000, 104],
      ["2", "Số thuê bao di động", "Thuê bao", 55030, 56000, 101],
    ]);
    const found = checkWorkbook({ sheets: [sheet] }).issues;
    expect(codesOf(found, "comparison/")).toEqual(["warning comparison/missing-operand Biểu!F1"]);
    const f = found.find((x) => x.code === "comparison/missing-operand") as Finding;
    expect(findingMessage(f, "vi")).toBe(
      "Cột «So sánh ƯTH 2026/TH 2025 (%)» so sánh với «Ước thực hiện 2026» nhưng bảng không có cột đó, nên chưa điền và chưa kiểm tra được cột này. Hãy thêm cột đó, hoặc sửa cách đọc cột (phuluc check --column).",
    );
  });
});
