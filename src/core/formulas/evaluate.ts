/**
 * What a comparison formula gives: the declared expression (×100 under a «(%)» header, see guards.ts) evaluated by
 * the one evaluator of the core (`evaluateFigures`, src/core/tables/expr.ts), empty where the formula we write is
 * empty (an operand that is not a number, a divisor that is zero).
 */
import { evaluateFigures, type Expr } from "../tables/expr";
import { comparisonPlan, type ComparisonPlan } from "./guards";

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
  return evaluateFigures(plan.body, plan.refs, figures);
}
