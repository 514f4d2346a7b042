/**
 * What a table column holds, as the header grammar reads it: the types every face renders and every correction
 * writes, and their one written form (the notation of test/fixtures/header-phrasings.json, also what a user types to
 * correct a reading and what the workbook stores).
 *
 * Notation, one reading per column:
 *   stt | name | unit | note | in-charge | other
 *   figure <kind> <period> <year>     kind: actual estimate plan target budget cumulative
 *                                      period: year h1 9m q1 q2 q3 q4 month period
 *                                      year: 2026 | N-1 | N | N+1 | ?
 *   ratio <A> / <B>                    A ÷ B × 100 («A/B (%)», «So sánh A với B (%)», «Tỷ lệ A/B (%)»)
 *   growth <A> / <B>                   A ÷ B × 100 − 100 («Tăng, giảm (%)», «Tốc độ tăng (%)»)
 *   diff <A> - <B>                     A − B («Chênh lệch», «Tăng (+), giảm (−)»)
 * where A and B are column letters counted from the table's first column (A), or `missing(figure …)` for an operand
 * the header names but the table does not have. Roles the notation has no word for (level, evaluation, DX points,
 * the hidden code column) and a comparison whose operands cannot be told are written `other`.
 */

import { columnIndex, columnLetter } from "../../model/address";

export type FigureKind = "actual" | "estimate" | "plan" | "target" | "budget" | "cumulative";
export type Period = "year" | "h1" | "9m" | "q1" | "q2" | "q3" | "q4" | "month" | "period";

export const FIGURE_KINDS: readonly FigureKind[] = [
  "actual",
  "estimate",
  "plan",
  "target",
  "budget",
  "cumulative",
];
export const PERIODS: readonly Period[] = ["year", "h1", "9m", "q1", "q2", "q3", "q4", "month", "period"];

/** The periods shorter than the year: what the year's figure of an accumulating quantity adds up. */
export function isPartYear(period: Period | undefined): boolean {
  return period !== undefined && period !== "year";
}

/**
 * The family of a figure kind: results (actual, estimate, cumulative) and what they are measured against (plan,
 * target, budget). A comparison names one kind for another of its family when the table has no better column, and
 * a part-year figure is held to the year's figure of its family.
 */
export type FigureFamily = "result" | "plan";

export function familyOf(kind: FigureKind): FigureFamily {
  return kind === "plan" || kind === "target" || kind === "budget" ? "plan" : "result";
}

/** A year as a header can name it: absolute, relative to the report year N, or not named at all. */
export type YearRef =
  { kind: "absolute"; year: number } | { kind: "relative"; offset: number } | { kind: "unknown" };

export const UNKNOWN_YEAR: YearRef = { kind: "unknown" };

export interface Figure {
  kind: FigureKind;
  period: Period;
  year: YearRef;
}

export type ComparisonOp = "ratio" | "growth" | "diff";

/** One side of a comparison: a column of the table (zero-based index among its columns), or one it lacks. */
export type Operand = { column: number } | { missing: Figure };

/** Roles without figures of their own (what the notation spells as a word). */
export type PlainRole =
  | "stt"
  | "name"
  | "unit"
  | "note"
  | "in-charge"
  | "level"
  | "evaluation"
  | "max-points"
  | "self-score"
  | "code"
  | "other";

export type ColumnReading =
  | { role: PlainRole }
  | { role: "figure"; figure: Figure }
  /** A comparison whose operands are told (resolved to columns, or named and missing). */
  | { role: "comparison"; op: ComparisonOp; a: Operand; b: Operand; percent: boolean }
  /** A comparison whose operands the header does not tell («So sánh (%)» with nothing to compare around it). */
  | {
      role: "comparison-unresolved";
      op: ComparisonOp;
      percent: boolean;
      /** «Chênh lệch (%)»: the operation is not told either (A − B or the relative change). */
      opOpen?: true;
    };

/** Column letters counted from the table's first column: 0 → A, 25 → Z, 26 → AA (as a sheet's letters). */
export function tableLetter(index: number): string {
  return columnLetter(index);
}

function tableIndex(letters: string): number | undefined {
  return /^[A-Z]{1,3}$/.test(letters) ? columnIndex(letters) : undefined;
}

