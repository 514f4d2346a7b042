/**
 * structure/no-figures: a table inserted from a template and never filled checked as «0 errors» and went up to the
 * province as finished. Every template, empty, is one error on its first figure cell; one figure typed (a number,
 * text, a number stored as text) in the official's own columns ends it; the template's own formulas and targets do
 * not count as typed.
 */
import { describe, expect, it } from "vitest";
import { templates, templateById } from "../../../src/core/templates";
import type { SheetPlan } from "../../../src/core/model/plan";
import { check, forecast, planToSheet, summary } from "./support-tables";

function plan(id: string): SheetPlan {
  return templateById(id)!.plan({ year: 2026, unit: "huyện Tuần Giáo", level: "huyen" });
}

/** The first input cell of the plan, "row,col". */
function firstInput(p: SheetPlan, skip = 0): string {
  const inputs = p.cells.filter((c) => c.role === "input").sort((a, b) => a.row - b.row || a.col - b.col);
  const c = inputs[skip];
  return `${c.row},${c.col}`;
}

describe("structure/no-figures", () => {
  it("is one error per empty template, at its first figure cell", () => {
    const found = templates.map((tpl) => summary(check([planToSheet(plan(tpl.id))])));
    expect(found).toEqual([
      ["structure/no-figures error Dự báo 2026!D9"],
      ["structure/no-figures error Kế hoạch 2027!D9"],
      ["structure/no-figures error TTCS 2026!F8"],
      ["structure/no-figures error CPĐT 2026!E8"],
      ["structure/no-figures error Chuyển đổi số 2026!E9"],
    ]);
  });

  it("ends with one figure typed in the official's own columns", () => {
    const forecastPlan = plan("du-bao");
    expect(check([planToSheet(forecastPlan, new Map([[firstInput(forecastPlan), 22]]))])).toEqual([]);
    const dx = plan("chuyen-doi-so");
    const typed = summary(check([planToSheet(dx, new Map([[firstInput(dx), 5]]))]));
    expect(typed.filter((s) => s.startsWith("structure/no-figures"))).toEqual([]);
  });

  it("counts text typed as a figure, and a number stored as text, as typed", () => {
    const words = check([
      forecast([{ label: 1, name: "Số xã có đài truyền thanh", unit: "Xã", values: ["12 xã"] }]),
    ]);
    expect(words.map((f) => f.code)).not.toContain("structure/no-figures");
    const text = check([
      forecast([{ label: 1, name: "Số xã có đài truyền thanh", unit: "Xã", values: ["4.300"] }]),
    ]);
    expect(text.map((f) => f.code)).not.toContain("structure/no-figures");
  });

  it("does not count the targets a target table comes with", () => {
    // The grassroots template holds the strategy's targets in its «Chỉ tiêu» column from the start.
    const ttcs = plan("thong-tin-co-so");
    expect(ttcs.cells.find((c) => c.row === 8 && c.col === 4)?.value).toBe(70); // 1.2's 2025 target
    expect(summary(check([planToSheet(ttcs)]))).toEqual(["structure/no-figures error TTCS 2026!F8"]);
  });

  it("says how many indicator rows the empty table has", () => {
    const [finding] = check([planToSheet(plan("ke-hoach"))]);
    expect(finding).toMatchObject({ code: "structure/no-figures", severity: "error", params: { rows: 38 } });
  });
});
