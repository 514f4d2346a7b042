/**
 * The consolidated sheets print as a province reads them: a year group (or a set of districts) a page, STT /
 * indicator / unit repeated at the left of every page, at a readable scale — not the whole sheet shrunk to one page
 * wide (a strip nobody could read with 20 districts).
 */
import { describe, expect, it } from "vitest";
import { consolidate, type DistrictReport } from "../../../src/core/consolidate";
import { printPages } from "../../../src/core/consolidate/print-pages";
import type { SheetPlan } from "../../../src/core/model/plan";

function district(i: number): DistrictReport {
  return {
    file: `huyen-${i}.xlsx`,
    district: `huyện Số ${i}`,
    year: 2026,
    errors: 0,
    warnings: 0,
    targets: [],
    appendices: [
      {
        kind: "forecast",
        sheet: "Dự báo 2026",
        columns: [
          { role: "prev-actual", year: 2025 },
          { role: "half-year", year: 2026 },
          { role: "year-estimate", year: 2026 },
        ],
        rows: [
          { code: "ict.01", values: { "prev-actual": { value: 10 + i, sheet: "Dự báo 2026", cell: "D9" } } },
        ],
      },
    ],
  };
}

function forecastSheet(count: number): SheetPlan {
  const result = consolidate(
    Array.from({ length: count }, (_, i) => district(i + 1)),
    { lang: "vi" },
  );
  if (!result.ok) throw new Error(result.problem);
  return result.plans.find((p) => p.name === "Dự báo 2026")!;
}

describe("the consolidated forecast's print setup", () => {
  it("4 districts: each year group on a page of its own at 80 %, the comparisons on the next, A:C and the header repeated", () => {
    const { print } = forecastSheet(4);
    // Columns: A–C repeated; 4 districts + 4 province columns per year group (D–K, L–S, T–AA), comparisons AB–AC.
    expect(print).toEqual({
      paperSize: "A4",
      orientation: "landscape",
      scale: 80,
      repeatRows: { first: 4, last: 5 },
      repeatColumns: { first: 0, last: 2 },
      columnBreaks: [11, 19, 27],
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(print.fitToWidth).toBeUndefined();
  });

  it("30 districts: a set of districts a page (7, 7, 6, 6, then 4 with the province's columns), every year group from a new page", () => {
    const { print } = forecastSheet(30);
    expect(print.scale).toBe(80);
    // Year group 1 spans columns 3–36 (30 districts, then Toàn tỉnh … Cao nhất), group 2 37–70, group 3 71–104.
    expect(print.columnBreaks).toEqual([10, 17, 23, 29, 37, 44, 51, 57, 63, 71, 78, 85, 91, 97, 105]);
    expect(print.repeatColumns).toEqual({ first: 0, last: 2 });
  });

  it("1 or 2 districts print at full size, the year groups still a page each", () => {
    expect(forecastSheet(1).print).toMatchObject({ scale: 100, columnBreaks: [8, 13, 18] });
    expect(forecastSheet(2).print).toMatchObject({ scale: 90, columnBreaks: [9, 15, 21] });
  });

  it("repeats the figure's header over its columns on every page it spans", () => {
    const sheet = forecastSheet(30);
    const headers = sheet.cells
      .filter(
        (c) =>
          c.row === 4 &&
          c.role === "header" &&
          typeof c.value === "string" &&
          c.value.startsWith("Thực hiện"),
      )
      .map((c) => [c.col, c.value]);
    expect(headers.filter(([, v]) => v === "Thực hiện năm 2025").map(([c]) => c)).toEqual([
      3, 10, 17, 23, 29,
    ]);
    // No merge of the header row crosses a page break.
    for (const m of sheet.merges.filter((m) => m.top === 4))
      for (const b of sheet.print.columnBreaks ?? []) expect(m.left < b && m.right >= b).toBe(false);
  });

  it("keeps the title lines within the repeated columns, so every page prints them whole", () => {
    const sheet = forecastSheet(30);
    const titleMerges = sheet.merges.filter((m) => m.top <= 2);
    expect(titleMerges.map((m) => [m.top, m.left, m.right])).toEqual([
      [0, 0, 2],
      [1, 0, 2],
      [2, 0, 2],
    ]);
  });
});

describe("printPages", () => {
  it("puts the extra columns beside the last block when they fit, on a page of their own when not", () => {
    const widths = [6, 45, 12, 11, 11, 10, 20, 20];
    const fits = printPages(widths, [0, 1, 2], [{ items: [3, 4], tail: [5] }], [6]);
    expect(fits).toEqual({ scale: 100, columnBreaks: [], pages: [[3, 4, 5, 6]] });
    const wide = printPages([...widths, 60, 60], [0, 1, 2], [{ items: [3, 4], tail: [5] }], [6, 7, 8, 9]);
    expect(wide.columnBreaks).toEqual([6]);
  });
});
