/// <reference types="office-js" />
/**
 * The Excel port's methods on cells (port.ts): writing a plan's cells, reading cells' states, and writing states
 * with their undo record. Never through part of a merged area (session.ts, writeAroundMerges).
 */
import type { CellRef, CellState, CellWrite, RecordOutcome, StateWrite, UndoRecord } from "../core/port";
import { parseA1, type CellRange } from "../core/model/address";
import { isoDateToSerial } from "../core/model/number-format";
import {
  WriteBatch,
  formulaEntry,
  writeEntry,
  needsTextPrefix,
  payloadBytes,
  rectangles,
  stateEntry,
  type LoadedCell,
} from "./blocks";
import { UNDO_KEY, encodeUndo, stateFrom } from "./cell-states";
import { PortError } from "./errors";
import { cellsBySheet, fontKey, queueFontNames, type FontNames } from "./fonts";
import { only, type PortSession } from "./session";
import { fitsStore, putSetting, rawSetting, saveStore } from "./store";
import { rangeGetter, writeBlocks, type Features, type RangeAt } from "./write";

/** Writes values, formulas and number formats into the named cells. */
export async function writeCells(s: PortSession, writes: Record<string, CellWrite[]>): Promise<void> {
  const { features, protection, writeAroundMerges } = s;
  const entries = Object.entries(writes).filter(([, list]) => list.length > 0);
  if (entries.length === 0) return;
  const f = features();
  protection.refuse(entries.map(([name]) => name));
  await writeAroundMerges(new Map(entries.map(([name, list]) => [name, list])), async (context, mergesOf) => {
    const batch = new WriteBatch(context);
    for (const [name, list] of entries) {
      const at = rangeGetter(context.workbook.worksheets.getItem(name), f);
      await writeBlocks(
        batch,
        at,
        list.map((w) => ({
          row: w.row,
          col: w.col,
          entry: writeEntry(w.formula, w.value),
          format: w.numberFormat ?? null,
        })),
        mergesOf(name),
      );
    }
    await batch.flush();
  });
}

/** Each cell's state (value, formula, number format, font); undefined for a cell of a deleted sheet. */
export async function readCells(s: PortSession, cells: CellRef[]): Promise<(CellState | undefined)[]> {
  const { features, protection, exec } = s;
  if (cells.length === 0) return [];
  const f = features();
  /**
   * One sync over the cells of the sheets in `present` (all when undefined; the others read as gone): values,
   * formulas and number formats one load per rectangle of cells; font names per rectangle on ExcelApi 1.9
   * (getCellProperties), per cell before.
   */
  const readSome = (present?: Set<string>) =>
    exec(
      async (context) => {
        const collection = context.workbook.worksheets;
        const bySheet = cellsBySheet(cells, present);
        const reachable = cells.filter((ref) => bySheet.has(ref.sheet));
        const fontNames = queueFontNames(collection, reachable, f);
        // The sheets' protection comes with the cells: writeStates refuses before writing.
        const remember = protection.queueSheets(collection, bySheet.keys(), f);
        const jobs: ((fonts: FontNames) => void)[] = [];
        const loaded = new Map<string, CellState>();
        const raw = new Map<string, LoadedCell>();
        for (const [sheet, list] of bySheet) {
          const at = rangeGetter(collection.getItem(sheet), f);
          for (const rect of rectangles(list)) {
            const range = at(rect);
            range.load("values,formulas,numberFormat");
            jobs.push((fonts) => {
              for (let row = rect.top; row <= rect.bottom; row++) {
                for (let col = rect.left; col <= rect.right; col++) {
                  const r = row - rect.top;
                  const c = col - rect.left;
                  const key = fontKey(sheet, row, col);
                  const cell: LoadedCell = {
                    value: range.values[r]?.[c],
                    formula: range.formulas[r]?.[c],
                    numberFormat: range.numberFormat[r]?.[c],
                  };
                  raw.set(key, cell);
                  loaded.set(key, stateFrom(cell.value, cell.formula, cell.numberFormat, fonts.get(key)));
                }
              }
            });
          }
        }
        await context.sync();
        remember();
        const fonts = fontNames();
        for (const job of jobs) job(fonts);
        s.lastCells = raw;
        return cells.map((ref) => {
          const p = parseA1(ref.cell);
          return p ? loaded.get(fontKey(ref.sheet, p.row, p.col)) : undefined;
        });
      },
      only(cells.map((c) => c.sheet)),
    );
  try {
    return await readSome();
  } catch (error) {
    // A sheet of the record was deleted since: its cells read as gone (one more sync, only then).
    if (!(error instanceof PortError) || error.code !== "sheet-missing") throw error;
    const names = await exec(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((ws) => ws.name);
    });
    return readSome(new Set(names));
  }
}

/** Whether writing this state's value needs the cell's number format (a text Excel would read otherwise, a date). */
function needsCurrent(w: StateWrite): boolean {
  return (
    w.formula === undefined &&
    w.numberFormat === undefined &&
    typeof w.value === "string" &&
    (needsTextPrefix(w.value) || isoDateToSerial(w.value) !== undefined)
  );
}

