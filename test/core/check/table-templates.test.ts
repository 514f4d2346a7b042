/**
 * Sheets made from our own templates and filled with consistent figures give no error and no warning: the formulas
 * the templates write are the declared ones, the units are the catalog's, and the two tables agree.
 */
import { describe, expect, it } from "vitest";
import { ictRow } from "../../../src/core/catalog/ict";
import type { CatalogRow } from "../../../src/core/catalog/types";
import { analyseWorkbook } from "../../../src/core/check/analysis";
import type { SheetPlan } from "../../../src/core/model/plan";
import { forecastTemplate, nextYearPlanTemplate } from "../../../src/core/templates";
import { createXlsxPort, readPackage, XlsxDocument } from "../../../src/xlsx";
import { check, planToSheet, summary } from "./support-tables";

/** Consistent figures of a catalog row: [N-1, 6 months N, estimate N, plan N+1]. */
function figures(row: CatalogRow): number[] {
  switch (row.code) {
    case "ict.01":
      return [22, 22, 23, 25];
    case "ict.01.vhx":
      return [18, 18, 19, 20];
    case "ict.01.khac":
      return [4, 4, 4, 5];
  }
  switch (row.measure) {
    case "rate":
      return [80, 85, 90, 95];
    case "money":
      return [2400, 1320, 2700, 3000];
    case "volume":
      return [21, 11, 25, 30];
    case "duration-per-period":
      return [12, 12, 12, 14];
    case "count":
      return row.accumulation === "flow" ? [365, 129, 365, 400] : [87, 88, 90, 94];
    default:
      return [4300, 4300, 4300, 4200];
  }
}

/** Input cells of the plan filled: the forecast's columns 4–6 and the plan's 4–5 (estimate N = result N). */
function filledValues(plan: SheetPlan, kind: "forecast" | "plan"): Map<string, number> {
  const codeCol = plan.hiddenColumns[0];
  const codeOfRow = new Map<number, string>();
  for (const c of plan.cells)
    if (c.col === codeCol && typeof c.value === "string") codeOfRow.set(c.row, c.value);
  const values = new Map<string, number>();
  for (const c of plan.cells) {
    if (c.role !== "input") continue;
    const row = ictRow(codeOfRow.get(c.row) ?? "");
    if (!row || row.code === "ict.31") continue;
    const f = figures(row);
    const index = kind === "forecast" ? c.col - 3 : c.col - 3 + 2;
    values.set(`${c.row},${c.col}`, f[index]);
  }
  return values;
}

describe("templates filled with consistent figures", () => {
  const forecastPlan = forecastTemplate.plan({ year: 2026, unit: "huyện Tuần Giáo" });
  const nextPlan = nextYearPlanTemplate.plan({ year: 2026, unit: "huyện Tuần Giáo" });

  it("give no error and no warning (model built from the plans)", () => {
    const sheets = [
      planToSheet(forecastPlan, filledValues(forecastPlan, "forecast")),
      planToSheet(nextPlan, filledValues(nextPlan, "plan")),
    ];
    const analysis = analyseWorkbook({ sheets }, {});
    expect(analysis.year).toBe(2026);
    const [f] = analysis.sheets[0].tables;
    const [p] = analysis.sheets[1].tables;
    expect([f.kind, f.year, p.kind, p.year]).toEqual(["forecast", 2026, "plan", 2026]);
    // Every body row is recognized by its hidden code.
    expect(f.rows.every((r) => r.codeSource === "code-column" && r.catalog !== undefined)).toBe(true);
    expect(f.rows.find((r) => r.code === "ict.01.vhx")?.parent?.code).toBe("ict.01");
    expect(summary(check(sheets))).toEqual([]);
  });

  it("give no error and no warning when written to .xlsx and read back", async () => {
    const port = createXlsxPort(XlsxDocument.fromPlans([forecastPlan, nextPlan]));
    for (const [plan, kind] of [
      [forecastPlan, "forecast"],
      [nextPlan, "plan"],
    ] as const) {
      const writes = [...filledValues(plan, kind)].map(([key, value]) => {
        const [row, col] = key.split(",").map(Number);
        return { row, col, value };
      });
      await port.writeCells({ [plan.name]: writes });
    }
    const back = readPackage(port.save());
    if (!back.ok) throw new Error(back.problem);
    expect(summary(check(back.model.sheets))).toEqual([]);
  });

  it("an empty template gives one error per table, that it holds no figures, and nothing else", () => {
    const sheets = [planToSheet(forecastPlan), planToSheet(nextPlan)];
    expect(summary(check(sheets))).toEqual([
      "structure/no-figures error Dự báo 2026!D9",
      "structure/no-figures error Kế hoạch 2027!D9",
    ]);
  });

  it("a figure changed in one table shows up as an error there", () => {
    const values = filledValues(nextPlan, "plan");
    const codeCol = nextPlan.hiddenColumns[0];
    const row = nextPlan.cells.find((c) => c.col === codeCol && c.value === "ict.10")?.row as number;
    values.set(`${row},3`, 91);
    const sheets = [
      planToSheet(forecastPlan, filledValues(forecastPlan, "forecast")),
      planToSheet(nextPlan, values),
    ];
    expect(summary(check(sheets))).toEqual([`cross/mismatch error ${nextPlan.name}!D${row + 1}`]);
  });
});
