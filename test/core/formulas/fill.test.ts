import { describe, expect, it } from "vitest";
import { planFill, type FillPlan } from "../../../src/core/formulas";
import { a1 } from "../../../src/core/model/address";
import { forecastRows, planRows } from "./seed-001-appendices";
import { asText, figuresAsNumbers, SheetBuilder } from "./sheet-builder";

/** Forecast appendix from B4 (number row on sheet row 5), figures as numbers or as pasted text. */
function forecast(numbers: boolean) {
  const b = new SheetBuilder().lines(forecastRows, 3, 1, numbers ? figuresAsNumbers(1) : asText);
  return b;
}
/** Zero-based sheet row of a forecast line whose STT and name start as given. */
function lineRow(stt: string, name = ""): number {
  const i = forecastRows.findIndex((l) => {
    const [s, n] = l.split("\t");
    return s === stt && n.startsWith(name);
  });
  if (i < 0) throw new Error(`no line ${stt} ${name}`);
  return 3 + i;
}
const H = 7; // column 7 (=6/4) sits in sheet column H
const I = 8; // column 8 (=5/6) in I
const cellsOf = (list: { row: number; col: number }[]) => list.map((c) => a1(c.row, c.col)).sort();

describe("planFill", () => {
  it("writes guarded formulas into empty comparison cells of indicator rows", () => {
    const plan = planFill(forecast(true).build(), { overwrite: false });
    const r = lineRow("7", "Tỷ lệ sử dụng chung"); // figures 13 13 13, comparisons left empty
    const n = r + 1;
    expect(plan.writes.find((w) => w.row === r && w.col === H)?.formula).toBe(
      `IF(AND(ISNUMBER(G${n}),ISNUMBER(E${n})),IF(E${n}=0,"",G${n}/E${n}*100),"")`,
    );
    expect(plan.writes.find((w) => w.row === r && w.col === I)?.formula).toBe(
      `IF(AND(ISNUMBER(F${n}),ISNUMBER(G${n})),IF(G${n}=0,"",F${n}/G${n}*100),"")`,
    );
  });

  it("keeps typed values and lists them with what the formula gives", () => {
    const plan = planFill(forecast(true).build(), { overwrite: false });
    const r = lineRow("5", "Tổng doanh thu dịch vụ bưu chính"); // 2.400 1.320 2.700 | 112,5 48
    const seven = plan.kept.find((k) => k.row === r && k.col === H);
    expect(seven?.typed).toBe(112.5);
    expect(seven?.computed).toBeCloseTo(112.5, 10);
    const eight = plan.kept.find((k) => k.row === r && k.col === I);
    expect(eight?.typed).toBe(48);
    expect(eight?.computed).toBeCloseTo((1320 / 2700) * 100, 10);
    // 6: 80 80 85 typed 106 → the formula gives 106,25.
    const six = plan.kept.find((k) => k.row === lineRow("6") && k.col === H);
    expect(six?.typed).toBe(106);
    expect(six?.computed).toBeCloseTo(106.25, 10);
    expect(plan.overwritten).toEqual([]);
    expect(plan.writes.some((w) => w.row === r)).toBe(false);
  });

  it("counts the kept values equal to the formula's result instead of listing them when asked", () => {
    const sheet = forecast(true).build();
    const listed = planFill(sheet, { overwrite: false });
    const counted = planFill(sheet, { overwrite: false, countSame: true });
    const r = lineRow("5", "Tổng doanh thu dịch vụ bưu chính"); // 2.400 1.320 2.700 | 112,5 48
    // 112,5 is what 7=6/4 gives: counted, not listed; 48 is not 8=5/6 (48,89): still listed.
    expect(listed.same).toBe(0);
    expect(listed.kept.some((k) => k.row === r && k.col === H)).toBe(true);
    expect(counted.kept.some((k) => k.row === r && k.col === H)).toBe(false);
    expect(counted.kept.find((k) => k.row === r && k.col === I)?.typed).toBe(48);
    // 6: typed 106 where the formula gives 106,25 differs by more than a hundredth: listed.
    expect(counted.kept.find((k) => k.row === lineRow("6") && k.col === H)?.typed).toBe(106);
    expect(counted.same + counted.kept.length).toBe(listed.kept.length);
    expect(counted.same).toBeGreaterThan(0);
    expect(counted.writes).toEqual(listed.writes);
    // With overwrite every typed value is replaced and listed: nothing is counted.
    const over = planFill(sheet, { overwrite: true, countSame: true });
    expect(over.same).toBe(0);
    expect(over.overwritten).toEqual(listed.kept);
  });

  it("overwrites typed values when asked, and lists them", () => {
    const sheet = forecast(true).build();
    const keep = planFill(sheet, { overwrite: false });
    const over = planFill(sheet, { overwrite: true });
    expect(over.kept).toEqual([]);
    expect(over.overwritten).toEqual(keep.kept);
    expect(cellsOf(over.writes)).toEqual(cellsOf([...keep.writes, ...keep.kept]));
    expect(keep.kept.length).toBeGreaterThan(40);
  });

  it("gives no formula to sector, group, header-repeat and other rows", () => {
    const sheet = new SheetBuilder().lines(planRows, 0, 0).build();
    const plan: FillPlan = planFill(sheet, { overwrite: true });
    const [table] = plan.tables;
    const touched = new Set([...plan.writes, ...plan.kept].map((w) => w.row));
    for (const r of table.rows) {
      expect(touched.has(r.row), `${r.kind} ${r.label} ${r.name}`).toBe(r.kind === "indicator");
    }
    // Only column 6 (=5/4) gets formulas, one per indicator row.
    expect(new Set(plan.writes.map((w) => w.col))).toEqual(new Set([5]));
    expect(plan.writes).toHaveLength(table.rows.filter((r) => r.kind === "indicator").length);
    const group = table.rows.find((r) => r.label === "I" && r.name === "Hạ tầng viễn thông");
    expect(group?.kind).toBe("group");
  });

  it("computes nothing from figures typed as text, as ISNUMBER would", () => {
    const plan = planFill(forecast(false).build(), { overwrite: false });
    const r = lineRow("5", "Tổng doanh thu dịch vụ bưu chính");
    const seven = plan.kept.find((k) => k.row === r && k.col === H);
    expect(seven?.typed).toBe("112,5");
    expect(seven?.computed).toBeUndefined();
    // "22" is text too: even the simple rows give nothing until the figures are numbers.
    expect(plan.kept.every((k) => k.computed === undefined)).toBe(true);
  });

  it("keeps and lists the official's own formula, rewrites ours, and replaces theirs only with overwrite", () => {
    const r = lineRow("1", "Tổng số điểm");
    const theirs = `G${r + 1}/E${r + 1}*100`;
    const sheet = forecast(true).set(r, H, { value: 100, formula: theirs }).build();
    const plan = planFill(sheet, { overwrite: false });
    expect(plan.kept.find((k) => k.row === r && k.col === H)?.typed).toBe(`=${theirs}`);
    expect(plan.writes.some((w) => w.row === r && w.col === H)).toBe(false);

    const overwritten = planFill(sheet, { overwrite: true });
    expect(overwritten.overwritten.some((k) => k.row === r && k.col === H)).toBe(true);
    const ours = overwritten.writes.find((w) => w.row === r && w.col === H)?.formula;
    expect(ours).toContain(`IF(E${r + 1}=0,""`);

    const refilled = planFill(forecast(true).set(r, H, { value: 100, formula: ours! }).build(), {
      overwrite: false,
    });
    expect(refilled.kept.some((k) => k.row === r && k.col === H)).toBe(false);
    expect(refilled.writes.find((w) => w.row === r && w.col === H)?.formula).toBe(ours);
  });

  it("does not write into the hidden part of a merged cell", () => {
    const r = lineRow("7", "Tỷ lệ sử dụng chung");
    const b = forecast(true).merge(r, H, r, I);
    const plan = planFill(b.build(), { overwrite: false });
    expect(plan.writes.some((w) => w.row === r && w.col === H)).toBe(true);
    expect(plan.writes.some((w) => w.row === r && w.col === I)).toBe(false);
  });

  it("gives nothing for a sheet without tables", () => {
    const plan = planFill({ name: "x", rows: [[{ value: "Ghi chú" }]], merges: [] }, { overwrite: true });
    expect(plan).toEqual({ tables: [], writes: [], kept: [], same: 0, overwritten: [] });
  });
});
