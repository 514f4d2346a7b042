/**
 * structure/no-header, structure/numbering, structure/duplicate-number, structure/merged-data,
 * structure/merges-unknown.
 */
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../../src/core/check/render";
import {
  checkMergedData,
  checkNoHeader,
  checkNumbering,
  checkStructure,
} from "../../../src/core/check/rules/structure";
import { findFormulaTables } from "../../../src/core/tables";
import type { CellRange } from "../../../src/core/model/address";
import type { SheetModel } from "../../../src/core/model/sheet";
import { modelOf } from "../../support/workbooks";
import { pastedWorkbook, type PasteMode } from "../../support/fixtures";
import { forecastRows, planRows } from "../formulas/seed-001-appendices";
import { asText, figuresAsNumbers, SheetBuilder } from "../formulas/sheet-builder";
import { brief, grid, workbook, type GridCell } from "./support-sheet";

const HEADER = [
  "STT",
  "Các chỉ tiêu",
  "Đơn vị tính",
  "Thực hiện năm 2020",
  "Thực hiện 6 tháng 2021",
  "Ước thực hiện cả năm 2021",
  "So sánh ước thực hiện năm 2021 với thực hiện năm 2020 (%)",
  "So sánh thực hiện 6 tháng với ước thực hiện cả năm (%)",
];

/** Labels of the STT column by zero-based row, to build variants from. */
type Labels = Record<number, GridCell>;

const BASE_LABELS: Labels = {
  4: "A",
  5: "I",
  6: 1,
  8: 2,
  9: 3,
  10: "II",
  11: 4,
  12: "B",
  13: "I",
  14: 5,
  15: 6,
};

/** A forecast table with titles, sectors, groups, a part row and notes; merges where officials put them. */
function forecastSheet(labels: Labels = {}, extraMerges: CellRange[] = []): SheetModel {
  const l = { ...BASE_LABELS, ...labels };
  const rows: GridCell[][] = [
    ["PHỤ LỤC"],
    [],
    HEADER,
    [1, 2, 3, 4, 5, 6, "7=6/4", "8=5/6"],
    [l[4], "Bưu chính - Viễn thông"],
    [l[5], "Bưu chính"],
    [l[6], "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 22, 22, 100, 100],
    ["", "Số điểm Bưu điện VHX", "Điểm", 16, 18, 18, 112.5, 100],
    [l[8], "Tỷ lệ xã có điểm Bưu điện VHX", "%", 88.8, 100, 100, 112.6, 100],
    [l[9], "Số dân phục vụ bình quân", "Người/điểm", 4300, 4300, 4300, 100, 100],
    [l[10], "Viễn thông"],
    [l[11], "Số trạm thu phát sóng thông tin di động (BTS)", "Vị trí trạm", 87, 88, 90, 103, 97.7],
    [l[12], "Báo chí- xuất bản, Phát thanh - Truyền hình"],
    [l[13], "Báo chí - Xuất bản"],
    [l[14], "Số cơ sở in, photocopy, cơ sở phát hành xuất bản", "Cơ sở", 16, 16, 16, 100, 100],
    [l[15], "Doanh thu hoạt động xuất bản, in, phát hành", "Triệu đồng", 3120, 1630, 3215, 103, 50.7],
    [],
    ["Ghi chú: số liệu năm 2021 là số ước thực hiện."],
  ];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: 7 }, // title
    { top: 4, left: 1, bottom: 4, right: 7 }, // sector row across the table
    { top: 5, left: 1, bottom: 5, right: 2 }, // group name over name and unit
    { top: 8, left: 1, bottom: 8, right: 2 }, // an indicator's name over name and unit
    { top: 17, left: 0, bottom: 17, right: 7 }, // note under the table
    ...extraMerges,
  ];
  return grid(rows, "Dự báo 2021", merges);
}

const one = (s: SheetModel) => workbook(s);

describe("the hand-made forecast table", () => {
  it("fires no structure finding as it is", () => {
    expect(findFormulaTables(forecastSheet())).toHaveLength(1);
    expect(checkStructure(one(forecastSheet()))).toEqual([]);
  });
});

