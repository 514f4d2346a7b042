/**
 * Undoing the last quick fix with the fix's record, kept in the workbook, which says what each cell held before. A
 * cell still holding what the fix wrote gets its value, formula, number format and font back; a cell already as
 * before is left as it is; a cell edited by hand since is left alone and reported. The record is dropped once the
 * cells are back. One read and one write.
 *
 * Excel's own undo. Before ExcelApi 1.20 it does not cover an add-in's writes at all: this is the only way back.
 * From 1.20 it does ("Undo support with the Excel JavaScript API"), and the Office.js adapter groups each action's
 * syncs so that one Ctrl+Z takes a whole fix back (mergeUndoGroup). The pane keeps this undo on every host all the
 * same: Excel's undo stack is lost when the workbook is closed, and any command without undo support clears it,
 * while this record stays with the workbook. The two never fight: after a Ctrl+Z the cells are as before, and this
 * undo finds them so and writes nothing.
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
