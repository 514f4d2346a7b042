/**
 * Excel's documented limits, as the fake host (fake-excel.ts) enforces them. Kept in one module, hooked into the
 * fake at a few points (the workbook's options, `context.sync()`, `run`, `getMergedAreasOrNullObject` and the
 * `formulas`/`values` setters), so the same rules can move into the browser-side Office host.
 *
 * Modelled, with where Excel documents it:
 * - Payload size: Excel on the web refuses a request or a response over 5 MB with RichApi.Error
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` ("Resource limits and performance
 *   optimization for Office Add-ins", section Excel add-ins). No payload limit is documented for Excel on Windows
 *   or Mac, so the "desktop" platform has none. A request is measured from the batch itself (fake-excel.ts): the
 *   UTF-8 bytes of the JSON of every object path and action queued since the last sync.
 * - Reads: "A range is limited to 5,000,000 cells for read operations" (same page, all platforms): loading the
 *   values, formulas or number formats of a larger range fails with `RangeExceedsLimit`.
 * - `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13): "if the merged areas count in this range is more than
 *   512, then this method will fail to return the result" (the method's reference). Which error code it fails with
 *   is not documented; the fake answers `InvalidOperation`. It also returns only the merged areas whose top-left
 *   cell lies in the range (observed behaviour reported in issue 10, not stated in the reference): a merge that
 *   starts above or left of the range is not returned even when it overlaps it.
 * - `MergedRangeConflict` (an `Excel.ErrorCodes` member, "Cannot complete the operation … merged cells"): writing
 *   `values` or `formulas` through a range that covers part of a merged area fails the sync. Writing a whole merged
 *   area, or only its top-left cell, is accepted. Which writes Excel refuses is not documented: this is the rule the
 *   adapter assumes (src/excel/write.ts, mergedCells), played here so that its retry can be seen. (Number formats,
 *   fills and borders on part of a merge are not refused by the fake.)
 * - Cell-edit mode: while the user edits a cell, a batch fails with `InvalidOperationInCellEditMode`, unless it was
 *   started with `Excel.run({ delayForCellEdit: true }, …)` on a host with ExcelApi 1.11, which holds the batch until
 *   the user leaves the cell (`Excel.RunOptions.delayForCellEdit`).
 *
 * Not modelled: the time-outs of long requests, the per-add-in memory and CPU limits, a payload limit on desktop
 * hosts.
 */
import type { CellRange } from "../../src/core/model/address";

export type Platform = "web" | "desktop";

/** Excel on the web's limit of a request and of a response (5 MB). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The most cells one read may load (values, formulas, number formats). */
export const READ_CELLS_LIMIT = 5_000_000;

/** More merged areas than this in one range and getMergedAreasOrNullObject fails. */
export const MERGED_AREAS_LIMIT = 512;

/** The request and response limits of a platform (Infinity: none documented). */
export function payloadLimits(platform: Platform): { request: number; response: number } {
  return platform === "web"
    ? { request: WEB_PAYLOAD_LIMIT, response: WEB_PAYLOAD_LIMIT }
    : { request: Infinity, response: Infinity };
}

/** The error the fake throws, shaped like a RichApi.Error (a `code` and a message). */
export type LimitError = (code: string, message: string) => Error;

/**
 * The merged areas getMergedAreasOrNullObject returns for `range`: those whose top-left cell lies in it. Throws
 * when there are more than MERGED_AREAS_LIMIT.
 */
export function mergedAreasIn(merges: readonly CellRange[], range: CellRange, fail: LimitError): CellRange[] {
  const hits = merges.filter(
    (m) => m.top >= range.top && m.top <= range.bottom && m.left >= range.left && m.left <= range.right,
  );
  if (hits.length > MERGED_AREAS_LIMIT) {
    throw fail(
      "InvalidOperation",
      `The range has ${hits.length} merged areas; getMergedAreasOrNullObject returns at most ${MERGED_AREAS_LIMIT}.`,
    );
  }
  return hits;
}

/** Throws MergedRangeConflict when a write through `range` would cover part of a merged area. */
export function checkMergedWrite(merges: readonly CellRange[], range: CellRange, fail: LimitError): void {
  for (const m of merges) {
    const overlaps =
      m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left;
    if (!overlaps) continue;
    const whole =
      range.top <= m.top && range.bottom >= m.bottom && range.left <= m.left && range.right >= m.right;
    const topLeftOnly =
      range.top === m.top && range.bottom === m.top && range.left === m.left && range.right === m.left;
    if (!whole && !topLeftOnly) {
      throw fail("MergedRangeConflict", "Cannot change part of a merged cell.");
    }
  }
}

/**
 * The user editing a cell. `enter()` starts editing; `exit()` ends it and releases the batches that wait for it.
 */
export class CellEdit {
  editing = false;
  private waiters: (() => void)[] = [];

  enter(): void {
    this.editing = true;
  }

  exit(): void {
    this.editing = false;
    for (const release of this.waiters.splice(0)) release();
  }

  /** Before a sync: fails in cell-edit mode, or waits for its end when the batch asked to be delayed. */
  async gate(delay: boolean, fail: LimitError): Promise<void> {
    if (!this.editing) return;
    if (!delay) {
      throw fail(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Whether a batch waits for the user to leave the cell: it asked to, and the host has ExcelApi 1.11. */
  static delays(options: { delayForCellEdit?: boolean } | undefined, apiVersion: number): boolean {
    return options?.delayForCellEdit === true && apiVersion >= 11;
  }
}
