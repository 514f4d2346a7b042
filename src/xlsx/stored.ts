/**
 * What the workbook keeps for us in its very hidden sheet "phuluc": `{"settings", "marks", "undo"}` as JSON in
 * column A (A1, continued in A2, A3 … past Excel's 32 767 characters per cell). Read and written here only, as a
 * whole: a field added to the record needs no change in the reader or the writer.
 */
import type { SheetModel } from "../core/model/sheet";
import type { Settings, UndoRecord } from "../core/port";

/** Name of the very hidden sheet holding the settings and the marks' memory. */
export const SETTINGS_SHEET = "phuluc";

/** Characters per cell of the stored JSON (Excel's limit is 32 767). */
const CHUNK = 32_000;

/**
 * Whether a sheet is ours: named "phuluc" and hidden from the user. We write it very hidden; LibreOffice saves a
 * very hidden sheet as merely hidden, so a workbook that went through LibreOffice keeps its settings too. A visible
 * sheet of that name is the user's own.
 */
export function isSettingsSheet(name: string, state: string | undefined): boolean {
  return name === SETTINGS_SHEET && (state === "veryHidden" || state === "hidden");
}

/** A fill as earlier versions remembered it (ExcelJS's shape): a solid colour, or a pattern. */
export interface LegacyFill {
  type: string;
  pattern?: string;
  fgColor?: { argb?: string };
}

/**
 * A marked cell and what its style had before: the `<fill>` element as the styles part wrote it and the style's
 * applyFill attribute (earlier versions kept an ExcelJS fill object, or null for none).
 */
export interface StoredMark {
  sheet: string;
  cell: string;
  fill: string | LegacyFill | null;
  applyFill?: string;
}

export interface Stored {
  settings?: Settings;
  marks?: StoredMark[];
  /** The last quick fix, until it is undone. */
  undo?: UndoRecord;
}

/**
 * The stored JSON from the values of column A, row after row (`valueAt(1)` is A1) up to the first that is not
 * text; {} when there is none or it is not an object.
 */
export function readStored(valueAt: (row: number) => unknown): Stored {
  let text = "";
  for (let row = 1; ; row++) {
    const value = valueAt(row);
    if (typeof value !== "string" || value === "") break;
    text += value;
  }
  if (text === "") return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

/** The record kept in a settings sheet read into the model. */
export function storedInSheet(sheet: SheetModel): Stored {
  return readStored((row) => sheet.rows[row - 1]?.[0]?.value);
}

/** The texts of column A that hold the record, from A1 down. */
export function storedTexts(stored: Stored): string[] {
  const text = JSON.stringify(stored);
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK));
  return Array.from({ length: chunks }, (_, i) => text.slice(i * CHUNK, (i + 1) * CHUNK));
}
