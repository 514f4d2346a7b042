/**
 * Quick fixes over the port: preview (what will change, cell by cell) and apply (write exactly the previewed
 * changes, keeping an undo record in the workbook). Applying costs one read and one write whatever the number of
 * cells: the read makes sure each cell still holds what the preview showed, so a cell edited in between is left
 * alone and reported rather than overwritten.
 */
import type { Finding } from "../findings";
import { cellKey, holds, isFixableCode, planFixes, writeOf, type FixOptions, type FixPlan } from "../fixes";
import type { CellChange, CellRef, WorkbookPort } from "../port";

export interface FixOutcome {
  /** The changes written (and recorded for undo). */
  applied: CellChange[];
  /** Changes not written: the cell no longer held what the preview showed. */
  skipped: CellChange[];
  /** False: the fix is made, but its undo record could not be saved in the workbook (it serves until closing). */
  undoSaved: boolean;
}

/** The cells of the fixable findings, once each. */
function fixableCells(findings: readonly Finding[], only?: readonly string[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const f of findings) {
    if (!isFixableCode(f.code) || (only && !only.includes(f.code))) continue;
    const key = cellKey(f.sheet, f.cell);
    if (!seen.has(key)) seen.set(key, { sheet: f.sheet, cell: f.cell.toUpperCase() });
  }
  return [...seen.values()];
}

/**
 * What fixing the findings would change (one read: the findings' sheets and the cells' fonts; writes nothing).
 * Pure planning is `planFixes`; this only gathers what it needs from the workbook.
 */
export async function previewFixes(
  port: WorkbookPort,
  findings: readonly Finding[],
  options: FixOptions = {},
): Promise<FixPlan> {
  const refs = fixableCells(findings, options.only);
  if (refs.length === 0) return planFixes([], { sheets: [] }, options);
  // One read: the findings' sheets, and the fonts of the cells to fix with them.
  const workbook = await port.read([...new Set(refs.map((r) => r.sheet))], { fonts: refs });
  return planFixes(findings, workbook, options);
}

/** Writes the changes whose cells still hold their `before`, and records them as the workbook's last fix. */
export async function applyFixes(
  port: WorkbookPort,
  changes: readonly CellChange[],
  now: Date = new Date(),
): Promise<FixOutcome> {
  if (changes.length === 0) return { applied: [], skipped: [], undoSaved: true };
  const current = await port.readCells(changes.map(({ sheet, cell }) => ({ sheet, cell })));
  const applied: CellChange[] = [];
  const skipped: CellChange[] = [];
  changes.forEach((change, i) => {
    const state = current[i];
    if (state && holds(state, change.before, change.after)) {
      // A change of font records the font the host reports now (the preview may not have known it).
      const font = state.font;
      applied.push(
        font && change.after.font && !change.before.font
          ? { ...change, before: { ...change.before, font } }
          : change,
      );
    } else {
      skipped.push(change);
    }
  });
  let undoSaved = true;
  if (applied.length > 0) {
    const outcome = await port.writeStates(
      applied.map((c) => writeOf(c, c.after, c.before)),
      { at: now.toISOString(), changes: applied },
    );
    undoSaved = outcome ? outcome.recordSaved : true;
  }
  return { applied, skipped, undoSaved };
}
