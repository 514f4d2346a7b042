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
 * | addSheets       | 1 write (the first new sheet becomes active), + 1 for the new sheets' setup —    |
 * |                 | validation, freeze panes, print (ExcelApi 1.7+), which some builds refuse: then |
 * |                 | one sync per part, to tell which ones a sheet did not get                       |
 * | writeCells      | 1 write (on 1.13, + 1 read and 1 write when it met a merge this port did not know) |
 * | mark            | 1 read (previous fills, sheet ids) + 1 write (restore old marks, set new ones)  |
 * | clearMarks      | 1 read (sheet ids) + 1 write; none when nothing is marked                       |
 * | select          | 1 write (activate + select)                                                     |
 * | load/saveSettings | none (document settings; saveAsync is not an Excel sync)                      |
 * | readCells       | 1 read (each cell's values, formulas, number format and font name)             |
 * | writeStates     | 1 write (number formats and values as blocks, fonts per name); + 1 read when a  |
 * |                 | text or date goes into a cell readCells did not just read (its number format);  |
 * |                 | merges as writeCells; a new undo record is kept and saved in the document       |
 * |                 | settings before the cells change                                                |
 * | loadUndo        | none (document settings)                                                       |
 *
 * Very large workbooks. Excel on the web refuses a request or a response over 5 MB, and getMergedAreasOrNullObject
 * fails above 512 merged areas. So:
 * - read: when the host refuses the read in one sync, it is read again in pieces (read.ts): one sync for the sizes,
 *   then at most CELLS_PER_SYNC cells per sync, merged areas in pieces that cannot hold more than 512. A
 *   50 000-row sheet of 7 columns on the web takes about 17 syncs (`npm run bench` prints the counts).
 * - writes and marks: cut into several syncs when the estimated request passes REQUEST_BUDGET_BYTES (4 MB), and
 *   a sync the host refuses as too large all the same is sent again in halves (WriteBatch). Excel applies each sync
 *   on its own, so such a write is not atomic: if a later sync fails, the earlier ones stay, and the PortError says
 *   so (`details.partial`).
 * - a used range stretched by a stray value far from the table (to column XFD, say) is not read row by row in a
 *   million syncs: past MAX_READ_SYNCS the read is refused with the used range's address (read.ts).
 * - writeCells and writeStates never write through part of a merged area (MergedRangeConflict): merged areas are
 *   written by their top-left cell, with the merges known from this port's last read of the sheet. A merge it did
 *   not know of fails the write; on 1.13 it then reads the merges and writes again, in the same Excel.run.
 *
 * Protection. Known from `protection.protected` loaded with the reads the port makes anyway, never from an error's
 * (localised) message: a write into a sheet known protected is refused before anything is written (protection.ts).
 *
 * Atomicity. No write is a transaction, not even one sync: Excel runs a sync's operations in order and stops at
 * the first that fails, keeping those before it (there is no rollback). The adapter orders what it queues so that
 * such a failure leaves nothing misleading (number formats before values, marks remembered before they are set).
 *
 * Cell-edit mode. On ExcelApi 1.11 every batch runs with `delayForCellEdit`: while the user is typing in a cell,
 * Excel holds the action until the user leaves the cell. Before 1.11 the action fails with the PortError
 * "cell-edit", which the pane turns into "finish typing in the cell (Enter), then retry" — said as a possibility
 * when the host answered only InvalidOperation (errors.ts).
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
 * - 1.13: getMergedAreasOrNullObject (merges in read(); none known before, and the model says so)
 * - 1.20: Excel's own undo covers add-in writes; each writing method is one Excel.run with mergeUndoGroup, so one
 *   Ctrl+Z takes back the whole action. No method calls an API without undo support (the documented list of
 *   "Undo support with the Excel JavaScript API"; a test checks the calls), which would clear the user's undo stack.
 *
 * Records in the workbook. The marks' previous fills and the undo record live in the document settings, budgeted
 * together with the pane's settings in UTF-8 bytes (store.ts). A save Office refuses is told, not thrown: mark,
 * clearMarks and writeStates resolve with `recordSaved: false` (the cells are written; the record serves until the
 * pane is closed).
 *
 * Errors: methods reject with PortError (see errors.ts for which method rejects with which code).
 */
import { validSettings, withStoredReading } from "../core/settings";
import {
  markFills,
  type CellMark,
  type CellRef,
  type CellState,
  type AddSheetsOutcome,
  type CellWrite,
  type MarkOutcome,
  type ReadOptions,
  type RecordOutcome,
  type SheetSetupPart,
  type Settings,
  type StateWrite,
  type UndoRecord,
  type WorkbookPort,
} from "../core/port";
import { parseA1 } from "../core/model/address";
import { isoDateToSerial } from "../core/model/number-format";
import { rectangles } from "./blocks";
import { UNDO_KEY, decodeUndo, encodeUndo, stateFrom } from "./cell-states";
import { cellsBySheet, fontKey, putFonts, queueFontNames, type FontNames } from "./fonts";
import type { SheetPlan } from "../core/model/plan";
import type { SheetModel, WorkbookModel } from "../core/model/sheet";
import type { CellRange } from "../core/model/address";
import {
  RequestBatch,
  WriteBatch,
  formulaEntry,
  literalEntry,
  needsTextPrefix,
  payloadBytes,
  stateEntry,
  type LoadedCell,
} from "./blocks";
import { PortError, SplitWriteError, hostCodeOf, hostErrorOf, isTooLarge, toPortError } from "./errors";
import { officeHost, supports, type OfficeHost } from "./host";
import { ProtectionMemo } from "./protection";
import {
  SETTINGS_KEY,
  fitsStore,
  putSetting,
  readJsonSetting,
  rawSetting,
  saveSettingsBag,
  saveStore,
} from "./store";
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
import { queuePlan, rangeGetter, writeBlocks, type Features, type SheetSetup } from "./write";

export { READ_PROPERTIES } from "./read";
export { SETTINGS_KEY } from "./store";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

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

/** Whether a write failed because it covered part of a merged area. */
function mergeConflict(error: unknown): boolean {
  const cause = error instanceof SplitWriteError ? error.cause : error;
  return hostCodeOf(cause) === "MergedRangeConflict";
}

/**
 * Sends the new sheets' setup (validation, freeze panes, print setup) in a sync of its own, after the sheets are in:
 * one sync for all of it; when the host refuses it, each part again in its own sync, to tell which ones a sheet did
 * not get (its sheet stays inserted). Only the host's refusals are caught: a fault of the add-in's own is thrown.
 */
async function setUp(
  context: Excel.RequestContext,
  setups: readonly { sheet: string; setup: SheetSetup[] }[],
): Promise<AddSheetsOutcome["unfinished"]> {
  if (setups.every((s) => s.setup.length === 0)) return [];
  const refused = (error: unknown) => hostCodeOf(hostErrorOf(error)) !== undefined;
  try {
    const batch = new WriteBatch(context);
    for (const { setup } of setups) for (const part of setup) await part.queue(batch);
    await batch.flush();
    return [];
  } catch (error) {
    if (!refused(error)) throw error;
  }
  const unfinished: AddSheetsOutcome["unfinished"] = [];
  for (const { sheet, setup } of setups) {
    const parts: SheetSetupPart[] = [];
    for (const part of setup) {
      try {
        const batch = new WriteBatch(context);
        await part.queue(batch);
        await batch.flush();
      } catch (error) {
        if (!refused(error)) throw error;
        parts.push(part.part);
      }
    }
    if (parts.length > 0) unfinished.push({ sheet, parts });
  }
  return unfinished;
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
  /** Whether Excel's own undo covers add-in writes and can group a run's syncs (ExcelApi 1.20). */
  const groupsUndo = (): boolean => {
    try {
      return supports(getHost(), "1.20");
    } catch {
      return false;
    }
  };
  /**
   * `Excel.run` with the options the host supports: delayForCellEdit (1.11), and for a `write`, mergeUndoGroup
   * (1.20), so that one Ctrl+Z in Excel takes back the whole action, however many syncs it took ("Undo support with
   * the Excel JavaScript API"; Excel.RunOptions.mergeUndoGroup: "all context.sync() calls in a single Excel.run are
   * merged into one undo group").
   *
   * UndoNotSupported: "If an API within the group doesn't offer undo support, the UndoNotSupported error is thrown to
   * let you know that the operation can't be grouped". The adapter calls none of the documented APIs without undo
   * support (a test keeps it so), so only a build that lacks undo for more would answer it. Assumed: the host
   * refuses the sync that holds such an API before running it. When nothing of the run was applied (the error is
   * not a SplitWriteError), the run is made once more without grouping — Excel then clears the user's undo stack
   * from that call ("the user's undo stack is cleared starting from that API call"), the price of doing what the
   * official asked; when earlier syncs went through, the error is reported as a partial write.
   */
  const runner = <T>(batch: Batch<T>, write = false): Promise<T> => {
    const excelRun = run ?? (globalThis as { Excel?: typeof Excel }).Excel?.run;
    if (!excelRun) return Promise.reject(new PortError("unknown", "Excel is not available"));
    const runWith = (options: Excel.RunOptions): Promise<T> =>
      Object.keys(options).length > 0
        ? (excelRun as unknown as (o: Excel.RunOptions, b: Batch<T>) => Promise<T>)(options, batch)
        : (excelRun as unknown as (b: Batch<T>) => Promise<T>)(batch);
    const options: Excel.RunOptions = delayForCellEdit() ? { delayForCellEdit: true } : {};
    if (!(write && groupsUndo())) return runWith(options);
    return runWith({ ...options, mergeUndoGroup: true }).catch((error: unknown) => {
      if (hostCodeOf(error) !== "UndoNotSupported") throw error;
      return runWith(options);
    });
  };
  /** Merged areas by sheet name, from this port's last read of the sheet (ExcelApi 1.13 only). */
  const knownMerges = new Map<string, CellRange[]>();
  /** Protection of the sheets and the workbook, as this port last read it (protection.ts). */
  const protection = new ProtectionMemo();
  /**
   * The cells of this port's last readCells, as loaded (by fontKey): the actions read the cells they are about to
   * write with writeStates just before, which writes each value the way the cell holds it (stateEntry).
   */
  let lastCells = new Map<string, LoadedCell>();
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
      throw classify(error, sheet);
    }
  }
  const only = (names: readonly string[]): string | undefined =>
    new Set(names).size === 1 ? names[0] : undefined;
  /** The PortError of a host error, told what this host can do (merges known, cell edits awaited). */
  const classify = (error: unknown, sheet?: string): PortError => {
    const f = features();
    const portError = toPortError(error, sheet, { mergesKnown: f.v113, delaysCellEdit: delayForCellEdit() });
    // The syncs a write applied before failing are one entry of Excel's undo stack (1.20): Ctrl+Z takes them back.
    if (portError.details.partial && groupsUndo()) portError.details.undoable = true;
    return portError;
  };
  /** Runs a batch that writes into `sheets`; a failure is explained (protection read again when it may be that). */
  async function writing<T>(sheets: readonly string[], batch: Batch<T>): Promise<T> {
    try {
      return await runner(batch, true);
    } catch (error) {
      throw await explain(error, sheets);
    }
  }
  function explain(error: unknown, sheets: readonly string[], structure = false): Promise<PortError> {
    return protection.explain(error, [...new Set(sheets)], {
      structure,
      run: runner,
      f: features(),
      classify,
    });
  }
  /**
   * Runs `write`, a batch writing the cells of `cells` (by sheet) with the merged areas it is given for each sheet —
   * this port's last read of them — so that it never writes through part of one (write.ts, mergedCells). A merged
   * area this port did not know of (a sheet it has not read, or merged since) fails the write with
   * MergedRangeConflict; with ExcelApi 1.13 the merges of the sheets, from A1 to the last cell written, are then read
   * and the write runs again (the same cells: what the failed sync applied is written over). Below 1.13 no merge can
   * be known, and the official is told so (PortError "merged", details.mergesKnown false).
   */
  async function writeAroundMerges(
    cells: Map<string, readonly { row: number; col: number }[]>,
    write: (context: Excel.RequestContext, mergesOf: (sheet: string) => CellRange[]) => Promise<void>,
  ): Promise<void> {
    const f = features();
    const known = (sheet: string) => knownMerges.get(sheet) ?? [];
    try {
      // One run, so that Excel's undo (1.20) takes back the write and its second attempt together. Assumed: a
      // request context stays usable after a sync that failed (the operations it carried are gone with it).
      await runner(async (context) => {
        try {
          await write(context, known);
        } catch (error) {
          if (!(f.v113 && mergeConflict(error))) throw error;
          const reads = new RequestBatch(context);
          const found: [string, () => CellRange[]][] = [];
          for (const [sheet, list] of cells) {
            const area = {
              top: 0,
              left: 0,
              bottom: Math.max(...list.map((c) => c.row)),
              right: Math.max(...list.map((c) => c.col)),
            };
            const ws = context.workbook.worksheets.getItem(sheet);
            found.push([sheet, await queueMergedAreas(reads, ws, area, f)]);
          }
          await reads.flush();
          for (const [sheet, merges] of found) knownMerges.set(sheet, merges());
          await write(context, known);
        }
      }, true);
    } catch (error) {
      throw await explain(error, [...cells.keys()]);
    }
  }

  return {
    async sheetNames() {
      return exec(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/position");
        const active = sheets.getActiveWorksheet();
        active.load("name");
        // The workbook's protection comes with the names (ExcelApi 1.7): insert refuses before writing.
        const book = protection.queueWorkbook(context, features());
        await context.sync();
        book();
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
          // Queued before readAtOnce's sync: the fonts and the sheets' protection come with the sheets.
          const fontNames =
            fontCells.length > 0 ? queueFontNames(context.workbook.worksheets, fontCells, f) : undefined;
          const remember = protection.queueSheets(context.workbook.worksheets, names, f);
          const read = await readAtOnce(context, names, f);
          remember();
          fonts = fontNames?.();
          return read;
        });
      } catch (error) {
        // Too large for one sync (or over 512 merged areas): again, in pieces.
        if (!names || !retryInPieces(error, f)) throw classify(error, sheet);
        const all = names;
        // Pieces still too large (cells of long text): smaller ones.
        for (let cells = CELLS_PER_SYNC; ; cells = Math.floor(cells / 4)) {
          try {
            models = await runner(async (context) => {
              const remember = protection.queueSheets(context.workbook.worksheets, all, f);
              const read = await readInPieces(context, all, f, cells);
              remember();
              return read;
            });
            break;
          } catch (again) {
            if (!isTooLarge(again) || cells / 4 < MIN_CELLS_PER_SYNC) throw classify(again, sheet);
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

    async addSheets(plans: SheetPlan[]): Promise<AddSheetsOutcome | void> {
      if (plans.length === 0) return;
      const f = features();
      protection.refuseStructure();
      try {
        return await runner(async (context) => {
          const batch = new WriteBatch(context);
          const setups: { sheet: string; setup: SheetSetup[] }[] = [];
          for (const plan of plans)
            setups.push({ sheet: plan.name, setup: await queuePlan(context, batch, plan, f) });
          // The official sees what was inserted: the first new sheet becomes the active one (same sync).
          await batch.add(payloadBytes(plans[0].name), () =>
            context.workbook.worksheets.getItem(plans[0].name).activate(),
          );
          await batch.flush();
          return { unfinished: await setUp(context, setups) };
        }, true);
      } catch (error) {
        throw await explain(
          error,
          plans.map((p) => p.name),
          true,
        );
      }
    },

    async writeCells(writes: Record<string, CellWrite[]>): Promise<void> {
      const entries = Object.entries(writes).filter(([, list]) => list.length > 0);
      if (entries.length === 0) return;
      const f = features();
      protection.refuse(entries.map(([name]) => name));
      await writeAroundMerges(
        new Map(entries.map(([name, list]) => [name, list])),
        async (context, mergesOf) => {
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
              mergesOf(name),
            );
          }
          await batch.flush();
        },
      );
    },

    async mark(marks: CellMark[]): Promise<MarkOutcome | void> {
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
          // One sync for the fills before marking, more only for many thousands of cells (request budget).
          const reader = new RequestBatch(context);
          const reads: { m: (typeof wanted)[number]; fill: Excel.RangeFill }[] = [];
          for (const m of wanted) {
            await reader.add(CELL_FILL_BYTES, () => {
              const fill = sheetOf(m.sheet).getRange(m.cell).format.fill;
              fill.load(f.v19 ? "color,pattern,patternColor" : "color");
              reads.push({ m, fill });
            });
          }
          if (wanted.length === 0) await context.sync();
          else await reader.flush();
          remember();
          protection.refuse(wanted.map((m) => m.sheet));

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
          // The first `count` marks, with the old marks they do not cover: what the record holds while writing.
          const plan = (count: number) => {
            const keys = new Set(wanted.slice(0, count).map((m) => markKey(m.sheet, m.cell)));
            const toRestore = [...oldByKey.entries()].filter(([key]) => !keys.has(key)).map(([, v]) => v);
            const record = encodeMarks([...toRestore.map((r) => r.mark), ...stored.slice(0, count)]);
            return { toRestore, record };
          };
          // The record must fit the settings with everything else they hold (store.ts): as many marks as fit, in
          // the order asked (the findings' order: the first ones matter most).
          marked = largestFitting(wanted.length, (count) =>
            fitsStore(h, { [MARKS_KEY]: plan(count).record }),
          );
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
    },

    async clearMarks(): Promise<RecordOutcome | void> {
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
            lastCells = raw;
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

    async writeStates(writes: StateWrite[], undo: UndoRecord | null): Promise<RecordOutcome> {
      const h = getHost();
      const f = features();
      const record = undo ? encodeUndo(undo) : undefined;
      // The record shares the settings with the marks and the pane's settings: one that would not fit is refused
      // before any cell is written (store.ts), rather than the fix done without undo.
      if (record !== undefined && !fitsStore(h, { [UNDO_KEY]: record })) {
        throw new PortError(
          "undo-too-large",
          `The undo record of ${undo?.changes.length} cells is too large.`,
          {
            cells: undo?.changes.length ?? 0,
          },
        );
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
      const known = lastCells;
      lastCells = new Map(); // what this write changes is no longer as read
      if (bySheet.size > 0) {
        const cellsOf = new Map(
          [...bySheet].map(([sheet, list]) => [sheet, list.flatMap((w) => parseA1(w.cell) ?? [])]),
        );
        await writeAroundMerges(cellsOf, async (context, mergesOf) => {
          const located = new Map(
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
          if (unknown.length > 0) {
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
          const batch = new WriteBatch(context);
          for (const [sheet, list] of located) {
            const at = rangeGetter(context.workbook.worksheets.getItem(sheet), f);
            await writeBlocks(
              batch,
              at,
              list.map(({ row, col, w, key }) => {
                const format = w.numberFormat ?? null;
                if (w.formula !== undefined) return { row, col, entry: formulaEntry(w.formula), format };
                const current = known.get(key);
                const target =
                  w.numberFormat ??
                  (typeof current?.numberFormat === "string" ? current.numberFormat : undefined);
                return { row, col, ...stateEntry(w.value, format, target, current) };
              }),
              mergesOf(sheet),
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
          await batch.flush();
        });
      }
      // An undo drops the record once its cells are back (a failed undo keeps it: it can be tried again).
      if (record === undefined && rawSetting(h, UNDO_KEY) !== undefined) {
        putSetting(h, UNDO_KEY, undefined);
        recordSaved = await saveStore(h);
      }
      return { recordSaved };
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
      putSetting(h, SETTINGS_KEY, JSON.stringify(validSettings(settings)));
      await saveSettingsBag(h);
    },
  };
}
