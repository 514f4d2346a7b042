/**
 * The one port through which every face (task pane in Excel, web page, command line) works on a workbook.
 * Adapters implement it: src/excel (Office.js, inside Excel) and src/xlsx (.xlsx files, read and patched as packages).
 *
 * Calls and round trips. The actions in src/core/actions call the port at most once to read (read or sheetNames)
 * and once to write (addSheets, writeCells, mark, clearMarks). What a call costs is the adapter's:
 * - the xlsx port (src/xlsx) works on a workbook's package in memory: no round trip;
 * - the Office.js port (src/excel) makes each call one `Excel.run`, with a fixed number of `context.sync()` for the
 *   workbooks of this product — read(names) 1, read() 2 (the sheet names, then the used ranges), sheetNames 1,
 *   addSheets 2 (the sheets, then their print setup, freeze panes and validation; 1 before ExcelApi 1.7),
 *   writeCells 1, mark 2 and clearMarks 2 (what to keep, then the write), select 1 — and more only for very large
 *   ones: a read Excel refuses in one sync is read again in pieces, a write or a marking whose
 *   request passes 4 MB is cut into several syncs (Excel on the web refuses requests and responses over 5 MB).
 *   The table in src/excel/port.ts is the reference.
 *
 * Atomicity. No write is a transaction. In Excel a sync runs its operations in order and keeps those before the
 * one that fails; a write cut into several syncs keeps the syncs before the failing one, and its PortError says so
 * (`details.partial`; `details.undoable` where Excel's own undo, ExcelApi 1.20, takes the part back). The xlsx port
 * changes the package in memory; the face decides whether to save it.
 */
import type { AdminLevel } from "./catalog/types";
import type { Lang } from "./i18n/messages";
import type { Severity } from "./findings";
import type { SheetPlan } from "./model/plan";
import type { CellValue, ColumnCorrection, WorkbookModel } from "./model/sheet";

/** A plain write into an existing sheet: a value or a formula, and optionally a number format. No other styling. */
export interface CellWrite {
  row: number;
  col: number;
  value?: string | number | null;
  /** English formula without the leading "=". */
  formula?: string;
  numberFormat?: string;
}

/** A cell of a sheet, by A1 address. */
export interface CellRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/**
 * Everything a quick fix may change in a cell, and therefore everything its undo must put back. `value` is the
 * typed value (a formula's cached result when there is a formula); `numberFormat` absent means General; `font`
 * absent means the adapter did not say.
 */
export interface CellState {
  value: CellValue;
  /** English formula without the leading "=". */
  formula?: string;
  numberFormat?: string;
  font?: { name?: string };
}

/**
 * A write of a cell's state: the value or the formula always; the number format and the font name only when given
 * (other formatting is never touched).
 */
export interface StateWrite extends CellRef {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fontName?: string;
}

/** One cell changed by a quick fix: what it held and what it holds after (see src/core/fixes). */
export interface CellChange extends CellRef {
  /** The finding codes the change mends ("number/text" …): more than one when a cell had several findings. */
  codes: string[];
  before: CellState;
  after: CellState;
}

/** The record of the last quick fix, kept in the workbook so that it can be undone after closing and reopening. */
export interface UndoRecord {
  /** ISO time of the fix. */
  at: string;
  changes: CellChange[];
}

/**
 * What a write that keeps a record in the workbook (the marks' previous fills, the undo record) says besides
 * succeeding: whether the record is saved in the workbook. False: the cells were written and the record serves while
 * the pane stays open, but is gone once the workbook is closed (the host refused to save it). An adapter that
 * returns nothing saved it.
 */
export interface RecordOutcome {
  recordSaved: boolean;
}

/** What mark() did: the cells marked (the first ones, when all of them would not fit the record) and the record. */
export interface MarkOutcome extends RecordOutcome {
  /** The cells asked for, each once (a range counts its cells). */
  cells: number;
  /** The first `marked` of them are marked. */
  marked: number;
}

/** A part of a new sheet's setup, beyond its cells: input validation, freeze panes, print setup. */
export type SheetSetupPart = "validation" | "freeze" | "print";

/**
 * What addSheets did besides adding the sheets: the setup parts a sheet did not get (some Excel builds refuse them;
 * the sheet is inserted all the same). An adapter that returns nothing set everything up.
 */
export interface AddSheetsOutcome {
  unfinished: { sheet: string; parts: SheetSetupPart[] }[];
}

export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  severity: Severity;
}

/** What the pane remembers per workbook (stored in the workbook itself). */
export interface Settings {
  /** The report year N the user set or confirmed. */
  year?: number;
  unit?: string;
  level?: AdminLevel;
  lang?: Lang;
  /** Columns whose reading the user corrected (see `ColumnCorrection`). */
  readings?: ColumnCorrection[];
}

export interface ReadOptions {
  /** Cells whose font is read with the sheets (the quick fixes swap legacy fonts). */
  fonts?: readonly CellRef[];
}

