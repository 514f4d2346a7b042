/// <reference types="office-js" />
/**
 * Reading sheets through Office.js within Excel's limits.
 *
 * At once (`readAtOnce`): every named sheet's used range — values, formulas, number formats — and its merged areas
 * in one sync. This is the path of every ordinary district workbook.
 *
 * In pieces (`readInPieces`), when the host refused the read at once (a response over Excel on the web's 5 MB, or
 * more than 512 merged areas in one range): one sync learns the size of every used range, then the cells are read
 * in row bands of at most CELLS_PER_SYNC cells per sync, and the merged areas in pieces that can never hold more
 * than 512 of them. A 50 000-row sheet of 7 columns takes about 17 syncs; the model is the same as read at once.
 * Cells full of long text can still make a piece too large: the port then reads again with pieces a quarter the
 * size (readInPieces' `cellsPerSync`), down to MIN_CELLS_PER_SYNC.
 *
 * Merged areas. `getMergedAreasOrNullObject` (ExcelApi 1.13) returns only the merges whose top-left cell lies in
 * the range it is called on, and fails above 512 merges. Both paths therefore ask from A1 to the used range's
 * bottom-right corner (a merge that starts above or left of the data is still found), and the pieces of
 * `mergePieces` tile that area so that each merge is found exactly once, by the piece holding its top-left cell.
 * Each merge is read from the RangeAreas' `areas` collection (ExcelApi 1.9), by its row and column indexes, never
 * parsed out of the RangeAreas' `address`, a string of up to 512 areas. Below ExcelApi 1.13 no merge is known: the
 * model says so (`mergesKnown: false`) and the check tells the official (structure/merges-unknown).
 */
import type { CellRange } from "../core/model/address";
import type { SheetModel } from "../core/model/sheet";
import { RequestBatch } from "./blocks";
import { sheetModelFrom, type UsedRangeData } from "./convert";
import { PortError, hostCodeOf, isTooLarge } from "./errors";
import { rangeGetter, type Features } from "./write";

/** The properties read() loads on a used range, and nothing more. */
export const READ_PROPERTIES = "values,formulas,numberFormat,address,rowIndex,columnIndex";

/** Cells read per sync in pieces: about 1.5 MB of response at 60 bytes a cell, well below 5 MB. */
export const CELLS_PER_SYNC = 25_000;

/** The smallest pieces tried: 1 000 cells of the longest texts Excel holds would still pass 5 MB, not ordinary ones. */
export const MIN_CELLS_PER_SYNC = 1_000;

/** At most this many merged areas are returned by one getMergedAreasOrNullObject. */
export const MERGED_AREAS_MAX = 512;

/** Estimated request bytes of one queued piece (range, method, load). */
const PIECE_REQUEST_BYTES = 400;

function usedRangeOf(ws: Excel.Worksheet, f: Features): Excel.Range {
  // Values only: a sheet formatted down to row 1 048 576 reads only as far as its data.
  return f.v14 ? ws.getUsedRangeOrNullObject(true) : f.v12 ? ws.getUsedRange(true) : ws.getUsedRange();
}

/** All sheets' used ranges and merged areas in one sync. */
export async function readAtOnce(
  context: Excel.RequestContext,
  names: readonly string[],
  f: Features,
): Promise<SheetModel[]> {
  const collection = context.workbook.worksheets;
  const jobs = names.map((name) => {
    const ws = collection.getItem(name);
    const used = usedRangeOf(ws, f);
    used.load(READ_PROPERTIES);
    // From A1 to the data's far corner, on the non-null used range (A1 for an empty sheet): a merge whose top-left
    // cell lies above or left of the data is found too.
    const merges = f.v113
      ? queueAreas(ws.getRange("A1").getBoundingRect(ws.getUsedRange(true)).getMergedAreasOrNullObject())
      : undefined;
    return { name, used, merges };
  });
  await context.sync();
  return jobs.map(({ name, used, merges }) => {
    const data: UsedRangeData | undefined = used.isNullObject ? undefined : used;
    return merges ? sheetModelFrom(name, data, merges()) : sheetModelFrom(name, data, [], false);
  });
}

/**
 * Queues the loads of a RangeAreas' areas, one by one (`areas`, ExcelApi 1.9: each area's row and column indexes
 * and size); the returned function, called after the sync, gives them ([] for a null object: no merged area).
 * Assumed, as for any null object's properties: loading the areas of a null RangeAreas fails nothing.
 */
function queueAreas(merged: Excel.RangeAreas): () => CellRange[] {
  merged.load("areaCount");
  const areas = merged.areas;
  areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  return () =>
    merged.isNullObject
      ? []
      : areas.items.map((r) => ({
          top: r.rowIndex,
          left: r.columnIndex,
          bottom: r.rowIndex + r.rowCount - 1,
          right: r.columnIndex + r.columnCount - 1,
        }));
}

/**
 * Whether a failed read at once should be tried again in pieces: the host found it too large, or — when merged
 * areas were asked for — it refused them (Excel does not document the code of the 512-merge failure; the codes a
 * refused method call gives are taken).
 */
export function retryInPieces(error: unknown, f: Features): boolean {
  if (isTooLarge(error)) return true;
  const code = hostCodeOf(error);
  return f.v113 && (code === "InvalidOperation" || code === "GeneralException" || code === "InvalidArgument");
}

/**
 * Rectangles tiling `area` such that none can hold the top-left cells of more than MERGED_AREAS_MAX merged areas:
 * merges do not overlap and have at least two cells, so the merges starting in an r × c piece are at most
 * (r + 1)(c + 1) / 2 (each takes its top-left cell and a neighbour right or below, inside the piece grown by one
 * row and one column).
 */
