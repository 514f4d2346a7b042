/** The digital-transformation index self-assessment (chuyen-doi-so). */
import { describe, expect, it } from "vitest";
import { checkDxTree, dxChildren, dxIndex, dxPillars } from "../../../src/core/catalog/dx-index";
import { a1 } from "../../../src/core/model/address";
import type { SheetPlan } from "../../../src/core/model/plan";
import { DX_TOTAL_LABEL, dxTemplate } from "../../../src/core/templates/dx-table";
import {
  cellAt,
  codeColumn,
  codedRows,
  formulaRefs,
  headers,
  rowOfCode,
  textAt,
  titleTexts,
} from "./helpers";

const SCORE = 4;
const MAX = 2;

/** Evaluates the self-score column: inputs from `leafScore`, SUM formulas over cell lists. */
function evaluateScores(plan: SheetPlan, leafScore: (row: number) => number): Map<string, number> {
  const memo = new Map<string, number>();
  const value = (row: number, col: number, depth = 0): number => {
    const key = a1(row, col);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (depth > 50) throw new Error("circular reference");
    const cell = cellAt(plan, row, col);
    let v = 0;
    if (cell?.role === "input") v = leafScore(row);
    else if (cell?.formula) {
      expect(cell.formula).toMatch(/^SUM\([A-Z]+\d+(,[A-Z]+\d+)*\)$/);
      v = formulaRefs(cell.formula).reduce((s, r) => s + value(r.row, r.col, depth + 1), 0);
    } else if (typeof cell?.value === "number") v = cell.value;
    memo.set(key, v);
    return v;
  };
  for (const c of plan.cells.filter((x) => x.col === SCORE && (x.formula || x.role === "input")))
    value(c.row, c.col);
  return memo;
}

function totalRow(plan: SheetPlan): number {
  const hit = plan.cells.find((c) => c.value === DX_TOTAL_LABEL);
  if (!hit) throw new Error("no total row");
  return hit.row;
}

describe.each([2026, 2030])("chuyen-doi-so %i", (year) => {
  const plan = dxTemplate.plan({ year, unit: "huyện Thọ Xuân" });

  it("has the title with the year and the five headers", () => {
    expect(titleTexts(plan).join("\n")).toContain(`CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM ${year}`);
    expect(headers(plan)).toEqual([
      "STT",
      "Các chỉ số thành phần/tiêu chí chấm điểm",
      "Điểm tối đa",
      "Đơn vị chủ trì",
      "Điểm tự chấm",
    ]);
    expect(codeColumn(plan)).toBe(5);
    expect(plan.name).toBe(`Chuyển đổi số ${year}`);
  });

  it("has the three pillars, then every criterion once, each pillar followed by its own criteria", () => {
    const codes = codedRows(plan).map((r) => r.code);
    expect(codes).toHaveLength(dxPillars.length + dxIndex.length);
    expect(new Set(codes)).toEqual(new Set([...dxPillars.map((p) => p.code), ...dxIndex.map((c) => c.code)]));
    expect(dxPillars.map((p) => p.code)).toEqual(["cds.cqs", "cds.kts", "cds.xhs"]);
    let pillar = "";
    for (const code of codes) {
      if (dxPillars.some((p) => p.code === code)) pillar = code;
      else expect(code.startsWith(`${pillar}.`)).toBe(true);
    }
    // A parent comes before its children.
    for (const c of dxIndex) {
      if (c.parent) expect(rowOfCode(plan, c.parent)).toBeLessThan(rowOfCode(plan, c.code));
    }
  });

  it("writes maxima as numbers: pillars 160, 75, 35 and a total of 270", () => {
    expect(dxPillars.map((p) => cellAt(plan, rowOfCode(plan, p.code), MAX)?.value)).toEqual([160, 75, 35]);
    expect(cellAt(plan, totalRow(plan), MAX)?.value).toBe(270);
    for (const c of dxIndex) {
      expect(cellAt(plan, rowOfCode(plan, c.code), MAX)?.value ?? null).toBe(c.maxPoints);
      if (c.unitInCharge) expect(textAt(plan, rowOfCode(plan, c.code), 3)).toBe(c.unitInCharge);
    }
    expect(textAt(plan, rowOfCode(plan, "cds.cqs"), 1)).toBe("CHÍNH QUYỀN SỐ");
  });

  it("makes leaves inputs and sums exactly the children into each parent and pillar", () => {
    const childrenOf = (code: string) => dxChildren(code);
    for (const code of [...dxPillars.map((p) => p.code), ...dxIndex.map((c) => c.code)]) {
      const row = rowOfCode(plan, code);
      const cell = cellAt(plan, row, SCORE)!;
      const children = childrenOf(code);
      if (children.length === 0) {
        expect(cell.role, code).toBe("input");
        continue;
      }
      expect(cell.role).toBe("computed");
      const refs = formulaRefs(cell.formula!).map((r) => a1(r.row, r.col));
      expect(refs.sort()).toEqual(children.map((c) => a1(rowOfCode(plan, c.code), SCORE)).sort());
    }
    const total = cellAt(plan, totalRow(plan), SCORE)!;
    expect(
      formulaRefs(total.formula!)
        .map((r) => a1(r.row, r.col))
        .sort(),
    ).toEqual(dxPillars.map((p) => a1(rowOfCode(plan, p.code), SCORE)).sort());
  });

  it("adds up: the total is the sum of all leaf scores, each pillar of its own leaves", () => {
    const leaves = plan.cells.filter((c) => c.col === SCORE && c.role === "input");
    expect(leaves.length).toBeGreaterThan(20);
    const scores = evaluateScores(plan, (row) => row); // distinct weights catch a missing or doubled leaf
    const sumOfLeaves = leaves.reduce((s, c) => s + c.row, 0);
    expect(scores.get(a1(totalRow(plan), SCORE))).toBe(sumOfLeaves);
    const pillarRows = dxPillars.map((p) => rowOfCode(plan, p.code));
    pillarRows.forEach((start, i) => {
      const end = i + 1 < pillarRows.length ? pillarRows[i + 1] : totalRow(plan);
      const own = leaves.filter((c) => c.row > start && c.row < end).reduce((s, c) => s + c.row, 0);
      expect(scores.get(a1(start, SCORE))).toBe(own);
    });
  });

  it("scores full marks (160 + 75 + 35) when every leaf gets its maximum", () => {
    expect(checkDxTree(dxIndex, dxPillars)).toEqual([]);
    const maxOf = (row: number) => {
      const v = cellAt(plan, row, MAX)?.value;
      return typeof v === "number" ? v : 0;
    };
    const scores = evaluateScores(plan, maxOf);
    expect(dxPillars.map((p) => scores.get(a1(rowOfCode(plan, p.code), SCORE)))).toEqual([160, 75, 35]);
    expect(scores.get(a1(totalRow(plan), SCORE))).toBe(270);
  });
});
