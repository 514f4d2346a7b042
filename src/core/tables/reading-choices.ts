/**
 * What a face offers a user who reads a column otherwise than the header grammar did: a choice per column, never
 * free text only. The choices are what the grammar can say of a column of that table — a figure (its kind, period
 * and year), a comparison between two of the table's figure columns (A/B, growth, difference), or «không dùng để
 * tính» — and a choice becomes the `ColumnCorrection` the workbook stores (reading.ts), so every later check, fill
 * and consolidation reads the column so.
 *
 * Also which tables a face shows prominently: the ones whose reading a column-number row and their headers' years do
 * not make certain (`readingWorthShowing`, what `phuluc check` prints too), and which columns are worth a line.
 *
 * API: `readingWorthShowing(table)`, `shownColumns(table)`, `columnChoices(table, column, reportYear?)` →
 * `ColumnChoices` (the current reading as a `ReadingChoice` and the lists to choose from), `readingOfChoice(table,
 * column, choice)` → the `ColumnReading` (undefined when the choice computes nothing), `correctionOfChoice(…)` → the
 * `ColumnCorrection` to store, `choiceWhatText`, `periodText`, `yearChoiceText`.
 */
import { t, type Lang } from "../i18n/messages";
import type { ColumnCorrection } from "../model/sheet";
import {
  FIGURE_KINDS,
  PERIODS,
  formatReading,
  formatYearRef,
  type ColumnReading,
  type ComparisonOp,
  type FigureKind,
  type Period,
  type YearRef,
} from "./header-grammar";
import { columnText, type ColumnView, type TableReading } from "./reading";

/** Columns every table has, which never need a line: STT, the indicator's name, its unit, notes, the code column. */
const PLAIN_ROLES: ReadonlySet<string> = new Set(["stt", "name", "unit", "note", "code"]);

/** The columns worth a line in a table's reading: every column but STT, name, unit, notes and the code column. */
export function shownColumns(table: TableReading): ColumnView[] {
  return table.columns.filter((c) => !PLAIN_ROLES.has(c.reading.role));
}

/**
 * A table whose reading is not what a column-number row and its headers' years make certain: found by its header
 * row, or with a formula read from its header's words or corrected, or a year not read from its header. Faces show
 * these prominently; the others are available but quiet.
 */
export function readingWorthShowing(table: TableReading): boolean {
  return (
    table.foundBy === "header-row" ||
    table.yearSource !== "header" ||
    table.columns.some(
      (c) => c.corrected || c.inferred || (c.formula !== undefined && c.formula !== "number-row"),
    )
  );
}

/** What a column holds, as a user picks it: a figure of a kind, a comparison, or nothing to compute with. */
export type ChoiceWhat = FigureKind | ComparisonOp | "other";

export const COMPARISON_OPS: readonly ComparisonOp[] = ["ratio", "growth", "diff"];

/** A reading as a face's fields hold it: operands by the sheet's column letters. */
export interface ReadingChoice {
  what: ChoiceWhat;
  /** For a figure. */
  period?: Period;
  year?: YearRef;
  /** For a comparison: the columns compared (sheet letters). */
  a?: string;
  b?: string;
}

export interface ColumnChoices {
  /** The column's reading now, as a choice (the fields' starting values). */
  current: ReadingChoice;
  whats: readonly ChoiceWhat[];
  periods: readonly Period[];
  /** The years offered: N−2 … N+2 when the report year N is known, else N−1, N, N+1 (resolved once N is). */
  years: readonly YearRef[];
  /** The columns a comparison may compare: the table's figure columns but this one. */
  operands: readonly ColumnView[];
}

function isOp(what: ChoiceWhat): what is ComparisonOp {
  return (COMPARISON_OPS as readonly string[]).includes(what);
}

function sameYear(a: YearRef, b: YearRef): boolean {
  return formatYearRef(a) === formatYearRef(b);
}

