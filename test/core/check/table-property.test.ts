/**
 * Random sheets never make the analysis or a table rule throw, and every finding points at a real cell of its sheet.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseWorkbook } from "../../../src/core/check/analysis";
import { tableRules } from "../../../src/core/check/table-rules";
import { checkWorkbook } from "../../../src/core/check";
import { parseA1 } from "../../../src/core/model/address";
import type { CellModel, SheetModel } from "../../../src/core/model/sheet";
import { FORECAST_HEADER, FORECAST_NUMBERS, PLAN_HEADER, PLAN_NUMBERS } from "./support-tables";

const words = fc.constantFrom(
  "",
  " ",
  "A",
  "I",
  "II",
  "1",
  "2",
  "-",
  "Tổng số điểm phục vụ bưu chính",
  "Số điểm Bưu điện VHX",
  "Tỷ lệ xã có điểm Bưu điện VHX",
  "Thời lượng chương trình tự sản xuất/ngày",
  "Cấp huyện",
  "Tổng doanh thu dịch vụ bưu chính",
  "%",
  "Điểm",
  "Giờ",
  "Triệu đồng",
  "Thuê bai",
  "DVC",
  "4.300",
  "88,8",
  "97.7",
  "1,234",
  "0,85",
  "85%",
  "-12",
  "#DIV/0!",
  "Mã chỉ tiêu",
  "ict.01",
  "ict.01.vhx",
  "ict.31.huyen",
  "ict.99",
  "Thực hiện năm 2025",
  "Ước thực hiện cả năm 2026",
  "Thực hiện 6 tháng 2026",
  "Kế hoạch năm 2027",
  "7=6/4",
  "8=5/6",
  "6=5/4",
  "(7)=(6)/(4)",
  "3=2/1",
  "KÕ ho¹ch",
  "sơ của DVC",
);

const formulas = fc.constantFrom(
  "F3/D3*100",
  "D3/F3",
  'IF(AND(ISNUMBER(F4),ISNUMBER(D4)),IF(D4=0,"",F4/D4*100),"")',
  "ROUND(F5/D5*100,1)",
  "SUM(A1:B2)",
  "'Other sheet'!F3/D3",
  "((((",
  "F3/0",
  "IF(",
  "-F3%",
  "XFD1048576*2",
  '"text"&A1',
);

const cell: fc.Arbitrary<CellModel | undefined> = fc.oneof(
  fc.constant(undefined),
  words.map((value) => ({ value })),
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
  fc
    .oneof(
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(0, 0.85, 1, 24, 100, 6570),
    )
    .map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constant({ value: null }),
  fc.record({
    value: fc.oneof(fc.constant(null), fc.double(), fc.constant("")),
    formula: fc.oneof(formulas, fc.string({ maxLength: 10 })),
  }),
  fc.record({
    value: fc.double({ min: 0, max: 2 }),
    numberFormat: fc.constantFrom("0%", "0.0", '"%"0', "General"),
  }),
);

const row = fc.array(cell, { maxLength: 10 });

const sheet: fc.Arbitrary<SheetModel> = fc
  .record({
    name: fc.constantFrom("Dự báo", "Kế hoạch", "Sheet1", "It's"),
    before: fc.array(row, { maxLength: 4 }),
    header: fc.constantFrom(FORECAST_HEADER, PLAN_HEADER, [] as unknown[]),
    numbers: fc.constantFrom(FORECAST_NUMBERS, PLAN_NUMBERS, [1, 2, 3, 4, "5=4/3"], [1, 2, 3, 4, 5, "6=6/4"]),
    offset: fc.integer({ min: 0, max: 3 }),
    body: fc.array(row, { maxLength: 25 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: 0, max: 30 }),
        left: fc.integer({ min: 0, max: 10 }),
        h: fc.integer({ min: 0, max: 3 }),
        w: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ name, before, header, numbers, offset, body, merges }) => {
    const shift = (cells: unknown[]): (CellModel | undefined)[] => [
      ...Array.from({ length: offset }, () => undefined),
      ...cells.map((v) => (v === undefined ? undefined : { value: v as string | number })),
    ];
    const rows = [...before, ...(header.length ? [shift(header)] : []), shift(numbers), ...body];
    return {
      name,
      rows,
      merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    };
  });

describe("random sheets", () => {
  it("never make the analysis or a rule throw; findings point at cells inside their sheet", () => {
    fc.assert(
      fc.property(
        fc.array(sheet, { minLength: 1, maxLength: 3 }),
        fc.option(fc.integer({ min: 1990, max: 2100 })),
        (sheets, year) => {
          const named = sheets.map((s, i) => ({ ...s, name: `${s.name} ${i}` }));
          const analysis = analyseWorkbook({ sheets: named }, year === null ? {} : { year });
          for (const rule of tableRules) {
            for (const f of rule(analysis)) {
              const target = named.find((s) => s.name === f.sheet);
              expect(target, f.sheet).toBeDefined();
              const at = parseA1(f.cell);
              expect(at, f.cell).toBeDefined();
              expect(at!.row).toBeLessThan(target!.rows.length);
              expect(at!.col).toBeGreaterThanOrEqual(0);
              expect(["error", "warning", "info"]).toContain(f.severity);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never make the whole check report a crash (check/internal)", () => {
    fc.assert(
      fc.property(
        fc.array(sheet, { minLength: 1, maxLength: 3 }),
        fc.option(fc.integer({ min: 1990, max: 2100 })),
        (sheets, year) => {
          const named = sheets.map((s, i) => ({ ...s, name: `${s.name} ${i}` }));
          const result = checkWorkbook({ sheets: named }, year === null ? {} : { year });
          expect(result.issues.filter((f) => f.code === "check/internal")).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
