/**
 * Reading a whole table header: each column's header read alone (read.ts), then what needs the others — the table's
 * report year N from its header's years (else its title's), years named relative to N, the period of a «cùng kỳ»
 * column, and each comparison's operands resolved to the table's columns (named in the header, else inferred from
 * the figures beside it, and said so).
 *
 * The rules for N from a header («the header's year»), most telling first: an estimate of year Y, or a part-year
 * figure of Y (6 tháng, quý, tháng), reports year Y; a plan of Y beside a result of Y−1 or of Y is the plan of the
 * next year or this year's plan, so N is the result's year; a plan of Y alone is next year's (N = Y − 1); a result
 * of Y alone reports Y, unless the table also holds an estimate or a part-year figure without a year (a forecast:
 * the result is last year's, N = Y + 1); a target of Y reports Y; a comparison that names the years of its operands
 * counts like the figures it names when no column does.
 */
import { columnRefs, type Expr } from "../../formulas/expr";
import type { FigurePattern, HeaderReading } from "./read";
import { readHeaderFolded } from "./read";
import type { ColumnReading, ComparisonOp, Figure, FigureKind, Operand, Period, YearRef } from "./reading";
import { UNKNOWN_YEAR } from "./reading";
import { readTitle, type TitleReading } from "./title";

export interface HeaderColumn {
  /** The column's header rows joined top to bottom, as shown. */
  header: string;
  /** `header` folded (foldHeader). */
  folded: string;
  /** The column's number in the form, when a column-number row gives it. */
  formNumber?: number;
  /** The formula the column-number row declares (`7=6/4`), in form column numbers. */
  declared?: Expr;
}

export type TableYearSource = "header" | "title";

export interface ReadColumn {
  /** What the header alone says. */
  heard: HeaderReading;
  /** The reading is the user's correction, not the header's. */
  corrected?: boolean;
  /** The column's reading in the table: figures with their years as far as the table tells, operands resolved. */
  reading: ColumnReading;
  /** Where a figure's year came from when the table tells it. */
  yearSource?: TableYearSource;
  /** A comparison whose operands the header did not name: found among the figures beside it. */
  inferred?: boolean;
  /** The column asks for a percent number. */
  percent: boolean;
}

export interface TableHeaderReading {
  columns: ReadColumn[];
  /** The report year N the table's header (else its title) tells. */
  year?: { year: number; source: TableYearSource };
  /** The title lines read above the table, joined by " / " (absent when none). */
  title?: string;
}

const PART_YEAR: ReadonlySet<Period> = new Set(["h1", "9m", "q1", "q2", "q3", "q4", "month", "period"]);

type KnownFigure = FigurePattern & { kind: FigureKind };

function figureOfHeard(heard: HeaderReading): KnownFigure | undefined {
  return heard.role === "figure" ? heard.figure : undefined;
}

function absolute(year: YearRef | undefined): number | undefined {
  return year?.kind === "absolute" ? year.year : undefined;
}

/** N from the header's absolute years (see the module comment), or undefined. */
export function headerReportYear(heard: readonly HeaderReading[]): number | undefined {
  const figures = heard.map(figureOfHeard).filter((f): f is KnownFigure => f !== undefined);
  const fromFigures = reportYearOfFigures(figures);
  if (fromFigures !== undefined) return fromFigures;
  const named: KnownFigure[] = [];
  for (const h of heard) {
    if (h.role !== "comparison") continue;
    for (const side of [h.a, h.b])
      if (side && side.kind !== undefined && !side.samePeriodLastYear) named.push(side as KnownFigure);
  }
  return reportYearOfFigures(named);
}

function reportYearOfFigures(figures: readonly KnownFigure[]): number | undefined {
  const latest = (wanted: (f: KnownFigure) => boolean): number | undefined => {
    let best: number | undefined;
    for (const f of figures) {
      const y = absolute(f.year);
      if (y !== undefined && !f.samePeriodLastYear && wanted(f) && (best === undefined || y > best)) best = y;
    }
    return best;
  };
  const estimate = latest((f) => f.kind === "estimate");
  if (estimate !== undefined) return estimate;
  const partYear = latest((f) => f.period !== undefined && PART_YEAR.has(f.period) && f.kind === "actual");
  if (partYear !== undefined) return partYear;
  const actual = latest((f) => f.kind === "actual" && (f.period ?? "year") === "year");
  const plan = latest((f) => f.kind === "plan");
  if (actual !== undefined) {
    if (plan !== undefined) return actual;
    // A forecast: last year's result beside this year's estimate or part-year figure, named without a year.
    const forecast = figures.some(
      (f) =>
        f.year === undefined &&
        (f.kind === "estimate" || (f.period !== undefined && PART_YEAR.has(f.period))),
    );
    return forecast ? actual + 1 : actual;
  }
  if (plan !== undefined) return plan - 1;
  return latest((f) => f.kind === "target" || f.kind === "budget" || f.kind === "cumulative");
}

