/**
 * Across the tables of one workbook: the forecast's "Ước thực hiện cả năm N" and the plan's "Thực hiện năm N"
 * describe the same figure. Rows are paired by catalog code, else by name (and unit, and STT where names repeat);
 * a difference is reported on the plan's cell.
 */
import { sameUnit } from "../../catalog/units";
import { percentNumber } from "../../model/cell";
import { normalizeName } from "../../text";
import type { Finding } from "../types";
import {
  allTables,
  columnOfRole,
  isRateRow,
  makeFinding,
  quoteSheet,
  round2,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

function nameKey(row: IndicatorRow): string {
  const own = normalizeName(row.name, { dropPunctuation: true });
  return row.parent ? `${nameKey(row.parent)} > ${own}` : own;
}

/** The rows' units are one unit in any spelling, or one of them is not written. */
function unitsAgree(a: IndicatorRow, b: IndicatorRow): boolean {
  return a.unit.trim() === "" || b.unit.trim() === "" || sameUnit(a.unit, b.unit);
}

function sameLabel(a: IndicatorRow, b: IndicatorRow): boolean {
  return a.label.trim() !== "" && a.label.trim() === b.label.trim();
}

/** The forecast row that is the plan row's indicator, when it can be told for sure. */
function counterpart(
  p: IndicatorRow,
  plans: IndicatorRow[],
  forecasts: IndicatorRow[],
): IndicatorRow | undefined {
  const key = nameKey(p);
  const byCode = (rows: IndicatorRow[], code: string) => rows.filter((r) => r.code === code);
  const byName = (rows: IndicatorRow[], q: IndicatorRow) =>
    rows.filter((r) => nameKey(r) === key && unitsAgree(r, q));
  let candidates = p.code !== undefined ? byCode(forecasts, p.code) : [];
  let siblings = p.code !== undefined ? byCode(plans, p.code) : [];
  if (candidates.length === 0) {
    candidates = byName(forecasts, p);
    siblings = plans.filter((r) => nameKey(r) === key);
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1 && siblings.length <= 1) return candidates[0];
  const labelled = candidates.filter((f) => sameLabel(f, p));
  if (labelled.length === 1) return labelled[0];
  if (candidates.length === siblings.length) return candidates[siblings.indexOf(p)];
  return undefined;
}

export function crossRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  const tables = allTables(analysis);
  for (const plan of tables) {
    if (plan.kind !== "plan" || plan.year === undefined) continue;
    const actual = columnOfRole(plan, "year-actual");
    if (!actual) continue;
    for (const forecast of tables) {
      if (forecast.kind !== "forecast" || forecast.year !== plan.year || forecast === plan) continue;
      const estimate = columnOfRole(forecast, "year-estimate");
      if (!estimate) continue;
      for (const p of plan.rows) {
        const pc = p.values[actual.number];
        const planned = pc && percentNumber(pc, isRateRow(p));
        if (!pc || planned === undefined) continue;
        const f = counterpart(p, plan.rows, forecast.rows);
        const fc = f?.values[estimate.number];
        // Compared as the sheets show them: 0,888 in a "0.0%" cell is the 88,8 of the other table (the fraction
        // itself is percent/fraction's finding).
        const estimated = fc && percentNumber(fc, isRateRow(f));
        if (!f || !fc || estimated === undefined || round2(estimated) === round2(planned)) continue;
        const other = `${quoteSheet(forecast.sheet)}!${fc.address}`;
        findings.push(
          makeFinding({
            code: "cross/mismatch",
            severity: "error",
            sheet: plan.sheet,
            cell: pc.address,
            row: p,
            actual: planned,
            expected: estimated,
            params: { year: String(plan.year), actual: planned, other, expected: estimated },
          }),
        );
      }
    }
  }
  return findings;
}
