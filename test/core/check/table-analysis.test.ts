/** The analysed workbook: column roles, table kind and year, indicator rows with codes, parents and readings. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/check/analysis";
import { encodeLegacy } from "../../../src/core/text";
import { check, forecast, plan, sheetOf, summary } from "./support-tables";

describe("analyseWorkbook", () => {
  it("reads column roles, kind and year of a forecast and of a plan", () => {
    const a = analyseWorkbook({ sheets: [forecast([]), plan([])] }, {});
    const [f] = a.sheets[0].tables;
    const [p] = a.sheets[1].tables;
    expect(f.columns.map((c) => [c.role, c.year ?? null])).toEqual([
      ["other", null],
      ["other", null],
      ["other", null],
      ["prev-actual", 2025],
      ["half-year", 2026],
      ["year-estimate", 2026],
      ["comparison", null],
      ["comparison", null],
    ]);
    expect([f.kind, f.year, f.unitColumn]).toEqual(["forecast", 2026, 2]);
    expect(p.columns.map((c) => c.role)).toEqual([
      "other",
      "other",
      "other",
      "year-actual",
      "plan",
      "comparison",
    ]);
    expect([p.kind, p.year]).toEqual(["plan", 2026]);
    expect(a.year).toBe(2026);
    expect(analyseWorkbook({ sheets: [forecast([])] }, { year: 2030 }).year).toBe(2030);
  });

  it("reads every figure as meant, with how it was typed", () => {
    const a = analyseWorkbook(
      {
        sheets: [
          forecast([
            {
              label: 1,
              name: "Tỷ lệ hộ có Internet",
              unit: "%",
              values: [{ value: 0.8, numberFormat: "0%" }, "85", "1.500"],
              comparisons: { 7: 112.5, 8: null },
            },
          ]),
        ],
      },
      {},
    );
    const [row] = a.sheets[0].tables[0].rows;
    expect(row.values[4]).toMatchObject({
      address: "D3",
      raw: 0.8,
      value: 0.8,
      reading: "number",
      percentFormatted: true,
    });
    expect(row.values[5]).toMatchObject({
      address: "E3",
      raw: "85",
      value: 85,
      reading: "text-number",
      percentFormatted: false,
    });
    // In a % row the only reading that is a rate is the value (1 500 % is no rate); the other is kept.
    expect(row.values[6]).toMatchObject({
      address: "F3",
      value: 1.5,
      alternative: 1500,
      reading: "ambiguous",
    });
    expect(row.comparisons[7]).toMatchObject({ address: "G3", value: 112.5, reading: "number" });
    expect(row.comparisons[8]).toMatchObject({ address: "H3", reading: "empty" });
    expect(row.comparisons[8].value).toBeUndefined();
  });

  it("takes codes from the hidden column first, then from the name; parts and levels get their parent", () => {
    const a = analyseWorkbook(
      {
        sheets: [
          forecast([
            {
              label: 1,
              name: "Tên tự đặt cho tổng số điểm",
              unit: "Điểm",
              values: [22, 22, 22],
              code: "ict.01",
            },
            { name: "Số điểm Bưu điện VHX", unit: "Điểm", values: [18, 18, 18] },
            { name: "Số điểm phục vụ bưu chính khác", unit: "Điểm", values: [4, 4, 4] },
            { label: 2, name: "Tỷ lệ xã có điểm Bưu điện VHX", unit: "%", values: [100, 100, 100] },
            { label: 31, name: "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", values: [] },
            { name: "- Cấp huyện", unit: "%", values: [100, 100, 100] },
          ]),
        ],
      },
      {},
    );
    const rows = a.sheets[0].tables[0].rows;
    expect(rows.map((r) => [r.kind, r.code, r.codeSource, r.parent?.label ?? null])).toEqual([
      ["indicator", "ict.01", "code-column", null],
      ["part", "ict.01.vhx", "parent", "1"],
      ["part", "ict.01.khac", "parent", "1"],
      ["indicator", "ict.02", "name", null],
      ["indicator", "ict.31", "name", null],
      ["level", "ict.31.huyen", "parent", "31"],
    ]);
    expect(rows[0].catalog?.partsSumToTotal).toBe(true);
  });

  it("converts legacy-encoded names and units", () => {
    const name = "Tổng doanh thu dịch vụ bưu chính";
    const sheet = forecast([
      {
        label: 1,
        name: encodeLegacy(name, "tcvn3"),
        unit: encodeLegacy("Triệu đồng", "tcvn3"),
        values: [2400, 3000, 2700],
      },
    ]);
    const [row] = analyseWorkbook({ sheets: [sheet] }, {}).sheets[0].tables[0].rows;
    expect([row.name, row.unit, row.code]).toEqual([name, "Triệu đồng", "ict.05"]);
    const findings = check([sheet]);
    expect(summary(findings)).toEqual(["flow/half-exceeds-year error Dự báo!E3"]);
    expect(findings[0].indicator).toBe(name);
  });

  it("finds tables anywhere in the sheet and ignores sheets without one", () => {
    const shifted = sheetOf("Lệch", [
      [],
      [undefined, undefined, "PHỤ LỤC"],
      [],
      [
        undefined,
        undefined,
        "STT",
        "Các chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện 2025",
        "Kế hoạch năm 2026",
        "So sánh (%)",
      ],
      [undefined, undefined, "1", "2", "3", "4", "5", "6=5/4"],
      [undefined, undefined, "1", "Số trạm BTS", "Trạm", 90, 94, 50],
    ]);
    const a = analyseWorkbook({ sheets: [shifted, sheetOf("Trống", [["ghi chú"]])] }, {});
    expect(a.sheets.map((s) => s.tables.length)).toEqual([1, 0]);
    const [t] = a.sheets[0].tables;
    expect([t.kind, t.year]).toEqual(["plan", 2025]);
    expect(summary(check([shifted]))).toEqual(["comparison/mismatch error Lệch!H6"]);
  });
});
