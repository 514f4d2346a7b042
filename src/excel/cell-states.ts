/**
 * The quick fixes' side of the Office.js adapter: cell states read back from loaded ranges, and the undo record
 * kept in the document settings (like the marks' memory), so that a fix can be undone after the workbook is closed
 * and opened again.
 */
import type { CellState, UndoRecord } from "../core/port";
import { cellFrom } from "./convert";

/** Document-settings key of the last quick fix's undo record. */
export const UNDO_KEY = "phuluc.undo";

/** A cell's state from its loaded `values`, `formulas`, `numberFormat` (1×1 arrays) and font name. */
export function stateFrom(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  fontName: unknown,
): CellState {
  const model = cellFrom(value, formula, numberFormat);
  const state: CellState = { value: model?.value ?? null };
  if (model?.formula !== undefined) state.formula = model.formula;
  if (typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General") {
    state.numberFormat = numberFormat;
  }
  if (typeof fontName === "string" && fontName !== "") state.font = { name: fontName };
  return state;
}

/** The stored record, when it is one (anything else reads as no record). */
export function decodeUndo(raw: unknown): UndoRecord | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const r = raw as Partial<UndoRecord>;
  if (typeof r.at !== "string" || !Array.isArray(r.changes)) return undefined;
  const ok = r.changes.every(
    (c) =>
      c &&
      typeof c.sheet === "string" &&
      typeof c.cell === "string" &&
      Array.isArray(c.codes) &&
      typeof c.before === "object" &&
      typeof c.after === "object",
  );
  return ok ? { at: r.at, changes: r.changes } : undefined;
}
