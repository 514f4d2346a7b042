/**
 * The one reader of the Excel formulas officials type in comparison cells («=F9/D9*100», «=IF(D9=0;"";F9/D9)»,
 * «=ROUND(F9*100/D9,1)»): enough to tell what value such a formula computes, over which cells of its row. The
 * comparison rule asks whether a typed formula computes the declared expression (`implementsExpr`) and what it gives
 * with the sheet's figures (`formulaResult`). The expressions the column-number row declares are evaluated by
 * tables/expr.ts; this module reads Excel's own syntax.
 *
 * Pure; never throws (a formula it cannot read gives undefined or false).
 */
import { columnIndex } from "../model/address";
import { readCell } from "../model/cell";
import { cellAt, type SheetModel } from "../model/sheet";
import { columnRefs, evaluateExpr, type Expr } from "../tables/expr";

type Node =
  | { t: "num"; v: number }
  | { t: "str" }
  | { t: "bool" }
  | { t: "ref"; row: number; col: number; sheet?: string }
  | { t: "call"; name: string; args: Node[] }
  | { t: "bin"; op: string; l: Node; r: Node }
  | { t: "neg"; x: Node };

type Tok =
  | { k: "num"; v: number }
  | { k: "str" }
  | { k: "ref"; text: string; sheet?: string }
  | { k: "name"; v: string }
  | { k: "op"; v: string };

