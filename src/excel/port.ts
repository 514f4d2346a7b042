/// <reference types="office-js" />
/**
 * The Office.js adapter of the core's WorkbookPort: the task pane works on the open workbook through it.
 *
 * Round trips. Every method is one `Excel.run`. For the workbooks of this product (a few sheets of some hundred
 * rows, up to a few thousand) the syncs are fixed, whatever the size — a 30-row and a 5 000-row sheet cost the same:
 *
 * | method          | syncs                                                                           |
 * |-----------------|---------------------------------------------------------------------------------|
 * | sheetNames      | 1 read                                                                          |
 * | read(names)     | 1 read (the sheets' used ranges, their merged areas on 1.13, and the font names |
 * |                 | of options.fonts, in one sync)                                                  |
 * | read()          | 2 reads: the sheet names, then all used ranges                                  |
 * | addSheets       | 1 write (the first new sheet becomes active)                                    |
 * | writeCells      | 1 write (on 1.13, + 1 read and 1 write when it met a merge this port did not know) |
 * | mark            | 1 read (previous fills, sheet ids) + 1 write (restore old marks, set new ones)  |
 * | clearMarks      | 1 read (sheet ids) + 1 write; none when nothing is marked                       |
 * | select          | 1 write (activate + select)                                                     |
 * | load/saveSettings | none (document settings; saveAsync is not an Excel sync)                      |
 * | readCells       | 1 read (each cell's values, formulas, number format and font name)             |
 * | writeStates     | 1 write (number formats and values as blocks, fonts per name); the undo record |
 * |                 | goes into the document settings                                                |
 * | loadUndo        | none (document settings)                                                       |
 *
 * Very large workbooks. Excel on the web refuses a request or a response over 5 MB, and getMergedAreasOrNullObject
 * fails above 512 merged areas. So:
 * - read: when the host refuses the read in one sync, it is read again in pieces (read.ts): one sync for the sizes,
 *   then at most CELLS_PER_SYNC cells per sync, merged areas in pieces that cannot hold more than 512. A
 *   50 000-row sheet of 7 columns on the web takes about 17 syncs (`npm run bench` prints the counts).
 * - writes and marks: cut into several syncs when the estimated request passes REQUEST_BUDGET_BYTES (4 MB). Excel
 *   applies each sync on its own, so such a write is not atomic: if a later sync fails, the earlier ones stay, and
 *   the PortError says so (`details.partial`).
 * - writeCells never writes through part of a merged area (MergedRangeConflict): merged areas are written by their
 *   top-left cell, with the merges known from this port's last read of the sheet. A merge it did not know of
 *   fails the write; on 1.13 it then reads the merges and writes again.
 *
 * Atomicity. No write is a transaction, not even one sync: Excel runs a sync's operations in order and stops at
 * the first that fails, keeping those before it (there is no rollback). The adapter orders what it queues so that
 * such a failure leaves nothing misleading (number formats before values, marks remembered before they are set).
 *
 * Cell-edit mode. On ExcelApi 1.11 every batch runs with `delayForCellEdit`: while the user is typing in a cell,
 * Excel holds the action until the user leaves the cell. Before 1.11 the action fails with the PortError
 * "cell-edit", which the pane turns into "finish typing in the cell (Enter), then retry".
 *
 * ExcelApi versions. Everything the product needs runs on 1.1 (Office 2016); newer sets are used only when
 * `supports()` says the host has them:
 * - 1.2: getUsedRange(valuesOnly), merges, column widths, row heights, hidden columns
 * - 1.4: getUsedRangeOrNullObject (empty sheets); before, getUsedRange gives A1 for an empty sheet
 * - 1.7: getRangeByIndexes (else A1 addresses), freeze panes, range.hyperlink (else a HYPERLINK formula)
 * - 1.8: data validation on input cells
 * - 1.9: print setup (pageLayout), getRanges (looks of many rectangles in one action), fill.pattern (tells
 *   "no fill" from a white fill when marking)
 * - 1.11: Excel.run's delayForCellEdit (wait for the user to leave the cell being edited)
 * - 1.13: getMergedAreasOrNullObject (merges in read(); [] before)
 *
 * Errors: methods reject with PortError (see errors.ts for which method rejects with which code).
 */
