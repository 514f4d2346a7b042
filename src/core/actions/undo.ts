/**
 * Undoing the last quick fix: Excel's own undo does not cover an add-in's writes, so the fix's record, kept in the
 * workbook, says what each cell held before. A cell still holding what the fix wrote gets its value, formula,
 * number format and font back; a cell edited by hand since is left alone and reported. The record is dropped
 * either way. One read and one write.
 */
import { holds, writeOf } from "../fixes";
import type { CellChange, UndoRecord, WorkbookPort } from "../port";

export interface UndoOutcome {
  /** The changes taken back. */
  restored: CellChange[];
  /** Cells edited since the fix: left as they are. */
  edited: CellChange[];
}

/** The last fix that can be undone, if any (no round trip on either host). */
export async function lastFix(port: WorkbookPort): Promise<UndoRecord | undefined> {
  const record = await port.loadUndo();
  return record && record.changes.length > 0 ? record : undefined;
}

/** Undoes the last fix; undefined when there is none. */
export async function undoLastFix(port: WorkbookPort): Promise<UndoOutcome | undefined> {
  const record = await lastFix(port);
  if (!record) return undefined;
  const current = await port.readCells(record.changes.map(({ sheet, cell }) => ({ sheet, cell })));
  const toWrite: CellChange[] = [];
  const back: CellChange[] = [];
  const edited: CellChange[] = [];
  record.changes.forEach((change, i) => {
    const state = current[i];
    if (state && holds(state, change.after, change.before)) toWrite.push(change);
    // Already as before the fix: Excel's own undo took it back (ExcelApi 1.20), or the fix's write stopped before
    // this cell. Nothing to write, and nothing the official did is lost.
    else if (state && holds(state, change.before, change.after)) back.push(change);
    else edited.push(change);
  });
  await port.writeStates(
    toWrite.map((c) => writeOf(c, c.before, c.after)),
    null,
  );
  return { restored: [...toWrite, ...back], edited };
}
