/**
 * Comparison cells (7=6/4 …) → the formula the fill plan writes there: an empty cell always, a typed number only
 * when the official confirms that cell (as `fill --overwrite` does, cell by cell). The number format follows the
 * fill action's (a percent number gets "0.0", never a percent format).
 */
import { memoWeak } from "../text/memo";
import { planFill, type FillPlan } from "../formulas";
import { comparisonFormatFor } from "../formulas/number-format";
import { parseA1 } from "../model/address";
import { readCell } from "../model/cell";
import type { SheetModel } from "../model/sheet";
import type { CellFix } from "./types";

/** The sheet's fill plan, made once per sheet model (a fix of every comparison cell asks for each). */
const fillPlanOf = memoWeak((sheet: SheetModel): FillPlan => planFill(sheet, { overwrite: true }));

export const comparisonFix: CellFix = {
  codes: ["comparison/missing", "comparison/not-formula", "comparison/mismatch"],
  mend(finding, current, { sheet }) {
    const at = parseA1(finding.cell);
    if (!at || current.formula) return undefined;
    // Read as the checker reads it: a missing comparison is an empty cell, a typed one a number.
    const reading = readCell(current, at.row, at.col).reading;
    if (reading !== (finding.code === "comparison/missing" ? "empty" : "number")) return undefined;
    const write = fillPlanOf(sheet).writes.find((w) => w.row === at.row && w.col === at.col);
    if (!write) return undefined;
    // The value shown beside the formula until the spreadsheet recalculates: what the checker computed.
    const expected =
      typeof finding.expected === "number"
        ? finding.expected
        : finding.code === "comparison/not-formula"
          ? current.value
          : null;
    const after = { ...current, value: expected, formula: write.formula };
    const format = comparisonFormatFor(current.numberFormat);
    if (format !== undefined) after.numberFormat = format;
    return after;
  },
};
