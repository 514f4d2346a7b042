/**
 * The Excel formula of a comparison cell: English function names, `,` separators, no leading "=", relative A1
 * references — what `range.formulas` and ExcelJS take, and what LibreOffice reads from .xlsx.
 *
 * `7=6/4` under a (%) header at sheet row 5 with columns 4 and 6 in D and F:
 *   IF(AND(ISNUMBER(F5),ISNUMBER(D5)),IF(D5=0,"",F5/D5*100),"")
 * A missing, text or zero operand gives an empty cell, never #DIV/0! or #VALUE!.
 */
import { columnLetter } from "../model/address";
import { renderExpr, type Expr } from "../tables/expr";
import { comparisonPlan } from "./guards";

export interface ComparisonFormulaOptions {
  /** Zero-based sheet row of the cell. */
  row: number;
  /** Zero-based sheet column holding column number n of the form; undefined when the table has no such column. */
  columnOf: (n: number) => number | undefined;
  /** The column is headed (%): the ratio is written as a percent number (112,5 rather than 1,125). */
  percent: boolean;
}

function numberLiteral(value: number): string {
  const s = String(value);
  return /e/i.test(s) ? value.toFixed(20).replace(/\.?0+$/, "") : s;
}

export function comparisonFormula(expr: Expr, opts: ComparisonFormulaOptions): string | undefined {
  return comparisonFormulaOf(expr, opts)?.(opts.row);
}

/** Marks an operand's column number in the text rendered once (no formula text holds it). */
const MARK = "\u0000";

/**
 * The comparison formula of a column for any row: the formula is rendered once, and each row's is its text with the
 * row's addresses put in (a fill writes one formula down a 100 000-row table). Undefined when the table lacks the
 * column of an operand.
 */
export function comparisonFormulaOf(
  expr: Expr,
  opts: Omit<ComparisonFormulaOptions, "row">,
): ((row: number) => string) | undefined {
  const plan = comparisonPlan(expr, opts.percent);
  const letters = new Map<number, string>();
  for (const n of plan.refs) {
    const col = opts.columnOf(n);
    if (col === undefined || col < 0) return undefined;
    letters.set(n, columnLetter(col));
  }
  if (plan.alwaysEmpty) return () => '""';
  const address = (n: number) => `${MARK}${n}${MARK}`;
  const text = (e: Expr) => renderExpr(e, (x) => (x.kind === "col" ? address(x.n) : numberLiteral(x.value)));

  let formula = text(plan.body);
  for (let g = plan.guardGroups.length - 1; g >= 0; g--) {
    const tests = plan.guardGroups[g].map((d) => (d.kind === "op" ? `(${text(d)})=0` : `${text(d)}=0`));
    const condition = tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
    formula = `IF(${condition},"",${formula})`;
  }
  if (plan.refs.length > 0) {
    const checks = plan.refs.map((n) => `ISNUMBER(${address(n)})`);
    const condition = checks.length === 1 ? checks[0] : `AND(${checks.join(",")})`;
    formula = `IF(${condition},${formula},"")`;
  }
  // Even pieces are the text between operands, odd ones an operand's column number.
  const pieces = formula.split(MARK);
  const between = pieces.filter((_, i) => i % 2 === 0);
  const columns = pieces.filter((_, i) => i % 2 === 1).map((n) => letters.get(Number(n)) as string);
  // The text up to each operand's row number, joined by the row's number: one flat string made at once. Added up
  // with += it would be a tree of a dozen small strings until something reads it, and a fill keeps a 100 000-row
  // table's formulas alive until they are written (four times the memory, all of it copied by each young-generation
  // collection meanwhile).
  const upToNumbers = columns.map((letters, i) => between[i] + letters);
  upToNumbers.push(between[columns.length]);
  return (row) => upToNumbers.join(String(row + 1));
}

/** Top-level arguments of a function call's argument text ("a,IF(b,c),\"x,y\"" → 3), or undefined if unbalanced. */
function splitArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || quoted) return undefined;
  args.push(text.slice(start));
  return args;
}

/** ISNUMBER(F5) or AND(ISNUMBER(F5),ISNUMBER(D5)): the operands-are-numbers guard comparisonFormula writes. */
const NUMBERS_GUARD = /^(ISNUMBER\([A-Z]+\d+\)|AND\(ISNUMBER\([A-Z]+\d+\)(,ISNUMBER\([A-Z]+\d+\))*\))$/;
/** D5=0, (E5-D5)=0 or OR(D5=0,…): the zero-divisor guard comparisonFormula writes. */
const ZERO_GUARD = /^(OR\(.*\)|.*=0)$/;

/**
 * The expression a comparison formula of ours computes, without its guards ("F12/D12*100" from
 * `IF(AND(ISNUMBER(F12),ISNUMBER(D12)),IF(D12=0,"",F12/D12*100),"")`): the inverse of `comparisonFormula`, so that a
 * preview can say what the formula does rather than show its guards. Undefined for any other formula.
 */
export function comparisonBody(formula: string): string | undefined {
  let text = formula.replace(/^=/, "");
  let unwrapped = false;
  for (;;) {
    const call = /^IF\((.*)\)$/.exec(text);
    const args = call ? splitArguments(call[1]) : undefined;
    if (!args || args.length !== 3) break;
    if (args[2] === '""' && NUMBERS_GUARD.test(args[0])) text = args[1];
    else if (args[1] === '""' && ZERO_GUARD.test(args[0])) text = args[2];
    else break;
    unwrapped = true;
  }
  return unwrapped ? text : undefined;
}

/** "F12/D12*100" → "F12/D12 × 100": an expression as a reader writes it. */
export function readableExpression(expression: string): string {
  return (
    expression
      .replace(/\*/g, " × ")
      // No lookbehind: the pane runs on WebKit 14.1, which does not parse it.
      .replace(/([\w)])([+-])(?=[\w(])/g, "$1 $2 ")
      .replace(/-/g, "−")
  );
}
