/**
 * The one year resolver (src/core/tables/year.ts) on workbooks: the header's year, else the title's, else the stored
 * one, else none — with where it came from, and every disagreement listed.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/tables";
import type { WorkbookModel } from "../../../src/core/model/sheet";
import { RELATIVE_HEADER_WITH_COMPARISON } from "../../support/other-provinces";
import { sheetOf } from "../targets/helpers";

const row = ["1", "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 22, 23, 24, 104.5];

function workbook(title: string | undefined, header: string[], storedYear?: number): WorkbookModel {
  const rows: (string | number)[][] = [];
  if (title !== undefined) rows.push([title], []);
  rows.push(header, row.slice(0, header.length));
  const wb: WorkbookModel = { sheets: [sheetOf("Biểu 01", rows)] };
  if (storedYear !== undefined) wb.storedYear = storedYear;
  return wb;
}

const relative = RELATIVE_HEADER_WITH_COMPARISON;

describe("the report year and its source", () => {
  it("is the header's when the headers name years", () => {
    const a = analyseWorkbook(
      workbook(undefined, ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027"]),
    );
    expect(a.yearResolution).toMatchObject({ year: 2026, source: "header", disagreements: [] });
  });

  it("is the title's when only the title names it: «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»", () => {
    const a = analyseWorkbook(workbook("ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", relative));
    expect(a.yearResolution).toMatchObject({ year: 2026, source: "title" });
    const years = a.sheets[0].tables[0].columns
      .filter((c) => c.purpose === "value")
      .map((c) => `${c.header}: ${c.kind} ${c.year} ${c.yearSource}`);
    expect(years).toEqual([
      "Thực hiện năm trước: actual 2025 title",
      "Kế hoạch năm: plan 2026 title",
      "Ước thực hiện năm: estimate 2026 title",
      "Kế hoạch năm sau: plan 2027 title",
    ]);
  });

  it("reads «KẾ HOẠCH NĂM 2027» over «So sánh …» headers as N + 1 = 2027, so N = 2026", () => {
    const a = analyseWorkbook(
      workbook("KẾ HOẠCH NĂM 2027", [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Ước thực hiện năm",
        "Kế hoạch",
        "So sánh (%)",
      ]),
    );
    expect(a.yearResolution).toMatchObject({ year: 2026, source: "title" });
  });

  it("is the stored year when neither header nor title names one, and resolves the relative columns with it", () => {
    const a = analyseWorkbook(workbook(undefined, relative, 2026));
    expect(a.yearResolution).toMatchObject({ year: 2026, source: "stored" });
    const columns = a.sheets[0].tables[0].columns.filter((c) => c.purpose === "value");
    expect(columns.map((c) => [c.year, c.yearSource])).toEqual([
      [2025, "stored"],
      [2026, "stored"],
      [2026, "stored"],
      [2027, "stored"],
    ]);
  });

  it("is the year a corrected column gives beside years relative to it (QA: xac-nhan --column on «năm trước»)", () => {
    // «Thực hiện năm trước» corrected to «Thực hiện năm 2025», beside «Ước thực hiện năm nay | Kế hoạch năm sau».
    const wb = workbook(undefined, [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện năm trước",
      "Ước thực hiện năm nay",
      "Kế hoạch năm sau",
    ]);
    wb.sheets[0].corrections = [{ col: "D", reading: "figure actual year 2025" }];
    const a = analyseWorkbook(wb);
    expect(a.yearResolution).toMatchObject({ year: 2026, source: "header" });
    const columns = a.sheets[0].tables[0].columns.filter((c) => c.purpose === "value");
    expect(columns.map((c) => `${c.header}: ${c.kind} ${c.year}`)).toEqual([
      "Thực hiện năm trước: actual 2025",
      "Ước thực hiện năm nay: estimate 2026",
      "Kế hoạch năm sau: plan 2027",
    ]);
  });

  it("is none when nothing tells it: never a default", () => {
    const a = analyseWorkbook(workbook(undefined, relative));
    expect(a.year).toBeUndefined();
    expect(a.yearResolution).toMatchObject({ source: "none", evidence: [] });
  });

  it("uses the year the user gives, listing the workbook's own as a disagreement", () => {
    const a = analyseWorkbook(
      workbook(undefined, ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027"], 2024),
      { year: 2030 },
    );
    expect(a.yearResolution).toMatchObject({
      year: 2030,
      source: "user",
      own: { year: 2026, source: "header" },
      disagreements: [
        { year: 2026, source: "header" },
        { year: 2024, source: "stored" },
      ],
    });
  });

  it("tells a stored year that disagrees with the header, and keeps the header's", () => {
    const a = analyseWorkbook(
      workbook(undefined, ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027"], 2021),
    );
    expect(a.yearResolution).toMatchObject({
      year: 2026,
      source: "header",
      disagreements: [{ year: 2021, source: "stored" }],
    });
  });
});
