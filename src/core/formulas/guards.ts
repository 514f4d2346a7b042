/**
 * What a comparison cell computes, shared by the Excel formula and its evaluation so both mean the same thing:
 * the columns it reads (each must hold a number), the divisors that must not be zero (checked in an order where a
 * divisor is only computed once the divisors inside it are known not to be zero), and the result expression.
 */
import { memoWeak } from "../text/memo";
import { columnRefs, containsDivision, exprEquals, type Expr } from "../tables/expr";

export interface ComparisonPlan {
  /** Column numbers read; a missing or non-numeric one gives an empty cell. */
  refs: number[];
  /**
   * Divisors to test for zero, in groups: a group's divisors are only computed once every earlier group passed,
   * so no test can itself divide by zero. Constant non-zero divisors need no test.
   */
  guardGroups: Expr[][];
  /** A constant zero divisor: the cell is always empty. */
  alwaysEmpty: boolean;
  /** The expression computed, ×100 already applied under a (%) header. */
  body: Expr;
}

/** `6/4*100` (or `100*6/4`) already gives a percent number: a (%) header must not scale it again. */
export function alreadyPercent(expr: Expr): boolean {
  if (expr.kind !== "op" || expr.op !== "*") return false;
  const isHundred = (e: Expr) => e.kind === "num" && e.value === 100;
  return isHundred(expr.left) || isHundred(expr.right);
}

/** Divisors of every division in post-order: the divisors inside a divisor come before it. */
function divisors(expr: Expr, out: Expr[]): void {
  if (expr.kind !== "op") return;
  divisors(expr.left, out);
  divisors(expr.right, out);
  if (expr.op === "/") out.push(expr.right);
}

/** The plan of a declared comparison (remembered per expression: a check asks once per row). */
export function comparisonPlan(expr: Expr, percent: boolean): ComparisonPlan {
  return (percent ? percentPlans : plainPlans)(expr);
}

const plainPlans = memoWeak((expr: Expr) => planOf(expr, false));
const percentPlans = memoWeak((expr: Expr) => planOf(expr, true));

function planOf(expr: Expr, percent: boolean): ComparisonPlan {
  const body: Expr =
    percent && !alreadyPercent(expr)
      ? { kind: "op", op: "*", left: expr, right: { kind: "num", value: 100 } }
      : expr;
  const all: Expr[] = [];
  divisors(expr, all);
  let alwaysEmpty = false;
  const unique: Expr[] = [];
  for (const d of all) {
    if (d.kind === "num") {
      if (d.value === 0) alwaysEmpty = true;
      continue;
    }
    if (!unique.some((u) => exprEquals(u, d))) unique.push(d);
  }
  const guardGroups: Expr[][] = [];
  for (const d of unique) {
    const last = guardGroups[guardGroups.length - 1];
    // A divisor that divides must wait until its own divisors were tested, hence a new group.
    if (!last || containsDivision(d)) guardGroups.push([d]);
    else last.push(d);
  }
  return { refs: columnRefs(expr), guardGroups, alwaysEmpty, body };
}
