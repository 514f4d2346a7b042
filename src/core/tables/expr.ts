/**
 * Column expressions as forms write them in the column-number row: `7=6/4`, `8=5/6`, `(7)=(6)/(4)`, `6 = 5 : 4`.
 *
 * In such an expression a bare whole number from 1 to 99 names a column; a number with a decimal mark, 0, or a whole
 * number of 100 and more is a constant (`7=6/4x100`: columns 6 and 4, the constant 100). Inside an expression `.` and
 * `,` are both decimal marks: constants there are small (100, 0,5), never grouped in thousands.
 *
 * `evaluateExpr` is the one evaluator of the core: what a declared comparison computes from a row's figures, what
 * the fill's formulas give, and what an official's own Excel formula gives once read (src/core/formulas/read.ts
 * reads one into an expression over the cells it names).
 */

import { memo } from "../text/memo";

export type BinaryOp = "+" | "-" | "*" | "/";

export type Expr =
  | { kind: "col"; n: number }
  | { kind: "num"; value: number }
  | { kind: "op"; op: BinaryOp; left: Expr; right: Expr };

/** One cell of the column-number row: its column number and, when it declares one, the column's formula. */
export interface ColumnToken {
  number: number;
  expr?: Expr;
}

/** Column numbers a form can use; larger whole numbers are constants. */
export const MAX_COLUMN_NUMBER = 99;

type Token =
  | { t: "num"; value: number; whole: boolean }
  | { t: "op"; op: BinaryOp }
  | { t: "(" }
  | { t: ")" }
  | { t: "=" };

const MINUS = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]);
const TIMES = new Set(["*", "x", "X", "\u00d7", "\u2715", "\u2217"]);
const DIVIDE = new Set(["/", ":", "\u00f7", "\u2215"]);

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch >= "0" && ch <= "9") {
      const m = /^(\d+)(?:[.,](\d+))?/.exec(text.slice(i));
      if (!m) return undefined;
      const whole = m[2] === undefined;
      const value = whole ? Number(m[1]) : Number(`${m[1]}.${m[2]}`);
      if (!Number.isFinite(value)) return undefined;
      tokens.push({ t: "num", value, whole });
      i += m[0].length;
    } else if (ch === "+") {
      tokens.push({ t: "op", op: "+" });
      i++;
    } else if (MINUS.has(ch)) {
      tokens.push({ t: "op", op: "-" });
      i++;
    } else if (TIMES.has(ch)) {
      tokens.push({ t: "op", op: "*" });
      i++;
    } else if (DIVIDE.has(ch)) {
      tokens.push({ t: "op", op: "/" });
      i++;
    } else if (ch === "(" || ch === ")" || ch === "=") {
      tokens.push({ t: ch });
      i++;
    } else {
      return undefined;
    }
  }
  return tokens;
}

function leaf(token: { value: number; whole: boolean }): Expr {
  if (token.whole && token.value >= 1 && token.value <= MAX_COLUMN_NUMBER)
    return { kind: "col", n: token.value };
  return { kind: "num", value: token.value };
}

/** Recursive descent over the tokens of one side of the `=`; undefined on any syntax error. */
class ExprParser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Expr | undefined {
    const e = this.expr(0);
    return e && this.pos === this.tokens.length ? e : undefined;
  }

  private expr(depth: number): Expr | undefined {
    let left = this.term(depth);
    if (!left) return undefined;
    for (;;) {
      const t = this.tokens[this.pos];
      if (t?.t !== "op" || (t.op !== "+" && t.op !== "-")) return left;
      this.pos++;
      const right = this.term(depth);
      if (!right) return undefined;
      left = { kind: "op", op: t.op, left, right };
    }
  }

  private term(depth: number): Expr | undefined {
    let left = this.factor(depth);
    if (!left) return undefined;
    for (;;) {
      const t = this.tokens[this.pos];
      if (t?.t !== "op" || (t.op !== "*" && t.op !== "/")) return left;
      this.pos++;
      const right = this.factor(depth);
      if (!right) return undefined;
      left = { kind: "op", op: t.op, left, right };
    }
  }

  private factor(depth: number): Expr | undefined {
    // Nesting this deep is garbage, not a form; the limit keeps the recursion bounded.
    if (depth > 50) return undefined;
    const t = this.tokens[this.pos];
    if (!t) return undefined;
    if (t.t === "num") {
      this.pos++;
      return leaf(t);
    }
    if (t.t === "(") {
      this.pos++;
      const inner = this.expr(depth + 1);
      if (!inner || this.tokens[this.pos]?.t !== ")") return undefined;
      this.pos++;
      return inner;
    }
    return undefined;
  }
}

function parseSide(tokens: Token[]): Expr | undefined {
  if (tokens.length === 0) return undefined;
  return new ExprParser(tokens).parseAll();
}

/** A column expression alone, e.g. "6/4*100"; undefined when it is not one. */
export function parseExpr(text: string): Expr | undefined {
  const tokens = tokenize(text.normalize("NFC"));
  if (!tokens || tokens.some((t) => t.t === "=")) return undefined;
  return parseSide(tokens);
}

/** One token object per column number, shared (tokens are read, never changed). */
const numberTokens: ColumnToken[] = Array.from({ length: MAX_COLUMN_NUMBER + 1 }, (_, n) => ({ number: n }));

