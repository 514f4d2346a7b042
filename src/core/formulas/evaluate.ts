/** What a comparison formula gives, computed the way the formula computes it (see excel-formula.ts). */
import type { Expr } from "./expr";
import { comparisonPlan, type ComparisonPlan } from "./guards";

/**
 * The expression's value with `figures[i]` standing for column `refs[i]` (an array and a plain recursion, not a
 * closure: a check evaluates a comparison for every row of a long table).
 */
function compute(expr: Expr, refs: readonly number[], figures: readonly number[]): number {
  switch (expr.kind) {
    case "col":
      return figures[refs.indexOf(expr.n)];
    case "num":
      return expr.value;
    case "op": {
      const l = compute(expr.left, refs, figures);
      const r = compute(expr.right, refs, figures);
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
  const figures: number[] = [];
  for (const n of plan.refs) {
    const v = valueOf(n);
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
    figures.push(v);
  }
  return evaluatePlan(plan, figures);
}

/**
 * `evaluateComparison` once the caller has gathered the figures: `figures[i]` is the finite number of column
 * `plan.refs[i]` (the plan must not be always empty). For callers that read figures without a closure per row.
 */
export function evaluatePlan(plan: ComparisonPlan, figures: readonly number[]): number | undefined {
  const refs = plan.refs;
  for (const group of plan.guardGroups) {
    for (const d of group) if (compute(d, refs, figures) === 0) return undefined;
  }
  const result = compute(plan.body, refs, figures);
  return Number.isFinite(result) ? result : undefined;
}