export interface WorkbookPort {
  /**
   * Sheet names in workbook order and the active sheet's name (when the host has one). `taken`: the names of the
   * other sheets the host knows of — chart, dialog and macro sheets, our own settings sheet — which hold no table
   * and are not listed, yet no new sheet may take their names (Excel compares them ignoring case).
   */
  sheetNames(): Promise<{ names: string[]; active?: string; taken?: string[] }>;
  /**
   * The named sheets (all when omitted) in the core's model: values, formulas (English), number formats, and
   * merged ranges where the host can report them. Only the used range of values is read. `options.fonts`: cells
   * whose font name is read too, in the same read, and put on the model's cells (see putFont).
   */
  read(sheets?: string[], options?: ReadOptions): Promise<WorkbookModel>;
  /**
   * Adds the planned sheets at the end, in order. Their names are already free (see uniqueSheetName). In Excel the
   * first added sheet becomes the active one, so the official sees what was inserted.
   */
  addSheets(plans: SheetPlan[]): Promise<AddSheetsOutcome | void>;
  /** Writes values and formulas into existing sheets, grouped by sheet name. */
  writeCells(writes: Record<string, CellWrite[]>): Promise<void>;
  /**
   * Marks the cells with a fill by severity, remembering each cell's previous fill so that clearMarks can put back
   * exactly what was there. Marking again first clears the previous marks. An adapter whose record of the fills is
   * limited marks the first cells that fit and says how many (MarkOutcome).
   */
  mark(marks: CellMark[]): Promise<MarkOutcome | void>;
  /** Removes the marks made by mark(); other formatting stays untouched. */
  clearMarks(): Promise<RecordOutcome | void>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /**
   * The current state of the cells, in the order asked (one read; fonts included); undefined for a cell whose
   * sheet is gone.
   */
  readCells(cells: CellRef[]): Promise<(CellState | undefined)[]>;
  /**
   * Writes the cells' states (one write) and, with it, replaces the workbook's undo record (`null` drops it), so
   * that the record always describes what the last fix wrote. A new record is kept before the cells change: a
   * write that fails half way can still be undone.
   */
  writeStates(writes: StateWrite[], undo: UndoRecord | null): Promise<RecordOutcome | void>;
  /** The undo record of the last quick fix, if one is kept in the workbook. */
  loadUndo(): Promise<UndoRecord | undefined>;
}

/**
 * The expected failures of a port, as codes the faces turn into a sentence for the official (both adapters reject
 * with these, never with a raw host error).
 */
export type PortErrorCode =
  | "sheet-missing"
  | "protected"
  | "too-large"
  | "cell-edit"
  /** The undo record of a quick fix would not fit the workbook (details.cells): nothing was written. */
  | "undo-too-large"
  /** A write went through part of a merged area (details.mergesKnown false: the host cannot report merges). */
  | "merged"
  /**
   * A write went through part of an array formula (details.sheet, details.range, details.cell): Excel changes an
   * array only as a whole. Nothing was written.
   */
  | "array"
  /**
   * A write would leave a header cell of an Excel table (details.sheet, details.cell, details.table) with no text,
   * or with another column's name (details.duplicate), which Excel repairs. Nothing was written.
   */
  | "table-header"
  | "unknown";

export interface PortErrorDetails {
  /** The sheet concerned, when the adapter knows which one. */
  sheet?: string;
  /** The host's own error code ("ItemNotFound", "AccessDenied" …), when there is one. */
  hostCode?: string;
  /** "protected": the workbook's structure is protected (no sheet can be added), not a sheet. */
  workbook?: boolean;
  /** "undo-too-large": the cells of the fix. */
  cells?: number;
  /** "too-large": the sheet's used range ("A1:XFD300") when a stray cell far from the table makes it too large. */
  usedRange?: string;
  /** "array": the array formula's range ("H8:H11") and the first of its cells the write reached. */
  range?: string;
  cell?: string;
  /** "array": the range is a data table's (What-If Analysis), which Excel also changes only as a whole. */
  dataTable?: boolean;
  /** "table-header": the Excel table's name, and the column name the write would have repeated. */
  table?: string;
  duplicate?: string;
  /** "merged": whether the host reports merged areas (false: it cannot, so none could be avoided). */
  mergesKnown?: boolean;
  /** "cell-edit": the host's error may mean cell-edit mode, or something else (it has no code of its own there). */
  uncertain?: boolean;
  /**
   * A write cut into several round trips (a very large one) failed after the first ones were applied: part of it
   * is in the workbook. Absent when nothing was written.
   */
  partial?: boolean;
  /** With `partial`: the part written is one entry of Excel's own undo (ExcelApi 1.20): Ctrl+Z takes it back. */
  undoable?: boolean;
  cause?: unknown;
}

export class PortError extends Error {
  override readonly name = "PortError";

  constructor(
    readonly code: PortErrorCode,
    message: string,
    readonly details: PortErrorDetails = {},
  ) {
    super(message);
  }
}

/** Fill colours of the marks, by severity ("RRGGBB"). */
export const markFills: Record<Severity, string> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};
