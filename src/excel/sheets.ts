/// <reference types="office-js" />
/**
 * The Excel port's methods on sheets (port.ts): their names, reading them into the model, inserting new ones from
 * their plans, and selecting a cell. The syncs each takes are in port.ts's table.
 */
import { validSettings, withStoredReading } from "../core/settings";
import type { AddSheetsOutcome, ReadOptions, Settings, SheetSetupPart } from "../core/port";
import type { SheetPlan } from "../core/model/plan";
import type { SheetModel, WorkbookModel } from "../core/model/sheet";
import { WriteBatch, payloadBytes } from "./blocks";
import { hostCodeOf, hostErrorOf, isTooLarge } from "./errors";
import { putFonts, queueFontNames, type FontNames } from "./fonts";
import { CELLS_PER_SYNC, MIN_CELLS_PER_SYNC, readAtOnce, readInPieces, retryInPieces } from "./read";
import { only, type PortSession } from "./session";
import { SETTINGS_KEY, readJsonSetting } from "./store";
import { queuePlan, type SheetSetup } from "./write";

/** The sheets' names in tab order, and the active one. */
export async function sheetNames(s: PortSession) {
  const { features, protection, exec } = s;
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
}

/** The named sheets (all when none are named) with the readings the user stored. */
export async function readWorkbook(
  s: PortSession,
  sheets?: string[],
  options: ReadOptions = {},
): Promise<WorkbookModel> {
  const { getHost, runner, features, protection, knownMerges, exec, classify } = s;
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

/** Inserts the planned sheets; the first one becomes active. */
export async function addSheets(s: PortSession, plans: SheetPlan[]): Promise<AddSheetsOutcome | void> {
  const { runner, features, protection, explain } = s;
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
}

/** Activates the sheet and selects the cell. */
export async function select(s: PortSession, sheet: string, cell: string): Promise<void> {
  const { exec } = s;
  await exec(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  }, sheet);
}
