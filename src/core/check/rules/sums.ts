/**
 * Totals and their parts: a catalog total whose parts add up to it (ict.01 = ict.01.vhx + ict.01.khac), and,
 * conservatively, a "Tổng số …" indicator of the sheet itself with unnumbered part rows in the same unit.
 * Checked per figure column, only where the total and every part have a value.
 */
import { memo } from "../../text/memo";
import { ictChildren } from "../../catalog/ict";
import { sameUnit } from "../../catalog/units";
import type { CatalogRow } from "../../catalog/types";
import type { Finding } from "../types";
import { foldDiacritics } from "../../text/fold";
import {
  allTables,
  childRows,
  makeFinding,
  round2,
  sameFigure,
  type AnalysedTable,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

/** The part rows that must add up to the row, or undefined when nothing says they do. */
function partsOf(table: AnalysedTable, total: IndicatorRow): IndicatorRow[] | undefined {
  if (total.kind !== "indicator") return undefined;
  const children = childRows(table, total);
  if (total.catalog) {
    const catalogParts = catalogPartsOf(total.catalog.code);
    if (total.catalog.partsSumToTotal) return rowsOfParts(catalogParts, children);
    // The catalog knows this indicator's breakdown and says it does not add up.
    if (catalogParts.length > 0) return undefined;
  }
  if (!/^tong so\b/.test(foldDiacritics(total.name))) return undefined;
  // "Trong đó: …" parts are "of which": they need not add up to the total.
  if (childrenNamedOfWhich(children)) return undefined;
  if (children.length < 2 || children.some((r) => r.kind !== "part")) return undefined;
  if (total.unit.trim() === "" || children.some((r) => !sameUnit(r.unit, total.unit))) return undefined;
  return children;
}

/** The catalog's parts and levels of an indicator (the catalog does not change: worked out once per code). */
const catalogPartsOf = memo((code: string): CatalogRow[] =>
  ictChildren(code).filter((c) => c.kind === "part" || c.kind === "level"),
);

/** The row of every catalog part among the children, or undefined when one is missing (or there are none). */
function rowsOfParts(parts: CatalogRow[], children: IndicatorRow[]): IndicatorRow[] | undefined {
  if (parts.length === 0) return undefined;
  const rows: IndicatorRow[] = [];
  for (let i = 0; i < parts.length; i++) {
    const row = rowOfCode(children, parts[i].code);
    if (row === undefined) return undefined;
    rows.push(row);
  }
  return rows;
}

function rowOfCode(rows: IndicatorRow[], code: string): IndicatorRow | undefined {
  for (let i = 0; i < rows.length; i++) if (rows[i].code === code) return rows[i];
  return undefined;
}

/** The sum of the parts' figures in a column, or undefined when one of them has none (added in order). */
function sumOfParts(parts: IndicatorRow[], n: number): number | undefined {
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    const value = parts[i].values[n]?.value;
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

function childrenNamedOfWhich(children: IndicatorRow[]): boolean {
  return children.some((r) => /^[-+•\s]*trong do\b/.test(foldDiacritics(r.name)));
}

export function sumRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    for (let r = 0; r < table.rows.length; r++) {
      const total = table.rows[r];
      const parts = partsOf(table, total);
      if (!parts) continue;
      for (let k = 0; k < table.columns.length; k++) {
        const column = table.columns[k];
        if (!column.input) continue;
        const cell = total.values[column.number];
        if (cell?.value === undefined) continue;
        const sum = sumOfParts(parts, column.number);
        if (sum === undefined) continue;
        if (sameFigure(sum, cell.value)) continue;
        findings.push(
          makeFinding({
            code: "sum/mismatch",
            severity: "error",
            sheet: table.sheet,
            cell: cell.address,
            row: total,
            expected: round2(sum),
            actual: cell.value,
            params: { expected: round2(sum), actual: cell.value },
          }),
        );
      }
    }
  }
  return findings;
}