import { validSettings, withStoredReading } from "../core/settings";
import {
  markFills,
  type CellMark,
  type CellRef,
  type CellState,
  type CellWrite,
  type ReadOptions,
  type Settings,
  type StateWrite,
  type UndoRecord,
  type WorkbookPort,
} from "../core/port";
import { parseA1 } from "../core/model/address";
import { rectangles } from "./blocks";
import { UNDO_BUDGET_CHARS, UNDO_KEY, decodeUndo, encodeUndo, stateFrom } from "./cell-states";
import { cellsBySheet, fontKey, putFonts, queueFontNames, type FontNames } from "./fonts";
import type { SheetPlan } from "../core/model/plan";
import type { SheetModel, WorkbookModel } from "../core/model/sheet";
import type { CellRange } from "../core/model/address";
import { RequestBatch, WriteBatch, formulaEntry, literalEntry, payloadBytes } from "./blocks";
import { PortError, SplitWriteError, hostCodeOf, isTooLarge, toPortError } from "./errors";
import { officeHost, readJsonSetting, saveSettingsBag, supports, type OfficeHost } from "./host";
import {
  MARKS_KEY,
  decodeMarks,
  encodeMarks,
  markKey,
  normalizeMarks,
  type SavedFill,
  type StoredMark,
} from "./marks";
import {
  CELLS_PER_SYNC,
  MIN_CELLS_PER_SYNC,
  queueMergedAreas,
  readAtOnce,
  readInPieces,
  retryInPieces,
} from "./read";
import { queuePlan, rangeGetter, writeBlocks, type Features } from "./write";

export { READ_PROPERTIES } from "./read";

export const SETTINGS_KEY = "phuluc.settings";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
type Runner = <T>(batch: Batch<T>) => Promise<T>;

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

/** Whether a write failed because it covered part of a merged area. */
function mergeConflict(error: unknown): boolean {
  const cause = error instanceof SplitWriteError ? error.cause : error;
  return hostCodeOf(cause) === "MergedRangeConflict";
}

/** Estimated request bytes of setting the fill of a cell already in the context (the action and its colour). */
const FILL_BYTES = 250;
/** Estimated request bytes of a new cell's fill: the sheet, the range, its format and fill, and the action. */
const CELL_FILL_BYTES = 500;

/**
 * The port on the open workbook. `run` is `Excel.run` (injectable for tests); `host` gives requirement-set checks
 * and the document settings (default: the global `Office`).
 */
