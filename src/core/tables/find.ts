/**
 * Finding the tables of a sheet through their column-number row (`1 2 3 4 5 6 7=6/4 8=5/6`, or a plain `1 2 3 4 5`
 * under a recognisable header), wherever the table starts, giving each column its role from its header
 * (columns.ts), and classifying the rows under it. By concept: found.ts (what a found table is), number-row.ts (the
 * column-number row), draft.ts (a table's header before it is read), header-rows.ts (tables found by a header row),
 * draft-header.ts (what the columns mean), body-rows.ts (the rows under the header); this file searches a sheet.
 */
import type { SheetModel } from "../model/sheet";
import type { FoundTable } from "./found";
import { type NumberRun, numberRunsOfRow, sameRun } from "./number-row";
import { Merges, type SheetView, headerTopOf, type TableDraft, draftOf } from "./draft";
import { markNotes, classifyRows } from "./body-rows";
import { headerRowDrafts } from "./header-rows";
import { readDraftHeader, settlePercentColumns } from "./draft-header";

export {
  tableColumnOf,
  inputColumns,
  type FoundColumn,
  type FoundTable,
  type TableRow,
  type TableRowKind,
} from "./found";
export { hasColumnNumberRow } from "./number-row";

/** Tables found per sheet while a `withFoundTableCache` call runs (a check asks several times per sheet). */
let tableCache: WeakMap<SheetModel, FoundTable[]> | undefined;

/**
 * Runs `work` with findTables remembering its answer per sheet model. Only for work that does not change the
 * models it reads, such as a check.
 */
export function withFoundTableCache<T>(work: () => T): T {
  const outer = tableCache;
  tableCache ??= new WeakMap();
  try {
    return work();
  } finally {
    tableCache = outer;
  }
}

/**
 * Every table of the sheet, found through its column-number row (with or without declared formulas) or its header
 * row. A table runs from its number row to the header of the next different table, or to the end of the sheet; a
 * repeated header or number row inside it (a page break in the source document) is marked "header-repeat".
 */
export function findTables(sheet: SheetModel): FoundTable[] {
  const known = tableCache?.get(sheet);
  if (known) return [...known];
  const found = searchTables(sheet);
  tableCache?.set(sheet, found);
  return [...found];
}

/** The tables whose column-number row declares at least one formula (the comparison columns fill writes). */
export function findFormulaTables(sheet: SheetModel): FoundTable[] {
  return findTables(sheet).filter((t) => t.declaresFormulas);
}

function searchTables(sheet: SheetModel): FoundTable[] {
  const view: SheetView = { sheet, merges: new Merges(sheet.merges ?? []) };
  const runs: NumberRun[] = [];
  for (let r = 0; r < sheet.rows.length; r++) for (const run of numberRunsOfRow(sheet, r)) runs.push(run);

  // A run identical to the one that opened the current table is a repeated number row inside that table.
  const openers: NumberRun[] = [];
  for (const run of runs) {
    const current = openers[openers.length - 1];
    if (current && sameRun(current, run)) continue;
    openers.push(run);
  }

  const drafts: TableDraft[] = [];
  let floor = 0;
  for (const run of openers) {
    const headerTop = headerTopOf(view, run, floor);
    const draft = draftOf(view, run, headerTop, run.row, "number-row");
    // A plain number row (no formula) is a table when its header names the indicators and a figure column, or
    // when our hidden code column stands beside it.
    if (!draft.declaresFormulas && draft.codeColumn === undefined) {
      const named = draft.columns.some((c) => c.role === "name" && c.folded !== "");
      const figures = draft.columns.some(
        (c) => c.role === "value" || c.role === "self-score" || c.role === "max-points",
      );
      if (!named || !figures || headerTop === run.row) continue;
    }
    drafts.push(draft);
    floor = run.row + 1;
  }
  drafts.push(...headerRowDrafts(view, drafts));
  drafts.sort((a, b) => a.headerTop - b.headerTop);
  drafts.forEach((draft) => readDraftHeader(view, draft));

  return drafts.map((draft, i) => {
    const next = drafts.slice(i + 1).find((d) => d.run.row > draft.run.row);
    const lastRow = next ? next.headerTop - 1 : sheet.rows.length - 1;
    const table: FoundTable = {
      numberRow: draft.run.row,
      headerTop: draft.headerTop,
      firstCol: draft.run.firstCol,
      lastCol: draft.run.firstCol + draft.run.tokens.length - 1,
      columns: draft.columns,
      rows: [],
      lastRow,
      declaresFormulas: draft.declaresFormulas,
      foundBy: draft.foundBy,
    };
    if (draft.codeColumn !== undefined) table.codeColumn = draft.codeColumn;
    if (draft.year) table.year = draft.year;
    if (draft.title !== undefined) table.title = draft.title;
    table.rows = classifyRows(view, draft, table);
    markNotes(table.rows);
    settlePercentColumns(sheet, table);
    return table;
  });
}
