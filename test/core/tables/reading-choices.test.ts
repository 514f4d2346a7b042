/**
 * A user's choice of a column's reading (src/core/tables/reading-choices.ts): what is offered for a column of a
 * table headed in another province's words, the correction a choice stores, and that the stored correction is how
 * every later reading (so check, fill and consolidation) sees the column. Also the settings' corrections merged and
 * dropped, and applied again to a model read earlier.
 */
import { describe, expect, it } from "vitest";
import type { WorkbookModel } from "../../../src/core/model/sheet";
import { withCorrections, withStoredReading, withoutCorrection } from "../../../src/core/settings";
import {
  analyseWorkbook,
  choicePreview,
  choiceWhatText,
  columnChoices,
  columnText,
  correctionOfChoice,
  periodText,
  readingOf,
  readingWorthShowing,
  shownColumns,
  yearChoiceText,
  type TableReading,
} from "../../../src/core/tables";
import { RELATIVE_HEADER_WITH_COMPARISON } from "../../support/other-provinces";
import { sheetOf } from "../targets/helpers";

const TITLE = "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027";
const ABBREVIATED = ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH 2026/TH 2025 (%)"];
const ROW = [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2400, 2700, 3000, null];

function model(rows: (string | number | null)[][], storedYear?: number): WorkbookModel {
  const wb: WorkbookModel = { sheets: [sheetOf("Biểu 01", rows as (string | number)[][])] };
  if (storedYear !== undefined) wb.storedYear = storedYear;
  return wb;
}

function tableOf(workbook: WorkbookModel): TableReading {
  return readingOf(analyseWorkbook(workbook)).tables[0];
}

const abbreviated = () => model([[TITLE], [], ABBREVIATED, ROW]);

