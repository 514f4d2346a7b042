/**
 * Headers as other provinces type them (issue 16), shared by the tests of the year resolver, the command line's
 * reading and the consolidation: the years named relative to the report year, as issue 16 quotes them.
 */
import ExcelJS from "exceljs";
import { excelJsBytes } from "./workbooks";

/** «Thực hiện năm trước | Kế hoạch năm | Ước thực hiện năm | Kế hoạch năm sau», after STT, the name and the unit. */
export const RELATIVE_HEADER = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Thực hiện năm trước",
  "Kế hoạch năm",
  "Ước thực hiện năm",
  "Kế hoạch năm sau",
];

/** The same with the comparison issue 16 quotes: «Ước thực hiện năm so với cùng kỳ năm trước (%)». */
export const RELATIVE_HEADER_WITH_COMPARISON = [
  ...RELATIVE_HEADER,
  "Ước thực hiện năm so với cùng kỳ năm trước (%)",
];

/**
 * Another province's abbreviations («TH 2025 | ƯTH 2026 | KH 2027 | ƯTH 2026/TH 2025 (%)») under the title «ƯỚC THỰC
 * HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027», no column-number row: one row, 2 400 | 2 700 | 3 000, its comparison empty.
 */
export function abbreviatedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows([
    ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH 2026/TH 2025 (%)"],
    [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2400, 2700, 3000],
  ]);
  return wb;
}

/** Relative headers with the comparison, no title, nothing stored: nothing tells the year. */
export function yearlessWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows([
    RELATIVE_HEADER_WITH_COMPARISON,
    [1, "Tỷ lệ xã có bảng tin điện tử công cộng", "%", 40, 45, 46, 50],
  ]);
  return wb;
}

/** Years alone over the figures, no title: «Năm 2025 | Năm 2026 | 2026/2025» (their kinds and N not told). */
export const BARE_YEARS_ROWS: (string | number | null)[][] = [
  ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "2026/2025"],
  [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2400, 2700, null],
];

export function bareYearsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows(BARE_YEARS_ROWS);
  return wb;
}

/** A one-sheet workbook («Biểu 01») of the rows given, as a district would send it. */
export async function districtBytes(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows(rows);
  return excelJsBytes(wb);
}

/** A district whose headers name the year («TH 2025 | ƯTH 2026 | KH 2027»), so that the consolidation has one. */
export const toldDistrictBytes = () =>
  districtBytes([
    ["UBND HUYỆN MƯỜNG ẢNG"],
    ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027"],
    ["1", "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 1000, 1100, 1200],
  ]);
