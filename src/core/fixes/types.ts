/**
 * Quick fixes: what the checker reports that needs no judgement, mended cell by cell. A fix is a pure function
 * from a finding and the cell's current state (and, for comparison formulas, the sheet) to the cell's state once
 * mended; the plan lists every change before anything is written, and nothing outside the list is ever changed.
 */
import type { Finding, FindingCode } from "../findings";
import type { SheetModel, WorkbookModel } from "../model/sheet";
import type { CellChange, CellState } from "../port";

export type { CellChange, CellState };

/** The finding codes a quick fix can mend, in the order they are applied to a cell holding several. */
export const FIXABLE_CODES = [
  "text/legacy-encoding",
  "number/text",
  "percent/fraction",
  "unit/catalog-mismatch",
  "unit/missing",
  "comparison/missing",
  "comparison/not-formula",
  "comparison/mismatch",
] as const satisfies readonly FindingCode[];

export type FixableCode = (typeof FIXABLE_CODES)[number];

/** Typed comparisons: replaced by their formula only when the official confirms the cell. */
export const CONFIRMED_CODES: readonly FixableCode[] = ["comparison/not-formula", "comparison/mismatch"];

export function isFixableCode(code: string): code is FixableCode {
  return (FIXABLE_CODES as readonly string[]).includes(code);
}

export interface FixContext {
  workbook: WorkbookModel;
  /** The finding's sheet. */
  sheet: SheetModel;
}

/** One kind of fix. */
export interface CellFix {
  codes: readonly FixableCode[];
  /**
   * The cell's state once the finding is mended, or undefined when it cannot be mended mechanically (the cell
   * no longer holds what the finding describes, the value reads two ways, the catalog has no unit …).
   */
  mend(finding: Finding, current: CellState, context: FixContext): CellState | undefined;
}

/** A finding a fix was asked for and could not mend: it stays in the check's list. */
export interface UnfixedFinding {
  finding: Finding;
  reason: "not-mechanical" | "cell-changed";
}

export interface FixPlan {
  /** One change per cell, in the findings' order. */
  changes: CellChange[];
  /** Typed comparisons that would be replaced by their formula once confirmed (not in `changes`). */
  toConfirm: CellChange[];
  unfixed: UnfixedFinding[];
}
