/// <reference types="office-js" />
/**
 * The Excel port's marks (port.ts): filling the cells findings name with the severity's colour, remembering each
 * cell's fill before in the document settings (marks.ts), and putting the fills back.
 */
import { markFills, type CellMark, type MarkOutcome, type RecordOutcome } from "../core/port";
import { RequestBatch, WriteBatch, payloadBytes } from "./blocks";
import {
  MARKS_KEY,
  decodeMarks,
  encodeMarks,
  markKey,
  normalizeMarks,
  type SavedFill,
  type StoredMark,
} from "./marks";
import type { PortSession } from "./session";
import { fitsStore, putSetting, readJsonSetting, saveStore } from "./store";

interface SheetTable {
  /** Current name by sheet id. */
  nameById: Map<string, string>;
  /** Sheet id by current name. */
  idByName: Map<string, string>;
}

function sheetTable(items: Excel.Worksheet[]): SheetTable {
  const nameById = new Map<string, string>();
  const idByName = new Map<string, string>();
  for (const ws of items) {
    nameById.set(ws.id, ws.name);
    idByName.set(ws.name, ws.id);
  }
  return { nameById, idByName };
}

/** The current name of a stored mark's sheet (followed through renames by id); undefined when it is gone. */
function currentSheet(mark: StoredMark, table: SheetTable): string | undefined {
  if (mark.sheetId !== undefined) {
    const name = table.nameById.get(mark.sheetId);
    if (name !== undefined) return name;
  }
  return table.idByName.has(mark.sheet) ? mark.sheet : undefined;
}

/**
 * The worksheet proxies of a collection, one per name or id: marking thousands of cells asks `getItem` once per
 * sheet, not once per cell (every proxy is an object path in the request).
 */
function worksheetsOf(collection: Excel.WorksheetCollection): (nameOrId: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (nameOrId) => {
    let ws = sheets.get(nameOrId);
    if (!ws) sheets.set(nameOrId, (ws = collection.getItem(nameOrId)));
    return ws;
  };
}

/** What a loaded fill says about the cell before marking. */
function savedFillOf(fill: Excel.RangeFill, withPattern: boolean): SavedFill {
  const color = typeof fill.color === "string" ? fill.color.toUpperCase() : "";
  if (withPattern) {
    if (fill.pattern === "None" || color === "") return null;
    if (fill.pattern && fill.pattern !== "Solid") {
      return {
        color,
        pattern: fill.pattern,
        ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
      };
    }
    return { color };
  }
  // Before ExcelApi 1.9 a cell without fill reports white: both come back as "no fill".
  if (color === "" || color === "#FFFFFF") return null;
  return { color };
}

function restoreFill(fill: Excel.RangeFill, saved: SavedFill, withPattern: boolean): void {
  if (saved === null) {
    fill.clear();
    return;
  }
  fill.color = saved.color;
  if (withPattern && saved.pattern && saved.pattern !== "Solid" && saved.pattern !== "None") {
    fill.pattern = saved.pattern as Excel.FillPattern;
    if (saved.patternColor) fill.patternColor = saved.patternColor;
  }
}

/** The largest count in 0…total for which `fits` holds, `fits` holding for every smaller count (binary search). */
function largestFitting(total: number, fits: (count: number) => boolean): number {
  if (fits(total)) return total;
  let low = 0;
  let high = total;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** Estimated request bytes of setting the fill of a cell already in the context (the action and its colour). */
const FILL_BYTES = 250;
/** Estimated request bytes of a new cell's fill: the sheet, the range, its format and fill, and the action. */
const CELL_FILL_BYTES = 500;

type WantedMark = ReturnType<typeof normalizeMarks>[number];

/** A cell to mark with its fill, loaded before marking. */
interface FillRead {
  m: WantedMark;
  fill: Excel.RangeFill;
}

/** Marks the cells (as many as the record can hold), putting back the old marks they do not cover. */
export async function mark(s: PortSession, marks: CellMark[]): Promise<MarkOutcome | void> {
  const { getHost, features, protection, writing } = s;
  const h = getHost();
  const old = decodeMarks(readJsonSetting(h, MARKS_KEY));
  const wanted = normalizeMarks(marks);
  if (old.length === 0 && wanted.length === 0) return;
  const f = features();
  let marked = 0;
  let recorded = false;
  try {
    await writing([...wanted.map((m) => m.sheet), ...old.map((m) => m.sheet)], async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name,items/id");
      const sheetOf = worksheetsOf(collection);
      // With the fills: the protection of the sheets to mark (the old marks' sheets are checked below).
      const remember = protection.queueSheets(collection, new Set(wanted.map((m) => m.sheet)), f);
      const reads = await readFills(context, wanted, sheetOf, f);
      remember();
      protection.refuse(wanted.map((m) => m.sheet));

      const table = sheetTable(collection.items);
      const oldByKey = oldMarksByKey(old, table);
      const stored = storedMarks(reads, oldByKey, table, f);
      // The first `count` marks, with the old marks they do not cover: what the record holds while writing.
      const plan = (count: number) => {
        const keys = new Set(wanted.slice(0, count).map((m) => markKey(m.sheet, m.cell)));
        const toRestore = [...oldByKey.entries()].filter(([key]) => !keys.has(key)).map(([, v]) => v);
        const record = encodeMarks([...toRestore.map((r) => r.mark), ...stored.slice(0, count)]);
        return { toRestore, record };
      };
      // The record must fit the settings with everything else they hold (store.ts): as many marks as fit, in
      // the order asked (the findings' order: the first ones matter most).
      marked = largestFitting(wanted.length, (count) => fitsStore(h, { [MARKS_KEY]: plan(count).record }));
      const { toRestore, record } = plan(marked);

      // Until the write has succeeded, remember both the old and the new marks: if it fails half-way,
      // clearMarks still knows every cell that may carry a mark.
      putSetting(h, MARKS_KEY, record);
      recorded = true;
      const batch = new WriteBatch(context);
      for (const { mark, sheet } of toRestore) {
        await batch.add(CELL_FILL_BYTES + payloadBytes(mark.fill), () => {
          const ws = sheetOf(table.idByName.get(sheet) ?? sheet);
          restoreFill(ws.getRange(mark.cell).format.fill, mark.fill, f.v19);
        });
      }
      for (const { m, fill } of reads.slice(0, marked)) {
        await batch.add(FILL_BYTES, () => {
          fill.color = `#${markFills[m.severity]}`;
        });
      }
      await batch.flush();
      putSetting(h, MARKS_KEY, encodeMarks(stored.slice(0, marked)));
    });
  } catch (error) {
    // A write that failed half way: the record in memory covers every cell it may have marked; keep it.
    if (recorded) await saveStore(h);
    throw error;
  }
  return { cells: wanted.length, marked, recordSaved: await saveStore(h) };
}

