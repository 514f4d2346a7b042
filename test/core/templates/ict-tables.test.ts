/** The forecast (du-bao) and plan (ke-hoach) tables over the ICT catalog. */
import { describe, expect, it } from "vitest";
import { ictCatalog } from "../../../src/core/catalog/ict";
import { planFill } from "../../../src/core/formulas";
import { a1 } from "../../../src/core/model/address";
import type { SheetPlan } from "../../../src/core/model/plan";
import type { CellModel, SheetModel } from "../../../src/core/model/sheet";
import { forecastTemplate, nextYearPlanTemplate } from "../../../src/core/templates";
import {
  cellAt,
  codeColumn,
  codedRows,
  columnNumbers,
  formulaRefs,
  headers,
  rowOfCode,
  textAt,
  titleTexts,
} from "./helpers";

const UNIT = "huyện Tuần Giáo";

/** The plan as a workbook reader would see the written sheet. */
function asSheetModel(plan: SheetPlan): SheetModel {
  const rows: (CellModel | undefined)[][] = [];
  for (const c of plan.cells) {
    if ((c.value === undefined || c.value === null) && !c.formula) continue;
    (rows[c.row] ??= [])[c.col] = { value: c.value ?? null, formula: c.formula };
  }
  return { name: plan.name, rows, merges: plan.merges };
}

describe.each([2026, 2030])("du-bao %i", (year) => {
  const plan = forecastTemplate.plan({ year, unit: UNIT });

  it("carries the published titles with the year substituted", () => {
    const titles = titleTexts(plan);
    expect(titles[0]).toBe("PHỤ LỤC");
    expect(titles).toContain(`DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM ${year}`);
    const attached = titles.find((t) => t.startsWith("(Kèm theo kế hoạch số:"));
    expect(attached).toMatch(new RegExp(`/KH-UBND ngày\\s+tháng\\s+năm ${year} của UBND ${UNIT}\\)$`));
  });

  it("has the eight published headers and the column-number row", () => {
    expect(headers(plan)).toEqual([
      "STT",
      "Các chỉ tiêu",
      "Đơn vị tính",
      `Thực hiện năm ${year - 1}`,
      `Thực hiện 6 tháng ${year}`,
      `Ước thực hiện cả năm ${year}`,
      `So sánh ước thực hiện năm ${year} với thực hiện năm ${year - 1} (%)`,
      "So sánh thực hiện 6 tháng với ước thực hiện cả năm (%)",
    ]);
    expect(columnNumbers(plan)).toEqual(["1", "2", "3", "4", "5", "6", "7=6/4", "8=5/6"]);
    expect(codeColumn(plan)).toBe(8);
  });

  it("has one row per catalog row, in catalog order, on consecutive rows", () => {
    const rows = codedRows(plan);
    expect(rows.map((r) => r.code)).toEqual(ictCatalog.map((r) => r.code));
    rows.forEach((r, i) => expect(r.row).toBe(rows[0].row + i));
    const numbered = ictCatalog.filter((r) => r.kind === "indicator");
    expect(numbered).toHaveLength(33);
    numbered.forEach((r, i) => {
      const row = rowOfCode(plan, r.code);
      expect(cellAt(plan, row, 0)?.value).toBe(i + 1);
      expect(textAt(plan, row, 1)).toBe(r.name);
      expect(textAt(plan, row, 2)).toBe(r.unit ?? "");
    });
  });

  it("styles headings, indicators and their parts by role", () => {
    for (const r of ictCatalog) {
      const row = rowOfCode(plan, r.code);
      const role = cellAt(plan, row, 1)?.role;
      if (r.kind === "sector") expect(role).toBe("sector");
      else if (r.kind === "group" || r.kind === "subgroup") expect(role).toBe("group");
      else if (r.kind === "indicator") expect(role).toBe("label");
      else expect(role).toBe("part-label");
    }
    expect(textAt(plan, rowOfCode(plan, "ict.A"), 0)).toBe("A");
    expect(textAt(plan, rowOfCode(plan, "ict.01.vhx"), 1)).toBe("Số điểm Bưu điện VHX");
    expect(textAt(plan, rowOfCode(plan, "ict.31.huyen"), 1)).toBe("Cấp huyện");
  });

  it("puts inputs in columns 4–6 and formulas in 7 and 8 of figure rows only", () => {
    for (const r of ictCatalog) {
      const row = rowOfCode(plan, r.code);
      const figures = r.kind === "indicator" || r.kind === "part" || r.kind === "level";
      for (let col = 0; col < 8; col++) {
        const cell = cellAt(plan, row, col);
        if (!figures) {
          expect(cell?.formula, `${r.code} col ${col}`).toBeUndefined();
          expect(cell?.role).not.toBe("input");
          continue;
        }
        if (col >= 3 && col <= 5) expect(cell?.role).toBe("input");
        if (col >= 6) expect(cell?.role).toBe("computed");
      }
    }
  });

  it("computes column 7 from 6 and 4, column 8 from 5 and 6, on the same row, as percent numbers", () => {
    for (const r of ictCatalog.filter(
      (x) => x.kind !== "sector" && x.kind !== "group" && x.kind !== "subgroup",
    )) {
      const row = rowOfCode(plan, r.code);
      const f7 = cellAt(plan, row, 6)!.formula!;
      const f8 = cellAt(plan, row, 7)!.formula!;
      expect(new Set(formulaRefs(f7).map((x) => a1(x.row, x.col)))).toEqual(
        new Set([a1(row, 5), a1(row, 3)]),
      );
      expect(new Set(formulaRefs(f8).map((x) => a1(x.row, x.col)))).toEqual(
        new Set([a1(row, 4), a1(row, 5)]),
      );
      expect(f7).toContain(`${a1(row, 5)}/${a1(row, 3)}*100`);
      expect(f8).toContain(`${a1(row, 4)}/${a1(row, 5)}*100`);
      expect(f7).toContain(`${a1(row, 3)}=0`);
    }
  });

  it("formats figures by measure: counts with thousands, rates with one decimal", () => {
    const count = cellAt(plan, rowOfCode(plan, "ict.03"), 3)!; // Người/điểm, an average
    expect(count.style?.numberFormat).toBe("#,##0.0");
    expect(cellAt(plan, rowOfCode(plan, "ict.12"), 3)!.style?.numberFormat).toBe("#,##0");
    expect(cellAt(plan, rowOfCode(plan, "ict.05"), 5)!.style?.numberFormat).toBe("#,##0");
    expect(cellAt(plan, rowOfCode(plan, "ict.02"), 4)!.style?.numberFormat).toBe("0.0");
    expect(cellAt(plan, rowOfCode(plan, "ict.02"), 6)!.style?.numberFormat).toBe("0.0");
  });

  it("agrees with the fill command: filling the inserted table writes exactly its formulas", () => {
    const fill = planFill(asSheetModel(plan), { overwrite: false });
    const ours = plan.cells
      .filter((c) => c.formula)
      .map((c) => `${a1(c.row, c.col)} ${c.formula}`)
      .sort();
    const theirs = fill.writes.map((w) => `${a1(w.row, w.col)} ${w.formula}`).sort();
    expect(theirs).toEqual(ours);
  });
});

