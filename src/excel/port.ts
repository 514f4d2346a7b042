/// <reference types="office-js" />
/**
 * The Office.js adapter of the core's WorkbookPort: the task pane works on the open workbook through it.
 *
 * Round trips. Every method is one `Excel.run` with at most one `context.sync()` for reads and one for writes,
 * whatever the size of the sheets — a 30-row sheet and a 5 000-row sheet cost the same:
 *
 * | method          | syncs                                                                          |
 * |-----------------|--------------------------------------------------------------------------------|
 * | sheetNames      | 1 read                                                                         |
 * | read(names)     | 1 read (all sheets' used ranges, and their merged areas on 1.13, in one sync)  |
 * | read()          | 2 reads: the sheet names, then all used ranges                                 |
 * | addSheets       | 1 write                                                                        |
 * | writeCells      | 1 write                                                                        |
 * | mark            | 1 read (previous fills, sheet ids) + 1 write (restore old marks, set new ones) |
 * | clearMarks      | 1 read (sheet ids) + 1 write; none when nothing is marked                      |
 * | select          | 1 write (activate + select)                                                    |
 * | load/saveSettings | none (document settings; saveAsync is not an Excel sync)                     |
 * | readCells       | 1 read (each cell's values, formulas, number format and font name)             |
 * | writeStates     | 1 write (number formats and values as blocks, fonts per name); the undo record |
 * |                 | goes into the document settings                                                |
 * | loadUndo        | none (document settings)                                                       |
 *
 * Writes are cut into several syncs only when the estimated request passes 4 MB (Excel on the web refuses requests
 * over 5 MB); the forms of this product stay far below that.
 *
 * ExcelApi versions. Everything the product needs runs on 1.1 (Office 2016); newer sets are used only when
 * `supports()` says the host has them:
 * - 1.2: getUsedRange(valuesOnly), merges, column widths, row heights, hidden columns
 * - 1.4: getUsedRangeOrNullObject (empty sheets); before, getUsedRange gives A1 for an empty sheet
 * - 1.7: getRangeByIndexes (else A1 addresses), freeze panes, range.hyperlink (else a HYPERLINK formula)
 * - 1.8: data validation on input cells
 * - 1.9: print setup (pageLayout), getRanges (looks of many rectangles in one action), fill.pattern (tells
 *   "no fill" from a white fill when marking)
 * - 1.13: getMergedAreasOrNullObject (merges in read(); [] before)
 *
 * Errors: methods reject with PortError (see errors.ts for which method rejects with which code).
 */
import {
  markFills,
  type CellMark,
  type CellRef,
  type CellState,
  type CellWrite,
  type Settings,
  type StateWrite,
  type UndoRecord,
  type WorkbookPort,
} from "../core/port";
import { parseA1 } from "../core/model/address";
import { rectangles } from "./blocks";
import { UNDO_BUDGET_CHARS, UNDO_KEY, decodeUndo, encodeUndo, stateFrom } from "./cell-states";
import type { SheetPlan } from "../core/model/plan";
import type { SheetModel, WorkbookModel } from "../core/model/sheet";
import { WriteBatch, formulaEntry, literalEntry, payloadBytes } from "./blocks";
import { parseAreasAddress, sheetModelFrom, type UsedRangeData } from "./convert";
import { PortError, toPortError } from "./errors";
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
import { queuePlan, rangeGetter, writeBlocks, type Features } from "./write";

export const SETTINGS_KEY = "phuluc.settings";

/** The properties read() loads on a used range, and nothing more. */
export const READ_PROPERTIES = "values,formulas,numberFormat,address,rowIndex,columnIndex";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
type Runner = <T>(batch: Batch<T>) => Promise<T>;

function sanitizeSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== "object") return {};
  const s = raw as Record<string, unknown>;
  const out: Settings = {};
  if (typeof s.year === "number" && Number.isInteger(s.year)) out.year = s.year;
  if (typeof s.unit === "string") out.unit = s.unit;
  if (s.level === "tinh" || s.level === "huyen" || s.level === "xa") out.level = s.level;
  if (s.lang === "vi" || s.lang === "en") out.lang = s.lang;
  return out;
}

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

const FILL_BYTES = 160;

/**
 * The port on the open workbook. `run` is `Excel.run` (injectable for tests); `host` gives requirement-set checks
 * and the document settings (default: the global `Office`).
 */
