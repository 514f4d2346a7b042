/**
 * Comparison columns (7=6/4 …): recomputed from the row's figures (texts read as the numbers they mean) with the
 * same evaluation the fill command's formulas follow. A typed number that is off by a point or more is an error,
 * a smaller difference only rounding or truncation (info); a typed number that is right is still not a formula
 * (info); an empty cell where the figures give a value is missing (warning); a formula that does not compute the
 * declared expression is wrong (error when its result is off by a point or more, else warning). A fraction in a
 * "(%)" column (1,125 for 112,5, shown "112,50%" when percent-formatted) is told as such, not as a gap of
 * 111 points.
 */
import { type Expr } from "../../formulas";
import { evaluatePlan } from "../../formulas/evaluate";
import { columnRefs } from "../../formulas/expr";
import { comparisonPlan } from "../../formulas/guards";
import { a1, columnIndex } from "../../model/address";
import { figureText } from "../../tables/reading";
import { cellAt, coveredByMerge, type SheetModel } from "../../model/sheet";
import { readCell } from "../../model/cell";
import type { Finding } from "../types";
import {
  makeFinding,
  pushAll,
  round2,
  simpleFormula,
  type AnalysedColumn,
  type AnalysedTable,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

// ---------------------------------------------------------------------------------------------------------------
// A small reader of Excel formulas, enough to tell what value a comparison formula computes.

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

function computeExpr(e: Expr, get: (n: number) => number): number {
  if (e.kind === "col") return get(e.n);
  if (e.kind === "num") return e.value;
  const l = computeExpr(e.left, get);
  const r = computeExpr(e.right, get);
  return e.op === "+" ? l + r : e.op === "-" ? l - r : e.op === "*" ? l * r : l / r;
}

/** The formula computes the declared expression: it reads the right columns of its own row, the same way. */
function implementsExpr(
  formula: string,
  body: Expr,
  sheet: string,
  row: number,
  table: AnalysedTable,
): boolean {
  const toks = tokenize(formula);
  const node = toks && new FormulaParser(toks).all();
  const value = node && valueOf(node);
  if (!value) return false;
  const numberOfCol = new Map(table.columns.map((c) => [c.col, c.number]));
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
    const expected = computeExpr(body, figure);
    const got = computeValue(value, (_r, col) => figure(numberOfCol.get(col) ?? -1));
    if (got === undefined || !Number.isFinite(expected)) return false;
    if (Math.abs(got - expected) > 1e-9 * Math.max(1, Math.abs(expected))) return false;
  }
  return true;
}

