/**
 * The fix plan: the change of every cell the chosen findings are about, worked out before anything is written.
 * A cell with several findings (legacy text that is also a unit …) gets one change holding them all, applied in
 * the order of FIXABLE_CODES.
 */
import type { Finding } from "../findings";
import { parseA1 } from "../model/address";
import { cellAt, type CellModel, type WorkbookModel } from "../model/sheet";
import { comparisonFix } from "./comparison";
import { legacyTextFix } from "./legacy-text";
import { numberTextFix } from "./number-text";
import { percentFractionFix } from "./percent-fraction";
import {
  CONFIRMED_CODES,
  FIXABLE_CODES,
  isFixableCode,
  type CellChange,
  type CellFix,
  type CellState,
  type FixPlan,
  type FixableCode,
} from "./types";
import { unitFix } from "./unit";

const FIXES: readonly CellFix[] = [legacyTextFix, numberTextFix, percentFractionFix, unitFix, comparisonFix];

const fixOf = new Map<FixableCode, CellFix>(FIXES.flatMap((f) => f.codes.map((c) => [c, f] as const)));

export interface FixOptions {
  /** Only these codes (all fixable codes when absent). */
  only?: readonly string[];
  /** Typed comparisons the official confirmed ("Sheet!A1" or {sheet, cell}); others go to `toConfirm`. */
  confirmed?: readonly { sheet: string; cell: string }[];
}

/** The state of a model cell as a fix sees it. */
export function stateOf(cell: CellModel | undefined): CellState {
  const state: CellState = { value: cell?.value ?? null };
  if (cell?.formula !== undefined) state.formula = cell.formula;
  if (cell?.numberFormat !== undefined && cell.numberFormat !== "General")
    state.numberFormat = cell.numberFormat;
  if (cell?.font !== undefined) state.font = { ...cell.font };
  return state;
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}

/** The changes mending the findings (pure): what the preview shows, and all that the fix will write. */
export function planFixes(
  findings: readonly Finding[],
  workbook: WorkbookModel,
  options: FixOptions = {},
): FixPlan {
  const wanted = new Set(options.only ?? FIXABLE_CODES);
  const confirmed = new Set((options.confirmed ?? []).map((c) => cellKey(c.sheet, c.cell)));
  const chosen = findings
    .filter((f): f is typeof f & { code: FixableCode } => isFixableCode(f.code) && wanted.has(f.code))
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        FIXABLE_CODES.indexOf(a.finding.code) - FIXABLE_CODES.indexOf(b.finding.code) || a.index - b.index,
    );

  const plan: FixPlan = { changes: [], toConfirm: [], unfixed: [] };
  /**
   * Per cell: the change made without asking, the change once the official confirms (typed comparisons), and the
   * first finding's position (the lists keep the findings' order).
   */
  interface Pending {
    sheet: string;
    cell: string;
    before: CellState;
    direct?: { after: CellState; codes: string[] };
    confirmed?: { after: CellState; codes: string[] };
    index: number;
  }
  const byCell = new Map<string, Pending>();
  for (const { finding, index } of chosen) {
    const sheet = workbook.sheets.find((s) => s.name === finding.sheet);
    const at = parseA1(finding.cell);
    if (!sheet || !at) {
      plan.unfixed.push({ finding, reason: "cell-changed" });
      continue;
    }
    const key = cellKey(finding.sheet, finding.cell);
    let entry = byCell.get(key);
    const before = entry?.before ?? stateOf(cellAt(sheet, at.row, at.col));
    const last = entry?.confirmed ?? entry?.direct;
    const after = fixOf.get(finding.code)?.mend(finding, last?.after ?? before, { workbook, sheet });
    if (!after) {
      plan.unfixed.push({ finding, reason: "not-mechanical" });
      continue;
    }
    if (!entry) {
      entry = { sheet: finding.sheet, cell: finding.cell.toUpperCase(), before, index };
      byCell.set(key, entry);
    }
    const step = { after, codes: [...(last?.codes ?? []), finding.code] };
    const asks = CONFIRMED_CODES.includes(finding.code) && !confirmed.has(key);
    if (asks || entry.confirmed) entry.confirmed = step;
    else entry.direct = step;
  }
  for (const e of [...byCell.values()].sort((a, b) => a.index - b.index)) {
    const change = (step: { after: CellState; codes: string[] }): CellChange => {
      const before = { ...e.before };
      const after = { ...step.after };
      // A font the change does not alter is not part of it (and not kept in the undo record).
      if (before.font?.name === after.font?.name) {
        delete before.font;
        delete after.font;
      }
      return { sheet: e.sheet, cell: e.cell, codes: step.codes, before, after };
    };
    if (e.direct) plan.changes.push(change(e.direct));
    if (e.confirmed) plan.toConfirm.push(change(e.confirmed));
  }
  return plan;
}