export function createExcelPort(run?: typeof Excel.run, host?: OfficeHost): WorkbookPort {
  const getHost = (): OfficeHost => (host ??= officeHost());
  /** Whether Excel can hold a batch until the user leaves the cell being edited (ExcelApi 1.11). */
  const delayForCellEdit = (): boolean => {
    try {
      return supports(getHost(), "1.11");
    } catch {
      return false;
    }
  };
  const runner: Runner = <T>(batch: Batch<T>): Promise<T> => {
    const excelRun = run ?? (globalThis as { Excel?: typeof Excel }).Excel?.run;
    if (!excelRun) return Promise.reject(new PortError("unknown", "Excel is not available"));
    if (delayForCellEdit()) {
      return (excelRun as unknown as (o: Excel.RunOptions, b: Batch<T>) => Promise<T>)(
        { delayForCellEdit: true },
        batch,
      );
    }
    return (excelRun as unknown as (b: Batch<T>) => Promise<T>)(batch);
  };
  /** Merged areas by sheet name, from this port's last read of the sheet (ExcelApi 1.13 only). */
  const knownMerges = new Map<string, CellRange[]>();
  const features = (): Features => {
    const h = getHost();
    return {
      v12: supports(h, "1.2"),
      v14: supports(h, "1.4"),
      v17: supports(h, "1.7"),
      v18: supports(h, "1.8"),
      v19: supports(h, "1.9"),
      v113: supports(h, "1.13"),
    };
  };
  async function exec<T>(batch: Batch<T>, sheet?: string): Promise<T> {
    try {
      return await runner(batch);
    } catch (error) {
      throw toPortError(error, sheet);
    }
  }
  const only = (names: readonly string[]): string | undefined =>
    new Set(names).size === 1 ? names[0] : undefined;

  return {
    async sheetNames() {
      return exec(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/position");
        const active = sheets.getActiveWorksheet();
        active.load("name");
        await context.sync();
        const items = [...sheets.items].sort((a, b) => a.position - b.position);
        return { names: items.map((ws) => ws.name), active: active.name };
      });
    },

    async read(sheets?: string[], options: ReadOptions = {}): Promise<WorkbookModel> {
      if (sheets && sheets.length === 0) return { sheets: [] };
      const f = features();
      const sheet = sheets ? only(sheets) : undefined;
      const fontCells = options.fonts ?? [];
      let names = sheets;
      let models: SheetModel[];
      let fonts: FontNames | undefined;
      try {
        models = await runner(async (context) => {
          if (!names) {
            const collection = context.workbook.worksheets;
            collection.load("items/name,items/position");
            await context.sync();
            names = [...collection.items].sort((a, b) => a.position - b.position).map((ws) => ws.name);
          }
          // Queued before readAtOnce's sync: the fonts come with the sheets, in the same sync.
          const fontNames =
            fontCells.length > 0 ? queueFontNames(context.workbook.worksheets, fontCells, f) : undefined;
          const read = await readAtOnce(context, names, f);
          fonts = fontNames?.();
          return read;
        });
      } catch (error) {
        // Too large for one sync (or over 512 merged areas): again, in pieces.
        if (!names || !retryInPieces(error, f)) throw toPortError(error, sheet);
        const all = names;
        // Pieces still too large (cells of long text): smaller ones.
        for (let cells = CELLS_PER_SYNC; ; cells = Math.floor(cells / 4)) {
          try {
            models = await runner((context) => readInPieces(context, all, f, cells));
            break;
          } catch (again) {
            if (!isTooLarge(again) || cells / 4 < MIN_CELLS_PER_SYNC) throw toPortError(again, sheet);
          }
        }
        if (fontCells.length > 0)
          fonts = await exec(async (context) => {
            const fontNames = queueFontNames(context.workbook.worksheets, fontCells, f);
            await context.sync();
            return fontNames();
          }, sheet);
      }
      if (f.v113) for (const m of models) knownMerges.set(m.name, m.merges);
      if (fonts) putFonts(models, fontCells, fonts);
      // The year and column readings the user stored (document settings: no sync) come with the sheets.
      let settings: Settings = {};
      try {
        settings = validSettings(readJsonSetting(getHost(), SETTINGS_KEY));
      } catch {
        // Unreadable settings are no settings, as loadSettings reads them.
      }
      return withStoredReading({ sheets: models }, settings);
    },

    async addSheets(plans: SheetPlan[]): Promise<void> {
      if (plans.length === 0) return;
      const f = features();
      await exec(
        async (context) => {
          const batch = new WriteBatch(context);
          for (const plan of plans) await queuePlan(context, batch, plan, f);
          // The official sees what was inserted: the first new sheet becomes the active one (same sync).
          await batch.add(payloadBytes(plans[0].name), () =>
            context.workbook.worksheets.getItem(plans[0].name).activate(),
          );
          await batch.flush();
        },
        only(plans.map((p) => p.name)),
      );
    },

    async writeCells(writes: Record<string, CellWrite[]>): Promise<void> {
      const entries = Object.entries(writes).filter(([, list]) => list.length > 0);
      if (entries.length === 0) return;
      const f = features();
      const sheet = only(entries.map(([name]) => name));
      const write = async (context: Excel.RequestContext, readMerges: boolean): Promise<void> => {
        if (readMerges) {
          // The merged areas of the sheets written to, from A1 to the last cell written.
          const reads = new RequestBatch(context);
          const found: [string, () => CellRange[]][] = [];
          for (const [name, list] of entries) {
            const area = {
              top: 0,
              left: 0,
              bottom: Math.max(...list.map((w) => w.row)),
              right: Math.max(...list.map((w) => w.col)),
            };
            const ws = context.workbook.worksheets.getItem(name);
            found.push([name, await queueMergedAreas(reads, ws, area, f)]);
          }
          await reads.flush();
          for (const [name, merges] of found) knownMerges.set(name, merges());
        }
        const batch = new WriteBatch(context);
        for (const [name, list] of entries) {
          const at = rangeGetter(context.workbook.worksheets.getItem(name), f);
          await writeBlocks(
            batch,
            at,
            list.map((w) => ({
              row: w.row,
              col: w.col,
              entry:
                w.formula !== undefined
                  ? formulaEntry(w.formula)
                  : w.value !== undefined
                    ? literalEntry(w.value)
                    : null,
              format: w.numberFormat ?? null,
            })),
            knownMerges.get(name) ?? [],
          );
        }
        await batch.flush();
      };
      try {
        // The merges of the sheets this port has read are known: one sync.
        await runner((context) => write(context, false));
      } catch (error) {
        // A merged area this port did not know of (a sheet it has not read, or merged since): with ExcelApi 1.13,
        // read the merges and write again (the same cells, so what the failed sync applied is written over).
        if (!(f.v113 && mergeConflict(error))) throw toPortError(error, sheet);
        await exec((context) => write(context, true), sheet);
      }
    },

    async mark(marks: CellMark[]): Promise<void> {
      const h = getHost();
      const old = decodeMarks(readJsonSetting(h, MARKS_KEY));
      const wanted = normalizeMarks(marks);
      if (old.length === 0 && wanted.length === 0) return;
      const f = features();
      await exec(
        async (context) => {
          const collection = context.workbook.worksheets;
          collection.load("items/name,items/id");
          // One sync for the fills before marking, more only for many thousands of cells (request budget).
          const reader = new RequestBatch(context);
          const reads: { m: (typeof wanted)[number]; fill: Excel.RangeFill }[] = [];
          for (const m of wanted) {
            await reader.add(CELL_FILL_BYTES, () => {
              const fill = collection.getItem(m.sheet).getRange(m.cell).format.fill;
              fill.load(f.v19 ? "color,pattern,patternColor" : "color");
              reads.push({ m, fill });
            });
          }
          if (wanted.length === 0) await context.sync();
          else await reader.flush();

          const table = sheetTable(collection.items);
          const oldByKey = new Map<string, { mark: StoredMark; sheet: string }>();
          for (const mark of old) {
            const sheet = currentSheet(mark, table);
            if (sheet !== undefined) oldByKey.set(markKey(sheet, mark.cell), { mark, sheet });
          }
          // A cell that carries an old mark shows the mark's colour now: its fill before is the remembered one.
          const stored: StoredMark[] = reads.map(({ m, fill }) => {
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
          const newKeys = new Set(wanted.map((m) => markKey(m.sheet, m.cell)));
          const toRestore = [...oldByKey.entries()].filter(([key]) => !newKeys.has(key)).map(([, v]) => v);

          // Until the write has succeeded, remember both the old and the new marks: if it fails half-way,
          // clearMarks still knows every cell that may carry a mark.
          h.settings.set(MARKS_KEY, encodeMarks([...toRestore.map((r) => r.mark), ...stored]));
          const batch = new WriteBatch(context);
          for (const { mark, sheet } of toRestore) {
            await batch.add(CELL_FILL_BYTES + payloadBytes(mark.fill), () => {
              const ws = collection.getItem(table.idByName.get(sheet) ?? sheet);
              // Writes only: the rule mistakes handing the fill proxy to restoreFill for a read.
              // eslint-disable-next-line office-addins/load-object-before-read
              restoreFill(ws.getRange(mark.cell).format.fill, mark.fill, f.v19);
            });
          }
          for (const { m, fill } of reads) {
            await batch.add(FILL_BYTES, () => {
              fill.color = `#${markFills[m.severity]}`;
            });
          }
          await batch.flush();
          h.settings.set(MARKS_KEY, encodeMarks(stored));
        },
        only(wanted.map((m) => m.sheet)),
      );
      // The marks are on the sheet and in the in-memory settings; failing to persist them into the file only
      // matters after the workbook is closed, so it does not fail the marking.
      await saveSettingsBag(h).catch(() => undefined);
    },

    async clearMarks(): Promise<void> {
      const h = getHost();
      const old = decodeMarks(readJsonSetting(h, MARKS_KEY));
      if (old.length === 0) return;
      const f = features();
      await exec(async (context) => {
        const collection = context.workbook.worksheets;
        collection.load("items/name,items/id");
        await context.sync();
        const table = sheetTable(collection.items);
        const batch = new WriteBatch(context);
        for (const mark of old) {
          const sheet = currentSheet(mark, table);
          if (sheet === undefined) continue; // the sheet was deleted: nothing to put back
          await batch.add(CELL_FILL_BYTES + payloadBytes(mark.fill), () => {
            const ws = collection.getItem(table.idByName.get(sheet) ?? sheet);
            // Writes only: the rule mistakes handing the fill proxy to restoreFill for a read.
            // eslint-disable-next-line office-addins/load-object-before-read
            restoreFill(ws.getRange(mark.cell).format.fill, mark.fill, f.v19);
          });
        }
        await batch.flush();
      });
      h.settings.remove(MARKS_KEY);
      await saveSettingsBag(h).catch(() => undefined);
    },

    async select(sheet: string, cell: string): Promise<void> {
      await exec(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }, sheet);
    },

    async readCells(cells: CellRef[]): Promise<(CellState | undefined)[]> {
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
            const jobs: ((fonts: FontNames) => void)[] = [];
            const loaded = new Map<string, CellState>();
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
                      const state = stateFrom(
                        range.values[r]?.[c],
                        range.formulas[r]?.[c],
                        range.numberFormat[r]?.[c],
                        fonts.get(key),
                      );
                      loaded.set(key, state);
                    }
                  }
                });
              }
            }
            await context.sync();
            const fonts = fontNames();
            for (const job of jobs) job(fonts);
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
    },

    async writeStates(writes: StateWrite[], undo: UndoRecord | null): Promise<void> {
      const h = getHost();
      const f = features();
      const record = undo ? encodeUndo(undo) : undefined;
      if (record !== undefined && record.length > UNDO_BUDGET_CHARS) {
        throw new PortError("too-large", `The undo record of ${undo?.changes.length} cells is too large.`);
      }
      const bySheet = new Map<string, StateWrite[]>();
      for (const w of writes) {
        const list = bySheet.get(w.sheet);
        if (list) list.push(w);
        else bySheet.set(w.sheet, [w]);
      }
      if (bySheet.size > 0) {
        await exec(
          async (context) => {
            const batch = new WriteBatch(context);
            for (const [sheet, list] of bySheet) {
              const ws = context.workbook.worksheets.getItem(sheet);
              const at = rangeGetter(ws, f);
              const located = list.flatMap((w) => {
                const p = parseA1(w.cell);
                return p ? [{ ...p, w }] : [];
              });
              await writeBlocks(
                batch,
                at,
                located.map(({ row, col, w }) => ({
                  row,
                  col,
                  entry:
                    w.formula !== undefined
                      ? formulaEntry(w.formula)
                      : literalEntry(typeof w.value === "boolean" ? String(w.value).toUpperCase() : w.value),
                  format: w.numberFormat ?? null,
                })),
              );
              // Fonts: one assignment per rectangle of cells getting the same font.
              const fonts = new Map<string, { row: number; col: number }[]>();
              for (const { row, col, w } of located) {
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
            await batch.flush();
          },
          only([...bySheet.keys()]),
        );
      }
      try {
        if (record !== undefined) h.settings.set(UNDO_KEY, record);
        else h.settings.remove(UNDO_KEY);
      } catch (error) {
        throw toPortError(error);
      }
      await saveSettingsBag(h);
    },

    async loadUndo(): Promise<UndoRecord | undefined> {
      try {
        return decodeUndo(readJsonSetting(getHost(), UNDO_KEY));
      } catch {
        return undefined;
      }
    },

    async loadSettings(): Promise<Settings> {
      try {
        return validSettings(readJsonSetting(getHost(), SETTINGS_KEY));
      } catch {
        return {};
      }
    },

    async saveSettings(settings: Settings): Promise<void> {
      const h = getHost();
      try {
        h.settings.set(SETTINGS_KEY, JSON.stringify(validSettings(settings)));
      } catch (error) {
        throw toPortError(error);
      }
      await saveSettingsBag(h);
    },
  };
}