// ---------------------------------------------------------------------------------------------------------------

interface Context {
  n?: { year: number; source: TableYearSource };
  title: TitleReading;
  /** The period of the table's current figure (what a «cùng kỳ» column is the same period of). */
  currentPeriod: Period;
  /** Some column names its year relative to N, or the title names N: a year-less «năm» figure is of year N. */
  relative: boolean;
}

function resolveYear(year: YearRef, ctx: Context): { year: YearRef; source?: TableYearSource } {
  if (year.kind === "absolute") return { year, source: "header" };
  if (year.kind === "relative" && ctx.n)
    return { year: { kind: "absolute", year: ctx.n.year + year.offset }, source: ctx.n.source };
  return { year };
}

function shifted(year: YearRef, by: number): YearRef {
  if (year.kind === "absolute") return { kind: "absolute", year: year.year + by };
  if (year.kind === "relative") return { kind: "relative", offset: year.offset + by };
  return year;
}

/** The figure a header describes, with its year resolved as far as the table tells. */
function figureIn(
  pattern: KnownFigure,
  ctx: Context,
  current: Figure | undefined,
  sameKind: (kind: FigureKind, year: number) => boolean,
): { figure: Figure; source?: TableYearSource } {
  if (pattern.samePeriodLastYear) {
    const base =
      current?.year ?? (ctx.n ? resolveYear({ kind: "relative", offset: 0 }, ctx).year : UNKNOWN_YEAR);
    const year = base.kind === "unknown" ? ({ kind: "relative", offset: -1 } as YearRef) : shifted(base, -1);
    const resolved = resolveYear(year, ctx);
    return {
      figure: {
        kind: pattern.kind,
        period: pattern.period ?? current?.period ?? ctx.currentPeriod,
        year: resolved.year,
      },
      ...(resolved.source ? { source: resolved.source } : {}),
    };
  }
  const period = pattern.period ?? "year";
  if (pattern.year) {
    const resolved = resolveYear(pattern.year, ctx);
    return {
      figure: { kind: pattern.kind, period, year: resolved.year },
      ...(resolved.source ? { source: resolved.source } : {}),
    };
  }
  // No year in the header: the year the title gives this kind («KẾ HOẠCH NĂM 2027» over «Kế hoạch»), unless another
  // column of that kind has that year; else N when the table speaks of years relative to N («năm», «năm trước»).
  const titled = ctx.title.kinds.get(pattern.kind);
  if (titled !== undefined && !sameKind(pattern.kind, titled))
    return {
      figure: { kind: pattern.kind, period, year: { kind: "absolute", year: titled } },
      source: "title",
    };
  if (ctx.relative || pattern.period === "year") {
    const resolved = resolveYear({ kind: "relative", offset: 0 }, ctx);
    return {
      figure: { kind: pattern.kind, period, year: resolved.year },
      ...(resolved.source ? { source: resolved.source } : {}),
    };
  }
  return { figure: { kind: pattern.kind, period, year: UNKNOWN_YEAR } };
}

// ---------------------------------------------------------------------------------------------------------------
// Operands

const KIND_FAMILY: Record<FigureKind, number> = {
  actual: 0,
  estimate: 0,
  cumulative: 0,
  plan: 1,
  target: 1,
  budget: 1,
};

function sameYear(a: YearRef, b: YearRef): boolean | undefined {
  if (a.kind === "unknown" || b.kind === "unknown") return undefined;
  if (a.kind === "absolute" && b.kind === "absolute") return a.year === b.year;
  if (a.kind === "relative" && b.kind === "relative") return a.offset === b.offset;
  return undefined;
}

interface Wanted {
  kind?: FigureKind;
  period?: Period;
  year?: YearRef;
  /** A year preferred when none is wanted (the other operand's). */
  preferYear?: YearRef;
}

