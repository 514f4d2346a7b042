import { describe, expect, it } from "vitest";
import { findFormulaTables, formatExpr, tableColumnOf, type FoundTable } from "../../../src/core/tables";
import { forecastRows, planRows } from "./seed-001-appendices";
import { figuresAsNumbers, SheetBuilder, vnNumber, type Convert } from "./sheet-builder";
import { findTables } from "../../../src/core/tables";
import { formatReading } from "../../../src/core/tables/header-grammar";

/** The forecast appendix as an official lays it out: titles merged above, table from B4, a notes column after. */
function forecastSheet(convert?: Convert) {
  const b = new SheetBuilder()
    .set(0, 1, "PHỤ LỤC")
    .merge(0, 1, 0, 9)
    .set(1, 1, "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021")
    .merge(1, 1, 1, 9)
    .lines(forecastRows, 3, 1, convert)
    .set(3, 9, "Ghi chú");
  return { sheet: b.build("Dự báo 2021"), top: 3, left: 1 };
}

function rowOf(table: FoundTable, predicate: (label: string, name: string) => boolean): number {
  const found = table.rows.find((r) => predicate(r.label, r.name));
  if (!found) throw new Error("row not found");
  return found.row;
}

const kindOf = (table: FoundTable, row: number) => table.rows.find((r) => r.row === row)?.kind;

describe("findFormulaTables on the seed 001 forecast appendix", () => {
  const { sheet } = forecastSheet();
  const tables = findFormulaTables(sheet);

  it("finds one table from its column-number row, wherever it starts", () => {
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.numberRow).toBe(4);
    expect(t.headerTop).toBe(3);
    expect(t.firstCol).toBe(1);
    expect(t.lastCol).toBe(8);
    expect(t.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t.columns.map((c) => c.col)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tableColumnOf(t, 7)).toBe(7);
    expect(tableColumnOf(t, 9)).toBeUndefined();
  });

  it("reads each column's formula, header and percent flag", () => {
    const [t] = tables;
    const seven = t.columns[6];
    const eight = t.columns[7];
    expect(formatExpr(seven.expr!)).toBe("6/4");
    expect(formatExpr(eight.expr!)).toBe("5/6");
    expect(seven.header).toBe("So sánh ước thực hiện năm 2021 với thực hiện năm 2020 (%)");
    expect(seven.percent).toBe(true);
    expect(eight.percent).toBe(true);
    expect(t.columns[3].header).toBe("Thực hiện năm 2020");
    expect(t.columns[3].percent).toBe(false);
    expect(t.columns[3].expr).toBeUndefined();
    // The merged titles above the blank row are not part of the header.
    expect(t.columns[0].header).toBe("STT");
  });

  it("classifies sectors, groups, indicators, their parts and the rest", () => {
    const [t] = tables;
    const count = (kind: string) => t.rows.filter((r) => r.kind === kind).length;
    expect(count("sector")).toBe(3);
    expect(count("group")).toBe(9);
    expect(count("header-repeat")).toBe(0);
    // 33 numbered indicators but 31 (a parent row with no unit and no figures), 2 postal parts, 3 levels.
    expect(count("indicator")).toBe(32 + 2 + 3);
    expect(t.rows.filter((r) => r.kind === "sector").map((r) => r.label)).toEqual(["A", "B", "C"]);
    expect(
      kindOf(
        t,
        rowOf(t, (l, n) => l === "I" && n === "Hạ tầng viễn thông"),
      ),
    ).toBe("group");
    expect(
      kindOf(
        t,
        rowOf(t, (l, n) => l === "" && n === "Số điểm Bưu điện VHX"),
      ),
    ).toBe("indicator");
    expect(
      kindOf(
        t,
        rowOf(t, (l) => l === "31"),
      ),
    ).toBe("other");
    expect(
      kindOf(
        t,
        rowOf(t, (l, n) => n === "Cấp tỉnh"),
      ),
    ).toBe("indicator");
    expect(
      kindOf(
        t,
        rowOf(t, (l) => l === "32"),
      ),
    ).toBe("indicator");
    expect(
      kindOf(
        t,
        rowOf(t, (l, n) => n.startsWith("sơ của DVC")),
      ),
    ).toBe("other");
    expect(
      kindOf(
        t,
        rowOf(t, (l) => l === "27"),
      ),
    ).toBe("indicator"); // no unit, but figures
    // The blank line in the middle of the source is just skipped.
    const blank = rowOf(t, (l, n) => l === "" && n === "");
    expect(kindOf(t, blank)).toBe("other");
    expect(t.rows[t.rows.length - 1].label).toBe("33");
  });
});