function tokenize(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  const s = src.replace(/^=/, "");
  while (i < s.length) {
    const rest = s.slice(i);
    const ch = s[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if (ch === '"') {
      m = /^"(?:[^"]|"")*"/.exec(rest);
      if (!m) return undefined;
      out.push({ k: "str" });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(\$?[A-Za-z]{1,3}\$?\d+)/.exec(rest))) {
      out.push({ k: "ref", text: m[3], sheet: (m[1] ?? m[2]).replace(/''/g, "'") });
      i += m[0].length;
      continue;
    }
    if ((m = /^\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/.exec(rest))) {
      out.push({ k: "ref", text: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest))) {
      out.push({ k: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if ((m = /^[A-Za-z_][\w.]*/.exec(rest))) {
      out.push({ k: "name", v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    if ((m = /^(<>|<=|>=|[-+*/^&=<>(),;:%])/.exec(rest))) {
      out.push({ k: "op", v: m[0] === ";" ? "," : m[0] });
      i += m[0].length;
      continue;
    }
    return undefined;
  }
  return out;
}

class FormulaParser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  all(): Node | undefined {
    const n = this.compare(0);
    return n && this.pos === this.toks.length ? n : undefined;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.toks[this.pos];
    return t && t.k === "op" && ops.includes(t.v) ? t.v : undefined;
  }

  private binary(depth: number, ops: string[], next: (d: number) => Node | undefined): Node | undefined {
    let l = next(depth);
    while (l) {
      const op = this.peekOp(...ops);
      if (!op) return l;
      this.pos++;
      const r = next(depth);
      if (!r) return undefined;
      l = { t: "bin", op, l, r };
    }
    return l;
  }

  private compare = (d: number): Node | undefined =>
    this.binary(d, ["=", "<>", "<", ">", "<=", ">="], (x) => this.concat(x));
  private concat = (d: number): Node | undefined => this.binary(d, ["&"], (x) => this.additive(x));
  private additive = (d: number): Node | undefined => this.binary(d, ["+", "-"], (x) => this.term(x));
  private term = (d: number): Node | undefined => this.binary(d, ["*", "/"], (x) => this.power(x));
  private power = (d: number): Node | undefined => this.binary(d, ["^"], (x) => this.unary(x));

  private unary(depth: number): Node | undefined {
    if (depth > 60) return undefined;
    if (this.peekOp("-")) {
      this.pos++;
      const x = this.unary(depth + 1);
      return x && { t: "neg", x };
    }
    if (this.peekOp("+")) {
      this.pos++;
      return this.unary(depth + 1);
    }
    const p = this.primary(depth);
    if (p && this.peekOp("%")) {
      this.pos++;
      return { t: "bin", op: "/", l: p, r: { t: "num", v: 100 } };
    }
    return p;
  }

  private primary(depth: number): Node | undefined {
    const t = this.toks[this.pos];
    if (!t) return undefined;
    if (t.k === "num") {
      this.pos++;
      return { t: "num", v: t.v };
    }
    if (t.k === "str") {
      this.pos++;
      return { t: "str" };
    }
    if (t.k === "ref") {
      this.pos++;
      if (this.peekOp(":")) return undefined; // ranges are not part of a comparison formula
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(t.text);
      if (!m) return undefined;
      const ref: Node = { t: "ref", row: Number(m[2]) - 1, col: columnIndex(m[1]) };
      if (t.sheet !== undefined) ref.sheet = t.sheet;
      return ref;
    }
    if (t.k === "name") {
      this.pos++;
      if (!this.peekOp("(")) return t.v === "TRUE" || t.v === "FALSE" ? { t: "bool" } : undefined;
      this.pos++;
      const args: Node[] = [];
      if (this.peekOp(")")) {
        this.pos++;
        return { t: "call", name: t.v, args };
      }
      for (;;) {
        const a = this.compare(depth + 1);
        if (!a) return undefined;
        args.push(a);
        if (this.peekOp(",")) {
          this.pos++;
          continue;
        }
        if (this.peekOp(")")) {
          this.pos++;
          return { t: "call", name: t.v, args };
        }
        return undefined;
      }
    }
    if (t.k === "op" && t.v === "(") {
      this.pos++;
      const inner = this.compare(depth + 1);
      if (!inner || !this.peekOp(")")) return undefined;
      this.pos++;
      return inner;
    }
    return undefined;
  }
}

/** An arithmetic expression over cells: what a comparison formula computes when it computes something. */
type Value =
  | { t: "num"; v: number }
  | { t: "ref"; row: number; col: number; sheet?: string }
  | { t: "bin"; op: "+" | "-" | "*" | "/"; l: Value; r: Value }
  | { t: "neg"; x: Value };

const ROUNDING = new Set(["ROUND", "ROUNDUP", "ROUNDDOWN", "TRUNC", "INT", "MROUND", "FIXED"]);
const IDENTITY = new Set(["SUM", "N", "VALUE", "NUMBERVALUE", "PRODUCT"]);

/** An IF branch that stands for "no value": a text ("" or "-") or zero. */
function isBlankBranch(n: Node): boolean {
  return n.t === "str" || (n.t === "num" && n.v === 0);
}

function valueOf(n: Node, depth = 0): Value | undefined {
  if (depth > 60) return undefined;
  switch (n.t) {
    case "num":
      return n;
    case "ref":
      return n;
    case "neg": {
      const x = valueOf(n.x, depth + 1);
      return x && { t: "neg", x };
    }
    case "bin": {
      if (n.op !== "+" && n.op !== "-" && n.op !== "*" && n.op !== "/") return undefined;
      const l = valueOf(n.l, depth + 1);
      const r = valueOf(n.r, depth + 1);
      return l && r ? { t: "bin", op: n.op, l, r } : undefined;
    }
    case "call": {
      const [a, b, c] = n.args;
      if (ROUNDING.has(n.name) && a) return valueOf(a, depth + 1);
      if (IDENTITY.has(n.name) && n.args.length === 1) return valueOf(a, depth + 1);
      if (n.name === "IFERROR" && n.args.length === 2 && isBlankBranch(b)) return valueOf(a, depth + 1);
      if (n.name === "IF" && (n.args.length === 2 || n.args.length === 3)) {
        if (c === undefined || isBlankBranch(c)) return valueOf(b, depth + 1);
        if (isBlankBranch(b)) return valueOf(c, depth + 1);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function computeValue(v: Value, get: (row: number, col: number) => number | undefined): number | undefined {
  switch (v.t) {
    case "num":
      return v.v;
    case "ref":
      return get(v.row, v.col);
    case "neg": {
      const x = computeValue(v.x, get);
      return x === undefined ? undefined : -x;
    }
    case "bin": {
      const l = computeValue(v.l, get);
      const r = computeValue(v.r, get);
      if (l === undefined || r === undefined) return undefined;
      const out =
        v.op === "+" ? l + r : v.op === "-" ? l - r : v.op === "*" ? l * r : r === 0 ? undefined : l / r;
      return out !== undefined && Number.isFinite(out) ? out : undefined;
    }
  }
}

function valueRefs(v: Value, out: Value[] = []): Value[] {
  if (v.t === "ref") out.push(v);
  else if (v.t === "neg") valueRefs(v.x, out);
  else if (v.t === "bin") {
    valueRefs(v.l, out);
    valueRefs(v.r, out);
  }
  return out;
}

/** The formula computes the declared expression: it reads the right columns of its own row, the same way. */
export function implementsExpr(
  formula: string,
  body: Expr,
  sheet: string,
  row: number,
  columns: readonly { col: number; number: number }[],
): boolean {
  const toks = tokenize(formula);
  const node = toks && new FormulaParser(toks).all();
  const value = node && valueOf(node);
  if (!value) return false;
  const numberOfCol = new Map(columns.map((c) => [c.col, c.number]));
  const refs = valueRefs(value);
  const used = new Set<number>();
  for (const r of refs) {
    if (r.t !== "ref" || r.row !== row || (r.sheet !== undefined && r.sheet !== sheet)) return false;
    const n = numberOfCol.get(r.col);
    if (n === undefined) return false;
    used.add(n);
  }
  const wanted = columnRefs(body);
  if (used.size !== wanted.length || !wanted.every((n) => used.has(n))) return false;
  // Same operations: equal on a few sets of figures (so F9*100/D9 and (F9/D9)*100 both pass).
  for (let trial = 0; trial < 4; trial++) {
    const figure = (n: number) => 1.7 + ((n * 7919 + trial * 104729) % 97) / 13;
    const expected = evaluateExpr(body, figure);
    const got = computeValue(value, (_r, col) => figure(numberOfCol.get(col) ?? -1));
    if (got === undefined || expected === undefined || !Number.isFinite(expected)) return false;
    if (Math.abs(got - expected) > 1e-9 * Math.max(1, Math.abs(expected))) return false;
  }
  return true;
}

/** What a formula gives with the sheet's figures (texts read as numbers), when it can be told. */
export function formulaResult(formula: string, sheet: SheetModel): number | undefined {
  const toks = tokenize(formula);
  const node = toks && new FormulaParser(toks).all();
  const value = node && valueOf(node);
  if (!value) return undefined;
  if (valueRefs(value).some((r) => r.t === "ref" && r.sheet !== undefined && r.sheet !== sheet.name))
    return undefined;
  return computeValue(value, (r, c) => {
    const reading = readCell(cellAt(sheet, r, c), r, c);
    return reading.reading === "formula"
      ? typeof reading.raw === "number"
        ? reading.raw
        : undefined
      : reading.value;
  });
}