describe("which tables a face shows prominently", () => {
  it("shows a table read by its header words, and its figure and comparison columns only", () => {
    const table = tableOf(abbreviated());
    expect(readingWorthShowing(table)).toBe(true);
    expect(shownColumns(table).map((c) => columnText(table, c, "vi"))).toEqual([
      "D: Thực hiện 2025",
      "E: Ước thực hiện 2026",
      "F: Kế hoạch 2027",
      "G = E/D (%)",
    ]);
  });

  it("keeps a table certain by its column-number row and its headers' years quiet", () => {
    const table = tableOf(
      model([
        ["STT", "Các chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "So sánh (%)"],
        [1, 2, 3, 4, 5, "6=5/4"],
        [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2400, 2700, null],
      ]),
    );
    expect(table.foundBy).toBe("number-row");
    expect(readingWorthShowing(table)).toBe(false);
  });
});

describe("the choices for a column", () => {
  it("offers figure kinds, periods, the years around N, the comparisons and «không dùng để tính»", () => {
    const table = tableOf(abbreviated());
    const estimate = table.columns.find((c) => c.letter === "E")!;
    const choices = columnChoices(table, estimate, 2026);
    expect(choices.current).toEqual({
      what: "estimate",
      period: "year",
      year: { kind: "absolute", year: 2026 },
    });
    expect(choices.whats.map((w) => choiceWhatText(w, "vi"))).toEqual([
      "Thực hiện",
      "Ước thực hiện",
      "Kế hoạch",
      "Chỉ tiêu giao",
      "Dự toán",
      "Lũy kế",
      "So sánh A/B (%)",
      "Tăng, giảm (A − B)/B (%)",
      "Chênh lệch A − B",
      "không dùng để tính",
    ]);
    expect(choices.periods.map((p) => periodText(p, "vi"))).toEqual([
      "cả năm",
      "6 tháng",
      "9 tháng",
      "quý I",
      "quý II",
      "quý III",
      "quý IV",
      "tháng",
      "kỳ báo cáo",
    ]);
    expect(choices.years.map((y) => yearChoiceText(y, "vi"))).toEqual([
      "2024",
      "2025",
      "2026",
      "2027",
      "2028",
    ]);
    // A comparison compares the table's other figure columns.
    expect(choices.operands.map((c) => c.letter)).toEqual(["D", "F"]);
  });

  it("offers the years relative to N when the workbook does not tell N", () => {
    const table = tableOf(model([RELATIVE_HEADER_WITH_COMPARISON, [1, "Số điểm", "Điểm", 1, 2, 3, 4, null]]));
    const plan = table.columns.find((c) => c.letter === "G")!;
    const choices = columnChoices(table, plan, undefined);
    expect(choices.current).toEqual({ what: "plan", period: "year", year: { kind: "relative", offset: 1 } });
    expect(choices.years.map((y) => yearChoiceText(y, "vi"))).toEqual([
      "năm N-1 (năm trước)",
      "năm N (năm báo cáo)",
      "năm N+1 (năm sau)",
    ]);
  });

  it("starts a comparison from the operands its header names", () => {
    const table = tableOf(abbreviated());
    const ratio = table.columns.find((c) => c.letter === "G")!;
    expect(columnChoices(table, ratio, 2026).current).toEqual({ what: "ratio", a: "E", b: "D" });
  });
});

describe("a choice becomes the correction the workbook stores", () => {
  it("stores a growth between two columns in the notation with the sheet's letters, previewed as it will read", () => {
    const table = tableOf(abbreviated());
    const g = table.columns.find((c) => c.letter === "G")!;
    const choice = { what: "growth" as const, a: "E", b: "D" };
    expect(correctionOfChoice(table, g, choice)).toEqual({
      sheet: "Biểu 01",
      col: "G",
      reading: "growth E / D",
    });
    expect(choicePreview(table, g, choice, "vi")).toBe("G = (E − D)/D (%) (đã sửa)");
  });

  it("stores a figure of a kind, period and year, and «other»", () => {
    const table = tableOf(abbreviated());
    const f = table.columns.find((c) => c.letter === "F")!;
    expect(
      correctionOfChoice(table, f, {
        what: "actual",
        period: "h1",
        year: { kind: "absolute", year: 2026 },
      }),
    ).toEqual({ sheet: "Biểu 01", col: "F", reading: "figure actual h1 2026" });
    expect(correctionOfChoice(table, f, { what: "other" })).toEqual({
      sheet: "Biểu 01",
      col: "F",
      reading: "other",
    });
  });

  it("refuses a comparison with itself or with one operand, and a figure without a year", () => {
    const table = tableOf(abbreviated());
    const g = table.columns.find((c) => c.letter === "G")!;
    expect(correctionOfChoice(table, g, { what: "ratio", a: "G", b: "D" })).toBeUndefined();
    expect(correctionOfChoice(table, g, { what: "ratio", a: "E" })).toBeUndefined();
    expect(correctionOfChoice(table, g, { what: "diff", a: "D", b: "D" })).toBeUndefined();
    expect(
      correctionOfChoice(table, g, { what: "plan", period: "year", year: { kind: "unknown" } }),
    ).toBeUndefined();
  });

  it("is how the next reading sees the column once stored, and dropped gives the header's reading back", () => {
    const read = abbreviated();
    const table = tableOf(read);
    const g = table.columns.find((c) => c.letter === "G")!;
    const correction = correctionOfChoice(table, g, { what: "growth", a: "E", b: "D" })!;
    const settings = withCorrections({ year: 2026 }, [correction]);
    const corrected = tableOf(withStoredReading(read, settings));
    const column = corrected.columns.find((c) => c.letter === "G")!;
    expect(columnText(corrected, column, "vi")).toBe("G = (E − D)/D (%) (đã sửa)");
    expect(column.formula).toBe("correction");
    // The model read before keeps nothing of a correction dropped since.
    const again = tableOf(
      withStoredReading(withStoredReading(read, settings), withoutCorrection(settings, "Biểu 01", "G")),
    );
    expect(
      columnText(
        again,
        again.columns.find((c) => c.letter === "G")!,
        "vi",
      ),
    ).toBe("G = E/D (%)");
  });
});

describe("the settings' corrections", () => {
  it("keep one per sheet and column, the later one winning, and drop one without touching the others", () => {
    const a = { sheet: "Biểu 01", col: "G", reading: "ratio E / D" };
    const b = { sheet: "Biểu 01", col: "F", reading: "other" };
    const a2 = { sheet: "Biểu 01", col: "G", reading: "growth E / D" };
    const settings = withCorrections(withCorrections({ year: 2026 }, [a, b]), [a2]);
    expect(settings).toEqual({ year: 2026, readings: [b, a2] });
    expect(withoutCorrection(settings, "Biểu 01", "G")).toEqual({ year: 2026, readings: [b] });
    expect(withoutCorrection({ readings: [b] }, "Biểu 01", "F")).toEqual({});
  });

  it("replace the year a model read earlier carries, and leave a model already so as it was", () => {
    const read = model([ABBREVIATED, ROW], 2021);
    expect(withStoredReading(read, {}).storedYear).toBeUndefined();
    expect(withStoredReading(read, { year: 2026 }).storedYear).toBe(2026);
    expect(withStoredReading(read, { year: 2021 })).toBe(read);
  });
});
