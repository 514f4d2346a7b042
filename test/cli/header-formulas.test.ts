/**
 * Issue 16: tables without a column-number row, headed in another province's words. The comparison columns' own
 * headers declare their formulas («ƯTH 2026/TH 2025 (%)», «Tăng, giảm KH 2027 so với ƯTH 2026 (%)», «Chênh lệch KH
 * - ƯTH», «Ước thực hiện 6 tháng so với kế hoạch năm (%)»): `phuluc fill` fills them, LibreOffice computes them, and
 * `phuluc check` checks them as it checks `7=6/4` — a value typed wrong, a typed value right but not a formula, an
 * empty cell — with the half-year table's flow rule. Every expected number is worked out by hand in the comments.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, tempDir } from "../support/cli";
import { convertWithLibreOffice, libreOfficeRequired, resultOf } from "../support/libreoffice";
import { readXlsx } from "../support/workbooks";
import { PERCENT_NUMBER_FORMAT } from "../../src/core/formulas/number-format";

const YEAR_SHEET = "Biểu 01";
const HALF_SHEET = "Biểu 6 tháng";

let dir: string;
let typed: string;

beforeAll(async () => {
  dir = tempDir();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(YEAR_SHEET);
  ws.addRows([
    ["UBND HUYỆN MƯỜNG ẢNG"],
    ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "TH 2025",
      "ƯTH 2026",
      "KH 2027",
      "ƯTH 2026/TH 2025 (%)",
      "Tăng, giảm KH 2027 so với ƯTH 2026 (%)",
      "Chênh lệch KH - ƯTH",
      "Ghi chú",
    ],
    // Row 5: nothing typed in the comparisons.
    [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2400, 2700, 3000],
    // Row 6: 25 000 / 23 971 × 100 = 104,29, typed 150.
    [2, "Số thuê bao Internet", "Thuê bao", 23971, 25000, 26500, 150],
    // Row 7: typed right, but not as formulas: 90 / 80 × 100 = 112,5; (95 − 90) / 90 × 100 = 5,56; 95 − 90 = 5.
    [3, "Tỷ lệ hộ gia đình có Internet", "%", 80, 90, 95, 112.5, 5.56, 5],
  ]);
  const half = wb.addWorksheet(HALF_SHEET);
  half.addRows([
    ["BÁO CÁO TÌNH HÌNH THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026"],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm",
      "Ước thực hiện 6 tháng đầu năm",
      "Ước thực hiện cả năm",
      "Ước thực hiện 6 tháng so với kế hoạch năm (%)",
    ],
    // Row 4: 1 320 / 3 000 × 100 = 44.
    [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 3000, 1320, 2700],
    // Row 5: a revenue whose 6 months (26 000) exceed the estimate of the year (25 000); 26 000 / 24 000 = 108,33.
    [2, "Tổng doanh thu dịch vụ viễn thông", "Triệu đồng", 24000, 26000, 25000],
  ]);
  typed = path.join(dir, "bao-cao-tinh-khac.xlsx");
  await wb.xlsx.writeFile(typed);
});

interface JsonIssue {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  expected: number | string | null;
  actual: number | string | null;
}

async function issuesOf(file: string): Promise<JsonIssue[]> {
  const result = await phuluc(["check", file, "--json"]);
  return (JSON.parse(result.stdout) as { files: { issues: JsonIssue[] }[] }).files[0].issues;
}

const brief = (issues: JsonIssue[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell} ${i.expected ?? ""}`).sort();

describe("a table without a column-number row, its comparisons declared by their headers", () => {
  it("is checked as 7=6/4 is: a wrong value, an empty cell, a typed right value, the half-year flow", async () => {
    const issues = (await issuesOf(typed)).filter(
      (i) => i.code.startsWith("comparison/") || i.code.startsWith("flow/"),
    );
    expect(brief(issues)).toEqual([
      "error comparison/mismatch Biểu 01!G6 104.29",
      "error flow/half-exceeds-year Biểu 6 tháng!E5 25000",
      "info comparison/not-formula Biểu 01!G7 ",
      "info comparison/not-formula Biểu 01!H7 ",
      "info comparison/not-formula Biểu 01!I7 ",
      "warning comparison/missing Biểu 01!G5 112.5",
      "warning comparison/missing Biểu 01!H5 11.11",
      "warning comparison/missing Biểu 01!H6 6",
      "warning comparison/missing Biểu 01!I5 300",
      "warning comparison/missing Biểu 01!I6 1500",
      "warning comparison/missing Biểu 6 tháng!G4 44",
      "warning comparison/missing Biểu 6 tháng!G5 108.33",
    ]);
  });

  it("is filled by phuluc fill with the formulas its headers declare, keeping the typed values", async () => {
    const out = path.join(dir, "da-dien.xlsx");
    const result = await phuluc(["fill", typed, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Đã ghi");
    expect(result.stdout).toContain("Biểu 01!G6: đang là 150, công thức sẽ cho 104,29");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const formula = (sheet: string, cell: string) =>
      (wb.getWorksheet(sheet)!.getCell(cell).value as ExcelJS.CellFormulaValue | null)?.formula;
    expect(formula(YEAR_SHEET, "G5")).toBe('IF(AND(ISNUMBER(E5),ISNUMBER(D5)),IF(D5=0,"",E5/D5*100),"")');
    expect(formula(YEAR_SHEET, "H5")).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(E5)),IF(E5=0,"",(F5-E5)/E5*100),"")',
    );
    expect(formula(YEAR_SHEET, "I5")).toBe('IF(AND(ISNUMBER(F5),ISNUMBER(E5)),F5-E5,"")');
    expect(formula(HALF_SHEET, "G4")).toBe('IF(AND(ISNUMBER(E4),ISNUMBER(D4)),IF(D4=0,"",E4/D4*100),"")');
    // The typed 150 stays (fill never overwrites without --overwrite).
    expect(wb.getWorksheet(YEAR_SHEET)!.getCell("G6").value).toBe(150);
    // A percent comparison shows one decimal; a difference keeps the figures' own (General) format.
    expect(wb.getWorksheet(YEAR_SHEET)!.getCell("G5").numFmt).toBe(PERCENT_NUMBER_FORMAT);
    expect(wb.getWorksheet(YEAR_SHEET)!.getCell("I5").numFmt).toBeUndefined();
  });

  it.runIf(libreOfficeRequired)(
    "computes in LibreOffice what the headers say, and checks clean but for the kept value",
    async () => {
      const out = path.join(dir, "da-dien-lo.xlsx");
      expect((await phuluc(["fill", typed, "-o", out])).code).toBe(0);
      const [recalculated] = await convertWithLibreOffice([out]);
      const wb = readXlsx(recalculated);
      expect(resultOf(wb, YEAR_SHEET, "G5")).toBe(112.5); // 2 700 / 2 400 × 100
      expect(resultOf(wb, YEAR_SHEET, "H5")).toBeCloseTo(11.1111111111, 8); // (3 000 − 2 700) / 2 700 × 100
      expect(resultOf(wb, YEAR_SHEET, "I5")).toBe(300); // 3 000 − 2 700
      expect(resultOf(wb, YEAR_SHEET, "H6")).toBe(6); // (26 500 − 25 000) / 25 000 × 100
      expect(resultOf(wb, YEAR_SHEET, "I6")).toBe(1500); // 26 500 − 25 000
      expect(resultOf(wb, HALF_SHEET, "G4")).toBe(44); // 1 320 / 3 000 × 100
      const issues = (await issuesOf(recalculated)).filter(
        (i) => i.code.startsWith("comparison/") && i.severity !== "info",
      );
      expect(brief(issues)).toEqual(["error comparison/mismatch Biểu 01!G6 104.29"]);
    },
    240_000,
  );
});