/** Writes cells back to states, keeping the undo record first (`undo` null: an undo, which drops it). */
export async function writeStates(
  s: PortSession,
  writes: StateWrite[],
  undo: UndoRecord | null,
): Promise<RecordOutcome> {
  const { getHost, features, protection, writeAroundMerges } = s;
  const h = getHost();
  const f = features();
  const record = undo ? encodeUndo(undo) : undefined;
  // The record shares the settings with the marks and the pane's settings: one that would not fit is refused
  // before any cell is written (store.ts), rather than the fix done without undo.
  if (record !== undefined && !fitsStore(h, { [UNDO_KEY]: record })) {
    throw new PortError("undo-too-large", `The undo record of ${undo?.changes.length} cells is too large.`, {
      cells: undo?.changes.length ?? 0,
    });
  }
  const bySheet = new Map<string, StateWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  protection.refuse(bySheet.keys());
  // A new record is kept, and saved into the workbook, before any cell changes: whatever the write leaves
  // (all of it, or the first syncs of a write that fails half way) can be undone, even after the workbook is
  // closed. When only the save fails the fix is still made, and said so (recordSaved: false).
  let recordSaved = true;
  if (record !== undefined) {
    putSetting(h, UNDO_KEY, record);
    recordSaved = await saveStore(h);
  }
  const known = s.lastCells;
  s.lastCells = new Map(); // what this write changes is no longer as read
  if (bySheet.size > 0) {
    const cellsOf = new Map(
      [...bySheet].map(([sheet, list]) => [sheet, list.flatMap((w) => parseA1(w.cell) ?? [])]),
    );
    await writeAroundMerges(cellsOf, async (context, mergesOf) => {
      const located = new Map<string, LocatedWrite[]>(
        [...bySheet].map(([sheet, list]) => [
          sheet,
          list.flatMap((w) => {
            const p = parseA1(w.cell);
            return p ? [{ ...p, w, key: fontKey(sheet, p.row, p.col) }] : [];
          }),
        ]),
      );
      // A text or date value whose cell this port has not just read: its number format first (one more sync,
      // only then), so that it is written as the cell holds it.
      const unknown = [...located].flatMap(([sheet, list]) =>
        list.filter(({ w, key }) => needsCurrent(w) && !known.has(key)).map((c) => ({ sheet, ...c })),
      );
      if (unknown.length > 0) await readCurrent(context, unknown, known, f);
      const batch = new WriteBatch(context);
      for (const [sheet, list] of located) {
        const at = rangeGetter(context.workbook.worksheets.getItem(sheet), f);
        await queueStates(batch, at, list, known, mergesOf(sheet));
      }
      await batch.flush();
    });
  }
  // An undo drops the record once its cells are back (a failed undo keeps it: it can be tried again).
  if (record === undefined && rawSetting(h, UNDO_KEY) !== undefined) {
    putSetting(h, UNDO_KEY, undefined);
    recordSaved = await saveStore(h);
  }
  return { recordSaved };
}

/** A state write at its place: the cell's row and column, and its key among loaded cells (fontKey). */
interface LocatedWrite {
  row: number;
  col: number;
  w: StateWrite;
  key: string;
}

/**
 * The value, formula and number format of cells this port has not just read, into `known` (one sync): a text or a
 * date is then written as its cell holds it.
 */
async function readCurrent(
  context: Excel.RequestContext,
  unknown: readonly (LocatedWrite & { sheet: string })[],
  known: Map<string, LoadedCell>,
  f: Features,
): Promise<void> {
  const reads = unknown.map(({ sheet, row, col, key }) => {
    const range = rangeGetter(
      context.workbook.worksheets.getItem(sheet),
      f,
    )({
      top: row,
      left: col,
      bottom: row,
      right: col,
    });
    range.load("values,formulas,numberFormat");
    return { key, range };
  });
  await context.sync();
  for (const { key, range } of reads) {
    known.set(key, {
      value: range.values[0]?.[0],
      formula: range.formulas[0]?.[0],
      numberFormat: range.numberFormat[0]?.[0],
    });
  }
}

/** Queues one sheet's states: values and number formats as blocks (around `merges`), fonts per rectangle. */
async function queueStates(
  batch: WriteBatch,
  at: RangeAt,
  list: readonly LocatedWrite[],
  known: ReadonlyMap<string, LoadedCell>,
  merges: CellRange[],
): Promise<void> {
  await writeBlocks(
    batch,
    at,
    list.map(({ row, col, w, key }) => {
      const format = w.numberFormat ?? null;
      if (w.formula !== undefined) return { row, col, entry: formulaEntry(w.formula), format };
      const current = known.get(key);
      const target =
        w.numberFormat ?? (typeof current?.numberFormat === "string" ? current.numberFormat : undefined);
      return { row, col, ...stateEntry(w.value, format, target, current) };
    }),
    merges,
  );
  // Fonts: one assignment per rectangle of cells getting the same font.
  const fonts = new Map<string, { row: number; col: number }[]>();
  for (const { row, col, w } of list) {
    if (w.fontName === undefined) continue;
    const same = fonts.get(w.fontName);
    if (same) same.push({ row, col });
    else fonts.set(w.fontName, [{ row, col }]);
  }
  for (const [name, cellsOfFont] of fonts) {
    for (const rect of rectangles(cellsOfFont)) {
      await batch.add(payloadBytes(name), () => {
        at(rect).format.font.name = name;
      });
    }
  }
}
