/** What a comparison formula gives, computed the way the formula computes it (see excel-formula.ts). */
import type { Expr } from "./expr";
import { comparisonPlan } from "./guards";

function compute(expr: Expr, valueOf: (n: number) => number): number {
  switch (expr.kind) {
    case "col":
      return valueOf(expr.n);
    case "num":
      return expr.value;
    case "op": {
      const l = compute(expr.left, valueOf);
      const r = compute(expr.right, valueOf);
      switch (expr.op) {
        case "+":
          return l + r;
        case "-":
          return l - r;
        case "*":
          return l * r;
        case "/":
          return l / r;
      }
    }
  }
}

/**
 * The number the comparison formula gives, or undefined when it gives an empty cell: an operand that is not a
 * number (valueOf gives undefined for empty and text cells, as ISNUMBER does) or a divisor that is zero.
 * A result beyond double range (Excel's #NUM!) is reported as undefined too.
 */
export function evaluateComparison(
  expr: Expr,
  valueOf: (n: number) => number | undefined,
  percent: boolean,
): number | undefined {
  const plan = comparisonPlan(expr, percent);
  if (plan.alwaysEmpty) return undefined;
  // The figures beside the plan's column numbers (a few): an array, not a Map, made for each row of a long table.
  const refs = plan.refs;
  const values: number[] = [];
  for (const n of refs) {
    const v = valueOf(n);
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
    values.push(v);
  }
  const get = (n: number) => values[refs.indexOf(n)];
  for (const group of plan.guardGroups) {
    if (group.some((d) => compute(d, get) === 0)) return undefined;
  }
  const result = compute(plan.body, get);
  return Number.isFinite(result) ? result : undefined;
}