describe.each([2026, 2030])("ke-hoach, report year %i", (year) => {
  const plan = nextYearPlanTemplate.plan({ year, unit: UNIT });

  it("titles the plan of year N+1, dated in year N", () => {
    const titles = titleTexts(plan);
    expect(titles).toContain(`CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM ${year + 1}`);
    expect(titles.join("\n")).toContain(`năm ${year} của UBND ${UNIT}`);
    expect(plan.name).toBe(`Kế hoạch ${year + 1}`);
  });

  it("has the six published headers and 1 2 3 4 5 6=5/4", () => {
    expect(headers(plan)).toEqual([
      "Stt",
      "Các chỉ tiêu",
      "Đơn vị tính",
      `Thực hiện năm ${year}`,
      `Kế hoạch năm ${year + 1}`,
      `So sánh kế hoạch ${year + 1} với thực hiện năm ${year} (%)`,
    ]);
    expect(columnNumbers(plan)).toEqual(["1", "2", "3", "4", "5", "6=5/4"]);
    expect(codeColumn(plan)).toBe(6);
  });

  it("has every catalog row once, inputs in 4–5, column 6 = 5/4 on its own row", () => {
    expect(codedRows(plan).map((r) => r.code)).toEqual(ictCatalog.map((r) => r.code));
    for (const r of ictCatalog) {
      const row = rowOfCode(plan, r.code);
      const f = cellAt(plan, row, 5)?.formula;
      if (r.kind === "sector" || r.kind === "group" || r.kind === "subgroup") {
        expect(f).toBeUndefined();
        continue;
      }
      expect(cellAt(plan, row, 3)?.role).toBe("input");
      expect(cellAt(plan, row, 4)?.role).toBe("input");
      expect(f).toContain(`${a1(row, 4)}/${a1(row, 3)}*100`);
      expect(new Set(formulaRefs(f!).map((x) => a1(x.row, x.col)))).toEqual(
        new Set([a1(row, 4), a1(row, 3)]),
      );
    }
  });

  it("agrees with the fill command", () => {
    const fill = planFill(asSheetModel(plan), { overwrite: false });
    const ours = plan.cells
      .filter((c) => c.formula)
      .map((c) => `${a1(c.row, c.col)} ${c.formula}`)
      .sort();
    expect(fill.writes.map((w) => `${a1(w.row, w.col)} ${w.formula}`).sort()).toEqual(ours);
  });
});

describe("unit line", () => {
  it("leaves a blank for the unit when none is given", () => {
    const titles = titleTexts(forecastTemplate.plan({ year: 2026 }));
    expect(titles.join("\n")).toMatch(/của UBND …+\)/);
  });
});