export function formatYearRef(year: YearRef): string {
  if (year.kind === "absolute") return String(year.year);
  if (year.kind === "unknown") return "?";
  return year.offset === 0 ? "N" : `N${year.offset > 0 ? "+" : "-"}${Math.abs(year.offset)}`;
}

export function formatFigure(figure: Figure): string {
  return `figure ${figure.kind} ${figure.period} ${formatYearRef(figure.year)}`;
}

function formatOperand(operand: Operand, letter: (index: number) => string): string {
  return "column" in operand ? letter(operand.column) : `missing(${formatFigure(operand.missing)})`;
}

/**
 * The reading in the notation. `letter` names an operand column (default: its letter counted from the table's first
 * column, as the corpus writes it; the faces pass the sheet's letters).
 */
export function formatReading(
  reading: ColumnReading,
  letter: (index: number) => string = tableLetter,
): string {
  switch (reading.role) {
    case "figure":
      return formatFigure(reading.figure);
    case "comparison": {
      const sign = reading.op === "diff" ? "-" : "/";
      return `${reading.op} ${formatOperand(reading.a, letter)} ${sign} ${formatOperand(reading.b, letter)}`;
    }
    // A comparison whose operands cannot be told computes nothing the notation can say.
    case "comparison-unresolved":
    case "level":
    case "evaluation":
    case "max-points":
    case "self-score":
    case "code":
      return "other";
    default:
      return reading.role;
  }
}

function parseYearRef(text: string): YearRef | undefined {
  if (text === "?") return UNKNOWN_YEAR;
  if (/^\d{4}$/.test(text)) return { kind: "absolute", year: Number(text) };
  const m = /^N(?:([+-])(\d))?$/.exec(text);
  if (!m) return undefined;
  return { kind: "relative", offset: m[1] ? (m[1] === "+" ? 1 : -1) * Number(m[2]) : 0 };
}

function parseFigure(words: string[]): Figure | undefined {
  if (words.length !== 4 || words[0] !== "figure") return undefined;
  const [, kind, period, yearText] = words;
  const year = parseYearRef(yearText);
  if (!(FIGURE_KINDS as readonly string[]).includes(kind)) return undefined;
  if (!(PERIODS as readonly string[]).includes(period)) return undefined;
  if (!year) return undefined;
  return { kind: kind as FigureKind, period: period as Period, year };
}

function parseOperand(text: string, index: (letters: string) => number | undefined): Operand | undefined {
  const missing = /^missing\((.*)\)$/.exec(text.trim());
  if (missing) {
    const figure = parseFigure(missing[1].trim().split(/\s+/));
    return figure && { missing: figure };
  }
  const column = index(text.trim().toUpperCase());
  return column === undefined ? undefined : { column };
}

/** The text cut in two at the one `separator` outside parentheses; undefined when there is not exactly one. */
function splitOutsideBrackets(text: string, separator: string): [string, string] | undefined {
  let depth = 0;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      if (at >= 0) return undefined;
      at = i;
    }
  }
  return at < 0 ? undefined : [text.slice(0, at).trim(), text.slice(at + separator.length).trim()];
}

const PLAIN_WORDS: readonly PlainRole[] = ["stt", "name", "unit", "note", "in-charge", "other"];

/**
 * A reading written in the notation, or undefined when the text is not one. `index` turns an operand's letters into
 * a column index (default: letters counted from the table's first column).
 */
export function parseReading(
  text: string,
  index: (letters: string) => number | undefined = tableIndex,
): ColumnReading | undefined {
  const t = text.trim().replace(/\s+/g, " ");
  if ((PLAIN_WORDS as readonly string[]).includes(t)) return { role: t as PlainRole };
  if (t.startsWith("figure ")) {
    const figure = parseFigure(t.split(" "));
    return figure && { role: "figure", figure };
  }
  const m = /^(ratio|growth|diff) (.+)$/.exec(t);
  if (!m) return undefined;
  const op = m[1] as ComparisonOp;
  const sides = splitOutsideBrackets(m[2], op === "diff" ? " - " : " / ");
  if (!sides) return undefined;
  if (sides[0] === "?" && sides[1] === "?")
    return { role: "comparison-unresolved", op, percent: op !== "diff" };
  const a = parseOperand(sides[0], index);
  const b = parseOperand(sides[1], index);
  if (!a || !b) return undefined;
  return { role: "comparison", op, a, b, percent: op !== "diff" };
}
