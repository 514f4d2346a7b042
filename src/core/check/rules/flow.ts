/**
 * Quantities that accumulate over the year (revenue, programmes produced, data used): the 6-month figure of the
 * forecast cannot exceed the full-year estimate. Catalog rows say whether they accumulate; an unrecognized row
 * does when its unit is money.
 */
import type { Finding } from "../types";
import {
  allTables,
  columnOfRole,
  foldUnit,
  makeFinding,
  round2,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

const MONEY_UNITS = new Set(
  ["Triệu đồng", "Tr.đồng", "Trđ", "Đồng", "Nghìn đồng", "Ngàn đồng", "Tỷ đồng"].map(foldUnit),
);

function accumulates(row: IndicatorRow): boolean {
  if (row.catalog?.accumulation) return row.catalog.accumulation === "flow";
  return MONEY_UNITS.has(foldUnit(row.unit));
}

export function flowRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    if (table.kind !== "forecast") continue;
    const half = columnOfRole(table, "half-year");
    const year = columnOfRole(table, "year-estimate");
    if (!half || !year) continue;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      if (!accumulates(row)) continue;
      const h = row.values[half.number];
      const y = row.values[year.number]?.value;
      if (h?.value === undefined || y === undefined || !(round2(h.value) > round2(y))) continue;
      findings.push(
        makeFinding({
          code: "flow/half-exceeds-year",
          severity: "error",
          sheet: table.sheet,
          cell: h.address,
          row,
          actual: h.value,
          expected: y,
          params: { actual: h.value, expected: y },
        }),
      );
    }
  }
  return findings;
}
