/**
 * The quick fixes' side of the Office.js adapter: cell states read back from loaded ranges, and the undo record
 * kept in the document settings (like the marks' memory), so that a fix can be undone after the workbook is closed
 * and opened again. The record shares the settings' budget with the marks and the pane's settings (store.ts): a
 * fix whose record would not fit is refused before any cell is written, rather than done without undo.
 */
import type { CellChange, CellState, UndoRecord } from "../core/port";
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

type StateTuple = [
  CellState["value"],
  (string | null)?,
  (string | number | null)?,
  (string | number | null)?,
];
type ChangeTuple = [string, string | number, StateTuple, StateTuple];

/**
 * The compact form kept in the settings (version 3): changes grouped by sheet, states as short arrays, and the
 * strings that repeat from cell to cell — the finding codes, number formats and font names — written once in
 * `words` and referred to by their index. A fix of 15 000 cells (5 000 rows of legacy text and numbers stored as
 * text) weighs about 0.8 MB in the settings, within their budget (store.ts). Version 2 (the same without `words`)
 * is still read: a workbook may hold a record of an older pane.
 */
interface StoredUndo {
  v: 2 | 3;
  at: string;
  sheets: [string, ChangeTuple[]][];
  words?: string[];
}

/** Numbers the repeated strings of a record (words[i] is the string of index i). */
class Words {
  readonly words: string[] = [];
  private readonly index = new Map<string, number>();

  of(word: string): number {
    let i = this.index.get(word);
    if (i === undefined) {
      i = this.words.length;
      this.words.push(word);
      this.index.set(word, i);
    }
    return i;
  }
}

function stateTuple(state: CellState, words: Words): StateTuple {
  const t: StateTuple = [
    state.value,
    state.formula ?? null,
    state.numberFormat !== undefined ? words.of(state.numberFormat) : null,
    state.font?.name !== undefined ? words.of(state.font.name) : null,
  ];
  while (t.length > 1 && t[t.length - 1] === null) t.pop();
  return t;
}

/** A stored string: itself (version 2) or its index in `words` (version 3); undefined when neither. */
function wordOf(x: unknown, words: readonly string[] | undefined): string | undefined {
  if (typeof x === "string") return words ? undefined : x;
  if (typeof x === "number" && words && Number.isInteger(x)) return words[x];
  return undefined;
}

function stateOfTuple(t: unknown, words: readonly string[] | undefined): CellState | undefined {
  if (!Array.isArray(t) || t.length === 0) return undefined;
  const [value, formula, numberFormat, font] = t as unknown[];
  if (value !== null && !["string", "number", "boolean"].includes(typeof value)) return undefined;
  const state: CellState = { value: value as CellState["value"] };
  if (typeof formula === "string") state.formula = formula;
  const format = wordOf(numberFormat, words);
  if (format !== undefined) state.numberFormat = format;
  const fontName = wordOf(font, words);
  if (fontName !== undefined) state.font = { name: fontName };
  return state;
}

/** The record as stored (version 3, see StoredUndo). */
export function encodeUndo(record: UndoRecord): string {
  const words = new Words();
  const sheets = new Map<string, ChangeTuple[]>();
  for (const c of record.changes) {
    const tuple: ChangeTuple = [
      c.cell,
      words.of(c.codes.join(",")),
      stateTuple(c.before, words),
      stateTuple(c.after, words),
    ];
    const list = sheets.get(c.sheet);
    if (list) list.push(tuple);
    else sheets.set(c.sheet, [tuple]);
  }
  const stored: StoredUndo = { v: 3, at: record.at, sheets: [...sheets], words: words.words };
  return JSON.stringify(stored);
}

/** The stored record, when it is one (anything else reads as no record). */
export function decodeUndo(raw: unknown): UndoRecord | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const r = raw as Partial<StoredUndo>;
  if ((r.v !== 2 && r.v !== 3) || typeof r.at !== "string" || !Array.isArray(r.sheets)) return undefined;
  const words = r.v === 3 ? r.words : undefined;
  if (r.v === 3 && (!Array.isArray(words) || words.some((w) => typeof w !== "string"))) return undefined;
  const changes: CellChange[] = [];
  for (const entry of r.sheets) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Array.isArray(entry[1])) return undefined;
    for (const t of entry[1] as unknown[]) {
      if (!Array.isArray(t) || typeof t[0] !== "string") return undefined;
      const codes = wordOf(t[1], words);
      const before = stateOfTuple(t[2], words);
      const after = stateOfTuple(t[3], words);
      if (codes === undefined || !before || !after) return undefined;
      changes.push({ sheet: entry[0], cell: t[0], codes: codes.split(","), before, after });
    }
  }
  return { at: r.at, changes };
}
