/** Filling the comparison columns (7=6/4, 8=5/6, 6=5/4 …) of a workbook's tables with formulas. */
import { hasPercentFormat } from "../model/cell";
import { planFill } from "../formulas";
import { a1 } from "../model/address";
import { cellAt, type CellValue, type WorkbookModel } from "../model/sheet";
import type { CellWrite, WorkbookPort } from "../port";
import { PERCENT_NUMBER_FORMAT } from "../templates/layout";

/** A comparison cell that holds a typed value rather than a formula. */
export interface TypedCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  typed: CellValue;
  /** What the formula gives; undefined when it gives an empty cell. */
  computed: number | undefined;
}

export interface FillSummary {
  /** Sheets that hold at least one table with a column-number row. */
  sheetsWithTables: string[];
  formulasWritten: number;
  /** Typed values left in place (overwrite off). */
  kept: TypedCell[];
  /** Typed values replaced by formulas (overwrite on). */
  overwritten: TypedCell[];
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

/** Number format given to a comparison cell whose format is General: 112.5 shows as "112,5" in a Vietnamese Excel. */
export const COMPARISON_NUMBER_FORMAT = PERCENT_NUMBER_FORMAT;

/**
 * The writes filling every sheet of the model, grouped by sheet, and the summary (pure).
 * A written cell gets the comparison number format when the model reports no format for it (General, or an empty
 * cell whose format the model does not carry) or a percent format.
 */
export function planFillWrites(
  workbook: WorkbookModel,
  options: { overwrite: boolean; only?: { sheet: string; cell: string }[] },
): { writes: Record<string, CellWrite[]>; summary: FillSummary } {
  const summary: FillSummary = { sheetsWithTables: [], formulasWritten: 0, kept: [], overwritten: [] };
  const writes: Record<string, CellWrite[]> = {};
  const confirmed = options.only && new Set(options.only.map((c) => `${c.sheet}!${c.cell}`));
  for (const sheet of workbook.sheets) {
    const plan = planFill(sheet, { overwrite: options.overwrite });
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
    if (plan.writes.length > 0) {
      writes[sheet.name] = plan.writes.map((w) => {
        const write: CellWrite = { row: w.row, col: w.col, formula: w.formula };
        const format = cellAt(sheet, w.row, w.col)?.numberFormat;
        // A percent format would show our percent number ×100 again (112,5 as 11250%).
        if (format === undefined || format === "General" || hasPercentFormat(format)) {
          write.numberFormat = COMPARISON_NUMBER_FORMAT;
        }
        return write;
      });
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
    summary.kept.push(...plan.kept.map(located));
    summary.overwritten.push(...plan.overwritten.map(located));
  }
  return { writes, summary };
}

/** Fills the comparison columns of the named sheets (all when absent). One read, at most one write. */
export async function fillComparisons(port: WorkbookPort, request: FillRequest): Promise<FillSummary> {
  const workbook = await port.read(request.sheets);
  const { writes, summary } = planFillWrites(workbook, { overwrite: request.overwrite, only: request.only });
  if (Object.keys(writes).length > 0) await port.writeCells(writes);
  return summary;
}
