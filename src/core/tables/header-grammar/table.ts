/**
 * Reading a whole table header: each column's header read alone (read.ts), then what needs the others — the table's
 * report year N from its header's years (else its title's), years named relative to N, the period of a «cùng kỳ»
 * or «lũy kế» column, the previous period's columns, the indicator-name column, and each comparison's operands
 * resolved to the table's columns (named in the header, else inferred from the figures beside it, and said so).
 *
 * The rules for N from a header («the header's year»), most telling first: an estimate of year Y, or a part-year
 * figure of Y (6 tháng, quý, tháng), reports year Y; a plan of Y beside a result of Y−1 or of Y is the plan of the
 * next year or this year's plan, so N is the result's year; a plan of Y alone is next year's (N = Y − 1); a result
 * of Y alone reports Y, unless the table also holds an estimate or a part-year figure without a year (a forecast:
 * the result is last year's, N = Y + 1); a target of Y reports Y; a comparison that names the years of its operands
 * counts like the figures it names when no column does.
 *
 * The rules for a figure's year: written in its header; else named relative to N («năm trước», «năm sau», «X-1»);
 * «cùng kỳ» is the year before the figure it goes with; a result without a year in a table whose years are all
 * written takes the current figure's year («Luỹ kế 6 tháng» beside «Tháng 6/2020»); else the year the title gives
 * its kind («KẾ HOẠCH NĂM 2027» over «Kế hoạch»), unless another column of that kind has it; else N when the table
 * speaks of years relative to N (a title's year, «năm trước», a year-less «năm»); else unknown. A year assumed that
 * way yields to a comparison that names the column's year («KH X+1/ƯTH X» makes «KH» the plan of N+1).
 *
 * A comparison's operands: each side named resolves to the figure column that best answers its words (kind, then
 * period, then year, nearer on the left on a tie); a plan named without its year over a result («KH/ƯTH») is the
 * plan that follows the result; a side not named is found among the figures beside it, and said to be inferred.
 */
import { columnRefs, type Expr } from "../expr";
import type { FigurePattern, HeaderReading } from "./read";
import { readHeaderFolded } from "./read";
import type { ColumnReading, ComparisonOp, Figure, FigureKind, Operand, Period, YearRef } from "./reading";
import { familyOf, isPartYear, UNKNOWN_YEAR } from "./reading";
import { readTitle, type TitleReading } from "./title";