/** How well a figure answers what an operand names; undefined when it cannot be that operand. */
function score(w: Wanted, f: Figure): number | undefined {
  let s = 0;
  if (w.kind !== undefined) {
    if (w.kind === f.kind) s += 8;
    else if (KIND_FAMILY[w.kind] === KIND_FAMILY[f.kind]) s += 1;
    else return undefined;
  }
  if (w.period !== undefined) {
    if (w.period !== f.period) return undefined;
    s += 4;
  } else if (f.period === "year") s += 1;
  if (w.year !== undefined && w.year.kind !== "unknown") {
    const same = sameYear(w.year, f.year);
    if (same === false) return undefined;
    if (same) s += 6;
  } else if (w.preferYear && sameYear(w.preferYear, f.year)) s += 2;
  return s;
}

/** The figure column that best answers `w`, nearer the comparison (left first) on a tie; undefined when none. */
function bestColumn(
  w: Wanted,
  figures: readonly { index: number; figure: Figure }[],
  at: number,
  exclude: number | undefined,
): number | undefined {
  let best: { index: number; s: number; d: number } | undefined;
  for (const { index, figure } of figures) {
    if (index === at || index === exclude) continue;
    const s = score(w, figure);
    if (s === undefined) continue;
    const d = index < at ? at - index : 1000 + index - at;
    if (!best || s > best.s || (s === best.s && d < best.d)) best = { index, s, d };
  }
  // A kind of another family's fallback (thực hiện for ước thực hiện) only when nothing closer to the words exists.
  if (
    best &&
    w.kind !== undefined &&
    best.s < 8 &&
    figures.some((f) => f.figure.kind === w.kind && f.index !== at)
  )
    return undefined;
  return best?.index;
}

function wantedOf(p: FigurePattern, context: FigurePattern, ctx: Context): Wanted {
  const w: Wanted = {};
  if (p.kind !== undefined) w.kind = p.kind;
  const period = p.period ?? (p.samePeriodLastYear ? undefined : undefined);
  if (period !== undefined) w.period = period;
  const year = p.year ?? context.year;
  if (year !== undefined) w.year = resolveYear(year, ctx).year;
  return w;
}

function missingFigure(w: Wanted, fallbackKind: FigureKind | undefined): Figure {
  return {
    kind: w.kind ?? fallbackKind ?? "actual",
    period: w.period ?? "year",
    year: w.year ?? UNKNOWN_YEAR,
  };
}

const RESULT_KINDS: ReadonlySet<FigureKind> = new Set(["actual", "estimate", "cumulative"]);

/** The later (current) and earlier (reference) of two figures: years first, then result over plan, part over year. */
function orderPair(
  x: { index: number; figure: Figure },
  y: { index: number; figure: Figure },
): [number, number] {
  const yx = x.figure.year;
  const yy = y.figure.year;
  if (yx.kind === yy.kind && yx.kind !== "unknown") {
    const vx = yx.kind === "absolute" ? yx.year : (yx as { offset: number }).offset;
    const vy = yy.kind === "absolute" ? yy.year : (yy as { offset: number }).offset;
    if (vx !== vy) return vx > vy ? [x.index, y.index] : [y.index, x.index];
  }
  const rx = RESULT_KINDS.has(x.figure.kind);
  const ry = RESULT_KINDS.has(y.figure.kind);
  if (rx !== ry) return rx ? [x.index, y.index] : [y.index, x.index];
  const px = x.figure.period !== "year";
  const py = y.figure.period !== "year";
  if (px !== py) return px ? [x.index, y.index] : [y.index, x.index];
  return x.index > y.index ? [x.index, y.index] : [y.index, x.index];
}

/**
 * The two figures a comparison with no operand named compares: the only two left of it, else the only two between
 * it and the comparison before it; undefined when that does not single out two.
 */
function pairBefore(
  at: number,
  figures: readonly { index: number; figure: Figure }[],
  isComparison: (index: number) => boolean,
): { index: number; figure: Figure }[] | undefined {
  const left = figures.filter((f) => f.index < at);
  if (left.length === 2) return left;
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (isComparison(i)) {
      start = i + 1;
      break;
    }
  }
  const group = left.filter((f) => f.index >= start);
  return group.length === 2 ? group : undefined;
}

