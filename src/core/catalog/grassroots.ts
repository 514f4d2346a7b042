/**
 * Grassroots-information (thông tin cơ sở) strategy targets. Target sets are data: each lives in a JSON file under
 * ./data, is checked by `validateTargetSet` and becomes a `StrategyTargetSet`. A new strategy (2026–2030) is a new
 * JSON file added to `builtInSources` below, or loaded at run time with `parseTargetSet` — no new code.
 */
import type { SeedDocument, StrategyIndicator, StrategyLevel, StrategyTargetSet, TargetValue } from "./types";
import { isYear } from "../text/year";
import thongTinCoSo2021_2025 from "./data/thong-tin-co-so-2021-2025.json";

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const SEED_DOCUMENTS: readonly SeedDocument[] = ["000", "001", "002", "003", "004"];
const STRATEGY_LEVELS: readonly StrategyLevel[] = ["xa", "huyen", "tinh", "trung-uong"];

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function show(x: unknown): string {
  if (x === undefined) return "nothing";
  if (Array.isArray(x)) return "a list";
  if (typeof x === "object" && x !== null) return "an object";
  const s = JSON.stringify(x);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** Collects errors with the path where each was found. */
class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  object(x: unknown, path: string, keys: { required: string[]; optional?: string[] }): x is Obj {
    if (!isObj(x)) {
      this.fail(path, `expected an object, got ${show(x)}`);
      return false;
    }
    for (const k of keys.required) if (!(k in x)) this.fail(path, `missing "${k}"`);
    const known = new Set([...keys.required, ...(keys.optional ?? [])]);
    for (const k of Object.keys(x)) if (!known.has(k)) this.fail(path, `unknown field "${k}"`);
    return true;
  }

  text(x: unknown, path: string): x is string {
    if (typeof x !== "string" || x.trim() === "") {
      this.fail(path, `expected a non-empty text, got ${show(x)}`);
      return false;
    }
    if (x.normalize("NFC") !== x) {
      this.fail(path, "text is not in Unicode NFC form (re-save it with composed Vietnamese characters)");
      return false;
    }
    return true;
  }

  number(x: unknown, path: string): x is number {
    if (typeof x !== "number" || !Number.isFinite(x)) {
      this.fail(path, `expected a number, got ${show(x)}`);
      return false;
    }
    return true;
  }

  year(x: unknown, path: string): x is number {
    if (!isYear(x)) {
      this.fail(path, `expected a year such as 2025, got ${show(x)}`);
      return false;
    }
    return true;
  }

  oneOf<T extends string>(x: unknown, allowed: readonly T[], path: string): x is T {
    if (typeof x !== "string" || !(allowed as readonly string[]).includes(x)) {
      this.fail(path, `expected one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${show(x)}`);
      return false;
    }
    return true;
  }
}

function checkSource(c: Checker, x: unknown, path: string): void {
  if (!c.object(x, path, { required: ["doc", "place"], optional: ["note"] })) return;
  c.oneOf(x.doc, SEED_DOCUMENTS, `${path}.doc`);
  c.text(x.place, `${path}.place`);
  if (x.note !== undefined) c.text(x.note, `${path}.note`);
}

function checkTargetValue(c: Checker, x: unknown, path: string): void {
  if (!c.object(x, path, { required: ["min", "text"], optional: ["max"] })) return;
  const minOk = c.number(x.min, `${path}.min`);
  c.text(x.text, `${path}.text`);
  if (
    x.max !== undefined &&
    c.number(x.max, `${path}.max`) &&
    minOk &&
    (x.max as number) < (x.min as number)
  ) {
    c.fail(path, `max (${x.max}) is below min (${x.min})`);
  }
}

