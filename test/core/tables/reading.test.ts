/**
 * The reading without the rows (`workbookReading`, src/core/tables/reading.ts): a table's reading does not depend
 * on its rows, so it is the reading of the full analysis — on the seed appendices and on a header whose years are
 * relative to the title's.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook, readingOf, workbookReading } from "../../../src/core/tables";
import type { WorkbookModel } from "../../../src/core/model/sheet";
import { RELATIVE_HEADER_WITH_COMPARISON } from "../../support/other-provinces";
import { seedWorkbook } from "../check/support-tables";
import { sheetOf } from "../targets/helpers";

describe("workbookReading", () => {
  it("is the full analysis's reading on the seed appendices (numbers and text)", async () => {
    for (const mode of ["numbers", "text"] as const) {
      const workbook = await seedWorkbook(mode);
      const reading = workbookReading(workbook);
      expect(reading).toEqual(readingOf(analyseWorkbook(workbook)));
      expect(reading.year).toBe(2021);
      expect(reading.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual([
        "Dự báo 2021!A5:H59",
        "Kế hoạch 2022!A5:F58",
      ]);
    }
  });

  it("settles years relative to the title's as the full analysis does", () => {
    const rows = [
      ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"],
      [],
      RELATIVE_HEADER_WITH_COMPARISON,
      ["1", "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 22, 23, 24, 104.5],
    ];
    const workbook: WorkbookModel = { sheets: [sheetOf("Biểu 01", rows)] };
    const reading = workbookReading(workbook);
    expect(reading).toEqual(readingOf(analyseWorkbook(workbook)));
    expect(reading.yearSource).toBe("title");
    expect(reading.tables[0].columns.filter((c) => c.yearSource === "title").length).toBe(4);
  });
});
