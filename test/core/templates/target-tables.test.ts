/** Grassroots-information targets (thong-tin-co-so) and e-government targets (chinh-phu-dien-tu). */
import { describe, expect, it } from "vitest";
import { egovTargets2020 } from "../../../src/core/catalog/egov";
import { grassrootsTargets2021_2025, indicatorsForLevel } from "../../../src/core/catalog/grassroots";
import { a1 } from "../../../src/core/model/address";
import type { SheetPlan } from "../../../src/core/model/plan";
import { egovTemplate, grassrootsTemplate } from "../../../src/core/templates/target-tables";
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

/** Evaluates the assessment formula for a result and target, the way Excel would. */
function assess(formula: string, row: number, values: Record<string, number | string | null>): string {
  const m =
    /^IF\(AND\(ISNUMBER\((\w+)\),ISNUMBER\((\w+)\)\),IF\((\w+)>=(\w+),"([^"]*)","([^"]*)"\),""\)$/.exec(
      formula,
    );
  if (!m) throw new Error(`unexpected formula ${formula}`);
  const [, a, b, x, y, yes, no] = m;
  const num = (ref: string) => values[ref];
  if (typeof num(a) !== "number" || typeof num(b) !== "number") return "";
  return (num(x) as number) >= (num(y) as number) ? yes : no;
}

function notes(plan: SheetPlan): string[] {
  return plan.cells.filter((c) => c.role === "note").map((c) => String(c.value));
}

describe.each([2026, 2030])("thong-tin-co-so %i", (year) => {
  const plan = grassrootsTemplate.plan({ year, unit: "huyện Tuần Giáo" });

  it("has the headers with the year, the result column after the target column", () => {
    expect(headers(plan)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Cấp",
      "Đơn vị tính",
      "Chỉ tiêu năm 2025",
      `Thực hiện năm ${year}`,
      "Đánh giá",
    ]);
    expect(columnNumbers(plan)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(titleTexts(plan).join("\n")).toContain(`THÔNG TIN CƠ SỞ NĂM ${year}`);
    expect(codeColumn(plan)).toBe(7);
  });

  it("lists a district's indicators (xã and huyện) once each, in order", () => {
    const expected = indicatorsForLevel(grassrootsTargets2021_2025, "huyen");
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(codedRows(plan).map((r) => r.code)).toEqual(expected.map((i) => i.code));
    expect(codedRows(plan).map((r) => r.code)).not.toContain("ttcs.3");
    const row = rowOfCode(plan, "ttcs.2.1");
    expect(textAt(plan, row, 0)).toBe("2.1");
    expect(textAt(plan, row, 2)).toBe("Huyện");
    expect(textAt(plan, row, 3)).toBe("%");
  });

  it("says the strategy period ended and uses the 2025 targets", () => {
    expect(notes(plan).some((n) => n.includes("đã kết thúc") && n.includes("2025"))).toBe(true);
    expect(cellAt(plan, rowOfCode(plan, "ttcs.1.1"), 4)?.value).toBe(100);
    // 1.2's 2025 target is the range 70–100: the lower bound, shown as the range.
    const range = cellAt(plan, rowOfCode(plan, "ttcs.1.2"), 4)!;
    expect(range.value).toBe(70);
    expect(range.style?.numberFormat).toBe('General"–100"');
  });

  it("assesses the result against the target on its own row", () => {
    for (const { row } of codedRows(plan)) {
      const f = cellAt(plan, row, 6)!.formula!;
      expect(new Set(formulaRefs(f).map((r) => a1(r.row, r.col)))).toEqual(new Set([a1(row, 4), a1(row, 5)]));
      expect(cellAt(plan, row, 5)?.role).toBe("input");
      const target = a1(row, 4);
      const result = a1(row, 5);
      expect(assess(f, row, { [target]: 70, [result]: 75 })).toBe("Đạt");
      expect(assess(f, row, { [target]: 70, [result]: 70 })).toBe("Đạt");
      expect(assess(f, row, { [target]: 70, [result]: 69.9 })).toBe("Chưa đạt");
      expect(assess(f, row, { [target]: 70, [result]: null })).toBe("");
      expect(assess(f, row, { [target]: 70, [result]: "75" })).toBe("");
      expect(assess(f, row, { [target]: null, [result]: 75 })).toBe("");
    }
  });
});

describe("thong-tin-co-so within the period", () => {
  it("uses the year's own targets and no period-ended note", () => {
    const plan = grassrootsTemplate.plan({ year: 2024 });
    expect(headers(plan)[4]).toBe("Chỉ tiêu năm 2024");
    expect(cellAt(plan, rowOfCode(plan, "ttcs.1.1"), 4)?.value).toBe(98);
    expect(notes(plan).some((n) => n.includes("đã kết thúc"))).toBe(false);
  });

  it("marks result years and leaves missing targets empty", () => {
    const plan = grassrootsTemplate.plan({ year: 2021 });
    expect(notes(plan).some((n) => n.includes("kết quả thực hiện"))).toBe(true);
    expect(cellAt(plan, rowOfCode(plan, "ttcs.1.3"), 4)?.value ?? null).toBeNull();
  });

  it("follows the level: a commune reports xã indicators, a province adds tỉnh", () => {
    const commune = codedRows(grassrootsTemplate.plan({ year: 2025, level: "xa" })).map((r) => r.code);
    expect(commune).toEqual(indicatorsForLevel(grassrootsTargets2021_2025, "xa").map((i) => i.code));
    expect(commune.every((c) => c.startsWith("ttcs.1."))).toBe(true);
    const province = codedRows(grassrootsTemplate.plan({ year: 2025, level: "tinh" })).map((r) => r.code);
    expect(province).toContain("ttcs.3");
    expect(province).not.toContain("ttcs.4");
  });
});

describe.each([2026, 2030])("chinh-phu-dien-tu %i", (year) => {
  const plan = egovTemplate.plan({ year });

  it("has the title, the source and the headers", () => {
    const titles = titleTexts(plan);
    expect(titles).toContain("CÁC CHỈ TIÊU PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ");
    expect(titles).toContain("(Theo Nghị quyết số 17/NQ-CP)");
    expect(headers(plan)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Chỉ tiêu năm 2020",
      `Thực hiện năm ${year}`,
      "Đánh giá",
    ]);
  });

  it("lists the 21 targets in order with their 2020 values", () => {
    expect(egovTargets2020).toHaveLength(21);
    expect(codedRows(plan).map((r) => r.code)).toEqual(egovTargets2020.map((t) => t.code));
    for (const t of egovTargets2020) {
      const row = rowOfCode(plan, t.code);
      expect(cellAt(plan, row, 0)?.value).toBe(t.number);
      expect(textAt(plan, row, 1)).toBe(t.name);
      expect(cellAt(plan, row, 3)?.value).toBe(t.target.min);
      const f = cellAt(plan, row, 5)!.formula!;
      expect(new Set(formulaRefs(f).map((r) => a1(r.row, r.col)))).toEqual(new Set([a1(row, 3), a1(row, 4)]));
      expect(assess(f, row, { [a1(row, 3)]: t.target.min, [a1(row, 4)]: t.target.min })).toBe("Đạt");
    }
    const ranged = egovTargets2020.find((t) => t.target.max !== undefined);
    expect(ranged).toBeDefined();
    expect(cellAt(plan, rowOfCode(plan, ranged!.code), 3)?.style?.numberFormat).toMatch(/^General"–\d/);
  });

  it("notes that the targets were due in 2020", () => {
    expect(notes(plan).some((n) => n.includes("17/NQ-CP") && n.includes("2020"))).toBe(true);
  });
});