export function mergePieces(area: CellRange): CellRange[] {
  const width = area.right - area.left + 1;
  const cols = Math.min(width, 127);
  const rows = Math.max(1, Math.floor((2 * MERGED_AREAS_MAX + 1) / (cols + 1)) - 1);
  const pieces: CellRange[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    for (let left = area.left; left <= area.right; left += cols) {
      pieces.push({
        top,
        left,
        bottom: Math.min(area.bottom, top + rows - 1),
        right: Math.min(area.right, left + cols - 1),
      });
    }
  }
  return pieces;
}

/**
 * Queues the merged areas of `area` (from A1 on) in pieces on `batch`; the returned function, called after the
 * batch's last sync, gives them.
 */
export async function queueMergedAreas(
  batch: RequestBatch,
  ws: Excel.Worksheet,
  area: CellRange,
  f: Features,
): Promise<() => CellRange[]> {
  const at = rangeGetter(ws, f);
  const loaded: (() => CellRange[])[] = [];
  for (const piece of mergePieces({ top: 0, left: 0, bottom: area.bottom, right: area.right })) {
    await batch.add(PIECE_REQUEST_BYTES, () => {
      loaded.push(queueAreas(at(piece).getMergedAreasOrNullObject()));
    });
  }
  return () => loaded.flatMap((areas) => areas());
}

interface SheetSize {
  name: string;
  used: Excel.Range;
}

/**
 * The most syncs a read in pieces may take: about a minute on Excel on the web, at half a second a sync (assumed from
 * experience; Excel documents no timing), and room for some 120 × 25 000 = 3 million cells — a hundred times a large
 * district workbook.
 */
export const MAX_READ_SYNCS = 120;

/**
 * Refuses a read whose used ranges would take more than MAX_READ_SYNCS syncs — a sheet holding a stray value far
 * below or right of its table (a used range reaching column XFD reads one row per sync: a million syncs), telling
 * where the used range ends so that the official can clear the cells past the table.
 */
function refuseStrayCells(sizes: readonly SheetSize[], cellsPerSync: number): void {
  let syncs = 0;
  for (const { name, used } of sizes) {
    if (used.isNullObject) continue;
    const bandRows = Math.max(1, Math.floor(cellsPerSync / used.columnCount));
    const bandsPerSync = Math.max(1, Math.floor(cellsPerSync / (bandRows * used.columnCount)));
    syncs += Math.ceil(Math.ceil(used.rowCount / bandRows) / bandsPerSync);
    if (syncs > MAX_READ_SYNCS) {
      const usedRange = used.address.replace(/^.*!/, "");
      throw new PortError("too-large", `The used range of «${name}» is ${usedRange}.`, {
        sheet: name,
        usedRange,
      });
    }
  }
}

/**
 * The named sheets read in pieces: one sync for the sizes, then row bands of at most `cellsPerSync` cells per sync
 * and the merged areas in pieces (see mergePieces), the syncs cut by the request budget as well.
 */
export async function readInPieces(
  context: Excel.RequestContext,
  names: readonly string[],
  f: Features,
  cellsPerSync = CELLS_PER_SYNC,
): Promise<SheetModel[]> {
  const collection = context.workbook.worksheets;
  const sizes: SheetSize[] = names.map((name) => {
    const used = usedRangeOf(collection.getItem(name), f);
    used.load("rowIndex,columnIndex,rowCount,columnCount,address");
    return { name, used };
  });
  await context.sync();
  // Judged at the ordinary piece size: pieces made smaller for long texts may take more syncs, not a stray cell.
  refuseStrayCells(sizes, CELLS_PER_SYNC);

  const batch = new RequestBatch(context);
  let cellsInSync = 0;
  const results: (() => SheetModel)[] = [];
  for (const { name, used } of sizes) {
    if (used.isNullObject) {
      results.push(() => sheetModelFrom(name, undefined, [], f.v113));
      continue;
    }
    const ws = collection.getItem(name);
    const at = rangeGetter(ws, f);
    const top = used.rowIndex;
    const left = used.columnIndex;
    const bottom = top + used.rowCount - 1;
    const right = left + used.columnCount - 1;
    const width = right - left + 1;
    const bandRows = Math.max(1, Math.floor(cellsPerSync / width));
    const bands: Excel.Range[] = [];
    for (let row = top; row <= bottom; row += bandRows) {
      const band = { top: row, left, bottom: Math.min(bottom, row + bandRows - 1), right };
      const cells = (band.bottom - band.top + 1) * width;
      if (cellsInSync > 0 && cellsInSync + cells > cellsPerSync) {
        await batch.flush();
        cellsInSync = 0;
      }
      cellsInSync += cells;
      await batch.add(PIECE_REQUEST_BYTES, () => {
        const range = at(band);
        range.load("values,formulas,numberFormat");
        bands.push(range);
      });
    }
    const merges = f.v113 ? await queueMergedAreas(batch, ws, { top, left, bottom, right }, f) : undefined;
    results.push(() => {
      const data: UsedRangeData = {
        values: bands.flatMap((b) => b.values),
        formulas: bands.flatMap((b) => b.formulas),
        numberFormat: bands.flatMap((b) => b.numberFormat),
        rowIndex: top,
        columnIndex: left,
      };
      return merges ? sheetModelFrom(name, data, merges()) : sheetModelFrom(name, data, [], false);
    });
  }
  await batch.flush();
  return results.map((model) => model());
}