/** What a formula gives with the sheet's figures (texts read as numbers), when it can be told. */
function formulaResult(formula: string, sheet: SheetModel): number | undefined {
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

// ---------------------------------------------------------------------------------------------------------------

/** The value each comparison of the row should hold, computed from the row's figures. */
const columnsByNumber = new WeakMap<AnalysedTable, Map<number, AnalysedColumn>>();

function columnsOf(table: AnalysedTable): Map<number, AnalysedColumn> {
  let byNumber = columnsByNumber.get(table);
  if (!byNumber) {
    byNumber = new Map(table.columns.map((c) => [c.number, c]));
    columnsByNumber.set(table, byNumber);
  }
  return byNumber;
}

/** Figures of the row per evaluation depth, reused row after row (a long table has hundreds of thousands). */
const figuresAtDepth: number[][] = [];

/**
 * The value a comparison column of the row should hold (plain functions and reused arrays, not closures made per
 * row: a long table has hundreds of thousands of rows). A comparison may read another comparison column, computed
 * the same way one level deeper.
 */
function expectedValue(
  columns: Map<number, AnalysedColumn>,
  depthLimit: number,
  row: IndicatorRow,
  column: AnalysedColumn,
  depth: number,
): number | undefined {
  if (!column.expr) return undefined;
  const plan = comparisonPlan(column.expr, column.percent);
  if (plan.alwaysEmpty) return undefined;
  const figures = (figuresAtDepth[depth] ??= []);
  const refs = plan.refs;
  for (let i = 0; i < refs.length; i++) {
    const v = valueOfColumn(columns, depthLimit, row, refs[i], depth);
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
    figures[i] = v;
  }
  return evaluatePlan(plan, figures);
}

function valueOfColumn(
  columns: Map<number, AnalysedColumn>,
  depthLimit: number,
  row: IndicatorRow,
  n: number,
  depth: number,
): number | undefined {
  const c = columns.get(n);
  if (!c) return undefined;
  if (c.expr) return depth > depthLimit ? undefined : expectedValue(columns, depthLimit, row, c, depth + 1);
  return row.values[n]?.value;
}

function checkTable(table: AnalysedTable, sheet: SheetModel): Finding[] {
  const findings: Finding[] = [];
  const comparisons = table.columns.filter((c) => c.expr !== undefined);
  const columns = columnsOf(table);
  const depthLimit = table.columns.length + 1;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    for (let j = 0; j < comparisons.length; j++) {
      const column = comparisons[j];
      const cell = row.comparisons[column.number];
      if (!cell || coveredByMerge(sheet, cell.row, cell.col)) continue;
      const expected = expectedValue(columns, depthLimit, row, column, 0);
      if (cell.reading === "empty") {
        if (expected === undefined) continue;
        findings.push(
          makeFinding({
            sheet: table.sheet,
            cell: cell.address,
            row,
            code: "comparison/missing",
            severity: "warning",
            expected: round2(expected),
            actual: null,
            params: { expected: round2(expected) },
          }),
        );
        continue;
      }
      if (cell.reading === "formula") {
        const text = cell.formula ?? "";
        const body = column.expr ? comparisonPlan(column.expr, column.percent).body : undefined;
        if (!body || implementsExpr(text, body, table.sheet, cell.row, table)) continue;
        const result = cell.value ?? (typeof cell.raw === "string" ? undefined : formulaResult(text, sheet));
        const wrongValue = expected !== undefined && result !== undefined && Math.abs(result - expected) >= 1;
        const declared = simpleFormula(table, column, cell.row) ?? "";
        findings.push(
          makeFinding({
            sheet: table.sheet,
            cell: cell.address,
            row,
            code: "comparison/wrong-formula",
            severity: wrongValue ? "error" : "warning",
            actual: text,
            expected: declared,
            params: { actual: text, expected: declared },
          }),
        );
        continue;
      }
      if (cell.value === undefined || expected === undefined) continue;
      const actual = cell.value;
      if (
        round2(actual) === round2(expected) ||
        Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
      ) {
        findings.push(
          makeFinding({
            sheet: table.sheet,
            cell: cell.address,
            row,
            code: "comparison/not-formula",
            severity: "info",
            actual,
            params: { actual, formula: simpleFormula(table, column, cell.row) ?? "" },
          }),
        );
        continue;
      }
      if (column.percent && Math.abs(expected) >= 1 && Math.abs(actual * 100 - expected) < 1) {
        // 1,125 where 112,5 is meant: the ratio not ×100, or (formatted "0.00%", shown 112,50%) right on paper
        // only — the column holds percent numbers.
        const formatted = cell.percentFormatted && cell.reading === "number";
        findings.push(
          makeFinding({
            sheet: table.sheet,
            cell: cell.address,
            row,
            code: "comparison/mismatch",
            severity: "error",
            variant: formatted ? "percent-format" : "fraction",
            actual,
            expected: round2(expected),
            params: {
              actual,
              shown: round2(actual * 100),
              expected: round2(expected),
              formula: simpleFormula(table, column, cell.row) ?? "",
            },
          }),
        );
        continue;
      }
      const diff = Math.abs(actual - expected);
      const params = { actual, expected: round2(expected), diff: round2(diff) };
      findings.push(
        makeFinding({
          sheet: table.sheet,
          cell: cell.address,
          row,
          code: "comparison/mismatch",
          severity: diff >= 1 ? "error" : "info",
          variant: diff >= 1 ? undefined : "rounding",
          actual,
          expected: round2(expected),
          params,
        }),
      );
    }
  }
  return findings;
}

/** The header cell of a column: its lowest header row (above a column-number row, when the table has one). */
function headerCell(table: AnalysedTable, col: number): string {
  const ft = table.table;
  const row = ft.foundBy === "number-row" && ft.numberRow > ft.headerTop ? ft.numberRow - 1 : ft.numberRow;
  return a1(row, col);
}

/**
 * comparison/missing-operand (warning, at the column's header): a comparison whose header names a figure the
 * table does not have («So sánh ƯTH 2026/TH 2025 (%)» in a table without «Ước thực hiện 2026») can be neither
 * filled nor checked; said once per column.
 */
function missingOperands(table: AnalysedTable): Finding[] {
  const out: Finding[] = [];
  for (const column of table.columns) {
    const r = column.reading;
    if (r?.role !== "comparison" || column.expr) continue;
    const missing = [r.a, r.b].find((o) => "missing" in o);
    if (!missing || !("missing" in missing)) continue;
    out.push(
      makeFinding({
        sheet: table.sheet,
        cell: headerCell(table, column.col),
        code: "comparison/missing-operand",
        severity: "warning",
        params: {
          header: column.header,
          missing: { vi: figureText(missing.missing, "vi"), en: figureText(missing.missing, "en") },
        },
      }),
    );
  }
  return out;
}

export function comparisonRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const s of analysis.sheets)
    for (const t of s.tables) {
      pushAll(findings, missingOperands(t));
      pushAll(findings, checkTable(t, s.sheet));
    }
  return findings;
}
