/** Invariants every template's sheet plan keeps, for several years and levels. */
import { describe, expect, it } from "vitest";
import type { SheetPlan } from "../../../src/core/model/plan";
import {
  CODE_HEADER,
  isValidSheetName,
  templateById,
  templateIds,
  templates,
  type TemplateOptions,
} from "../../../src/core/templates";
import { cellAt, codeColumn, codedRows, formulaRefs, headerRow, numberRow } from "./helpers";

const YEARS = [2026, 2030];
const cases: { id: string; options: TemplateOptions }[] = [];
for (const t of templates) {
  for (const year of YEARS) cases.push({ id: t.id, options: { year, unit: "huyện Tuần Giáo" } });
}
cases.push({ id: "du-bao", options: { year: 2026 } });
cases.push({ id: "thong-tin-co-so", options: { year: 2024, level: "xa" } });
cases.push({ id: "thong-tin-co-so", options: { year: 2025, level: "tinh" } });
cases.push({ id: "thong-tin-co-so", options: { year: 2020 } });

function planOf(id: string, options: TemplateOptions): SheetPlan {
  const t = templateById(id);
  if (!t) throw new Error(`no template ${id}`);
  return t.plan(options);
}

describe("template list", () => {
  it("offers the five templates, ids unique, looked up by id", () => {
    expect(templateIds).toEqual([
      "du-bao",
      "ke-hoach",
      "thong-tin-co-so",
      "chinh-phu-dien-tu",
      "chuyen-doi-so",
    ]);
    for (const t of templates) {
      expect(templateById(t.id)).toBe(t);
      expect(t.title).not.toBe("");
      expect(t.titleEn).not.toBe("");
    }
    expect(templateById("khong-co")).toBeUndefined();
  });
});

describe.each(cases)("$id $options.year $options.level", ({ id, options }) => {
  const plan = planOf(id, options);
  const width = plan.columnWidths.length;

  it("records template and year, has a valid sheet name", () => {
    expect(plan.templateId).toBe(id);
    expect(plan.year).toBe(options.year);
    expect(isValidSheetName(plan.name)).toBe(true);
    expect(plan.name.length).toBeLessThanOrEqual(31);
    expect(plan.name).toMatch(/20\d\d/);
  });

  it("keeps every cell inside the column widths, one cell per position", () => {
    const seen = new Set<string>();
    for (const c of plan.cells) {
      expect(c.col).toBeGreaterThanOrEqual(0);
      expect(c.col).toBeLessThan(width);
      expect(c.row).toBeGreaterThanOrEqual(0);
      const key = `${c.row}:${c.col}`;
      expect(seen.has(key), `two cells at ${key}`).toBe(false);
      seen.add(key);
    }
    for (const w of plan.columnWidths) expect(w).toBeGreaterThan(0);
  });

  it("has merges inside the sheet that do not overlap, with nothing written under a merge but its corner", () => {
    const covered = new Map<string, number>();
    plan.merges.forEach((m, i) => {
      expect(m.left).toBeLessThanOrEqual(m.right);
      expect(m.top).toBeLessThanOrEqual(m.bottom);
      expect(m.right).toBeLessThan(width);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          const key = `${r}:${c}`;
          expect(covered.has(key), `merges ${covered.get(key)} and ${i} overlap at ${key}`).toBe(false);
          covered.set(key, i);
          if (r !== m.top || c !== m.left) expect(cellAt(plan, r, c)).toBeUndefined();
        }
      }
    });
    // Title lines are merged across the visible table.
    const title = plan.cells.find((c) => c.role === "title");
    expect(title).toBeDefined();
    const merge = plan.merges.find((m) => m.top === title!.row && m.left === title!.col);
    expect(merge?.right).toBe(codeColumn(plan) - 1);
  });

  it("has a header row and a column-number row over every visible column, repeated on print and frozen", () => {
    const hr = headerRow(plan);
    const nr = numberRow(plan);
    expect(nr).toBe(hr + 1);
    const code = codeColumn(plan);
    for (let col = 0; col < code; col++) {
      expect(cellAt(plan, hr, col)?.role).toBe("header");
      expect(cellAt(plan, nr, col)?.role).toBe("column-number");
    }
    expect(plan.print.repeatRows.first).toBeLessThanOrEqual(hr);
    expect(plan.print.repeatRows.last).toBe(nr);
    expect(plan.freeze).toEqual({ rows: nr + 1, cols: 2 });
    expect(plan.print).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToWidth: 1 });
    expect(plan.font).toEqual({ name: "Times New Roman", size: 12 });
    expect(plan.rowHeights[hr]).toBeGreaterThan(15);
  });

  it("hides the code column right of the table, headed Mã chỉ tiêu, codes unique", () => {
    const code = codeColumn(plan);
    expect(code).toBe(width - 1);
    expect(cellAt(plan, headerRow(plan), code)?.value).toBe(CODE_HEADER);
    for (const c of plan.cells.filter((x) => x.col === code)) expect(c.role).toBe("code");
    const codes = codedRows(plan).map((r) => r.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("leaves input cells empty, writes formulas only in computed cells, numbers as numbers", () => {
    for (const c of plan.cells) {
      if (c.role === "input") {
        expect(c.formula).toBeUndefined();
        expect(c.value ?? null).toBeNull();
      }
      if (c.formula !== undefined) {
        expect(c.role).toBe("computed");
        expect(c.formula).not.toMatch(/^=/);
        expect(c.formula).not.toBe("");
        expect(c.value ?? null).toBeNull();
      }
      if (c.role === "computed") expect(c.formula).toBeDefined();
      if (typeof c.value === "string") expect(c.value).not.toMatch(/^\s*\d+\s*$/);
    }
    expect(plan.cells.some((c) => c.role === "input")).toBe(true);
  });

  it("refers in formulas only to cells of the table", () => {
    const code = codeColumn(plan);
    for (const c of plan.cells.filter((x) => x.formula)) {
      for (const ref of formulaRefs(c.formula!)) {
        expect(ref.col).toBeLessThan(code);
        expect(ref.row).toBeGreaterThan(numberRow(plan));
        expect(cellAt(plan, ref.row, ref.col), `${c.formula} refers to a missing cell`).toBeDefined();
      }
    }
  });
});