function resolveComparison(
  at: number,
  heard: HeaderReading & { role: "comparison" },
  figures: readonly { index: number; figure: Figure }[],
  heardAll: readonly HeaderReading[],
  ctx: Context,
): ReadColumn {
  const unresolved: ReadColumn = {
    heard,
    reading: { role: "comparison-unresolved", op: heard.op, percent: heard.percent },
    percent: heard.percent,
  };
  const { a, b, context } = heard;
  if (!a && !b) {
    // Nothing named («So sánh (%)», «Tăng, giảm (%)»): the two figures just before it, when there are exactly two.
    const contextYear = context.year && resolveYear(context.year, ctx).year;
    const inContext = contextYear ? figures.filter((f) => sameYear(contextYear, f.figure.year)) : figures;
    const isComparison = (i: number) => heardAll[i]?.role === "comparison";
    const pair = pairBefore(at, inContext, isComparison) ?? pairBefore(at, figures, isComparison);
    if (!pair) return unresolved;
    const [ia, ib] = orderPair(pair[0], pair[1]);
    return comparisonColumn(heard, { column: ia }, { column: ib }, true);
  }
  let inferred = false;
  const figureAt = (i: number) => figures.find((f) => f.index === i)?.figure;
  // The named side first; «cùng kỳ» names the other side's period a year before.
  const sideWanted = (p: FigurePattern, other: Figure | undefined): Wanted => {
    if (p.samePeriodLastYear) {
      const w: Wanted = { kind: p.kind ?? "actual" };
      const period = p.period ?? other?.period;
      if (period !== undefined) w.period = period;
      if (other && other.year.kind !== "unknown") w.year = shifted(other.year, -1);
      else if (ctx.n) w.year = resolveYear({ kind: "relative", offset: -1 }, ctx).year;
      return w;
    }
    return wantedOf(p, context, ctx);
  };
  let ia: number | undefined;
  let ib: number | undefined;
  let wa: Wanted | undefined;
  let wb: Wanted | undefined;
  if (a && !a.samePeriodLastYear) {
    wa = sideWanted(a, undefined);
    ia = bestColumn(wa, figures, at, undefined);
  }
  if (!a && b?.samePeriodLastYear) {
    // «So với cùng kỳ (%)»: the table's current figure against the same period a year before.
    inferred = true;
    const current = figures.filter(
      (f) => f.index !== at && RESULT_KINDS.has(f.figure.kind) && f.figure.period === ctx.currentPeriod,
    );
    const latest = current.filter(
      (f) => !current.some((g) => sameYear(shifted(f.figure.year, 1), g.figure.year)),
    );
    const pool = latest.length > 0 ? latest : current;
    const left = pool.filter((f) => f.index < at);
    ia = (left.length > 0 ? left[left.length - 1] : pool[0])?.index;
    if (ia === undefined) return unresolved;
  }
  if (b) {
    const other = ia !== undefined ? figureAt(ia) : undefined;
    wb = sideWanted(b, other);
    if (ia !== undefined && wb.year === undefined) {
      const y = figureAt(ia)?.year;
      if (y) wb.preferYear = y;
    }
    ib = bestColumn(wb, figures, at, ia);
  }
  if (a && a.samePeriodLastYear) {
    const other = ib !== undefined ? figureAt(ib) : undefined;
    wa = sideWanted(a, other);
    ia = bestColumn(wa, figures, at, ib);
  }
  if (!a && ia === undefined) {
    // The compared figure unnamed: the result of B's year (a completion rate, «so với cùng kỳ»).
    inferred = true;
    const other = ib !== undefined ? figureAt(ib) : undefined;
    const results = figures.filter(
      (f) => f.index !== at && f.index !== ib && RESULT_KINDS.has(f.figure.kind),
    );
    const wantedYear = b?.samePeriodLastYear && other ? shifted(other.year, 1) : other?.year;
    const sameYearResults = wantedYear ? results.filter((f) => sameYear(wantedYear, f.figure.year)) : results;
    const pool =
      b?.samePeriodLastYear && other
        ? results.filter(
            (f) =>
              f.figure.period === other.period && sameYear(shifted(other.year, 1), f.figure.year) !== false,
          )
        : sameYearResults.length > 0
          ? sameYearResults
          : results;
    const left = pool.filter((f) => f.index < at);
    const chosen = (left.length > 0 ? left : pool).sort(
      (x, y) => Math.abs(at - x.index) - Math.abs(at - y.index),
    )[0];
    if (!chosen) return unresolved;
    ia = chosen.index;
    if (b?.samePeriodLastYear) {
      wb = sideWanted(b, chosen.figure);
      ib = bestColumn(wb, figures, at, ia);
    }
  } else if (!b) {
    // What the figure is compared with, unnamed: its plan or target (a completion rate), else the year before.
    inferred = true;
    const fa = ia !== undefined ? figureAt(ia) : undefined;
    if (!fa) return unresolved;
    const plans = figures.filter(
      (f) =>
        f.index !== at &&
        f.index !== ia &&
        KIND_FAMILY[f.figure.kind] === 1 &&
        sameYear(f.figure.year, fa.year) !== false,
    );
    const pool =
      heard.op === "ratio" && plans.length > 0
        ? plans.filter((f) => f.figure.kind === "target").length > 0 && heard.completion
          ? plans.filter((f) => f.figure.kind === "target")
          : plans
        : figures.filter(
            (f) =>
              f.index !== at &&
              f.index !== ia &&
              f.figure.period === fa.period &&
              sameYear(shifted(fa.year, -1), f.figure.year) === true,
          );
    if (pool.length !== 1) return unresolved;
    ib = pool[0].index;
  }
  const opA: Operand | undefined =
    ia !== undefined ? { column: ia } : wa ? { missing: missingFigure(wa, wb?.kind) } : undefined;
  const opB: Operand | undefined =
    ib !== undefined ? { column: ib } : wb ? { missing: missingFigure(wb, wa?.kind) } : undefined;
  if (!opA || !opB) return unresolved;
  return comparisonColumn(heard, opA, opB, inferred);
}