export function createExcelPort(run?: typeof Excel.run, host?: OfficeHost): WorkbookPort {
  const runner: Runner = <T>(batch: Batch<T>): Promise<T> => {
    const excelRun = run ?? (globalThis as { Excel?: typeof Excel }).Excel?.run;
    if (!excelRun) return Promise.reject(new PortError("unknown", "Excel is not available"));
    return (excelRun as unknown as (b: Batch<T>) => Promise<T>)(batch);
  };
  const getHost = (): OfficeHost => (host ??= officeHost());
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

    async read(sheets?: string[]): Promise<WorkbookModel> {
      if (sheets && sheets.length === 0) return { sheets: [] };
      const f = features();
      return exec(
        async (context) => {
          const collection = context.workbook.worksheets;
          let names = sheets;
          if (!names) {
            collection.load("items/name,items/position");
            await context.sync();
            names = [...collection.items].sort((a, b) => a.position - b.position).map((ws) => ws.name);
          }
          const jobs = names.map((name) => {
            const ws = collection.getItem(name);
            // Values only: a sheet formatted down to row 1 048 576 reads only as far as its data.
            const used = f.v14
              ? ws.getUsedRangeOrNullObject(true)
              : f.v12
                ? ws.getUsedRange(true)
                : ws.getUsedRange();
            used.load(READ_PROPERTIES);
            let areas: Excel.RangeAreas | undefined;
            if (f.v113) {
              // On the non-null used range (A1 for an empty sheet), never on a null object.
              areas = ws.getUsedRange(true).getMergedAreasOrNullObject();
              areas.load("address");
            }
            return { name, used, areas };
          });
          await context.sync();
          const models: SheetModel[] = jobs.map(({ name, used, areas }) => {
            const data: UsedRangeData | undefined = used.isNullObject ? undefined : used;
            const merges = areas && !areas.isNullObject ? parseAreasAddress(areas.address) : [];
            return sheetModelFrom(name, data, merges);
          });
          return { sheets: models };
        },
        sheets ? only(sheets) : undefined,
      );
    },

    async addSheets(plans: SheetPlan[]): Promise<void> {
      if (plans.length === 0) return;
      const f = features();
      await exec(
        async (context) => {
          const batch = new WriteBatch(context);
          for (const plan of plans) await queuePlan(context, batch, plan, f);
          await batch.flush();
        },
        only(plans.map((p) => p.name)),
      );
    },

    async writeCells(writes: Record<string, CellWrite[]>): Promise<void> {
      const entries = Object.entries(writes).filter(([, list]) => list.length > 0);
      if (entries.length === 0) return;
      const f = features();
      await exec(
        async (context) => {
          const batch = new WriteBatch(context);
          for (const [sheet, list] of entries) {
            const at = rangeGetter(context.workbook.worksheets.getItem(sheet), f);
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
            );
          }
          await batch.flush();
        },
        only(entries.map(([sheet]) => sheet)),
      );
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
          const reads = wanted.map((m) => {
            const fill = collection.getItem(m.sheet).getRange(m.cell).format.fill;
            fill.load(f.v19 ? "color,pattern,patternColor" : "color");
            return { m, fill };
          });
          await context.sync();

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
            await batch.add(FILL_BYTES, () => {
              const ws = collection.getItem(table.idByName.get(sheet) ?? sheet);
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
          await batch.add(FILL_BYTES + payloadBytes(mark.fill), () => {
            const ws = collection.getItem(table.idByName.get(sheet) ?? sheet);
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
            const bySheet = new Map<string, { row: number; col: number }[]>();
            for (const ref of cells) {
              const p = parseA1(ref.cell);
              if (!p || (present && !present.has(ref.sheet))) continue;
              const list = bySheet.get(ref.sheet);
              if (list) list.push(p);
              else bySheet.set(ref.sheet, [p]);
            }
            const loaded = new Map<string, CellState>();
            const jobs: (() => void)[] = [];
            for (const [sheet, list] of bySheet) {
              const at = rangeGetter(collection.getItem(sheet), f);
              for (const rect of rectangles(list)) {
                const range = at(rect);
                range.load("values,formulas,numberFormat");
                const props = f.v19
                  ? range.getCellProperties({ format: { font: { name: true } } })
                  : undefined;
                const fonts = new Map<string, Excel.RangeFont>();
                if (!props) {
                  for (let row = rect.top; row <= rect.bottom; row++) {
                    for (let col = rect.left; col <= rect.right; col++) {
                      const font = at({ top: row, left: col, bottom: row, right: col }).format.font;
                      font.load("name");
                      fonts.set(`${row},${col}`, font);
                    }
                  }
                }
                jobs.push(() => {
                  for (let row = rect.top; row <= rect.bottom; row++) {
                    for (let col = rect.left; col <= rect.right; col++) {
                      const r = row - rect.top;
                      const c = col - rect.left;
                      const fontName = props
                        ? props.value[r]?.[c]?.format?.font?.name
                        : fonts.get(`${row},${col}`)?.name;
                      const state = stateFrom(
                        range.values[r]?.[c],
                        range.formulas[r]?.[c],
                        range.numberFormat[r]?.[c],
                        fontName,
                      );
                      loaded.set(`${sheet}\u0000${row},${col}`, state);
                    }
                  }
                });
              }
            }
            await context.sync();
            for (const job of jobs) job();
            return cells.map((ref) => {
              const p = parseA1(ref.cell);
              return p ? loaded.get(`${ref.sheet}\u0000${p.row},${p.col}`) : undefined;
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
        return sanitizeSettings(readJsonSetting(getHost(), SETTINGS_KEY));
      } catch {
        return {};
      }
    },

    async saveSettings(settings: Settings): Promise<void> {
      const h = getHost();
      try {
        h.settings.set(SETTINGS_KEY, JSON.stringify(sanitizeSettings(settings)));
      } catch (error) {
        throw toPortError(error);
      }
      await saveSettingsBag(h);
    },
  };
}
