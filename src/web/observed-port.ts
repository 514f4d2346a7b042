/**
 * The xlsx port as the page hands it to the pane, telling the page what changed so the table can follow: the pane's
 * actions write through the port, and the page redraws after each write, selection or settings change.
 */
import {
  PortError,
  type CellMark,
  type CellRef,
  type CellWrite,
  type ReadOptions,
  type Settings,
  type StateWrite,
  type UndoRecord,
} from "../core/port";
import type { SheetPlan } from "../core/model/plan";
import type { XlsxPort } from "../xlsx/port";

export type PortChange = "content" | "selection" | "settings";

export function observePort(inner: XlsxPort, onChange: (change: PortChange) => void): XlsxPort {
  const after = async <T>(change: PortChange, work: Promise<T>): Promise<T> => {
    let result: T;
    try {
      result = await work;
    } catch (error) {
      // The .xlsx port refuses (a protected sheet, a missing one) before writing anything: the workbook is as it
      // was, and the page does not call it changed. Any other failure may have gone half way.
      if (!(error instanceof PortError && error.details.partial !== true)) onChange(change);
      throw error;
    }
    onChange(change);
    return result;
  };
  return {
    get selection() {
      return inner.selection;
    },
    get document() {
      return inner.document;
    },
    get unstoredReason() {
      return inner.unstoredReason;
    },
    save: () => inner.save(),
    sheetNames: () => inner.sheetNames(),
    read: (sheets?: string[], options?: ReadOptions) => inner.read(sheets, options),
    addSheets: (plans: SheetPlan[]) => after("content", inner.addSheets(plans)),
    writeCells: (writes: Record<string, CellWrite[]>) => after("content", inner.writeCells(writes)),
    mark: (marks: CellMark[]) => after("content", inner.mark(marks)),
    clearMarks: () => after("content", inner.clearMarks()),
    select: (sheet: string, cell: string) => after("selection", inner.select(sheet, cell)),
    loadSettings: () => inner.loadSettings(),
    saveSettings: (settings: Settings) => after("settings", inner.saveSettings(settings)),
    readCells: (cells: CellRef[]) => inner.readCells(cells),
    writeStates: (writes: StateWrite[], undo: UndoRecord | null) =>
      after("content", inner.writeStates(writes, undo)),
    loadUndo: () => inner.loadUndo(),
  };
}
