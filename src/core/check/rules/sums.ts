/**
 * Totals and their parts: a catalog total whose parts add up to it (ict.01 = ict.01.vhx + ict.01.khac), and,
 * conservatively, a "Tổng số …" indicator of the sheet itself with unnumbered part rows in the same unit.
 * Checked per figure column, only where the total and every part have a value.
 */
import { ictChildren } from "../../catalog/ict";
import type { Finding } from "../types";
import {
  allTables,
  childRows,
  fold,
  foldUnit,
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
    const catalogParts = ictChildren(total.catalog.code).filter(
      (c) => c.kind === "part" || c.kind === "level",
    );
    if (total.catalog.partsSumToTotal) {
      const rows = catalogParts.map((c) => children.find((r) => r.code === c.code));
      return rows.every((r): r is IndicatorRow => r !== undefined) && rows.length > 0 ? rows : undefined;
    }
    // The catalog knows this indicator's breakdown and says it does not add up.
    if (catalogParts.length > 0) return undefined;
  }
  if (!/^tong so\b/.test(fold(total.name))) return undefined;
  // "Trong đó: …" parts are "of which": they need not add up to the total.
  if (childrenNamedOfWhich(children)) return undefined;
  if (children.length < 2 || children.some((r) => r.kind !== "part")) return undefined;
  const unit = foldUnit(total.unit);
  if (unit === "" || children.some((r) => foldUnit(r.unit) !== unit)) return undefined;
  return children;
}

function childrenNamedOfWhich(children: IndicatorRow[]): boolean {
  return children.some((r) => /^[-+•\s]*trong do\b/.test(fold(r.name)));
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
        const values = parts.map((p) => p.values[column.number]?.value);
        if (cell?.value === undefined || values.some((v) => v === undefined)) continue;
        const sum = (values as number[]).reduce((a, b) => a + b, 0);
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
