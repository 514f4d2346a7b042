/**
 * structure/no-figures (error, at the table's first figure cell): a table with indicator rows and figure columns in
 * which not one figure is typed — a template inserted and never filled. Checked as it stands it would give no other
 * finding, and an official could send it to the province as finished; the check says it is empty instead.
 *
 * What counts as typed: anything the official wrote in a figure cell of the official's own columns (results,
 * estimates, plans, 6-month figures, DX self-scores) — a number, a number stored as text, words. Not counted: empty
 * cells, formulas giving nothing or 0 (the template's own sums over empty cells), and target columns (a target table
 * comes with its targets filled in).
 * A table without such columns (a list of names, a targets-only table) is not judged.
 */
import type { Finding } from "../types";
import { allTables, makeFinding, type AnalysedColumn, type WorkbookAnalysis } from "../analysis";

/** The official's own figure columns: values other than targets, and DX self-scores. */
function ownFigureColumns(columns: readonly AnalysedColumn[]): AnalysedColumn[] {
  return columns.filter(
    (c) => c.input && ((c.purpose === "value" && c.kind !== "target") || c.purpose === "self-score"),
  );
}

export function emptyTableRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    const columns = ownFigureColumns(table.columns);
    if (columns.length === 0 || table.rows.length === 0) continue;
    let first: string | undefined;
    let typed = false;
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row.values[column.number];
        if (!cell) continue;
        first ??= cell.address;
        if (
          cell.reading === "formula" ? cell.value !== undefined && cell.value !== 0 : cell.reading !== "empty"
        )
          typed = true;
      }
      if (typed) break;
    }
    if (typed || first === undefined) continue;
    findings.push(
      makeFinding({
        code: "structure/no-figures",
        severity: "error",
        sheet: table.sheet,
        cell: first,
        params: { rows: table.rows.length, columns: columns.length },
      }),
    );
  }
  return findings;
}
