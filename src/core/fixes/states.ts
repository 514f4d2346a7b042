/**
 * Comparing and writing cell states, for applying a fix and undoing it: a cell is written only while it still holds
 * what the change expects there (the state before, when fixing; the state after, when undoing), so a cell edited by
 * hand in between is left alone and reported.
 */
import { sameFormula, type CellValue } from "../model/sheet";
import type { CellChange, CellState, StateWrite } from "../port";

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === undefined || v === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

function formatOf(state: CellState): string {
  return state.numberFormat === undefined || state.numberFormat === "" ? "General" : state.numberFormat;
}

function fontOf(state: CellState): string | undefined {
  return state.font?.name?.trim().toLowerCase();
}

/**
 * The cell holds `state` in everything a change between `state` and `other` is about: its value or formula (a
 * formula's cached value is not compared: it follows the sheet), and its number format and font where the
 * change alters them. A font the host did not report, or one a side does not know, counts as held.
 */
export function holds(current: CellState, state: CellState, other: CellState): boolean {
  if (state.formula !== undefined) {
    if (!sameFormula(current.formula, state.formula)) return false;
  } else if (current.formula !== undefined || !sameValue(current.value, state.value)) {
    return false;
  }
  if (formatOf(state) !== formatOf(other) && formatOf(current) !== formatOf(state)) return false;
  const font = fontOf(state);
  const otherFont = fontOf(other);
  if (
    font !== undefined &&
    otherFont !== undefined &&
    font !== otherFont &&
    current.font?.name !== undefined &&
    fontOf(current) !== font
  ) {
    return false;
  }
  return true;
}

/** The write turning a cell from `from` into `to`: value or formula, and format and font only where they change. */
export function writeOf(change: CellChange, to: CellState, from: CellState): StateWrite {
  const write: StateWrite = { sheet: change.sheet, cell: change.cell, value: to.value };
  if (to.formula !== undefined) write.formula = to.formula;
  if (formatOf(to) !== formatOf(from)) write.numberFormat = formatOf(to);
  const font = to.font?.name;
  if (font !== undefined && fontOf(to) !== fontOf(from)) write.fontName = font;
  return write;
}
