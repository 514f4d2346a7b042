import { describe, expect, it } from "vitest";
import { comparisonFormula, evaluateComparison } from "../../../src/core/formulas";
import { parseExpr, type Expr } from "../../../src/core/tables/expr";
import { columnIndex } from "../../../src/core/model/address";
import { comparisonBody, readableExpression } from "../../../src/core/formulas/excel-formula";

function expr(text: string): Expr {
  const e = parseExpr(text);
  if (!e) throw new Error(`not an expression: ${text}`);
  return e;
}

/** Columns 1..8 of the forecast form in A..H; 4..8 are D..H. Row 5 of the sheet is zero-based row 4. */
const formColumns = (n: number) => (n >= 1 && n <= 8 ? n - 1 : undefined);
const at5 = { row: 4, columnOf: formColumns };

describe("comparisonFormula", () => {
  it("writes 7=6/4 at row 5 as a guarded percent ratio", () => {
    expect(comparisonFormula(expr("6/4"), { ...at5, percent: true })).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5)),IF(D5=0,"",F5/D5*100),"")',
    );
  });

  it("does not scale by 100 without a (%) header", () => {
    expect(comparisonFormula(expr("6/4"), { ...at5, percent: false })).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5)),IF(D5=0,"",F5/D5),"")',
    );
  });

  it("does not scale twice when the form already multiplies by 100", () => {
    expect(comparisonFormula(expr("6/4*100"), { ...at5, percent: true })).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5)),IF(D5=0,"",F5/D5*100),"")',
    );
  });

  it("follows the sheet's columns, not fixed letters", () => {
    // Column number n sits in sheet column n (the table starts in B), row 12.
    const formula = comparisonFormula(expr("5/6"), { row: 11, columnOf: (n) => n, percent: true });
    expect(formula).toBe('IF(AND(ISNUMBER(F12),ISNUMBER(G12)),IF(G12=0,"",F12/G12*100),"")');
  });

  it("guards several divisors together", () => {
    expect(comparisonFormula(expr("6/4+5/7"), { ...at5, percent: false })).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5),ISNUMBER(E5),ISNUMBER(G5)),IF(OR(D5=0,G5=0),"",F5/D5+E5/G5),"")',
    );
  });

  it("guards a divisor that is a sub-expression, bracketing the sum", () => {
    expect(comparisonFormula(expr("(6-4)/(4+5)"), { ...at5, percent: true })).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5),ISNUMBER(E5)),IF((D5+E5)=0,"",(F5-D5)/(D5+E5)*100),"")',
    );
  });

  it("tests an inner divisor before computing the divisor that contains it", () => {
    expect(comparisonFormula(expr("6/(5/4)"), { ...at5, percent: false })).toBe(
      'IF(AND(ISNUMBER(F5),ISNUMBER(E5),ISNUMBER(D5)),IF(D5=0,"",IF((E5/D5)=0,"",F5/(E5/D5))),"")',
    );
  });

  it("gives an empty cell for a constant zero divisor", () => {
    expect(comparisonFormula(expr("6/0"), { ...at5, percent: true })).toBe('""');
  });

  it("returns undefined when the table lacks a column the expression reads", () => {
    expect(comparisonFormula(expr("9/4"), { ...at5, percent: true })).toBeUndefined();
  });
});

