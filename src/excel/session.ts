/// <reference types="office-js" />
/**
 * What every method of the Excel port shares (port.ts): the `Excel.run` with the options the host supports, the
 * host's requirement sets, what this port last read (merged areas, protection, the cells of readCells), and the
 * error explanation of a failed run. One session per port: the methods (workbook.ts, cells.ts, marking.ts) take it.
 */
import type { CellRange } from "../core/model/address";
import { RequestBatch, type LoadedCell } from "./blocks";
import { PortError, SplitWriteError, hostCodeOf, toPortError } from "./errors";
import { officeHost, supports, type OfficeHost } from "./host";
import { ProtectionMemo } from "./protection";
import { queueMergedAreas } from "./read";
import type { Features } from "./write";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** One port's runs and memory (see the module comment). */
export interface PortSession {
  getHost(): OfficeHost;
  /** Whether Excel can hold a batch until the user leaves the cell being edited (ExcelApi 1.11). */
  delayForCellEdit(): boolean;
  /** Whether Excel's own undo covers add-in writes and can group a run's syncs (ExcelApi 1.20). */
  groupsUndo(): boolean;
  /** `Excel.run` with the options the host supports (see createPortSession). */
  runner<T>(batch: Batch<T>, write?: boolean): Promise<T>;
  features(): Features;
  /** Merged areas by sheet name, from this port's last read of the sheet (ExcelApi 1.13 only). */
  readonly knownMerges: Map<string, CellRange[]>;
  /** Protection of the sheets and the workbook, as this port last read it (protection.ts). */
  readonly protection: ProtectionMemo;
  /**
   * The cells of this port's last readCells, as loaded (by fontKey): the actions read the cells they are about to
   * write with writeStates just before, which writes each value the way the cell holds it (stateEntry).
   */
  lastCells: Map<string, LoadedCell>;
  /** Runs a batch that only reads (or selects); a failure is a PortError about `sheet` when one sheet is meant. */
  exec<T>(batch: Batch<T>, sheet?: string): Promise<T>;
  /** The PortError of a host error, told what this host can do (merges known, cell edits awaited). */
  classify(error: unknown, sheet?: string): PortError;
  /** Runs a batch that writes into `sheets`; a failure is explained (protection read again when it may be that). */
  writing<T>(sheets: readonly string[], batch: Batch<T>): Promise<T>;
  explain(error: unknown, sheets: readonly string[], structure?: boolean): Promise<PortError>;
  /** Runs a write of cells around the merged areas this port knows (see writeAroundMerges below). */
  writeAroundMerges(
    cells: Map<string, readonly { row: number; col: number }[]>,
    write: (context: Excel.RequestContext, mergesOf: (sheet: string) => CellRange[]) => Promise<void>,
  ): Promise<void>;
}

/** The one sheet a list of names is about, when it names one. */
export const only = (names: readonly string[]): string | undefined =>
  new Set(names).size === 1 ? names[0] : undefined;

/** Whether a write failed because it covered part of a merged area. */
function mergeConflict(error: unknown): boolean {
  const cause = error instanceof SplitWriteError ? error.cause : error;
  return hostCodeOf(cause) === "MergedRangeConflict";
}

/** What the host can do, asked of its requirement sets (the host found once, when first asked). */
type HostAbilities = Pick<PortSession, "getHost" | "delayForCellEdit" | "groupsUndo" | "features">;

