/**
 * What the workbook keeps for us in its very hidden sheet "phuluc": `{"settings", "marks", "undo"}` as JSON in
 * column A (A1, continued in A2, A3 … past Excel's 32 767 characters per cell). Read here for the ExcelJS port and
 * the package reader alike.
 */
import type { Settings, UndoRecord } from "../core/port";
import type ExcelJS from "exceljs";

/** Name of the very hidden sheet holding the settings and the marks' memory. */
export const SETTINGS_SHEET = "phuluc";

/**
 * Whether a sheet is ours: named "phuluc" and hidden from the user. We write it very hidden; LibreOffice saves a
 * very hidden sheet as merely hidden, so a workbook that went through LibreOffice keeps its settings too. A visible
 * sheet of that name is the user's own.
 */
export function isSettingsSheet(name: string, state: string | undefined): boolean {
  return name === SETTINGS_SHEET && (state === "veryHidden" || state === "hidden");
}

/** A marked cell and the fill it had before (null: none). */
export interface StoredMark {
  sheet: string;
  cell: string;
  fill: ExcelJS.Fill | null;
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
