/**
 * Issue 16: the province's consolidation never guesses. A mixed inbox — a template-made file, a table in another
 * province's abbreviations, one with years relative to a title, one whose years nothing tells, the same confirmed by
 * the year stored in it, and one with a fraction among percent numbers — consolidates with every figure under the
 * year its column names; the file whose years are not told is kept out and named with the reading it would get; the
 * invalid fraction stays out of the totals with a note; a district is named from its «UBND HUYỆN …» heading.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkbook } from "../../../src/cli/commands/new";
import { consolidate, keptOutReason, stateText, type Consolidation } from "../../../src/core/consolidate";
import type { SheetPlan } from "../../../src/core/model/plan";
import type { XlsxPort } from "../../../src/xlsx";
import { districtReportOfBytes } from "../../../src/xlsx/consolidate";
import { RELATIVE_HEADER } from "../../support/other-provinces";
import { a1 } from "../../../src/core/model/address";
import { bookOfPort, excelJsBytes, portOf, rowOfCode, typeInto } from "../../support/workbooks";

const REVENUE = "Tổng doanh thu dịch vụ bưu chính"; // ict.05, Triệu đồng: summed
const VHX_RATE = "Tỷ lệ xã có điểm Bưu điện VHX"; // ict.02, %: spread

function sheetWith(rows: (string | number | null)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows(rows);
  return wb;
}

const relative = RELATIVE_HEADER;

let result: Consolidation;

beforeAll(async () => {
  // 1. Made by `phuluc new` for 2026: the forecast (2025 · 6 months 2026 · estimate 2026) and the plan (2026 · 2027).
  const template = buildWorkbook(["du-bao", "ke-hoach"], {
    year: 2026,
    unit: "huyện Tuần Giáo",
    level: "huyen",
  });
  const made = bookOfPort(template);
  for (const [name, values] of [
    ["Dự báo 2026", [2400, 1320, 2700]],
    ["Kế hoạch 2027", [2700, 3000]],
  ] as const) {
    const row = rowOfCode(made.sheet(name), "ict.05") - 1;
    await typeInto(template, name, Object.fromEntries(values.map((v, i) => [a1(row, 3 + i), v])));
  }

  // 2. Another province's abbreviations, the district named by its heading.
  const abbreviated = sheetWith([
    ["UBND HUYỆN MƯỜNG ẢNG"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH 2026/TH 2025 (%)"],
    ["1", REVENUE, "Triệu đồng", 1000, 1100, 1200],
    ["2", VHX_RATE, "%", 90, 95, 100],
  ]);

  // 3. Years relative to the title's.
  const titled = sheetWith([
    ["ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA"],
    ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"],
    relative,
    ["1", REVENUE, "Triệu đồng", 500, 550, 600, 650],
    ["2", VHX_RATE, "%", 80, 85, 88, 92],
  ]);

  // 4. The same headers, nothing telling the year: kept out, never put under a year guessed.
  const yearless = sheetWith([
    ["UBND HUYỆN ĐIỆN BIÊN ĐÔNG"],
    [],
    relative,
    ["1", REVENUE, "Triệu đồng", 300, 310, 320, 330],
  ]);

  // 5. The same, with the year the official confirmed stored in the file (as `phuluc xac-nhan --year` does).
  const confirmed = sheetWith([
    ["UBND HUYỆN NẬM PỒ"],
    [],
    relative,
    ["1", REVENUE, "Triệu đồng", 700, 710, 720, 730],
  ]);
  const confirmedPort = await portOf(confirmed);
  await confirmedPort.saveSettings({ year: 2026 });

  // 6. A fraction among the percent numbers of a rate row (0,97 beside 95 and 98): kept out of the totals.
  const fraction = sheetWith([
    ["UBND HUYỆN MƯỜNG CHÀ"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027"],
    ["1", VHX_RATE, "%", 95, 0.97, 98],
    ["2", REVENUE, "Triệu đồng", 100, 110, 120],
  ]);

  const files: [string, ExcelJS.Workbook | XlsxPort][] = [
    ["1-tuan-giao.xlsx", template],
    ["2-muong-ang.xlsx", abbreviated],
    ["3-tua-chua.xlsx", titled],
    ["4-dien-bien-dong.xlsx", yearless],
    ["5-nam-po.xlsx", confirmedPort],
    ["6-muong-cha.xlsx", fraction],
  ];
  const reports = [];
  for (const [file, wb] of files)
    reports.push(await districtReportOfBytes(file, "save" in wb ? wb.save() : await excelJsBytes(wb)));
  result = consolidate(reports, { lang: "vi" });
});

/** The figures of a row of a consolidated sheet, block by block: the districts' cells (null when empty). */
function blocks(plan: SheetPlan, code: string, districts: number, figures: number): (number | null)[][] {
  const row = plan.cells.find((c) => c.role === "code" && c.value === code)?.row;
  if (row === undefined) throw new Error(`no ${code}`);
  const at = (col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
  return Array.from({ length: figures }, (_, f) =>
    Array.from({ length: districts }, (_, d) => at(3 + f * (districts + 4) + d) as number | null),
  );
}

describe("a mixed inbox", () => {
  it("keeps out the file whose years nothing tells, naming the columns and the reading they would get", () => {
    if (!result.ok) throw new Error(result.problem);
    expect(result.year).toBe(2026);
    expect(result.entries.map((e) => [e.name, e.state.kind])).toEqual([
      ["huyện Tuần Giáo", "included"],
      ["huyện Mường Ảng", "included"],
      ["huyện Tủa Chùa", "included"],
      ["huyện Điện Biên Đông", "needs-confirmation"],
      ["huyện Nậm Pồ", "included"],
      ["huyện Mường Chà", "included"],
    ]);
    expect(keptOutReason(result.entries[3], 2026, "vi")).toBe(
      "chưa rõ năm của cột Biểu 01!D «Thực hiện năm trước» (sẽ đọc là Thực hiện 2025), " +
        "cột Biểu 01!E «Kế hoạch năm» (sẽ đọc là Kế hoạch 2026), " +
        "cột Biểu 01!F «Ước thực hiện năm» (sẽ đọc là Ước thực hiện 2026), " +
        "cột Biểu 01!G «Kế hoạch năm sau» (sẽ đọc là Kế hoạch 2027); hãy xác nhận năm báo cáo " +
        "(phuluc xac-nhan 4-dien-bien-dong.xlsx -o <tệp mới>.xlsx --year 2026, hoặc chọn năm trong phần bổ trợ) " +
        "rồi tổng hợp lại",
    );
  });

  it("puts every figure under the year its column names: 2025, the 6 months of 2026, the estimate of 2026", () => {
    if (!result.ok) throw new Error(result.problem);
    const forecast = result.plans.find((p) => p.name === "Dự báo 2026")!;
    // Five districts in: Tuần Giáo, Mường Ảng, Tủa Chùa, Nậm Pồ, Mường Chà. «Kế hoạch năm» (2026's plan) is no
    // figure of the forecast; only the template gives a 6-month figure.
    expect(blocks(forecast, "ict.05", 5, 3)).toEqual([
      [2400, 1000, 500, 700, 100], // Thực hiện 2025
      [1320, null, null, null, null], // Thực hiện 6 tháng 2026
      [2700, 1100, 600, 720, 110], // Ước thực hiện 2026
    ]);
  });

  it("puts the plan of 2027 under 2027, and no district's 2026 plan there", () => {
    if (!result.ok) throw new Error(result.problem);
    const plan = result.plans.find((p) => p.name === "Kế hoạch 2027")!;
    expect(blocks(plan, "ict.05", 5, 2)).toEqual([
      [2700, null, null, null, null], // Thực hiện 2026: only the template's plan table says so
      [3000, 1200, 650, 730, 120], // Kế hoạch 2027
    ]);
  });

  it("keeps a fraction among percent numbers out of the totals, with a note on «Tình trạng»", () => {
    if (!result.ok) throw new Error(result.problem);
    const forecast = result.plans.find((p) => p.name === "Dự báo 2026")!;
    // Mường Chà's 0,97 is not the province's lowest: its estimate cell is empty.
    expect(blocks(forecast, "ict.02", 5, 3)[2]).toEqual([null, 95, 88, null, null]);
    expect(stateText(result.entries[5], 2026, "vi")).toBe(
      "Có; không đưa vào tổng Biểu 01!E4 (số thập phân giữa các số phần trăm)",
    );
    const status = result.plans[0];
    expect(
      status.cells.some(
        (c) => c.value === "Có; không đưa vào tổng Biểu 01!E4 (số thập phân giữa các số phần trăm)",
      ),
    ).toBe(true);
  });
});