describe("findFormulaTables on the seed 001 plan appendix", () => {
  it("skips the header row repeated in the middle of the table", () => {
    const sheet = new SheetBuilder().lines(planRows, 0, 0).build();
    const tables = findFormulaTables(sheet);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.numberRow).toBe(1);
    expect(t.headerTop).toBe(0);
    expect(t.columns).toHaveLength(6);
    expect(formatExpr(t.columns[5].expr!)).toBe("5/4");
    expect(t.columns[5].percent).toBe(true);
    const repeats = t.rows.filter((r) => r.kind === "header-repeat");
    expect(repeats).toHaveLength(1);
    expect(repeats[0].label).toBe("Stt");
    expect(
      kindOf(
        t,
        rowOf(t, (l) => l === "19"),
      ),
    ).toBe("indicator");
    expect(
      kindOf(
        t,
        rowOf(t, (l) => l === "IV"),
      ),
    ).toBe("group");
  });

  it("treats a repeated column-number row as a header repeat, not a new table", () => {
    const lines = [...planRows];
    const repeat = lines.findIndex((l, i) => i > 2 && l.startsWith("Stt"));
    lines.splice(repeat + 1, 0, "1\t2\t3\t4\t5\t6=5/4");
    const [t, ...more] = findFormulaTables(new SheetBuilder().lines(lines, 2, 3).build());
    expect(more).toHaveLength(0);
    expect(t.rows.filter((r) => r.kind === "header-repeat").map((r) => r.row)).toEqual([
      repeat + 2,
      repeat + 3,
    ]);
  });

  it("finds a table whose number row holds numbers, not text", () => {
    const numbers: Convert = (text, line, field) =>
      line === 1 && /^\d+$/.test(text) ? Number(text) : figuresAsNumbers(1)(text, line, field);
    const sheet = new SheetBuilder().lines(planRows, 5, 2, numbers).build();
    expect(sheet.rows[6][2]?.value).toBe(1);
    expect(sheet.rows[6][7]?.value).toBe("6=5/4");
    const [t] = findFormulaTables(sheet);
    expect(t.numberRow).toBe(6);
    expect(t.columns.map((c) => c.col)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(t.rows.filter((r) => r.kind === "indicator").length).toBeGreaterThan(30);
  });
});