export interface HeaderColumn {
  /** The column's header rows joined top to bottom, as shown. */
  header: string;
  /** `header` folded (foldHeader). */
  folded: string;
  /** The header's rows, each folded, when it has several (top to bottom, a merged cell's text once). */
  parts?: readonly string[];
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
  /**
   * A comparison whose operands the header did not name: found among the figures beside it. A figure whose header
   * is a year alone: its kind inferred from the report year (kindOfYear) or not known; either way to be confirmed.
   */
  inferred?: boolean;
  /** A year alone whose kind nothing tells (not a result before N, nor what the title names): to be said so. */
  kindUnknown?: boolean;
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

type KnownFigure = FigurePattern & { kind: FigureKind };

/** A result (actual, estimate, cumulative), not what results are measured against. */
function isResult(kind: FigureKind): boolean {
  return familyOf(kind) === "result";
}

function figureOfHeard(heard: HeaderReading): KnownFigure | undefined {
  return heard.role === "figure" ? heard.figure : undefined;
}

function absolute(year: YearRef | undefined): number | undefined {
  return year?.kind === "absolute" ? year.year : undefined;
}

/** N from the header's absolute years (see the module comment), or undefined. */
export function headerReportYear(heard: readonly HeaderReading[]): number | undefined {
  // A year alone («Năm 2025 | Năm 2026 | Năm 2027») says no kind: which is the report year is not told by it.
  const figures = heard
    .map(figureOfHeard)
    .filter((f): f is KnownFigure => f !== undefined && !f.previous && !f.range && !f.kindUnsaid);
  const fromFigures = reportYearOfFigures(figures);
  if (fromFigures !== undefined) return fromFigures;
  const named: KnownFigure[] = [];
  for (const h of heard) {
    if (h.role !== "comparison") continue;
    for (const side of [h.a, h.b])
      if (side && side.kind !== undefined && !side.samePeriodLastYear && !side.previous)
        named.push(side as KnownFigure);
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
  // «năm nay», «năm báo cáo»: a figure of this year as much as one without a year.
  const thisYear = (f: KnownFigure) =>
    f.year === undefined || (f.year.kind === "relative" && f.year.offset === 0);
  const estimate = latest((f) => f.kind === "estimate");
  if (estimate !== undefined) return estimate;
  // A result or a cumulative of part of a year («Thực hiện 6 tháng», «Lũy kế đến hết quý III/2026») is the report
  // year's own.
  const partYear = latest((f) => isPartYear(f.period) && (f.kind === "actual" || f.kind === "cumulative"));
  if (partYear !== undefined) return partYear;
  const actual = latest((f) => f.kind === "actual" && (f.period ?? "year") === "year");
  const plan = latest((f) => f.kind === "plan");
  if (actual !== undefined) {
    if (plan !== undefined) return actual;
    // A forecast: last year's result beside this year's estimate or part-year figure, named without a year.
    const forecast = figures.some((f) => thisYear(f) && (f.kind === "estimate" || isPartYear(f.period)));
    return forecast ? actual + 1 : actual;
  }
  // A plan alone is next year's, unless the table's other figures are this year's without a year written
  // («KH năm 2025» beside «TH tháng 9» and «Lũy kế 9 tháng»).
  if (plan !== undefined) {
    const current = figures.some((f) => thisYear(f) && f.kind !== "plan" && isPartYear(f.period));
    return current ? plan : plan - 1;
  }
  return latest((f) => f.kind === "target" || f.kind === "budget" || f.kind === "cumulative");
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

interface Context {
  n?: { year: number; source: TableYearSource };
  title: TitleReading;
  /** The period of the table's current figure (what «cùng kỳ» and a year-less «lũy kế» are periods of). */
  currentPeriod: Period;
  /** The current period said in a column's own words (not only by a group row like «Kỳ báo cáo»). */
  ownPeriod: boolean;
  /** Some column names its year relative to N, or the title names N: a year-less figure is of year N. */
  relative: boolean;
}

/** A figure column of the table, as comparisons resolve to it. */
interface FigureColumn {
  index: number;
  figure: Figure;
  /** The period before the current one («kỳ trước», an earlier month): the column reads `other`. */
  previous: boolean;
  /** Its year was assumed, not written: a comparison naming it with a year says which. */
  soft: boolean;
  /** A «cùng kỳ» column: last year's figure, not the current one. */
  lastYear: boolean;
  /** A «cùng kỳ» column whose period nothing decides among several (periodOfSame): a comparison with it is asked. */
  periodAsked?: boolean;
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

function withSource(
  figure: Figure,
  resolved: { source?: TableYearSource },
  soft = false,
): { figure: Figure; source?: TableYearSource; soft: boolean } {
  return resolved.source ? { figure, source: resolved.source, soft } : { figure, soft };
}

/** The period a figure is of: its own words', else the table's current one (a group's «Kỳ báo cáo», a «lũy kế»). */
function periodOf(pattern: KnownFigure, ctx: Context): Period {
  if (pattern.periodFromGroup) return ctx.ownPeriod ? ctx.currentPeriod : "period";
  // «Kỳ báo cáo» under «BÁO CÁO 6 THÁNG ĐẦU NĂM 2026»: the part of the year the title reports on.
  if (pattern.reportPeriod && ctx.title.period !== undefined) return ctx.title.period;
  if (pattern.period !== undefined) return pattern.period;
  if (pattern.kind === "cumulative" && ctx.currentPeriod !== "year") return ctx.currentPeriod;
  return "year";
}

/** The figure a header describes, with its year resolved as far as the table tells. */
function figureIn(
  pattern: KnownFigure,
  ctx: Context,
  base: Figure | undefined,
  current: Figure | undefined,
  allWritten: boolean,
  sameKind: (kind: FigureKind, year: number) => boolean,
): { figure: Figure; source?: TableYearSource; soft: boolean } {
  const period = periodOf(pattern, ctx);
  if (pattern.samePeriodLastYear && pattern.year?.kind !== "absolute") {
    const of = base?.year ?? (ctx.n ? resolveYear({ kind: "relative", offset: 0 }, ctx).year : UNKNOWN_YEAR);
    const year: YearRef = of.kind === "unknown" ? { kind: "relative", offset: -1 } : shifted(of, -1);
    const resolved = resolveYear(year, ctx);
    const samePeriod = pattern.period !== undefined ? period : (base?.period ?? ctx.currentPeriod);
    // «Lũy kế 9 tháng 2026 | Cùng kỳ»: last year's cumulative.
    const kind = pattern.kindOfBase && base?.kind === "cumulative" ? "cumulative" : pattern.kind;
    return withSource({ kind, period: samePeriod, year: resolved.year }, resolved);
  }
  if (pattern.year) {
    const resolved = resolveYear(pattern.year, ctx);
    // «TH cùng kỳ năm 2025»: the year is written, the period is still the current figure's.
    const samePeriod = pattern.samePeriodLastYear && pattern.period === undefined;
    const p = samePeriod ? (base?.period ?? ctx.currentPeriod) : period;
    return withSource({ kind: pattern.kind, period: p, year: resolved.year }, resolved);
  }
  // No year written: see the module comment.
  if (allWritten && isResult(pattern.kind) && current?.year.kind === "absolute")
    return { figure: { kind: pattern.kind, period, year: current.year }, source: "header", soft: true };
  const titled = ctx.title.kinds.get(pattern.kind);
  if (titled !== undefined && !sameKind(pattern.kind, titled))
    return {
      figure: { kind: pattern.kind, period, year: { kind: "absolute", year: titled } },
      source: "title",
      soft: true,
    };
  // «năm», «tháng», «kỳ báo cáo» without a number: the report year's.
  if (ctx.relative || pattern.period !== undefined) {
    const resolved = resolveYear({ kind: "relative", offset: 0 }, ctx);
    return withSource({ kind: pattern.kind, period, year: resolved.year }, resolved, true);
  }
  return { figure: { kind: pattern.kind, period, year: UNKNOWN_YEAR }, soft: true };
}

/**
 * The figure a year alone («Năm 2025», «2025», «Năm nay», «Năm N+1») is: of that year, its kind what the report year
 * makes natural when one is known — a year before it a result; under a title naming N, the report year an estimate
 * when the title speaks of one («ƯỚC THỰC HIỆN NĂM 2026») or of next year's plan alone, else a result, the year after
 * a plan when the title speaks of one.
 * Otherwise the kind is not known (`kindUnknown`): a result is written as the placeholder the reading needs, never
 * shown as a reading. The column is inferred and to be confirmed either way.
 */
function kindOfYear(
  pattern: KnownFigure,
  ctx: Context,
  title: TitleReading,
  relativeSaid: boolean,
): { figure: Figure; source?: TableYearSource; soft: boolean; inferred: boolean; kindUnknown?: true } {
  // «Năm nay», «Năm N+1»: a relative year alone is the year N (the header's or the title's) makes it.
  const resolved = resolveYear(pattern.year ?? UNKNOWN_YEAR, ctx);
  const year = resolved.year;
  const y = absolute(year);
  const source = resolved.source ?? "header";
  // «Năm 2025» beside «Năm 2026 (ước)» and «Năm 2027 (KH)»: the others' own words tell N, and a year before it in
  // such a table can only be its result. So with «Năm n-1» beside «Năm n (ước)», their N the title's.
  const saidBeside = ctx.n?.source === "header" || (relativeSaid && pattern.year?.kind === "relative");
  if (ctx.n && saidBeside && y !== undefined && y < ctx.n.year)
    return {
      figure: { kind: "actual", period: "year", year },
      source,
      soft: false,
      inferred: false,
    };
  let kind: FigureKind | undefined;
  const n = ctx.n?.year;
  if (y !== undefined && n !== undefined) {
    if (y < n) kind = "actual";
    // Under «KẾ HOẠCH NĂM 2027» alone, the year before the plan is still running: its figure an estimate, unless
    // the title names that year's result («KẾT QUẢ THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»).
    else if (ctx.n?.source === "title" && y === n)
      kind =
        title.kinds.get("estimate") === n ||
        (title.kinds.get("actual") !== n && title.kinds.get("plan") === n + 1)
          ? "estimate"
          : "actual";
    else if (ctx.n?.source === "title" && y === n + 1 && title.kinds.get("plan") === n + 1) kind = "plan";
  }
  return {
    figure: { kind: kind ?? "actual", period: "year", year },
    ...(resolved.source !== undefined || year.kind === "absolute" ? { source } : {}),
    soft: false,
    inferred: true,
    ...(kind === undefined ? { kindUnknown: true as const } : {}),
  };
}

/** Months before the latest one of the same year («Tháng 10» beside «Tháng 11» of 2020) are the previous period. */
function earlierMonths(heard: readonly HeaderReading[]): Set<number> {
  const latest = new Map<string, number>();
  const months: { index: number; key: string; month: number }[] = [];
  heard.forEach((h, index) => {
    const f = figureOfHeard(h);
    if (!f || f.month === undefined || f.period !== "month" || f.samePeriodLastYear) return;
    if (f.kind !== "actual" && f.kind !== "estimate") return;
    const key = f.year ? JSON.stringify(f.year) : "?";
    months.push({ index, key, month: f.month });
    latest.set(key, Math.max(latest.get(key) ?? 0, f.month));
  });
  return new Set(months.filter((m) => m.month < (latest.get(m.key) ?? 0)).map((m) => m.index));
}

/**
 * The period a «cùng kỳ» column that names none is of, when the table's figures offer several («Quý III/2026 | 9 tháng
 * 2026 | Cùng kỳ 2025»): the one a comparison against «cùng kỳ» names («9 tháng so cùng kỳ»), else that of the figure
 * it stands beside (on its left, as officials lay a figure and its «cùng kỳ» out); `null` when nothing decides (the
 * column is read with no period, and a comparison against it is asked, never guessed); undefined when one is on offer.
 */
function periodOfSame(
  pattern: KnownFigure,
  at: number,
  figures: readonly FigureColumn[],
  heard: readonly HeaderReading[],
): Period | null | undefined {
  if (pattern.period !== undefined) return undefined;
  // Its own kind first, as baseOf ranks them («Thực hiện cùng kỳ» goes with «Thực hiện», not «Ước thực hiện 6 tháng»).
  const related = figures.filter(
    (f) => !f.previous && !f.lastYear && kindScore(pattern.kind, f.figure.kind) !== undefined,
  );
  const ownKind = related.filter((f) => f.figure.kind === pattern.kind);
  const kindOf = ownKind.length > 0 ? ownKind : related;
  // This year's figures: «Thực hiện năm trước» is no period «cùng kỳ» could be of.
  const candidates = kindOf.filter((f) => !kindOf.some((g) => yearBefore(f.figure.year, g.figure.year)));
  const offered = new Set(candidates.map((f) => f.figure.period));
  if (offered.size < 2) return undefined;
  const named = new Set<Period>();
  for (const h of heard) {
    if (h.role !== "comparison" || !(h.a?.samePeriodLastYear || h.b?.samePeriodLastYear)) continue;
    for (const side of [h.a, h.b])
      if (side?.period !== undefined && offered.has(side.period)) named.add(side.period);
  }
  if (named.size === 1) return [...named][0];
  const beside = candidates.find((f) => f.index === at - 1);
  return beside ? beside.figure.period : null;
}

/**
 * The figure a «cùng kỳ» column is a year before: this year's figure of its kind (a result, when it names none) and
 * of its period (the table's current one, when it names none, or the one periodOfSame decides), the latest one.
 */
function baseOf(
  pattern: KnownFigure,
  figures: readonly FigureColumn[],
  ctx: Context,
  period?: Period,
): Figure | undefined {
  let best: { figure: Figure; rank: number } | undefined;
  for (const f of figures) {
    if (f.previous || f.lastYear) continue;
    const fig = f.figure;
    const kind = kindScore(pattern.kind, fig.kind);
    if (kind === undefined) continue;
    if ((pattern.period ?? period) !== undefined && fig.period !== (pattern.period ?? period)) continue;
    // Its own kind first, then the table's current period, then the latest year.
    const rank = (fig.kind === pattern.kind ? 4 : 0) + (fig.period === ctx.currentPeriod ? 2 : 0);
    const later =
      best !== undefined &&
      rank === best.rank &&
      fig.year.kind === "absolute" &&
      best.figure.year.kind === "absolute" &&
      fig.year.year > best.figure.year.year;
    if (!best || rank > best.rank || later) best = { figure: fig, rank };
  }
  return best?.figure;
}

// ---------------------------------------------------------------------------------------------------------------
// Operands

/** Whether year a is before year b, when the two can be told apart. */
function yearBefore(a: YearRef, b: YearRef): boolean {
  if (a.kind === "absolute" && b.kind === "absolute") return a.year < b.year;
  if (a.kind === "relative" && b.kind === "relative") return a.offset < b.offset;
  return false;
}

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
  /** The year is written in the comparison's header (not derived from the other side or the period word). */
  yearNamed?: boolean;
  previous?: boolean;
  /** Last year's «cùng kỳ» figure is wanted. */
  lastYear?: boolean;
  /** A year preferred when none is wanted (the other operand's). */
  preferYear?: YearRef;
}

/** How close a kind of the same family is: an estimate for a result, a result for a cumulative. */
function kindScore(wanted: FigureKind, found: FigureKind): number | undefined {
  if (wanted === found) return 8;
  if (familyOf(wanted) !== familyOf(found)) return undefined;
  if ((wanted === "actual" || wanted === "estimate") && (found === "actual" || found === "estimate"))
    return 3;
  return 2;
}

/** How well a figure answers what an operand names; undefined when it cannot be that operand. */
function score(w: Wanted, f: FigureColumn): number | undefined {
  if ((w.previous ?? false) !== f.previous) return undefined;
  const fig = f.figure;
  // A «cùng kỳ» column is last year's: the current figure is meant unless a year or «cùng kỳ» says otherwise.
  let s = f.lastYear && !w.lastYear && !w.yearNamed ? -3 : 0;
  if (w.kind !== undefined) {
    const k = kindScore(w.kind, fig.kind);
    if (k === undefined) return undefined;
    // A year named without a period is the full year: «ƯTH 2026» is no «TH 6 tháng 2026» (without a year, «ƯTH»
    // is the table's current figure, a month's in a monthly report).
    if (k < 8 && w.yearNamed && w.period === undefined && fig.period !== "year") return undefined;
    s += k;
  } else if (fig.kind === "actual" || fig.kind === "estimate") s += 1;
  if (w.period !== undefined) {
    if (w.period !== fig.period) return undefined;
    s += 4;
  } else if (fig.period === "year") s += 1;
  if (w.year !== undefined && w.year.kind !== "unknown") {
    const same = sameYear(w.year, fig.year);
    if (same === false && !(f.soft && w.yearNamed)) return undefined;
    if (same) s += 6;
  } else if (w.preferYear && sameYear(w.preferYear, fig.year)) s += 2;
  return s;
}

/** The figure column that best answers `w`, nearer the comparison (left first) on a tie; undefined when none. */
function bestColumn(
  w: Wanted,
  figures: readonly FigureColumn[],
  at: number,
  exclude: number | undefined,
): number | undefined {
  let best: { index: number; s: number; d: number } | undefined;
  for (const f of figures) {
    if (f.index === at || f.index === exclude) continue;
    const s = score(w, f);
    if (s === undefined) continue;
    const d = f.index < at ? at - f.index : 1000 + f.index - at;
    if (!best || s > best.s || (s === best.s && d < best.d)) best = { index: f.index, s, d };
  }
  return best?.index;
}

function wantedOf(p: FigurePattern, context: FigurePattern, ctx: Context): Wanted {
  const w: Wanted = {};
  if (p.kind !== undefined) w.kind = p.kind;
  if (p.period !== undefined) w.period = p.period;
  if (p.previous) w.previous = true;
  const year = p.year ?? context.year;
  if (year !== undefined) {
    w.year = resolveYear(year, ctx).year;
    w.yearNamed = true;
  } else if (p.period !== undefined) {
    // «kế hoạch năm», «thực hiện tháng»: the report year's.
    w.year = resolveYear({ kind: "relative", offset: 0 }, ctx).year;
  } else w.preferYear = resolveYear({ kind: "relative", offset: 0 }, ctx).year;
  return w;
}

function missingFigure(w: Wanted, fallbackKind: FigureKind | undefined): Figure {
  return {
    kind: w.kind ?? fallbackKind ?? "actual",
    period: w.period ?? "year",
    year: w.year ?? UNKNOWN_YEAR,
  };
}

/** The later (current) and earlier (reference) of two figures: years first, then result over plan, part over year. */
function orderPair(x: FigureColumn, y: FigureColumn): [number, number] {
  const yx = x.figure.year;
  const yy = y.figure.year;
  if (yx.kind === yy.kind && yx.kind !== "unknown") {
    const vx = yx.kind === "absolute" ? yx.year : (yx as { offset: number }).offset;
    const vy = yy.kind === "absolute" ? yy.year : (yy as { offset: number }).offset;
    if (vx !== vy) return vx > vy ? [x.index, y.index] : [y.index, x.index];
  }
  const rx = isResult(x.figure.kind);
  const ry = isResult(y.figure.kind);
  if (rx !== ry) return rx ? [x.index, y.index] : [y.index, x.index];
  const px = x.figure.period !== "year";
  const py = y.figure.period !== "year";
  if (px !== py) return px ? [x.index, y.index] : [y.index, x.index];
  return x.index > y.index ? [x.index, y.index] : [y.index, x.index];
}

/**
 * The two figures a comparison with no operand named compares: the only two left of it; else the only two between
 * it and the comparison before it; else the two just before it when they are the same kind of figure a year apart
 * («Lũy kế 6 tháng | Lũy kế 6 tháng cùng kỳ 2024 | Tăng/giảm (%)»); undefined when that does not single out two.
 */
function pairBefore(
  at: number,
  figures: readonly FigureColumn[],
  isComparison: (index: number) => boolean,
): FigureColumn[] | undefined {
  const left = figures.filter((f) => f.index < at && !f.previous);
  if (left.length === 2) return left;
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (isComparison(i)) {
      start = i + 1;
      break;
    }
  }
  const group = left.filter((f) => f.index >= start);
  if (group.length === 2) return group;
  const last = left.slice(-2);
  if (
    last.length === 2 &&
    last[0].figure.kind === last[1].figure.kind &&
    last[0].figure.period === last[1].figure.period
  )
    return last;
  return undefined;
}

/** Columns no comparison is made with. */
const NO_OPERAND = new Set<string | undefined>(["stt", "name", "unit"]);

/** «CSTK» for «Công suất thiết kế»: the words' initials, or the words themselves, name a column's header. */
function columnNamed(
  words: readonly string[],
  columns: readonly HeaderColumn[],
  at: number,
  heardAll: readonly HeaderReading[],
): number | undefined {
  const wanted = words.join(" ");
  const initials = (folded: string) =>
    folded
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== "")
      .map((w) => w[0])
      .join("");
  const hits = columns
    .map((c, i) => ({ c, i }))
    // Never the STT, the names or the units: no comparison is made with them.
    .filter(
      ({ c, i }) =>
        i !== at &&
        !NO_OPERAND.has(heardAll[i]?.role) &&
        (initials(c.folded) === wanted || c.folded === wanted),
    );
  return hits.length === 1 ? hits[0].i : undefined;
}

type ComparisonHeard = HeaderReading & { role: "comparison" };

interface Resolution {
  at: number;
  heard: ComparisonHeard;
  figures: FigureColumn[];
  heardAll: readonly HeaderReading[];
  columns: readonly HeaderColumn[];
  ctx: Context;
}

/** A comparison's sides as far as resolved: a column each, else what the missing figure is wanted to be. */
interface Sides {
  ia?: number;
  ib?: number;
  wa?: Wanted;
  wb?: Wanted;
  /** A side was found among the figures beside the comparison, not named. */
  inferred: boolean;
}

function unresolvedColumn(heard: ComparisonHeard): ReadColumn {
  return {
    heard,
    reading: {
      role: "comparison-unresolved",
      op: heard.op,
      percent: heard.percent,
      ...(heard.opOpen ? { opOpen: true as const } : {}),
    },
    percent: heard.percent,
  };
}

function resolveComparison(r: Resolution): ReadColumn {
  const { heard } = r;
  const unresolved = unresolvedColumn(heard);
  const { a, b } = heard;
  // «Chênh lệch (%)» naming neither side: nothing in the words decides between A − B and the relative change (read.ts,
  // `opOpen`), and no side tells it either, so the official is asked rather than a formula guessed. With both sides
  // named («Chênh lệch 2020 - 2016 (%)») the minus sign says A − B.
  if (!a && !b && heard.opOpen) return unresolved;
  // «KH 2026/TH 2025 (tính đến 30/6/2026)»: whose date it is the words do not say (read.ts) — asked.
  if (heard.dateUnplaced) return unresolved;
  if (!a && !b) return unnamedComparison(r) ?? unresolved;
  const s = namedSides(r);
  if (!s || "reading" in s) return s ?? unresolved;
  if (!a) {
    if (s.ia === undefined) {
      s.inferred = true;
      s.ia = comparedFigure(r, s.ib);
      if (s.ia === undefined) return unresolved;
    }
  } else if (!b) {
    s.inferred = true;
    s.ib = comparedWith(r, s.ia);
    if (s.ib === undefined) return unresolved;
  }
  adoptNamedYears(r.figures, s);
  const { ia, ib, wa, wb } = s;
  const opA: Operand | undefined =
    ia !== undefined ? { column: ia } : wa ? { missing: missingFigure(wa, wb?.kind) } : undefined;
  const opB: Operand | undefined =
    ib !== undefined ? { column: ib } : wb ? { missing: missingFigure(wb, wa?.kind) } : undefined;
  if (!opA || !opB) return unresolved;
  return comparisonColumn(heard, opA, opB, s.inferred);
}

/** A comparison that names neither side by kind: the columns its words name, else the two figures just before it. */
function unnamedComparison(r: Resolution): ReadColumn | undefined {
  const { at, heard, figures, ctx } = r;
  const isComparison = (i: number) => r.heardAll[i]?.role === "comparison";
  if (heard.bWords) {
    // «Đạt % so với CSTK»: the column those words name, against the one just before the comparison.
    const ib = columnNamed(heard.bWords, r.columns, at, r.heardAll);
    if (ib === undefined || at === 0) return undefined;
    const ia = ib === at - 1 ? at - 2 : at - 1;
    return ia < 0 ? undefined : comparisonColumn(heard, { column: ia }, { column: ib }, true);
  }
  // Nothing named («So sánh (%)», «Tăng, giảm (%)»): the two figures just before it.
  const contextYear = heard.context.year && resolveYear(heard.context.year, ctx).year;
  const inContext = contextYear ? figures.filter((f) => sameYear(contextYear, f.figure.year)) : figures;
  const pair = pairBefore(at, inContext, isComparison) ?? pairBefore(at, figures, isComparison);
  if (!pair) return undefined;
  const [ia, ib] = orderPair(pair[0], pair[1]);
  return comparisonColumn(heard, { column: ia }, { column: ib }, true);
}

function figureAt(figures: readonly FigureColumn[], i: number | undefined): FigureColumn | undefined {
  return i === undefined ? undefined : figures.find((f) => f.index === i);
}

/**
 * What a side's words want. «Cùng kỳ» names the other side's figure a year before: last year's result of an
 * estimate, or the same kind.
 */
function sideWanted(p: FigurePattern, other: Figure | undefined, r: Resolution): Wanted {
  const { ctx } = r;
  if (!p.samePeriodLastYear) return wantedOf(p, r.heard.context, ctx);
  const kind = p.kind ?? (other && other.kind !== "estimate" ? other.kind : "actual");
  const w: Wanted = { kind, lastYear: true };
  const period = p.period ?? other?.period;
  if (period !== undefined) w.period = period;
  if (p.year?.kind === "absolute") {
    w.year = p.year;
    w.yearNamed = true;
  } else if (other && other.year.kind !== "unknown") w.year = shifted(other.year, -1);
  else if (ctx.n) w.year = resolveYear({ kind: "relative", offset: -1 }, ctx).year;
  return w;
}

/**
 * «KH/ƯTH», «KH/TH»: a plan named without its year over a result is the plan that follows that result (next year's
 * plan over this year's estimate, as the plan form's «6=5/4»); this year's plan is the other way round («ƯTH/KH», a
 * completion rate).
 */
function isPlanOverResult(heard: ComparisonHeard): boolean {
  const { a, b } = heard;
  return (
    a?.kind !== undefined &&
    familyOf(a.kind) === "plan" &&
    a.year === undefined &&
    a.period === undefined &&
    !a.samePeriodLastYear &&
    heard.context.year === undefined &&
    b?.kind !== undefined &&
    isResult(b.kind) &&
    !b.samePeriodLastYear &&
    !b.previous
  );
}

/**
 * The sides the comparison's words name, each resolved to the column that best answers them. Undefined when the
 * comparison cannot be resolved; a column read as «other» when it names a previous period the table lacks.
 */
function namedSides(r: Resolution): Sides | ReadColumn | undefined {
  const { at, heard, figures } = r;
  const { a, b } = heard;
  const s: Sides = { inferred: false };
  const planOverResult = isPlanOverResult(heard);
  if (a && planOverResult) {
    s.wb = sideWanted(b as FigurePattern, undefined, r);
    s.ib = bestColumn(s.wb, figures, at, undefined);
    const result = figureAt(figures, s.ib)?.figure;
    s.wa = sideWanted(a, undefined, r);
    if (result && result.year.kind !== "unknown") s.wa.preferYear = shifted(result.year, 1);
    s.ia = bestColumn(s.wa, figures, at, s.ib);
  } else if (a && !a.samePeriodLastYear) {
    s.wa = sideWanted(a, undefined, r);
    s.ia = bestColumn(s.wa, figures, at, undefined);
  }
  if (!a && b?.samePeriodLastYear) {
    s.inferred = true;
    s.ia = currentOfSamePeriod(r, b);
    if (s.ia === undefined) return undefined;
  }
  if (b && !planOverResult) {
    const other = figureAt(figures, s.ia)?.figure;
    s.wb = sideWanted(b, other, r);
    if (s.ia !== undefined && s.wb.year === undefined && other) s.wb.preferYear = other.year;
    s.ib = bestColumn(s.wb, figures, at, s.ia);
    // «So sánh cùng kỳ» beside a «cùng kỳ» whose period is asked: what it compares is asked too.
    if (s.ib === undefined && b.samePeriodLastYear && figures.some((f) => f.periodAsked)) return undefined;
    // «So với kỳ trước» with no column of the previous period: nothing the notation can say.
    if (s.ib === undefined && b.previous)
      return { heard, reading: { role: "other" }, percent: heard.percent };
  }
  if (a && a.samePeriodLastYear) {
    s.wa = sideWanted(a, figureAt(figures, s.ib)?.figure, r);
    s.ia = bestColumn(s.wa, figures, at, s.ib);
  }
  return s;
}

/** «So với cùng kỳ (%)»: the table's current figure, compared with the same period a year before. */
function currentOfSamePeriod(r: Resolution, b: FigurePattern): number | undefined {
  const { at, figures } = r;
  const current = figures.filter(
    (f) =>
      f.index !== at &&
      !f.previous &&
      isResult(f.figure.kind) &&
      (b.kind === undefined || f.figure.kind === b.kind || b.kind !== "cumulative") &&
      f.figure.period === (b.period ?? f.figure.period),
  );
  const latest = current.filter(
    (f) => !current.some((g) => sameYear(shifted(f.figure.year, 1), g.figure.year)),
  );
  const pool = latest.length > 0 ? latest : current;
  const left = pool.filter((f) => f.index < at);
  return (left.length > 0 ? left[left.length - 1] : pool[0])?.index;
}

/** The compared figure unnamed: the current result of B's year (a completion rate), else the latest result. */
function comparedFigure(r: Resolution, ib: number | undefined): number | undefined {
  const { at, figures } = r;
  const other = figureAt(figures, ib)?.figure;
  const results = figures.filter(
    (f) => f.index !== at && f.index !== ib && !f.previous && isResult(f.figure.kind),
  );
  const sameYearResults = other ? results.filter((f) => sameYear(other.year, f.figure.year)) : results;
  // Nothing is compared with a later year than its own («Tăng, giảm so với năm 2026» beside «TH 2025 | ƯTH 2026 |
  // KH 2027» is the plan of 2027 against 2026, not 2025 against 2026): with no result of B's year, a later result,
  // else the figure of the year after B's.
  const notEarlier = other ? results.filter((f) => !yearBefore(f.figure.year, other.year)) : results;
  const following = other
    ? figures.filter(
        (f) =>
          f.index !== at &&
          f.index !== ib &&
          !f.previous &&
          sameYear(shifted(other.year, 1), f.figure.year) === true,
      )
    : [];
  // «So với ƯTH 2026 (%)» under «Năm 2027» beside its «Kế hoạch»: the figure of the year the header sets it under.
  const contextYear = r.heard.context.year && resolveYear(r.heard.context.year, r.ctx).year;
  const inContext =
    contextYear && other && sameYear(contextYear, other.year) === false
      ? figures.filter(
          (f) =>
            f.index !== at && f.index !== ib && !f.previous && sameYear(contextYear, f.figure.year) === true,
        )
      : [];
  const pool =
    inContext.length > 0
      ? inContext
      : sameYearResults.length > 0
        ? sameYearResults
        : notEarlier.length > 0
          ? notEarlier
          : following;
  const left = pool.filter((f) => f.index < at);
  const chosen = (left.length > 0 ? left : pool).sort(
    (x, y) => Math.abs(at - x.index) - Math.abs(at - y.index),
  )[0];
  return chosen?.index;
}

/** What a named figure is compared with, unnamed: its plan or target (a completion rate), else the year before. */
function comparedWith(r: Resolution, ia: number | undefined): number | undefined {
  const { at, heard, figures } = r;
  const fa = figureAt(figures, ia)?.figure;
  if (!fa) return undefined;
  const plans = figures.filter(
    (f) =>
      f.index !== at &&
      f.index !== ia &&
      familyOf(f.figure.kind) === "plan" &&
      sameYear(f.figure.year, fa.year) !== false,
  );
  const targets = plans.filter((f) => f.figure.kind === "target");
  const pool =
    heard.op === "ratio" && plans.length > 0
      ? heard.completion && targets.length > 0
        ? targets
        : plans
      : figures.filter(
          (f) =>
            f.index !== at &&
            f.index !== ia &&
            f.figure.period === fa.period &&
            sameYear(shifted(fa.year, -1), f.figure.year) === true,
        );
  return pool.length === 1 ? pool[0].index : undefined;
}

/** A column whose year was assumed takes the year the comparison names for it. */
function adoptNamedYears(figures: readonly FigureColumn[], s: Sides): void {
  for (const [index, w] of [
    [s.ia, s.wa],
    [s.ib, s.wb],
  ] as const) {
    const f = figureAt(figures, index);
    if (f && f.soft && w?.yearNamed && w.year && sameYear(w.year, f.figure.year) === false) {
      f.figure = { ...f.figure, year: w.year };
      f.soft = false;
    }
  }
}

function comparisonColumn(heard: ComparisonHeard, a: Operand, b: Operand, inferred: boolean): ReadColumn {
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
  const ratio = (e: Expr | undefined): [number, number] | undefined =>
    e && e.kind === "op" && e.op === "/" && isCol(e.left) && isCol(e.right)
      ? [e.left.n, e.right.n]
      : undefined;
  const times100 = (e: Expr): Expr | undefined =>
    e.kind === "op" && e.op === "*"
      ? isNum(e.right, 100)
        ? e.left
        : isNum(e.left, 100)
          ? e.right
          : undefined
      : undefined;
  const plain = ratio(expr) ?? ratio(times100(expr));
  if (plain) return { op: "ratio", a: plain[0], b: plain[1] };
  if (expr.kind === "op" && expr.op === "-" && isCol(expr.left) && isCol(expr.right))
    return { op: "diff", a: expr.left.n, b: expr.right.n };
  if (expr.kind === "op" && expr.op === "-" && isNum(expr.right, 100)) {
    const inner = times100(expr.left);
    const r = ratio(inner);
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
 * One indicator-name column per table: the column right after STT when its words say nothing else («Loại hình»,
 * «Tuyến đường dây»), else the first one read as a name; later ones are other columns («Tiêu chí 4.1» under
 * «Tiêu chí số 4 …»).
 */
function settleNameColumn(heard: HeaderReading[], columns: readonly HeaderColumn[]): void {
  // «Chỉ tiêu» merged over the first two columns, or the first column's header left empty before the names: the
  // first column holds the STT, as the forms lay it out.
  if (
    heard.length > 1 &&
    heard[1].role === "name" &&
    !heard.some((h) => h.role === "stt") &&
    ((heard[0].role === "name" && columns[0].folded === columns[1].folded) || columns[0].folded === "")
  )
    heard[0] = { role: "stt" };
  const stt = heard.findIndex((h) => h.role === "stt");
  const afterStt = stt >= 0 ? stt + 1 : -1;
  const names = heard.map((h, i) => (h.role === "name" ? i : -1)).filter((i) => i >= 0);
  let name = names[0];
  if (
    afterStt >= 0 &&
    afterStt < heard.length &&
    heard[afterStt].role === "other" &&
    columns[afterStt].folded !== "" &&
    (name === undefined || name > afterStt) &&
    columns[afterStt].formNumber === undefined
  ) {
    heard[afterStt] = { role: "name" };
    name = afterStt;
  }
  for (const i of names) if (i !== name) heard[i] = { role: "other" };
}

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
  const heard = columns.map((c) => readHeaderFolded(c.folded, c.formNumber, c.parts));
  settleNameColumn(heard, columns);
  const earlier = earlierMonths(heard);
  const titleReading = readTitle(title ?? "");
  const n = tableReportYear(heardForYear(heard, corrections, earlier), titleReading);
  const knownFigures = heard.map((h, i) => {
    const f = figureOfHeard(h);
    return f && earlier.has(i) ? { ...f, previous: true } : f;
  });
  const ctx = tableContext(columns, knownFigures, titleReading, n);
  const reads: (ReadColumn | undefined)[] = new Array(columns.length);
  const figures: FigureColumn[] = [];
  readCorrected(corrections, heard, reads, figures);
  readFigures({ columns, heard, knownFigures, ctx, titleReading, reads, figures });
  figures.sort((x, y) => x.index - y.index);
  readOthers(columns, heard, reads);
  columns.forEach((_, i) => {
    const h = heard[i];
    if (reads[i] || h.role !== "comparison") return;
    reads[i] = resolveComparison({ at: i, heard: h, figures, heardAll: heard, columns, ctx });
  });
  adoptComparedYears(figures, reads);
  const out: TableHeaderReading = { columns: reads as ReadColumn[] };
  if (n) out.year = n;
  if (title && title.trim() !== "") out.title = title;
  return out;
}

/** The header as N is read from it: the user's corrected figures count as the header's words. */
function heardForYear(
  heard: readonly HeaderReading[],
  corrections: ReadonlyMap<number, ColumnReading>,
  earlier: ReadonlySet<number>,
): HeaderReading[] {
  return heard.map((h, i): HeaderReading => {
    const corrected = corrections.get(i);
    if (corrected?.role === "figure") {
      const f = corrected.figure;
      const figure: KnownFigure = {
        kind: f.kind,
        period: f.period,
        ...(f.year.kind !== "unknown" ? { year: f.year } : {}),
      };
      return { role: "figure", figure, percent: false, plain: true };
    }
    if (corrected) return { role: "other" };
    return earlier.has(i) ? { role: "other" } : h;
  });
}

/** N: the header's year, else the title's. */
function tableReportYear(
  heard: readonly HeaderReading[],
  titleReading: TitleReading,
): Context["n"] | undefined {
  const headerN = headerReportYear(heard);
  if (headerN !== undefined) return { year: headerN, source: "header" };
  if (titleReading.year !== undefined) return { year: titleReading.year, source: "title" };
  return undefined;
}

/** A figure of the table's current period, not a «cùng kỳ», previous period or range. */
function isCurrent(f: KnownFigure | undefined): f is KnownFigure {
  return f !== undefined && !f.samePeriodLastYear && !f.previous && !f.range;
}

function tableContext(
  columns: readonly HeaderColumn[],
  knownFigures: readonly (KnownFigure | undefined)[],
  titleReading: TitleReading,
  n: Context["n"] | undefined,
): Context {
  // The table's current period: a result's own words first («Thực hiện tháng»), else any figure's, else the year;
  // «Kỳ báo cáo», «Trong kỳ» the part of the year the title names.
  const periodOf = (f: KnownFigure): Period | undefined =>
    f.reportPeriod && titleReading.period !== undefined ? titleReading.period : f.period;
  const ownPeriods = knownFigures.filter(
    (f): f is KnownFigure =>
      isCurrent(f) &&
      f.kind !== "cumulative" &&
      !f.periodFromGroup &&
      f.period !== undefined &&
      f.period !== "year",
  );
  const anyPeriods = knownFigures.filter(
    (f): f is KnownFigure => isCurrent(f) && f.period !== undefined && f.period !== "year",
  );
  return {
    ...(n ? { n } : {}),
    title: titleReading,
    currentPeriod:
      (ownPeriods[0] && periodOf(ownPeriods[0])) ?? (anyPeriods[0] && periodOf(anyPeriods[0])) ?? "year",
    ownPeriod: ownPeriods.length > 0,
    // «năm trước», «cùng kỳ», a title's year, or a year-less «năm» («Kế hoạch năm», «6 tháng đầu năm»).
    relative:
      titleReading.year !== undefined ||
      knownFigures.some((f) => f?.samePeriodLastYear || f?.year?.kind === "relative") ||
      columns.some(
        (c, i) =>
          knownFigures[i] !== undefined && knownFigures[i]?.year === undefined && /\bnam\b/.test(c.folded),
      ),
  };
}

/** The user's corrections stand as given; a corrected figure is one the comparisons resolve to. */
function readCorrected(
  corrections: ReadonlyMap<number, ColumnReading>,
  heard: readonly HeaderReading[],
  reads: (ReadColumn | undefined)[],
  figures: FigureColumn[],
): void {
  corrections.forEach((reading, i) => {
    reads[i] = {
      heard: heard[i],
      reading,
      corrected: true,
      percent: reading.role === "comparison" ? reading.percent : false,
    };
    if (reading.role === "figure")
      figures.push({ index: i, figure: reading.figure, previous: false, soft: false, lastYear: false });
  });
}

interface FigureReading {
  columns: readonly HeaderColumn[];
  heard: readonly HeaderReading[];
  knownFigures: readonly (KnownFigure | undefined)[];
  ctx: Context;
  titleReading: TitleReading;
  reads: (ReadColumn | undefined)[];
  figures: FigureColumn[];
}

/** Each figure column's figure, its year resolved as far as the table tells. */
function readFigures(r: FigureReading): void {
  const { columns, heard, knownFigures, ctx, reads, figures } = r;
  const allWritten =
    !ctx.relative &&
    r.titleReading.year === undefined &&
    knownFigures.some((f) => isCurrent(f) && f.year !== undefined);
  const sameKind = absoluteYearsOfKinds(knownFigures, ctx);
  // Figures naming their kind and a year relative to N («Năm n (ước)»): N places a year alone beside them.
  const relativeSaid = knownFigures.some(
    (f) => f !== undefined && !f.kindUnsaid && f.year?.kind === "relative",
  );
  // Figures with a year of their own first, the latest current result among them the table's current figure; then
  // those without; then «cùng kỳ», which is a year before the figure it goes with.
  const order = [...columns.keys()].filter((i) => !reads[i] && !columns[i].declared && knownFigures[i]);
  const rank = (i: number) => {
    const f = knownFigures[i] as KnownFigure;
    return f.samePeriodLastYear ? 2 : f.year ? 0 : 1;
  };
  order.sort((x, y) => rank(x) - rank(y) || x - y);
  let currentFigure: Figure | undefined;
  for (const i of order) {
    const f = knownFigures[i] as KnownFigure;
    const heardI = heard[i] as HeaderReading & { role: "figure" };
    if (f.range) {
      reads[i] = { heard: heardI, reading: { role: "other" }, percent: heardI.percent };
      continue;
    }
    const samePeriod = f.samePeriodLastYear ? periodOfSame(f, i, figures, heard) : undefined;
    const base = f.samePeriodLastYear
      ? (baseOf(f, figures, ctx, samePeriod ?? undefined) ?? currentFigure)
      : undefined;
    const read: ReturnType<typeof kindOfYear> = f.kindUnsaid
      ? kindOfYear(f, ctx, r.titleReading, relativeSaid)
      : { ...figureIn(f, ctx, base, currentFigure, allWritten, sameKind), inferred: false };
    // Two periods on offer and nothing to decide between them: the period is asked, not taken from the first.
    const figure: Figure = samePeriod === null ? { ...read.figure, period: "period" } : read.figure;
    const { source, soft } = read;
    const previous = f.previous === true;
    if (!previous && !f.samePeriodLastYear && isLatestResult(figure, currentFigure, ctx))
      currentFigure = figure;
    reads[i] = {
      heard: heardI,
      reading: previous ? { role: "other" } : { role: "figure", figure },
      percent: heardI.percent,
      ...(source && !previous ? { yearSource: source } : {}),
      ...(read.inferred ? { inferred: true } : {}),
      ...(read.kindUnknown ? { kindUnknown: true } : {}),
    };
    figures.push({
      index: i,
      figure,
      previous,
      soft,
      lastYear: f.samePeriodLastYear === true,
      ...(samePeriod === null ? { periodAsked: true } : {}),
    });
  }
}

/** Whether a kind of figure has a current column of that absolute year in the table. */
function absoluteYearsOfKinds(
  knownFigures: readonly (KnownFigure | undefined)[],
  ctx: Context,
): (kind: FigureKind, year: number) => boolean {
  const absoluteYears = new Map<FigureKind, Set<number>>();
  knownFigures.forEach((f) => {
    const y = f && isCurrent(f) && f.year ? absolute(resolveYear(f.year, ctx).year) : undefined;
    if (f && y !== undefined) {
      const set = absoluteYears.get(f.kind) ?? new Set<number>();
      set.add(y);
      absoluteYears.set(f.kind, set);
    }
  });
  return (kind, year) => absoluteYears.get(kind)?.has(year) ?? false;
}

/** The figure becomes the table's current one: the latest result of the current period (a cumulative only first). */
function isLatestResult(figure: Figure, currentFigure: Figure | undefined, ctx: Context): boolean {
  const latestResult =
    isResult(figure.kind) &&
    figure.period === ctx.currentPeriod &&
    (!currentFigure ||
      (currentFigure.year.kind === "absolute" &&
        figure.year.kind === "absolute" &&
        figure.year.year > currentFigure.year.year));
  return latestResult && (figure.kind !== "cumulative" || !currentFigure);
}

/** The columns neither figures nor comparisons: their role as heard, a declared formula as its comparison. */
function readOthers(
  columns: readonly HeaderColumn[],
  heard: readonly HeaderReading[],
  reads: (ReadColumn | undefined)[],
): void {
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
}

/** A year a comparison named for a column whose year was assumed («KH» named «KH X+1»). */
function adoptComparedYears(figures: readonly FigureColumn[], reads: (ReadColumn | undefined)[]): void {
  for (const f of figures) {
    const r = reads[f.index];
    if (r?.reading.role === "figure" && !r.corrected && r.reading.figure !== f.figure)
      reads[f.index] = {
        ...r,
        reading: { role: "figure", figure: f.figure },
        yearSource: r.yearSource ?? "header",
      };
  }
}