function comparisonColumn(
  heard: HeaderReading & { role: "comparison" },
  a: Operand,
  b: Operand,
  inferred: boolean,
): ReadColumn {
  const out: ReadColumn = {
    heard,
    reading: { role: "comparison", op: heard.op, a, b, percent: heard.percent },
    percent: heard.percent,
  };
  if (inferred) out.inferred = true;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Declared formulas (7=6/4) read back as comparisons

function isCol(e: Expr): e is { kind: "col"; n: number } {
  return e.kind === "col";
}

function isNum(e: Expr, v: number): boolean {
  return e.kind === "num" && e.value === v;
}

/** The comparison a declared formula computes, in form numbers: A/B, A/B×100, (A−B)/B×100, A/B×100−100, A−B. */
export function comparisonOfExpr(expr: Expr): { op: ComparisonOp; a: number; b: number } | undefined {
  const ratio = (e: Expr): [number, number] | undefined =>
    e.kind === "op" && e.op === "/" && isCol(e.left) && isCol(e.right) ? [e.left.n, e.right.n] : undefined;
  const times100 = (e: Expr): Expr | undefined =>
    e.kind === "op" && e.op === "*"
      ? isNum(e.right, 100)
        ? e.left
        : isNum(e.left, 100)
          ? e.right
          : undefined
      : undefined;
  const plain = ratio(expr) ?? ratio(times100(expr) ?? { kind: "num", value: 0 });
  if (plain) return { op: "ratio", a: plain[0], b: plain[1] };
  if (expr.kind === "op" && expr.op === "-" && isCol(expr.left) && isCol(expr.right))
    return { op: "diff", a: expr.left.n, b: expr.right.n };
  if (expr.kind === "op" && expr.op === "-" && isNum(expr.right, 100)) {
    const inner = times100(expr.left);
    const r = inner && ratio(inner);
    if (r) return { op: "growth", a: r[0], b: r[1] };
  }
  const scaled = times100(expr) ?? expr;
  if (scaled.kind === "op" && scaled.op === "/" && isCol(scaled.right)) {
    const top = scaled.left;
    if (
      top.kind === "op" &&
      top.op === "-" &&
      isCol(top.left) &&
      isCol(top.right) &&
      top.right.n === scaled.right.n
    )
      return { op: "growth", a: top.left.n, b: top.right.n };
  }
  return undefined;
}

function declaredColumn(
  heard: HeaderReading,
  expr: Expr,
  columns: readonly HeaderColumn[],
  percent: boolean,
): ReadColumn {
  const shape = comparisonOfExpr(expr);
  const index = (n: number) => columns.findIndex((c) => c.formNumber === n);
  if (!shape || index(shape.a) < 0 || index(shape.b) < 0 || columnRefs(expr).length !== 2)
    return { heard, reading: { role: "other" }, percent };
  return {
    heard,
    reading: {
      role: "comparison",
      op: shape.op,
      a: { column: index(shape.a) },
      b: { column: index(shape.b) },
      percent,
    },
    percent,
  };
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads the header of a table: its columns in order, and the title lines above it (joined by " / "). `corrections`
 * are the readings the user gave some columns (by index): they stand as given, and the other columns' comparisons
 * resolve against them.
 */
export function readTableHeader(
  columns: readonly HeaderColumn[],
  title?: string,
  corrections: ReadonlyMap<number, ColumnReading> = new Map(),
): TableHeaderReading {
  const heard = columns.map((c) => readHeaderFolded(c.folded, c.formNumber));
  const titleReading = readTitle(title ?? "");
  const headerN = headerReportYear(heard);
  const n =
    headerN !== undefined
      ? { year: headerN, source: "header" as const }
      : titleReading.year !== undefined
        ? { year: titleReading.year, source: "title" as const }
        : undefined;
  const knownFigures = heard.map(figureOfHeard);
  const periods = knownFigures.filter(
    (f): f is KnownFigure =>
      f !== undefined && !f.samePeriodLastYear && f.period !== undefined && f.period !== "year",
  );
  const ctx: Context = {
    ...(n ? { n } : {}),
    title: titleReading,
    currentPeriod: periods[0]?.period ?? "year",
    // «năm trước», «cùng kỳ», a title's year, or a year-less «năm» («Kế hoạch năm», «6 tháng đầu năm»).
    relative:
      titleReading.year !== undefined ||
      knownFigures.some((f) => f?.samePeriodLastYear || f?.year?.kind === "relative") ||
      columns.some(
        (c, i) =>
          knownFigures[i] !== undefined && knownFigures[i]?.year === undefined && /\bnam\b/.test(c.folded),
      ),
  };

  const reads: (ReadColumn | undefined)[] = new Array(columns.length);
  // Figures first: comparisons resolve to them.
  const figures: { index: number; figure: Figure }[] = [];
  const absoluteYears = new Map<FigureKind, Set<number>>();
  knownFigures.forEach((f) => {
    const y = f && !f.samePeriodLastYear && f.year ? absolute(resolveYear(f.year, ctx).year) : undefined;
    if (f && y !== undefined) {
      const set = absoluteYears.get(f.kind) ?? new Set<number>();
      set.add(y);
      absoluteYears.set(f.kind, set);
    }
  });
  const sameKind = (kind: FigureKind, year: number) => absoluteYears.get(kind)?.has(year) ?? false;
  // The current figure (what «cùng kỳ» goes with): the first figure of a part-year period, else the first one.
  const currentIndex = knownFigures.findIndex(
    (f) => f && !f.samePeriodLastYear && f.period === ctx.currentPeriod,
  );
  let current: Figure | undefined;
  const order = [...columns.keys()].filter((i) => !knownFigures[i]?.samePeriodLastYear);
  order.push(...[...columns.keys()].filter((i) => knownFigures[i]?.samePeriodLastYear));
  corrections.forEach((reading, i) => {
    const h = heard[i];
    reads[i] = { heard: h, reading, corrected: true, percent: reading.role === "comparison" ? reading.percent : false };
    if (reading.role === "figure") figures.push({ index: i, figure: reading.figure });
  });
  for (const i of order) {
    const f = knownFigures[i];
    if (!f || columns[i].declared || reads[i]) continue;
    const { figure, source } = figureIn(f, ctx, current, sameKind);
    if (i === currentIndex) current = figure;
    const heardI = heard[i] as HeaderReading & { role: "figure" };
    reads[i] = {
      heard: heardI,
      reading: { role: "figure", figure },
      percent: heardI.percent,
      ...(source ? { yearSource: source } : {}),
    };
    figures.push({ index: i, figure });
  }
  figures.sort((x, y) => x.index - y.index);
  columns.forEach((c, i) => {
    if (reads[i]) return;
    const h = heard[i];
    const percent =
      h.role === "comparison" ? h.percent : h.role === "figure" ? h.percent : c.header.includes("%");
    if (c.declared) {
      reads[i] = declaredColumn(h, c.declared, columns, c.header.includes("%"));
      return;
    }
    if (h.role !== "comparison") reads[i] = { heard: h, reading: { role: h.role } as ColumnReading, percent };
  });
  columns.forEach((_, i) => {
    const h = heard[i];
    if (reads[i] || h.role !== "comparison") return;
    reads[i] = resolveComparison(i, h, figures, heard, ctx);
  });
  const out: TableHeaderReading = { columns: reads as ReadColumn[] };
  if (n) out.year = n;
  if (title && title.trim() !== "") out.title = title;
  return out;
}