describe("findFormulaTables: other layouts", () => {
  it("without a column-number row, finds the formulas the comparison headers declare (issue 16)", () => {
    const sheet = new SheetBuilder()
      .lines(
        forecastRows.filter((l) => !l.startsWith("1\t2\t")),
        0,
        0,
      )
      .build();
    const [table] = findFormulaTables(sheet);
    expect(table.foundBy).toBe("header-row");
    // «So sánh ước thực hiện năm … với thực hiện năm … (%)» is 6/4, «So sánh thực hiện 6 tháng với ước thực hiện cả
    // năm (%)» is 5/6, in the form's column numbers (counted from STT).
    const declared = table.columns
      .filter((c) => c.expr)
      .map((c) => `${c.number}=${formatExpr(c.expr!)} ${c.formula}`);
    expect(declared).toEqual(["7=6/4 header", "8=5/6 header"]);
    expect(findFormulaTables({ name: "empty", rows: [], merges: [] })).toEqual([]);
  });

  it("needs a declared formula and at least four numbered columns", () => {
    const noFormula = new SheetBuilder()
      .lines(["STT\tTên\tĐVT\tSố", "1\t2\t3\t4", "1\tA\tx\t5"], 0, 0)
      .build();
    expect(findFormulaTables(noFormula)).toEqual([]);
    const short = new SheetBuilder().lines(["1\t2\t3=2/1"], 0, 0).build();
    expect(findFormulaTables(short)).toEqual([]);
    const foreign = new SheetBuilder().lines(["1\t2\t3\t4\t5=9/4"], 0, 0).build();
    expect(findFormulaTables(foreign)).toEqual([]);
  });

  it("joins a two-row header with merged cells", () => {
    const b = new SheetBuilder()
      .set(0, 0, "CÁC CHỈ TIÊU")
      .merge(0, 0, 0, 7)
      .lines(
        [
          "STT\tCác chỉ tiêu\tĐơn vị tính\tNăm 2020\t6 tháng 2021\tƯớc 2021\tSo sánh (%)",
          "\t\t\t\t\t\tƯớc 2021/2020\t6 tháng/cả năm",
          "1\t2\t3\t4\t5\t6\t7=6/4\t8=5/6",
          "1\tSố điểm\tĐiểm\t22\t22\t22",
        ],
        1,
        0,
      );
    for (let c = 0; c <= 5; c++) b.merge(1, c, 2, c);
    b.merge(1, 6, 1, 7);
    const [t] = findFormulaTables(b.build());
    expect(t.headerTop).toBe(1);
    expect(t.columns[0].header).toBe("STT");
    expect(t.columns[6].header).toBe("So sánh (%) Ước 2021/2020");
    expect(t.columns[7].header).toBe("So sánh (%) 6 tháng/cả năm");
    expect(t.columns[7].percent).toBe(true);
    expect(t.columns[5].percent).toBe(false);
  });

  it("takes a full-width «％» in a header for the percent sign, as the header grammar does", () => {
    // The finder used to ask the raw header for an ASCII "%" while the grammar read the folded one: «Tỷ lệ (％)»
    // was a percent for the grammar and a ratio for the finder.
    for (const sign of ["%", "\uFF05"]) {
      const sheet = new SheetBuilder()
        .lines(
          [
            `STT\tChỉ tiêu\tĐVT\tThực hiện 2020\tƯớc thực hiện 2021\tTỷ lệ (${sign})`,
            "1\t2\t3\t4\t5\t6=5/4",
            "1\tSố điểm\tĐiểm\t20\t22",
          ],
          0,
          0,
        )
        .build();
      const [t] = findFormulaTables(sheet);
      expect(t.columns[5].header).toBe(`Tỷ lệ (${sign})`);
      expect(t.columns[5].percent).toBe(true);
      expect(t.columns[4].percent).toBe(false);
    }
  });

  it("reads a header whose years are typed as numbers in cells of their own, under the kinds or over them", () => {
    // «Thực hiện» merged over 2024 | 2025, «Ước thực hiện» over 2026, «Kế hoạch» over 2027 (QA case p03).
    const under = new SheetBuilder()
      .lines(["TT\tChỉ tiêu\tĐVT\tThực hiện\t\tƯớc thực hiện\tKế hoạch\tTăng/giảm so với cùng kỳ (%)"], 0, 0)
      .set(1, 3, 2024)
      .set(1, 4, 2025)
      .set(1, 5, 2026)
      .set(1, 6, 2027)
      .lines(["1\tTổng doanh thu dịch vụ bưu chính\tTriệu đồng\t2200\t2400\t2700\t3000"], 2, 0)
      .merge(0, 3, 0, 4);
    for (const c of [0, 1, 2, 7]) under.merge(0, c, 1, c);
    // 2025 | 2026 (merged over two) | 2027 over «TH | KH | ƯTH | KH» (QA case p49).
    const over = new SheetBuilder()
      .lines(["STT\tChỉ tiêu\tĐVT"], 0, 0)
      .set(0, 3, 2025)
      .set(0, 4, 2026)
      .set(0, 6, 2027)
      .set(0, 7, "So sánh (%)")
      .lines(["\t\t\tTH\tKH\tƯTH\tKH\tƯTH/TH\tKH/ƯTH"], 1, 0)
      .lines(["1\tTổng doanh thu dịch vụ bưu chính\tTriệu đồng\t2400\t2600\t2700\t3000"], 2, 0)
      .merge(0, 4, 0, 5)
      .merge(0, 7, 0, 8);
    for (const c of [0, 1, 2]) over.merge(0, c, 1, c);
    const readings = (b: SheetBuilder) => {
      const [t, ...more] = findTables(b.build());
      expect(more).toHaveLength(0);
      expect([t.headerTop, t.numberRow]).toEqual([0, 1]);
      return t.columns.map((c) => formatReading(c.reading ?? { role: "other" }));
    };
    expect(readings(under)).toEqual([
      "stt",
      "name",
      "unit",
      "figure actual year 2024",
      "figure actual year 2025",
      "figure estimate year 2026",
      "figure plan year 2027",
      "growth F / E",
    ]);
    expect(readings(over)).toEqual([
      "stt",
      "name",
      "unit",
      "figure actual year 2025",
      "figure plan year 2026",
      "figure estimate year 2026",
      "figure plan year 2027",
      "ratio F / D",
      "ratio G / F",
    ]);
  });

  it("separates two tables without a column-number row stacked on one sheet, each with its title (QA case p39)", () => {
    const sheet = new SheetBuilder()
      .lines(
        [
          "Biểu 1: DỰ BÁO THỰC HIỆN KẾ HOẠCH NĂM 2026",
          "",
          "STT\tChỉ tiêu\tĐVT\tTH năm 2025\tTH 6 tháng 2026\tƯTH năm 2026\tƯTH 2026/TH 2025 (%)",
          "1\tTổng doanh thu dịch vụ bưu chính\tTriệu đồng\t2400\t1320\t2700",
          "2\tTỷ lệ hộ gia đình có kết nối Internet băng rộng\t%\t80\t84\t88\t110",
          "",
          "Biểu 2: KẾ HOẠCH NĂM 2027",
          "",
          "STT\tChỉ tiêu\tĐVT\tTH năm 2026\tKH năm 2027\tKH 2027/TH 2026 (%)",
          "1\tTổng doanh thu dịch vụ bưu chính\tTriệu đồng\t2700\t3000",
          "2\tTỷ lệ hộ gia đình có kết nối Internet băng rộng\t%\t88\t92\t104,55",
        ],
        0,
        0,
        (text) => vnNumber(text) ?? text,
      )
      .build();
    const tables = findTables(sheet);
    expect(tables.map((t) => [t.headerTop, t.lastRow, t.year?.year, t.title])).toEqual([
      [2, 7, 2026, "Biểu 1: DỰ BÁO THỰC HIỆN KẾ HOẠCH NĂM 2026"],
      [8, 10, 2026, "Biểu 2: KẾ HOẠCH NĂM 2027"],
    ]);
    expect(tables[1].columns.map((c) => formatReading(c.reading ?? { role: "other" }))).toEqual([
      "stt",
      "name",
      "unit",
      "figure actual year 2026",
      "figure plan year 2027",
      "ratio E / D",
    ]);
    expect(tables[0].rows.filter((r) => r.kind === "indicator").map((r) => r.row)).toEqual([3, 4]);
  });

  it("separates two tables stacked on one sheet", () => {
    const b = new SheetBuilder()
      .lines(forecastRows, 0, 0)
      .set(forecastRows.length + 1, 0, "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022")
      .lines(planRows, forecastRows.length + 3, 0);
    const [forecast, plan, ...more] = findFormulaTables(b.build());
    expect(more).toHaveLength(0);
    expect(forecast.columns).toHaveLength(8);
    expect(plan.columns).toHaveLength(6);
    expect(plan.headerTop).toBe(forecastRows.length + 3);
    expect(forecast.lastRow).toBe(plan.headerTop - 1);
    expect(forecast.rows.some((r) => r.kind === "header-repeat")).toBe(false);
    expect(plan.columns[5].header).toContain("(%)");
  });
});