function checkIndicator(
  c: Checker,
  x: unknown,
  path: string,
  period: { from: number; to: number } | undefined,
): void {
  if (
    !c.object(x, path, {
      required: ["code", "number", "level", "name", "unit", "values", "source"],
      optional: ["aliases"],
    })
  )
    return;
  c.text(x.code, `${path}.code`);
  if (c.text(x.number, `${path}.number`) && !/^\d+(\.\d+)*$/.test(x.number)) {
    c.fail(`${path}.number`, `expected a number as printed such as "1.2", got ${show(x.number)}`);
  }
  c.oneOf(x.level, STRATEGY_LEVELS, `${path}.level`);
  c.text(x.name, `${path}.name`);
  if (x.aliases !== undefined) {
    if (!Array.isArray(x.aliases))
      c.fail(`${path}.aliases`, `expected a list of texts, got ${show(x.aliases)}`);
    else x.aliases.forEach((a, i) => c.text(a, `${path}.aliases[${i}]`));
  }
  if (x.unit !== "%") c.fail(`${path}.unit`, `expected "%", got ${show(x.unit)}`);
  if (!isObj(x.values)) {
    c.fail(`${path}.values`, `expected an object of values by year, got ${show(x.values)}`);
  } else {
    for (const [year, v] of Object.entries(x.values)) {
      const p = `${path}.values["${year}"]`;
      if (!/^\d{4}$/.test(year)) c.fail(p, 'a year key must have four digits, such as "2025"');
      else if (period && (Number(year) < period.from || Number(year) > period.to)) {
        c.fail(p, `year ${year} is outside the period ${period.from}–${period.to}`);
      }
      checkTargetValue(c, v, p);
    }
  }
  checkSource(c, x.source, `${path}.source`);
}

/**
 * Checks that `input` (typically parsed JSON) is a well-formed StrategyTargetSet.
 * Errors name the path of each problem, e.g. `indicators[1] (1.2).values["2025"].min: expected a number, got "70"`.
 */
export function validateTargetSet(input: unknown): ValidationResult<StrategyTargetSet> {
  const c = new Checker();
  if (
    !c.object(input, "target set", {
      required: ["id", "name", "period", "resultYears", "indicators", "source"],
    })
  ) {
    return { ok: false, errors: c.errors };
  }
  if (c.text(input.id, "id") && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.id)) {
    c.fail(
      "id",
      `expected lowercase words joined by "-", such as "thong-tin-co-so-2021-2025", got ${show(input.id)}`,
    );
  }
  c.text(input.name, "name");

  let period: { from: number; to: number } | undefined;
  if (c.object(input.period, "period", { required: ["from", "to"] })) {
    const p = input.period;
    if (c.year(p.from, "period.from") && c.year(p.to, "period.to")) {
      if (p.from > p.to) c.fail("period", `from (${p.from}) is after to (${p.to})`);
      else period = { from: p.from, to: p.to };
    }
  }

  if (!Array.isArray(input.resultYears)) {
    c.fail("resultYears", `expected a list of years, got ${show(input.resultYears)}`);
  } else {
    input.resultYears.forEach((y, i) => {
      if (c.year(y, `resultYears[${i}]`) && period && (y < period.from || y > period.to)) {
        c.fail(`resultYears[${i}]`, `year ${y} is outside the period ${period.from}–${period.to}`);
      }
    });
  }

  if (!Array.isArray(input.indicators) || input.indicators.length === 0) {
    c.fail("indicators", `expected a non-empty list of indicators, got ${show(input.indicators)}`);
  } else {
    const seenCodes = new Set<string>();
    const seenNumbers = new Set<string>();
    input.indicators.forEach((ind, i) => {
      const label = isObj(ind) && typeof ind.number === "string" ? ` (${ind.number})` : "";
      const path = `indicators[${i}]${label}`;
      checkIndicator(c, ind, path, period);
      if (isObj(ind)) {
        if (typeof ind.code === "string") {
          if (seenCodes.has(ind.code)) c.fail(`${path}.code`, `code "${ind.code}" is used twice`);
          seenCodes.add(ind.code);
        }
        if (typeof ind.number === "string") {
          if (seenNumbers.has(ind.number)) c.fail(`${path}.number`, `number "${ind.number}" is used twice`);
          seenNumbers.add(ind.number);
        }
      }
    });
  }
  checkSource(c, input.source, "source");

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, value: input as unknown as StrategyTargetSet };
}