/** The fills of the cells to mark: one sync, more only for many thousands of cells (request budget). */
async function readFills(
  context: Excel.RequestContext,
  wanted: readonly WantedMark[],
  sheetOf: (nameOrId: string) => Excel.Worksheet,
  f: { v19: boolean },
): Promise<FillRead[]> {
  const reader = new RequestBatch(context);
  const reads: FillRead[] = [];
  for (const m of wanted) {
    await reader.add(CELL_FILL_BYTES, () => {
      const fill = sheetOf(m.sheet).getRange(m.cell).format.fill;
      fill.load(f.v19 ? "color,pattern,patternColor" : "color");
      reads.push({ m, fill });
    });
  }
  if (wanted.length === 0) await context.sync();
  else await reader.flush();
  return reads;
}

/** The old marks whose sheet is still there, by their cell's key under the sheet's current name. */
function oldMarksByKey(
  old: readonly StoredMark[],
  table: SheetTable,
): Map<string, { mark: StoredMark; sheet: string }> {
  const oldByKey = new Map<string, { mark: StoredMark; sheet: string }>();
  for (const mark of old) {
    const sheet = currentSheet(mark, table);
    if (sheet !== undefined) oldByKey.set(markKey(sheet, mark.cell), { mark, sheet });
  }
  return oldByKey;
}

/** The new marks as the record keeps them, each with the fill its cell had before any mark. */
function storedMarks(
  reads: readonly FillRead[],
  oldByKey: ReadonlyMap<string, { mark: StoredMark; sheet: string }>,
  table: SheetTable,
  f: { v19: boolean },
): StoredMark[] {
  // A cell that carries an old mark shows the mark's colour now: its fill before is the remembered one.
  return reads.map(({ m, fill }) => {
    const previous = oldByKey.get(markKey(m.sheet, m.cell));
    const entry: StoredMark = {
      sheet: m.sheet,
      cell: m.cell,
      fill: previous ? previous.mark.fill : savedFillOf(fill, f.v19),
    };
    const id = table.idByName.get(m.sheet);
    if (id !== undefined) entry.sheetId = id;
    return entry;
  });
}

/** Puts back the fills of every marked cell and forgets the marks. */
export async function clearMarks(s: PortSession): Promise<RecordOutcome | void> {
  const { getHost, features, protection, writing } = s;
  const h = getHost();
  const old = decodeMarks(readJsonSetting(h, MARKS_KEY));
  if (old.length === 0) return;
  const f = features();
  await writing(
    old.map((m) => m.sheet),
    async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name,items/id");
      const sheetOf = worksheetsOf(collection);
      await context.sync();
      const table = sheetTable(collection.items);
      const marked = old.flatMap((mark) => currentSheet(mark, table) ?? []);
      protection.refuse(marked); // as this port last read them: nothing is written into a protected sheet
      const batch = new WriteBatch(context);
      for (const mark of old) {
        const sheet = currentSheet(mark, table);
        if (sheet === undefined) continue; // the sheet was deleted: nothing to put back
        await batch.add(CELL_FILL_BYTES + payloadBytes(mark.fill), () => {
          const ws = sheetOf(table.idByName.get(sheet) ?? sheet);
          restoreFill(ws.getRange(mark.cell).format.fill, mark.fill, f.v19);
        });
      }
      await batch.flush();
    },
  );
  putSetting(h, MARKS_KEY, undefined);
  return { recordSaved: await saveStore(h) };
}
