/**
 * The record of marks kept in the workbook's settings (key "phuluc.marks"): for every marked cell, the fill it had
 * before, so that clearing puts back exactly that fill and nothing else.
 *
 * Stored as JSON: { v: 1, sheets: [{ id, name }], marks: [[sheetIndex, "B5", fill]] } where fill is null (the cell
 * had no fill) or { color: "#RRGGBB", pattern?, patternColor? }. Sheets are remembered by id as well as by name, so
 * renaming a sheet between marking and clearing does not strand its marks.
 */
import { a1, parseRangeA1 } from "../core/model/address";
import { moreSevere, type Severity } from "../core/check/types";
import type { CellMark } from "../core/port";

export const MARKS_KEY = "phuluc.marks";

/** A fill as it was before marking; null is "no fill". */
export type SavedFill = null | { color: string; pattern?: string; patternColor?: string };

export interface StoredMark {
  sheet: string;
  sheetId?: string;
  cell: string;
  fill: SavedFill;
}

interface MarksJson {
  v: 1;
  sheets: { id?: string; name: string }[];
  marks: [number, string, SavedFill][];
}

export function encodeMarks(marks: StoredMark[]): string {
  const sheets: MarksJson["sheets"] = [];
  const index = new Map<string, number>();
  const rows: MarksJson["marks"] = [];
  for (const m of marks) {
    const key = `${m.sheetId ?? ""}\u0000${m.sheet}`;
    let i = index.get(key);
    if (i === undefined) {
      i = sheets.length;
      index.set(key, i);
      sheets.push(m.sheetId !== undefined ? { id: m.sheetId, name: m.sheet } : { name: m.sheet });
    }
    rows.push([i, m.cell, m.fill]);
  }
  return JSON.stringify({ v: 1, sheets, marks: rows } satisfies MarksJson);
}

function isSavedFill(x: unknown): x is SavedFill {
  if (x === null) return true;
  return typeof x === "object" && typeof (x as { color?: unknown }).color === "string";
}

/** The stored marks; [] when there are none or the record is unreadable. */
export function decodeMarks(json: unknown): StoredMark[] {
  if (!json || typeof json !== "object") return [];
  const { v, sheets, marks } = json as Partial<MarksJson>;
  if (v !== 1 || !Array.isArray(sheets) || !Array.isArray(marks)) return [];
  const out: StoredMark[] = [];
  for (const entry of marks) {
    if (!Array.isArray(entry) || entry.length !== 3) continue;
    const [i, cell, fill] = entry;
    const sheet = typeof i === "number" ? sheets[i] : undefined;
    if (!sheet || typeof sheet.name !== "string" || typeof cell !== "string" || !isSavedFill(fill)) continue;
    const mark: StoredMark = { sheet: sheet.name, cell, fill };
    if (typeof sheet.id === "string") mark.sheetId = sheet.id;
    out.push(mark);
  }
  return out;
}

/** A marked range larger than this is marked on its first cells only. */
export const MAX_CELLS_PER_MARK = 10_000;

export interface WantedMark {
  sheet: string;
  cell: string;
  severity: Severity;
}

/**
 * One entry per cell: ranges ("B5:C6") are split into cells so that each keeps its own previous fill, "$" signs are
 * dropped, and a cell marked twice keeps its most severe mark. Unreadable addresses are skipped.
 */
export function normalizeMarks(marks: CellMark[]): WantedMark[] {
  const byKey = new Map<string, WantedMark>();
  for (const m of marks) {
    const range = parseRangeA1(m.cell.replace(/\$/g, ""));
    if (!range) continue;
    let count = 0;
    for (let row = range.top; row <= range.bottom && count < MAX_CELLS_PER_MARK; row++) {
      for (let col = range.left; col <= range.right && count < MAX_CELLS_PER_MARK; col++, count++) {
        const cell = a1(row, col);
        const key = markKey(m.sheet, cell);
        const prev = byKey.get(key);
        if (!prev || moreSevere(m.severity, prev.severity))
          byKey.set(key, { sheet: m.sheet, cell, severity: m.severity });
      }
    }
  }
  return [...byKey.values()];
}

export function markKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}