/** Validates a target set and returns it, or throws an Error listing every problem. */
export function parseTargetSet(input: unknown, origin = "target set"): StrategyTargetSet {
  const r = validateTargetSet(input);
  if (!r.ok) throw new Error(`Invalid ${origin}:\n- ${r.errors.join("\n- ")}`);
  return r.value;
}

/** The JSON files shipped with the product. A new strategy period is one more entry here. */
const builtInSources: ReadonlyArray<{ file: string; data: unknown }> = [
  { file: "data/thong-tin-co-so-2021-2025.json", data: thongTinCoSo2021_2025 },
];

export const targetSets: StrategyTargetSet[] = builtInSources.map((s) => parseTargetSet(s.data, s.file));

export const grassrootsTargets2021_2025: StrategyTargetSet = targetSets.find(
  (s) => s.id === "thong-tin-co-so-2021-2025",
) as StrategyTargetSet;

export interface TargetLookup {
  /** The target (or reported result) for the year; undefined where the document gives none. */
  value: TargetValue | undefined;
  /** True when the year is after the strategy period: the value is then the period's last year's. */
  periodEnded: boolean;
  /** The year whose value was taken. */
  yearUsed: number;
}

function findIndicator(
  ref: StrategyIndicator | string,
  set: StrategyTargetSet | undefined,
): { indicator: StrategyIndicator; set: StrategyTargetSet | undefined } {
  const sets = set ? [set] : targetSets;
  if (typeof ref !== "string") {
    const owner =
      sets.find((s) => s.indicators.includes(ref)) ??
      sets.find((s) => s.indicators.some((i) => i.code === ref.code));
    return { indicator: ref, set: owner };
  }
  for (const s of sets) {
    const hit =
      s.indicators.find((i) => i.code === ref) ??
      (set ? s.indicators.find((i) => i.number === ref) : undefined);
    if (hit) return { indicator: hit, set: s };
  }
  throw new Error(`Unknown strategy indicator "${ref}"${set ? ` in ${set.id}` : ""}`);
}

/**
 * The target of an indicator for a year.
 * `indicator` is the indicator itself or its code ("ttcs.1.1"); with `set` given, its printed number ("1.1") works too.
 * Years after the period use the last year's value (periodEnded: true); years before the period have none.
 */
export function targetFor(
  indicator: StrategyIndicator | string,
  year: number,
  set?: StrategyTargetSet,
): TargetLookup {
  const found = findIndicator(indicator, set);
  const ind = found.indicator;
  const years = Object.keys(ind.values).map(Number);
  const period = found.set?.period ?? { from: Math.min(...years), to: Math.max(...years) };
  if (year > period.to) {
    return { value: ind.values[String(period.to)], periodEnded: true, yearUsed: period.to };
  }
  if (year < period.from) return { value: undefined, periodEnded: false, yearUsed: year };
  return { value: ind.values[String(year)], periodEnded: false, yearUsed: year };
}

const LEVEL_RANK: Record<StrategyLevel, number> = { xa: 0, huyen: 1, tinh: 2, "trung-uong": 3 };

/**
 * The indicators a unit at `level` reports: its own level and every level below it.
 * A commune ("xa") reports xa indicators; a district ("huyen") xa and huyen; a province ("tinh") adds tinh.
 */
export function indicatorsForLevel(set: StrategyTargetSet, level: StrategyLevel): StrategyIndicator[] {
  const rank = LEVEL_RANK[level];
  return set.indicators.filter((i) => LEVEL_RANK[i.level] <= rank);
}
