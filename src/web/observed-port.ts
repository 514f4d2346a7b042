/**
 * The xlsx port as the page hands it to the pane, telling the page what changed so the table can follow: the pane's
 * actions write through the port, and the page redraws after each write, selection or settings change.
 */
import type {
  CellMark,
  CellRef,
  CellWrite,
  ReadOptions,
  Settings,
  StateWrite,
  UndoRecord,
} from "../core/port";
import type { SheetPlan } from "../core/model/plan";
import type { XlsxPort } from "../xlsx/port";

export type PortChange = "content" | "selection" | "settings";

export function observePort(inner: XlsxPort, onChange: (change: PortChange) => void): XlsxPort {
  const after = async <T>(change: PortChange, work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      // Also after a failed write: part of it may have been applied.
      onChange(change);
    }
  };
  return {
    get selection() {
      return inner.selection;
    },
    get document() {
      return inner.document;
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
