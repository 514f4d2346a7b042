/**
 * The quick fixes' side of the Office.js adapter: cell states read back from loaded ranges, and the undo record
 * kept in the document settings (like the marks' memory), so that a fix can be undone after the workbook is closed
 * and opened again.
 */
import type { CellChange, CellState, UndoRecord } from "../core/port";
import { cellFrom } from "./convert";

/** Document-settings key of the last quick fix's undo record. */
export const UNDO_KEY = "phuluc.undo";

/**
 * Characters of undo record the document settings are given at most (Office keeps an add-in's settings to about
 * 2 MB): a fix whose record would be longer is refused before any cell is written, rather than done without undo.
 */
export const UNDO_BUDGET_CHARS = 1_500_000;

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

type StateTuple = [CellState["value"], (string | null)?, (string | null)?, (string | null)?];
type ChangeTuple = [string, string, StateTuple, StateTuple];

/** The compact form kept in the settings: changes grouped by sheet, states as short arrays. */
interface StoredUndo {
  v: 2;
  at: string;
  sheets: [string, ChangeTuple[]][];
}

function stateTuple(state: CellState): StateTuple {
  const t: StateTuple = [
    state.value,
    state.formula ?? null,
    state.numberFormat ?? null,
    state.font?.name ?? null,
  ];
  while (t.length > 1 && t[t.length - 1] === null) t.pop();
  return t;
}

function stateOfTuple(t: unknown): CellState | undefined {
  if (!Array.isArray(t) || t.length === 0) return undefined;
  const [value, formula, numberFormat, font] = t as unknown[];
  if (value !== null && !["string", "number", "boolean"].includes(typeof value)) return undefined;
  const state: CellState = { value: value as CellState["value"] };
  if (typeof formula === "string") state.formula = formula;
  if (typeof numberFormat === "string") state.numberFormat = numberFormat;
  if (typeof font === "string") state.font = { name: font };
  return state;
}

/** The record as stored: about half the length of its plain JSON, so a 5 000-row fix fits the settings. */
export function encodeUndo(record: UndoRecord): string {
  const sheets = new Map<string, ChangeTuple[]>();
  for (const c of record.changes) {
    const tuple: ChangeTuple = [c.cell, c.codes.join(","), stateTuple(c.before), stateTuple(c.after)];
    const list = sheets.get(c.sheet);
    if (list) list.push(tuple);
    else sheets.set(c.sheet, [tuple]);
  }
  const stored: StoredUndo = { v: 2, at: record.at, sheets: [...sheets] };
  return JSON.stringify(stored);
}

/** The stored record, when it is one (anything else reads as no record). */
export function decodeUndo(raw: unknown): UndoRecord | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const r = raw as Partial<StoredUndo>;
  if (r.v !== 2 || typeof r.at !== "string" || !Array.isArray(r.sheets)) return undefined;
  const changes: CellChange[] = [];
  for (const entry of r.sheets) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Array.isArray(entry[1])) return undefined;
    for (const t of entry[1] as unknown[]) {
      if (!Array.isArray(t) || typeof t[0] !== "string" || typeof t[1] !== "string") return undefined;
      const before = stateOfTuple(t[2]);
      const after = stateOfTuple(t[3]);
      if (!before || !after) return undefined;
      changes.push({ sheet: entry[0], cell: t[0], codes: t[1].split(","), before, after });
    }
  }
  return { at: r.at, changes };
}