function hostAbilities(host: OfficeHost | undefined): HostAbilities {
  const getHost = (): OfficeHost => (host ??= officeHost());
  const supported = (version: string): boolean => {
    try {
      return supports(getHost(), version);
    } catch {
      return false;
    }
  };
  return {
    getHost,
    delayForCellEdit: () => supported("1.11"),
    groupsUndo: () => supported("1.20"),
    features: (): Features => {
      const h = getHost();
      return {
        v12: supports(h, "1.2"),
        v14: supports(h, "1.4"),
        v17: supports(h, "1.7"),
        v18: supports(h, "1.8"),
        v19: supports(h, "1.9"),
        v113: supports(h, "1.13"),
      };
    },
  };
}

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
function runnerOf(run: typeof Excel.run | undefined, abilities: HostAbilities): PortSession["runner"] {
  return <T>(batch: Batch<T>, write = false): Promise<T> => {
    const excelRun = run ?? (globalThis as { Excel?: typeof Excel }).Excel?.run;
    if (!excelRun) return Promise.reject(new PortError("unknown", "Excel is not available"));
    const runWith = (options: Excel.RunOptions): Promise<T> =>
      Object.keys(options).length > 0
        ? (excelRun as unknown as (o: Excel.RunOptions, b: Batch<T>) => Promise<T>)(options, batch)
        : (excelRun as unknown as (b: Batch<T>) => Promise<T>)(batch);
    const options: Excel.RunOptions = abilities.delayForCellEdit() ? { delayForCellEdit: true } : {};
    if (!(write && abilities.groupsUndo())) return runWith(options);
    return runWith({ ...options, mergeUndoGroup: true }).catch((error: unknown) => {
      if (hostCodeOf(error) !== "UndoNotSupported") throw error;
      return runWith(options);
    });
  };
}

/** Reads the merged areas of the sheets of `cells`, from A1 to the last cell written, into `knownMerges`. */
async function readMergesAround(
  context: Excel.RequestContext,
  cells: Map<string, readonly { row: number; col: number }[]>,
  f: Features,
  knownMerges: Map<string, CellRange[]>,
): Promise<void> {
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
}

/**
 * Runs `write`, a batch writing the cells of `cells` (by sheet) with the merged areas it is given for each sheet —
 * this port's last read of them — so that it never writes through part of one (write.ts, mergedCells). A merged
 * area this port did not know of (a sheet it has not read, or merged since) fails the write with
 * MergedRangeConflict; with ExcelApi 1.13 the merges of the sheets, from A1 to the last cell written, are then read
 * and the write runs again (the same cells: what the failed sync applied is written over). Below 1.13 no merge can
 * be known, and the official is told so (PortError "merged", details.mergesKnown false).
 */
function mergeAwareWriter(
  session: Pick<PortSession, "features" | "knownMerges" | "runner" | "explain">,
): PortSession["writeAroundMerges"] {
  const { features, knownMerges, runner, explain } = session;
  return async (cells, write) => {
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
          await readMergesAround(context, cells, f, knownMerges);
          await write(context, known);
        }
      }, true);
    } catch (error) {
      throw await explain(error, [...cells.keys()]);
    }
  };
}

/**
 * The session of a port. `run` is `Excel.run` (injectable for tests); `host` gives requirement-set checks and the
 * document settings (default: the global `Office`).
 */
export function createPortSession(run?: typeof Excel.run, host?: OfficeHost): PortSession {
  const abilities = hostAbilities(host);
  const { features, delayForCellEdit, groupsUndo } = abilities;
  const runner = runnerOf(run, abilities);
  const knownMerges = new Map<string, CellRange[]>();
  const protection = new ProtectionMemo();
  let lastCells = new Map<string, LoadedCell>();
  async function exec<T>(batch: Batch<T>, sheet?: string): Promise<T> {
    try {
      return await runner(batch);
    } catch (error) {
      throw classify(error, sheet);
    }
  }
  const classify = (error: unknown, sheet?: string): PortError => {
    const f = features();
    const portError = toPortError(error, sheet, { mergesKnown: f.v113, delaysCellEdit: delayForCellEdit() });
    // The syncs a write applied before failing are one entry of Excel's undo stack (1.20): Ctrl+Z takes them back.
    if (portError.details.partial && groupsUndo()) portError.details.undoable = true;
    return portError;
  };
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
  return {
    ...abilities,
    runner,
    knownMerges,
    protection,
    get lastCells() {
      return lastCells;
    },
    set lastCells(cells: Map<string, LoadedCell>) {
      lastCells = cells;
    },
    exec,
    classify,
    writing,
    explain,
    writeAroundMerges: mergeAwareWriter({ features, knownMerges, runner, explain }),
  };
}