/** The choices for a column of a table (see the module comment); `reportYear` is the workbook's N, when known. */
export function columnChoices(table: TableReading, column: ColumnView, reportYear?: number): ColumnChoices {
  const operands = table.columns.filter((c) => c !== column && c.reading.role === "figure");
  const years: YearRef[] =
    reportYear === undefined
      ? [-1, 0, 1].map((offset) => ({ kind: "relative", offset }))
      : [-2, -1, 0, 1, 2].map((offset) => ({ kind: "absolute", year: reportYear + offset }));
  const r = column.reading;
  let current: ReadingChoice;
  if (r.role === "figure") {
    current = { what: r.figure.kind, period: r.figure.period, year: r.figure.year };
    // The year the column holds is always among the choices (an unknown one is chosen from them).
    if (r.figure.year.kind !== "unknown" && !years.some((y) => sameYear(y, r.figure.year)))
      years.push(r.figure.year);
  } else if (r.role === "comparison") {
    const letter = (operand: typeof r.a) =>
      "column" in operand ? table.columns[operand.column]?.letter : undefined;
    current = { what: r.op };
    const a = letter(r.a);
    const b = letter(r.b);
    if (a !== undefined) current.a = a;
    if (b !== undefined) current.b = b;
  } else if (r.role === "comparison-unresolved") current = { what: r.op };
  else current = { what: "other" };
  return { current, whats: [...FIGURE_KINDS, ...COMPARISON_OPS, "other"], periods: PERIODS, years, operands };
}

/**
 * The reading a choice gives the column; undefined when it computes nothing the table can use (a comparison
 * missing an operand, or comparing the column with itself, a figure without a year).
 */
export function readingOfChoice(
  table: TableReading,
  column: ColumnView,
  choice: ReadingChoice,
): ColumnReading | undefined {
  if (choice.what === "other") return { role: "other" };
  if (isOp(choice.what)) {
    const index = (letter?: string) => {
      const i = table.columns.findIndex((c) => c.letter === letter);
      return i < 0 || table.columns[i] === column ? undefined : i;
    };
    const a = index(choice.a);
    const b = index(choice.b);
    if (a === undefined || b === undefined || a === b) return undefined;
    return {
      role: "comparison",
      op: choice.what,
      a: { column: a },
      b: { column: b },
      percent: choice.what !== "diff",
    };
  }
  if (!choice.year || choice.year.kind === "unknown") return undefined;
  return {
    role: "figure",
    figure: { kind: choice.what, period: choice.period ?? "year", year: choice.year },
  };
}

/** The correction to store for the choice (one per sheet and column), or undefined (see `readingOfChoice`). */
export function correctionOfChoice(
  table: TableReading,
  column: ColumnView,
  choice: ReadingChoice,
): ColumnCorrection | undefined {
  const reading = readingOfChoice(table, column, choice);
  if (!reading) return undefined;
  return {
    sheet: table.sheet,
    col: column.letter,
    reading: formatReading(reading, (i) => table.columns[i]?.letter ?? "?"),
  };
}

/** The column's line as it will read with the choice («H = (F − D)/D (%) (đã sửa)»), undefined when it cannot. */
export function choicePreview(
  table: TableReading,
  column: ColumnView,
  choice: ReadingChoice,
  lang: Lang,
): string | undefined {
  const reading = readingOfChoice(table, column, choice);
  if (!reading) return undefined;
  return columnText(table, { ...column, reading, corrected: true, inferred: false }, lang);
}

// ---------------------------------------------------------------------------------------------------------------
// Texts of the choices

/** «Ước thực hiện», «So sánh A/B (%)», «không dùng để tính». */
export function choiceWhatText(what: ChoiceWhat, lang: Lang): string {
  if (what === "other") return t(lang, "reading.role.other");
  if (isOp(what)) return t(lang, `reading.choice.${what}`);
  return t(lang, `reading.kind.${what}`);
}

/** «cả năm», «6 tháng», «quý I». */
export function periodText(period: Period, lang: Lang): string {
  return period === "year"
    ? t(lang, "reading.choice.whole-year")
    : t(lang, `reading.period.${period}`).trim();
}

/** «2026», «năm N+1 (năm sau)». */
export function yearChoiceText(year: YearRef, lang: Lang): string {
  if (year.kind === "absolute") return String(year.year);
  if (year.kind === "unknown") return t(lang, "reading.year.unknown").trim();
  const n = formatYearRef(year);
  if (year.offset === -1) return t(lang, "reading.choice.relative.before", { n });
  if (year.offset === 0) return t(lang, "reading.choice.relative.same", { n });
  if (year.offset === 1) return t(lang, "reading.choice.relative.after", { n });
  return t(lang, "reading.year.relative", { n }).trim();
}