describe("structure/numbering", () => {
  it("fires at the STT cell of a number that skips one", () => {
    const findings = checkNumbering(one(forecastSheet({ 11: 5, 14: 6, 15: 7 })));
    expect(brief(findings)).toEqual([
      { code: "structure/numbering", severity: "warning", sheet: "Dự báo 2021", cell: "A12" },
    ]);
    expect(findings[0]).toMatchObject({
      actual: 5,
      expected: 4,
      params: { actual: 5, previous: 3, expected: 4 },
    });
    expect(findings[0].indicator).toBe("Số trạm thu phát sóng thông tin di động (BTS)");
    expect(findingMessage(findings[0], "vi")).toBe("Số thứ tự 5 không nối tiếp 3 (mong đợi 4).");
  });

  it("ignores numbered notes under the table", () => {
    const s = forecastSheet();
    s.rows.push(
      [{ value: 1 }, { value: "Số liệu ước tính đến 30/6." }],
      [{ value: 2 }, { value: "Nguồn: VNPT." }],
    );
    expect(checkNumbering(one(s))).toEqual([]);
  });

  it("accepts numbers written as text with a trailing dot", () => {
    expect(checkNumbering(one(forecastSheet({ 6: "1.", 8: "2.", 9: "3" })))).toEqual([]);
  });

  it("fires on a roman group out of sequence within its sector", () => {
    const findings = checkNumbering(one(forecastSheet({ 10: "III" })));
    expect(brief(findings)).toEqual([
      { code: "structure/numbering", severity: "warning", sheet: "Dự báo 2021", cell: "A11" },
    ]);
    expect(findings[0].params).toEqual({ actual: "III", previous: "I", expected: "II" });
  });

  it("fires on a sector's first group that is not I, naming the sector as the previous number", () => {
    const findings = checkNumbering(one(forecastSheet({ 5: "II", 10: "III" })));
    expect(brief(findings).map((f) => f.cell)).toEqual(["A6"]);
    expect(findings[0].params).toEqual({ actual: "II", previous: "A", expected: "I" });
  });

  it("restarts roman groups in each sector, and accepts a nested restart at I", () => {
    // Sector B starts again at I (base). A restart at I inside a sector is the seed's nested level.
    expect(checkNumbering(one(forecastSheet({ 10: "I" })))).toEqual([]);
  });

  it("accepts indicator numbers restarting at 1 in a new sector, not elsewhere", () => {
    expect(checkNumbering(one(forecastSheet({ 14: 1, 15: 2 })))).toEqual([]);
    const findings = checkNumbering(one(forecastSheet({ 11: 1, 14: 4, 15: 5 })));
    expect(brief(findings)).toEqual([
      { code: "structure/duplicate-number", severity: "warning", sheet: "Dự báo 2021", cell: "A12" },
    ]);
  });
});

