/** Filling the comparison columns (7=6/4, 8=5/6, 6=5/4 …) of a workbook's tables with formulas. */
import { hasPercentFormat, readCell } from "../model/cell";
import { planFill, typedMatchesFormula } from "../formulas";
import { inputColumns, type FoundTable } from "../tables/find";
import { a1 } from "../model/address";
import { cellAt, type CellValue, type SheetModel, type WorkbookModel } from "../model/sheet";
import type { CellWrite, WorkbookPort } from "../port";
import { comparisonFormatFor } from "../formulas/number-format";

/** A comparison cell that holds a typed value rather than a formula. */
export interface TypedCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  typed: CellValue;
  /** What the formula gives; undefined when it gives an empty cell. */
  computed: number | undefined;
}

/**
 * Typed values left in place (overwrite off), split the way every face says them: the pane and `phuluc fill` list
 * the ones that differ and count the rest (a 100 000-row sheet keeps as many cells: no object for each one counted).
 */
export interface KeptCells {
  /** Typed values that differ from what the formula gives: the official must decide. */
  differing: TypedCell[];
  /** How many typed values equal the formula's result (to the hundredth). */
  same: number;
  /** Those cells, listed only when asked (`listSame`: the pane offers to replace them). */
  sameCells?: TypedCell[];
  /** How many typed values are on a sheet whose inputs are text: the formula cannot be compared yet. */
  unknown: number;
}

export interface FillSummary {
  /** Sheets that hold at least one table with a column-number row. */
  sheetsWithTables: string[];
  formulasWritten: number;
  kept: KeptCells;
  /** Typed values replaced by formulas (overwrite on). */
  overwritten: TypedCell[];
  /**
   * Sheets whose tables hold figures stored as text ("4.300" pasted from Word): the formulas give an empty cell
   * until those are numbers (what `phuluc fix` and the pane's Sửa do).
   */
  textInputs: { sheet: string; cells: number }[];
}

/** Input cells of the tables' indicator rows that hold a number stored as text. */
function textInputCells(sheet: SheetModel, tables: readonly FoundTable[]): number {
  let n = 0;
  for (const table of tables) {
    const columns = inputColumns(table);
    for (const row of table.rows) {
      if (row.kind !== "indicator") continue;
      for (const column of columns) {
        const cell = cellAt(sheet, row.row, column.col);
        // Only a text is a figure stored as text: a number, an empty cell (most of a long table's) is not read.
        if (typeof cell?.value !== "string") continue;
        const reading = readCell(cell, row.row, column.col).reading;
        if (reading === "text-number" || reading === "ambiguous") n++;
      }
    }
  }
  return n;
}

export interface FillRequest {
  /** The sheets to fill; every sheet when absent. */
  sheets?: string[];
  /** Replace typed values in comparison cells too. */
  overwrite: boolean;
  /**
   * With overwrite: replace only these cells (the ones the official was shown and confirmed); any other typed value
   * stays and is listed as kept.
   */
  only?: { sheet: string; cell: string }[];
}

/**
 * The writes filling every sheet of the model, grouped by sheet, and the summary (pure).
 * A written cell gets the comparison number format when the model reports no format for it (General, or an empty
 * cell whose format the model does not carry) or a percent format.
 */
export function planFillWrites(
  workbook: WorkbookModel,
  options: {
    overwrite: boolean;
    only?: { sheet: string; cell: string }[];
    /** List the kept cells equal to the formula's result too (else only counted). */
    listSame?: boolean;
  },
): { writes: Record<string, CellWrite[]>; summary: FillSummary } {
  const kept: KeptCells = { differing: [], same: 0, unknown: 0 };
  if (options.listSame) kept.sameCells = [];
  const summary: FillSummary = {
    sheetsWithTables: [],
    formulasWritten: 0,
    kept,
    overwritten: [],
    textInputs: [],
  };
  const writes: Record<string, CellWrite[]> = {};
  const confirmed = options.only && new Set(options.only.map((c) => `${c.sheet}!${c.cell}`));
  for (const sheet of workbook.sheets) {
    // Cells equal to the formula's result are only counted unless a face lists them.
    const plan = planFill(sheet, { overwrite: options.overwrite, countSame: !options.listSame });
    if (confirmed) {
      // Typed cells the official did not confirm stay as they are.
      const unconfirmed = plan.overwritten.filter((c) => !confirmed.has(`${sheet.name}!${a1(c.row, c.col)}`));
      const skip = new Set(unconfirmed.map((c) => `${c.row},${c.col}`));
      plan.writes = plan.writes.filter((w) => !skip.has(`${w.row},${w.col}`));
      plan.overwritten = plan.overwritten.filter((c) => !skip.has(`${c.row},${c.col}`));
      plan.kept.push(...unconfirmed);
    }
    if (plan.tables.length === 0) continue;
    summary.sheetsWithTables.push(sheet.name);
    const textCells = textInputCells(sheet, plan.tables);
    if (textCells > 0) summary.textInputs.push({ sheet: sheet.name, cells: textCells });
    if (plan.writes.length > 0) {
      // A difference (A − B) is in the figures' own unit: its cell keeps its format unless a percent format would
      // show it ×100.
      const differences = new Set(
        plan.tables.flatMap((t) =>
          t.columns
            .filter((c) => c.reading?.role === "comparison" && c.reading.op === "diff")
            .map((c) => c.col),
        ),
      );
      // The plan's writes (local to this call) are the port's writes, given their format in place: no second
      // object for each of a long table's cells.
      const sheetWrites: CellWrite[] = plan.writes;
      for (const write of sheetWrites) {
        const current = cellAt(sheet, write.row, write.col)?.numberFormat;
        const format =
          differences.has(write.col) && !hasPercentFormat(current) ? undefined : comparisonFormatFor(current);
        if (format !== undefined) write.numberFormat = format;
      }
      writes[sheet.name] = sheetWrites;
      summary.formulasWritten += plan.writes.length;
    }
    const located = (c: {
      row: number;
      col: number;
      typed: CellValue;
      computed: number | undefined;
    }): TypedCell => ({
      sheet: sheet.name,
      cell: a1(c.row, c.col),
      typed: c.typed,
      computed: c.computed,
    });
    kept.same += plan.same;
    for (const c of plan.kept) {
      if (typedMatchesFormula(c)) {
        kept.same++;
        kept.sameCells?.push(located(c));
      } else if (c.computed === undefined && textCells > 0) kept.unknown++;
      else kept.differing.push(located(c));
    }
    summary.overwritten.push(...plan.overwritten.map(located));
  }
  return { writes, summary };
}

/**
 * Fills the comparison columns of the named sheets (all when absent). One reading call and at most one writing
 * call: in Excel 1 sync to read the named sheets (2 for all sheets: their names first) and 1 to write.
 */
export async function fillComparisons(port: WorkbookPort, request: FillRequest): Promise<FillSummary> {
  const workbook = await port.read(request.sheets);
  const { writes, summary } = planFillWrites(workbook, {
    overwrite: request.overwrite,
    only: request.only,
    listSame: true,
  });
  if (Object.keys(writes).length > 0) await port.writeCells(writes);
  return summary;
}