describe("a column-number row lettered over the descriptive columns («A B C 1 2 3 4=2/1»)", () => {
  // Tab-separated lines as a sheet holds them: the statistical forms letter STT, name and unit, and number the figures.
  const lettered = [
    "STT\tChỉ tiêu\tĐơn vị tính\tTH 2025\tƯTH 2026\tKH 2027\tSo sánh (%)\t",
    "\t\t\t\t\t\tƯTH/TH\tKH/ƯTH",
    "A\tB\tC\t1\t2\t3\t4=2/1\t5=3/2",
    "1\tSố thuê bao Internet\tThuê bao\t23971\t25000\t26500\t\t",
    "2\tDoanh thu bưu chính\tTriệu đồng\t2400\t2700\t3000\t\t",
    "(A)\t(B)\t(C)\t(1)\t(2)\t(3)\t(4)=(2)/(1)\t(5)=(3)/(2)",
    "3\tSố điểm bưu điện văn hóa xã\tĐiểm\t12\t12\t13\t\t",
    "A\tB\tC\t1\t2\t3\t4=2/1\t5=3/2",
    "4\tSố trạm BTS\tTrạm\t80\t85\t90\t\t",
  ];

  it("starts the table at the letter A, numbers the letters 1–3 and the figures after them", () => {
    const [t, ...more] = findFormulaTables(new SheetBuilder().lines(lettered, 0, 1).build());
    expect(more).toHaveLength(0);
    expect([t.firstCol, t.lastCol, t.numberRow]).toEqual([1, 8, 2]);
    expect(t.columns.map((c) => c.role)).toEqual([
      "number",
      "name",
      "unit",
      "value",
      "value",
      "value",
      "comparison",
      "comparison",
    ]);
    // «4=2/1» over the fourth to sixth columns of the table: the estimate over the actual, as `7=5/4` would say.
    expect(formatExpr(t.columns[6].expr!)).toBe("5/4");
    expect(formatExpr(t.columns[7].expr!)).toBe("6/5");
    expect(t.columns.map((c) => c.col)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("takes the lettered row repeated after a page break as a repeated header, however it is bracketed", () => {
    const [t] = findFormulaTables(new SheetBuilder().lines(lettered, 0, 1).build());
    expect(t.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, "indicator"],
      [4, "indicator"],
      [5, "header-repeat"],
      [6, "indicator"],
      [7, "header-repeat"],
      [8, "indicator"],
    ]);
  });

  it("does not take letters out of order, or letters alone, for a lettered row", () => {
    const shuffled = [
      "STT\tChỉ tiêu\tĐVT\tTH 2025\tƯTH 2026\tKH 2027\tSo sánh (%)",
      "B\tA\tC\t1\t2\t3\t4=2/1",
    ];
    const [t] = findFormulaTables(new SheetBuilder().lines(shuffled, 0, 0).build());
    // Only the numbered cells make the run; «B A C» is not the forms' lettering.
    expect([t.firstCol, t.columns.length, formatExpr(t.columns[3].expr!)]).toEqual([3, 4, "2/1"]);
  });
});

describe("a comparison whose header gives no «%» and no typed value to go by", () => {
  const table = (comparison: string) =>
    findTables(
      new SheetBuilder()
        .lines(
          [
            `STT\tChỉ tiêu\tĐVT\tTH 2025\tƯớc TH 2026\t${comparison}`,
            "1\tSố thuê bao Internet\tThuê bao\t23971\t25000\t",
            "2\tDoanh thu bưu chính\tTriệu đồng\t2400\t2700\t",
          ],
          0,
          0,
        )
        .build(),
    )[0].columns[5];

  it("is a percent when it names the ratio («Ước TH 2026/TH 2025»), as the forms mean", () => {
    expect(table("Ước TH 2026/TH 2025").percent).toBe(true);
  });

  it("is a ratio in times when its header says «lần»", () => {
    const times = table("Ước TH 2026 so TH 2025 (lần)");
    expect([times.percent, formatReading(times.reading!)]).toEqual([false, "ratio E / D"]);
    expect(table("Ước TH 2026 gấp TH 2025 bao nhiêu lần").percent).toBe(false);
  });
});