/**
 * One cell of a column-number row: `7`, 7, `(7)`, `7=6/4`, `(7)=(6)/(4)`, `7 = 6 : 4`, `8 = 5 – 6`, `7=(6-4)/4x100`.
 * Undefined for anything else; never throws.
 */
export function parseColumnToken(text: string | number): ColumnToken | undefined {
  if (typeof text === "number") {
    return Number.isInteger(text) && text >= 1 && text <= MAX_COLUMN_NUMBER ? numberTokens[text] : undefined;
  }
  if (typeof text !== "string") return undefined;
  // Remembered: a sheet is searched for its tables cell by cell, and its figures repeat the same few short texts.
  return tokenOfText(text);
}

const tokenOfText = memo((text: string): ColumnToken | undefined => {
  const tokens = tokenize(text.normalize("NFC"));
  if (!tokens) return undefined;
  const eq = tokens.findIndex((t) => t.t === "=");
  const lhsTokens = eq < 0 ? tokens : tokens.slice(0, eq);
  const lhs = parseSide(lhsTokens);
  if (!lhs || lhs.kind !== "col") return undefined;
  if (eq < 0) return { number: lhs.n };
  const rhsTokens = tokens.slice(eq + 1);
  if (rhsTokens.some((t) => t.t === "=")) return undefined;
  const rhs = parseSide(rhsTokens);
  return rhs ? { number: lhs.n, expr: rhs } : undefined;
});

function precedence(e: Expr): number {
  if (e.kind !== "op") return 3;
  return e.op === "+" || e.op === "-" ? 1 : 2;
}

/**
 * Prints an expression with the fewest parentheses that keep its tree: operators are left-associative, so a right
 * operand of the same precedence is bracketed (`6-(5-4)`).
 */
export function renderExpr(expr: Expr, leafText: (e: Exclude<Expr, { kind: "op" }>) => string): string {
  if (expr.kind !== "op") return leafText(expr);
  const p = precedence(expr);
  const left = renderExpr(expr.left, leafText);
  const right = renderExpr(expr.right, leafText);
  const l = precedence(expr.left) < p ? `(${left})` : left;
  const r = precedence(expr.right) <= p ? `(${right})` : right;
  return `${l}${expr.op}${r}`;
}

function plainNumber(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

/**
 * The expression as a form writes it: `6/4`, `(6-4)/4*100`. A constant that would read as a column number is
 * written with a decimal mark (`5.0`), so `parseExpr(formatExpr(e))` gives `e` back.
 */
export function formatExpr(expr: Expr): string {
  return renderExpr(expr, (e) => {
    if (e.kind === "col") return String(e.n);
    const s = plainNumber(e.value);
    return Number.isInteger(e.value) && e.value >= 1 && e.value <= MAX_COLUMN_NUMBER ? `${s}.0` : s;
  });
}

/** The token as the column-number row shows it: `7` or `7=6/4`. */
export function formatColumnToken(token: ColumnToken): string {
  return token.expr ? `${token.number}=${formatExpr(token.expr)}` : String(token.number);
}

/** Column numbers the expression reads, each once, in the order they first appear. */
export function columnRefs(expr: Expr): number[] {
  const out: number[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === "col") {
      if (!out.includes(e.n)) out.push(e.n);
    } else if (e.kind === "op") {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return out;
}

export function exprEquals(a: Expr, b: Expr): boolean {
  if (a.kind === "col") return b.kind === "col" && a.n === b.n;
  if (a.kind === "num") return b.kind === "num" && a.value === b.value;
  return b.kind === "op" && a.op === b.op && exprEquals(a.left, b.left) && exprEquals(a.right, b.right);
}

export function containsDivision(expr: Expr): boolean {
  return (
    expr.kind === "op" && (expr.op === "/" || containsDivision(expr.left) || containsDivision(expr.right))
  );
}

/**
 * The expression's value, `figures[i]` standing for column `refs[i]` (arrays and a plain recursion, not a closure:
 * a check evaluates a comparison for every row of a long table). Undefined where the formulas we write give an empty
 * cell: a divisor that is zero, or a result beyond double range (Excel's #NUM!).
 */
export function evaluateFigures(
  expr: Expr,
  refs: readonly number[],
  figures: readonly number[],
): number | undefined {
  const value = compute(expr, refs, figures);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function compute(expr: Expr, refs: readonly number[], figures: readonly number[]): number | undefined {
  switch (expr.kind) {
    case "col":
      return figures[refs.indexOf(expr.n)];
    case "num":
      return expr.value;
    case "op": {
      const l = compute(expr.left, refs, figures);
      if (l === undefined) return undefined;
      const r = compute(expr.right, refs, figures);
      if (r === undefined) return undefined;
      switch (expr.op) {
        case "+":
          return l + r;
        case "-":
          return l - r;
        case "*":
          return l * r;
        case "/":
          return r === 0 ? undefined : l / r;
      }
    }
  }
}

/**
 * `evaluateFigures` with `valueOf(n)` giving column n's figure; undefined as well when a column it reads holds no
 * finite number (the ISNUMBER guard of the formulas we write).
 */
export function evaluateExpr(expr: Expr, valueOf: (n: number) => number | undefined): number | undefined {
  const refs = columnRefs(expr);
  const figures: number[] = [];
  for (const n of refs) {
    const v = valueOf(n);
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
    figures.push(v);
  }
  return evaluateFigures(expr, refs, figures);
}