describe("evaluateComparison", () => {
  const values =
    (v: Record<number, number | undefined>) =>
    (n: number): number | undefined =>
      v[n];

  it("gives the percent number under a (%) header", () => {
    expect(evaluateComparison(expr("6/4"), values({ 4: 2400, 6: 2700 }), true)).toBeCloseTo(112.5, 10);
    expect(evaluateComparison(expr("6/4"), values({ 4: 2400, 6: 2700 }), false)).toBeCloseTo(1.125, 12);
  });

  it("is empty for a zero, missing or non-numeric divisor or operand", () => {
    expect(evaluateComparison(expr("6/4"), values({ 4: 0, 6: 2700 }), true)).toBeUndefined();
    expect(evaluateComparison(expr("6/4"), values({ 6: 2700 }), true)).toBeUndefined();
    expect(evaluateComparison(expr("6/4"), values({ 4: 2400 }), true)).toBeUndefined();
    expect(evaluateComparison(expr("6/(5-4)"), values({ 4: 3, 5: 3, 6: 1 }), true)).toBeUndefined();
    expect(evaluateComparison(expr("6/0"), values({ 6: 1 }), true)).toBeUndefined();
  });

  it("computes a zero numerator as 0, not as empty", () => {
    expect(evaluateComparison(expr("5/6"), values({ 5: 0, 6: 4 }), true)).toBe(0);
  });

  it("matches the formula: evaluating the formula text by hand on the same cells", () => {
    // A tiny evaluator for the formulas this module writes (IF/AND/OR/ISNUMBER, arithmetic, comparisons to 0).
    type Cells = Record<string, number | string | undefined>;
    const evalFormula = (formula: string, cells: Cells): number | "" => {
      const js = formula
        .replace(/ISNUMBER\(([A-Z]+\d+)\)|\b([A-Z]+\d+)\b/g, (_, checked, ref) =>
          checked ? `(typeof c.${checked} === "number")` : `c.${ref}`,
        )
        .replace(/\bAND\(/g, "all(")
        .replace(/\bOR\(/g, "any(")
        .replace(/\bIF\(/g, "iff(")
        .replace(/([^<>!=])=0/g, "$1===0");
      const fn = new Function("c", "iff", "all", "any", `return ${js};`) as (...a: unknown[]) => number | "";
      return fn(
        cells,
        (cond: boolean, a: unknown, b: unknown) => (cond ? a : b),
        (...xs: boolean[]) => xs.every(Boolean),
        (...xs: boolean[]) => xs.some(Boolean),
      );
    };
    const columnOf = (n: number) => columnIndex(["", "A", "B", "C", "D", "E", "F", "G"][n] || "ZZ");
    const scenarios: Cells[] = [
      { D5: 2400, E5: 1320, F5: 2700, G5: "n/a" },
      { D5: 0, E5: 5, F5: 5, G5: 2 },
      { D5: 4, E5: 0, F5: 3, G5: undefined },
      { D5: 3, E5: 3, F5: 0, G5: 1 },
    ];
    let numbers = 0;
    for (const cells of scenarios) {
      const valueOf = (n: number) => {
        const v = cells[`${["", "A", "B", "C", "D", "E", "F", "G"][n]}5`];
        return typeof v === "number" ? v : undefined;
      };
      for (const text of ["6/4", "5/6", "(6-4)/4", "6/(5-4)", "6/4+5/6", "7/4", "6/(5/4)", "4/(6-5)"]) {
        for (const percent of [true, false]) {
          const formula = comparisonFormula(expr(text), { row: 4, columnOf, percent }) as string;
          const byFormula = evalFormula(formula, cells);
          const byEvaluation = evaluateComparison(expr(text), valueOf, percent);
          expect(
            byFormula === "" ? undefined : byFormula,
            `${text} ${percent} ${JSON.stringify(cells)}`,
          ).toBe(byEvaluation);
          if (byEvaluation !== undefined) numbers++;
        }
      }
    }
    // Both outcomes were exercised.
    expect(numbers).toBeGreaterThan(5);
    expect(numbers).toBeLessThan(scenarios.length * 16);
  });
});

describe("comparisonBody, the inverse of comparisonFormula", () => {
  it.each([
    ['IF(AND(ISNUMBER(F5),ISNUMBER(D5)),IF(D5=0,"",F5/D5*100),"")', "F5/D5*100", "F5/D5 × 100"],
    ['IF(AND(ISNUMBER(F5),ISNUMBER(D5)),IF(D5=0,"",F5/D5),"")', "F5/D5", "F5/D5"],
    [
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5),ISNUMBER(E5)),IF((D5+E5)=0,"",(F5-D5)/(D5+E5)*100),"")',
      "(F5-D5)/(D5+E5)*100",
      "(F5 − D5)/(D5 + E5) × 100",
    ],
    [
      'IF(AND(ISNUMBER(F5),ISNUMBER(E5),ISNUMBER(D5)),IF(D5=0,"",IF((E5/D5)=0,"",F5/(E5/D5))),"")',
      "F5/(E5/D5)",
      "F5/(E5/D5)",
    ],
    [
      'IF(AND(ISNUMBER(F5),ISNUMBER(D5),ISNUMBER(E5),ISNUMBER(G5)),IF(OR(D5=0,G5=0),"",F5/D5+E5/G5),"")',
      "F5/D5+E5/G5",
      "F5/D5 + E5/G5",
    ],
    ['IF(ISNUMBER(F5),F5*2,"")', "F5*2", "F5 × 2"],
  ])("%s → %s", (formula, body, readable) => {
    expect(comparisonBody(formula)).toBe(body);
    expect(readableExpression(body)).toBe(readable);
  });

  it("knows no other formula", () => {
    expect(comparisonBody("SUM(D9:D11)")).toBeUndefined();
    expect(comparisonBody('IF(D5>0,"Đạt","Chưa đạt")')).toBeUndefined();
    expect(comparisonBody("F5/D5*100")).toBeUndefined();
  });
});