describe("structure/duplicate-number", () => {
  it("fires at the repeat and names the first", () => {
    const findings = checkNumbering(one(forecastSheet({ 9: 2, 11: 3, 14: 4, 15: 5 })));
    expect(brief(findings)).toEqual([
      { code: "structure/duplicate-number", severity: "warning", sheet: "Dự báo 2021", cell: "A10" },
    ]);
    expect(findings[0].params).toEqual({ actual: 2, other: "A9" });
    expect(findingMessage(findings[0], "en")).toBe("Row number 2 is repeated (already at A9).");
  });

  it("fires on a roman group repeated in its sector", () => {
    const rows: GridCell[][] = [
      HEADER,
      [1, 2, 3, 4, 5, 6, "7=6/4", "8=5/6"],
      ["A", "Bưu chính - Viễn thông"],
      ["I", "Bưu chính"],
      [1, "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 22, 22, 100, 100],
      ["II", "Viễn thông"],
      [2, "Số trạm BTS", "Vị trí trạm", 87, 88, 90, 103, 97.7],
      ["II", "Thuê bao điện thoại"],
      [3, "Tổng số thuê bao điện thoại", "Thuê bao", 52050, 55572, 61935, 119, 89.7],
    ];
    const findings = checkNumbering(workbook(grid(rows)));
    expect(brief(findings)).toEqual([
      { code: "structure/duplicate-number", severity: "warning", sheet: "Sheet1", cell: "A8" },
    ]);
    expect(findings[0].params).toEqual({ actual: "II", other: "A6" });
  });
});

describe("structure/merged-data", () => {
  it("fires on a merge over input cells of an indicator row", () => {
    const findings = checkMergedData(one(forecastSheet({}, [{ top: 6, left: 3, bottom: 6, right: 4 }])));
    expect(brief(findings)).toEqual([
      { code: "structure/merged-data", severity: "warning", sheet: "Dự báo 2021", cell: "D7" },
    ]);
    expect(findings[0].params).toEqual({ range: "D7:E7" });
    expect(findingMessage(findings[0], "vi")).toContain("Ô gộp D7:E7");
  });

  it("fires on a merge down a comparison column", () => {
    const findings = checkMergedData(one(forecastSheet({}, [{ top: 8, left: 6, bottom: 9, right: 6 }])));
    expect(brief(findings).map((f) => f.cell)).toEqual(["G9"]);
    expect(findings[0].params).toEqual({ range: "G9:G10" });
  });

  it("fires on a name merged into the figures", () => {
    const findings = checkMergedData(one(forecastSheet({}, [{ top: 9, left: 1, bottom: 9, right: 3 }])));
    expect(findings.map((f) => f.params.range)).toEqual(["B10:D10"]);
  });

  it("notes on each sheet with a table that merges were not checked where the host could not report them", () => {
    const unknown = (name: string): SheetModel => ({
      ...forecastSheet({}, [{ top: 6, left: 3, bottom: 6, right: 4 }]),
      name,
      mergesKnown: false,
    });
    const findings = checkMergedData(workbook(unknown("Dự báo 2021"), unknown("Dự báo 2022")));
    expect(brief(findings)).toEqual([
      { code: "structure/merges-unknown", severity: "info", sheet: "Dự báo 2021", cell: "A4" },
      { code: "structure/merges-unknown", severity: "info", sheet: "Dự báo 2022", cell: "A4" },
    ]);
    expect(findingMessage(findings[0], "vi")).toContain("chưa kiểm tra được ô gộp trong vùng số liệu");
    // A sheet without a formula table needs no note; a sheet whose merges are known none either.
    expect(checkMergedData(one({ name: "Ghi chú", rows: [], merges: [], mergesKnown: false }))).toEqual([]);
    expect(checkMergedData(one(forecastSheet()))).toEqual([]);
  });

  it("accepts merges in the titles, header, sector and group rows, over name and unit, and in the notes", () => {
    const fine: CellRange[] = [
      { top: 2, left: 3, bottom: 2, right: 5 }, // header cells
      { top: 10, left: 1, bottom: 10, right: 7 }, // group row across the table
      { top: 12, left: 0, bottom: 13, right: 0 }, // sector and group STT cells
      { top: 6, left: 0, bottom: 7, right: 0 }, // STT of an indicator and its part
    ];
    expect(checkMergedData(one(forecastSheet({}, fine)))).toEqual([]);
  });
});

describe("structure/no-header", () => {
  const figures: GridCell[][] = [
    ["Tổng số điểm phục vụ bưu chính", 22, 22, 22],
    ["Tỷ lệ xã có điểm Bưu điện VHX", "88,8", "100", 100],
    ["Số dân phục vụ bình quân", "4.300", "4.300", "4.300"],
  ];

  it("fires at A1 of a sheet with figures and no header at all, saying where the figures are and what is missing", () => {
    const findings = checkNoHeader(workbook(grid(figures, "Dán từ Word")));
    expect(brief(findings)).toEqual([
      { code: "structure/no-header", severity: "warning", sheet: "Dán từ Word", cell: "A1" },
    ]);
    expect(findings[0].params).toEqual({
      columns: "B–D",
      row: 1,
      what: {
        vi: "phía trên số liệu không có dòng tiêu đề cột nào.",
        en: "there is no column header above the figures.",
      },
    });
    expect(findingMessage(findings[0], "vi")).toBe(
      "Trang tính có số liệu ở các cột B–D (từ dòng 1) nhưng không đọc được tiêu đề bảng: phía trên số liệu không có dòng tiêu đề cột nào. Hãy ghi dòng tiêu đề cột (ví dụ «STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Ước thực hiện 2026 | KH 2027») hoặc dòng số thứ tự cột (1 2 3 … 7=6/4).",
    );
  });

  it("says which header words could not be read: neither the indicators' column nor the figures' kind and year", () => {
    const findings = checkNoHeader(workbook(grid([["Mục", "Cột 1", "Cột 2", "Cột 3"], ...figures])));
    expect(findings[0].params.what).toEqual({
      vi: "dòng 1 («Mục | Cột 1 | Cột 2 | Cột 3») không cho biết cột nào là tên chỉ tiêu, cột nào là số liệu của năm nào.",
      en: "row 1 («Mục | Cột 1 | Cột 2 | Cột 3») says neither which column names the indicators nor what each figure column holds, of which year.",
    });
    const named = checkNoHeader(workbook(grid([["Chỉ tiêu", "Cột 1", "Cột 2", "Cột 3"], ...figures])));
    expect(named[0].params.what).toMatchObject({
      vi: "dòng 1 («Chỉ tiêu | Cột 1 | Cột 2 | Cột 3») có cột tên chỉ tiêu nhưng không cho biết các cột số liệu là số gì (thực hiện, kế hoạch, ước thực hiện …) của năm nào.",
    });
  });

  it("fires nothing where the header is understood without a column-number row (issue 16)", () => {
    const header: GridCell[] = ["Chỉ tiêu", "TH 2025", "ƯTH 2026", "KH 2027"];
    expect(checkNoHeader(workbook(grid([header, ...figures])))).toEqual([]);
  });

  it("fires nothing once a plain column-number row is there, or a formula one", () => {
    expect(checkNoHeader(workbook(grid([["1", "2", "3", "4"], ...figures])))).toEqual([]);
    expect(checkNoHeader(workbook(grid([[1, 2, 3, 4, "5=4/3"], ...figures])))).toEqual([]);
  });

  it("counts a column-number row as the table finder does: «1 2 3» over four columns is none (issue 20)", () => {
    // Before, the structure rule took three numbers for a column-number row and the finder four: figures under
    // «1 2 3» were found in no table and went unreported.
    const findings = checkNoHeader(workbook(grid([["1", "2", "3"], ...figures])));
    expect(brief(findings)).toEqual([
      { code: "structure/no-header", severity: "warning", sheet: "Sheet1", cell: "A1" },
    ]);
  });

  it("counts figures as the table finder does: formulas and ranges are figures too (issue 20)", () => {
    // Before, the rule had its own figure test that left formulas and «70–100» out: these figures, with no header
    // above them, went unreported.
    const computed: GridCell[][] = [
      ["Tổng số điểm phục vụ bưu chính", 22, { value: 22, formula: "B1" }, { value: 44, formula: "B1+C1" }],
      ["Tỷ lệ xã có điểm Bưu điện VHX", "70–100", { value: null, formula: "B1*2" }, "Đạt"],
      ["Số dân phục vụ bình quân", "1.2.3", { value: 1, formula: "1" }, ""],
    ];
    const findings = checkNoHeader(workbook(grid(computed, "Tính")));
    expect(brief(findings)).toEqual([
      { code: "structure/no-header", severity: "warning", sheet: "Tính", cell: "A1" },
    ]);
    expect(findings[0].params).toMatchObject({ columns: "B–D", row: 1 });
  });

  it("fires nothing on a sheet with too few figures", () => {
    expect(checkNoHeader(workbook(grid(figures.slice(0, 2))))).toEqual([]);
    expect(checkNoHeader(workbook(grid(figures.map((r) => r.slice(0, 2)))))).toEqual([]);
    expect(checkNoHeader(workbook(grid([["Chỉ có chữ"], ["và chữ"]])))).toEqual([]);
  });

  it("fires nothing on a DX sheet or one of our templates (the Mã chỉ tiêu column)", () => {
    const dx = grid([["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"], ...figures.map((r) => ["1", ...r])]);
    expect(checkNoHeader(workbook(dx))).toEqual([]);
    const coded = grid([["", "", "", "", "Mã chỉ tiêu"], ...figures]);
    expect(checkNoHeader(workbook(coded))).toEqual([]);
  });
});

describe("the seed 001 appendices", () => {
  const converts = { text: asText, numbers: figuresAsNumbers(1) };

  it.each(["text", "numbers"] as const)("fire no structure finding (values as %s)", (mode) => {
    const forecast = new SheetBuilder()
      .set(0, 0, "PHỤ LỤC")
      .merge(0, 0, 0, 7)
      .lines(forecastRows, 2, 0, converts[mode]);
    const plan = new SheetBuilder().lines(planRows, 3, 1, converts[mode]);
    // Decision: the forecast's "II Viễn thông" followed by "I Hạ tầng viễn thông" … "IV Doanh thu viễn thông" is a
    // nested level that restarts at I, as the province's own document has it: not reported. The plan's header row
    // repeated after a page break is skipped, and its numbering continues across it (18, 19).
    const sheets = [forecast.build("Dự báo 2021"), plan.build("Kế hoạch 2022")];
    expect(sheets.map((s) => findFormulaTables(s).length)).toEqual([1, 1]);
    expect(checkStructure(workbook(...sheets))).toEqual([]);
  });

  it.each(["text", "numbers"] as const)(
    "read from an .xlsx pasted as %s fire no structure finding",
    async (mode: PasteMode) => {
      const wb = pastedWorkbook([
        {
          name: "DB",
          tables: [
            {
              fixture: "seed-001-du-bao-2021",
              origin: { row: 4, col: 0 },
              mode,
              titleLines: ["PHỤ LỤC", "DỰ BÁO"],
            },
          ],
        },
        { name: "KH", tables: [{ fixture: "seed-001-ke-hoach-2022", origin: { row: 2, col: 1 }, mode }] },
      ]);
      const model = await modelOf(wb);
      expect(model.sheets.map((s) => findFormulaTables(s).length)).toEqual([1, 1]);
      expect(checkStructure(model)).toEqual([]);
    },
  );

  it("reports the real break when an indicator row is deleted", () => {
    const without12 = forecastRows.filter((line) => !line.startsWith("12\t"));
    const sheet = new SheetBuilder().lines(without12, 0, 0).build("Dự báo 2021");
    const findings = checkStructure(workbook(sheet));
    const row13 = without12.findIndex((line) => line.startsWith("13\t"));
    expect(brief(findings)).toEqual([
      { code: "structure/numbering", severity: "warning", sheet: "Dự báo 2021", cell: `A${row13 + 1}` },
    ]);
    expect(findings[0].params).toEqual({ actual: 13, previous: 11, expected: 12 });
  });
});
