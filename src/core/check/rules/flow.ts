/**
 * Quantities that accumulate over the year (revenue, programmes produced, data used): a part-year figure — 6 months,
 * 9 months, a quarter, a month, a cumulative to date — cannot exceed the full-year figure of the same year and of
 * the same family (a result beside a result or an estimate; a plan beside a plan). The forecast's «Thực hiện 6
 * tháng» beside its «Ước thực hiện cả năm» is one such pair; a half-year report's «Ước thực hiện 6 tháng đầu năm»
 * beside its «Kế hoạch năm» is not (a result may pass its plan by June). Periods and years come from the header
 * grammar's reading of each column. Catalog rows say whether they accumulate; an unrecognized row does when its
 * unit is money.
 */
import { isMoneyUnit } from "../../catalog/units";
import { familyOf, isPartYear, type Figure } from "../../tables/header-grammar";
import type { Finding } from "../types";
import {
  allTables,
  makeFinding,
  round2,
  type AnalysedColumn,
  type AnalysedTable,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

function accumulates(row: IndicatorRow): boolean {
  if (row.catalog?.accumulation) return row.catalog.accumulation === "flow";
  return isMoneyUnit(row.unit);
}

function figureOf(column: AnalysedColumn): Figure | undefined {
  return column.input && column.reading?.role === "figure" ? column.reading.figure : undefined;
}

function sameYear(a: Figure, b: Figure): boolean {
  if (a.year.kind === "absolute" && b.year.kind === "absolute") return a.year.year === b.year.year;
  if (a.year.kind === "relative" && b.year.kind === "relative") return a.year.offset === b.year.offset;
  return false;
}

/** Each part-year column with the full-year column of its year and family it cannot exceed (its own kind first). */
function pairsOf(table: AnalysedTable): [AnalysedColumn, AnalysedColumn][] {
  const pairs: [AnalysedColumn, AnalysedColumn][] = [];
  for (const part of table.columns) {
    const p = figureOf(part);
    if (!p || !isPartYear(p.period)) continue;
    const fulls = table.columns.filter((c) => {
      const f = figureOf(c);
      return f && f.period === "year" && familyOf(f.kind) === familyOf(p.kind) && sameYear(f, p);
    });
    const full = fulls.find((c) => figureOf(c)?.kind === p.kind) ?? fulls[0];
    if (full) pairs.push([part, full]);
  }
  return pairs;
}

export function flowRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    const pairs = pairsOf(table);
    if (pairs.length === 0) continue;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (!accumulates(row)) continue;
      for (const [part, full] of pairs) {
        const h = row.values[part.number];
        const y = row.values[full.number]?.value;
        if (h?.value === undefined || y === undefined || !(round2(h.value) > round2(y))) continue;
        const period = (figureOf(part) as Figure).period;
        // The forecast's 6 months beside the year: the finding it always was; other periods say which they are.
        const half = period === "h1";
        findings.push(
          makeFinding({
            code: half ? "flow/half-exceeds-year" : "flow/part-exceeds-year",
            severity: "error",
            sheet: table.sheet,
            cell: h.address,
            row,
            actual: h.value,
            expected: y,
            params: { actual: h.value, expected: y },
            ...(half ? {} : { variant: period }),
          }),
        );
      }
    }
  }
  return findings;
}
