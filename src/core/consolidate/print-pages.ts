/**
 * How a consolidated appendix sheet prints, as a province reads it: one year group (a figure block: its districts,
 * then the province's columns) per page — or, when the districts are too many for one page, a set of districts per
 * page, the province's columns on the block's last page — the STT, indicator and unit columns repeated at the left
 * of every page, at a scale that keeps the type readable. Shrinking the whole sheet to one page wide (as the
 * templates do) made 4 districts small and 20 a strip nobody could read.
 *
 * Widths are Excel column widths in characters of the workbook's default font, which the consolidated workbook makes
 * the sheets' own (Times New Roman 12: 8 pixels a digit, plus 5 pixels of padding, at 96 pixels an inch; LibreOffice's
 * Liberation Serif has the same metrics), so the pages planned here are the pages Excel and LibreOffice print.
 */
import type { PrintSetup } from "../model/plan";
import { PRINT_MARGINS } from "../templates/layout";

/** A4 landscape, inches. */
const PAGE_WIDTH = 11.69;

/**
 * Scales tried, largest first: 100 % keeps the sheet's 12-point type (SHEET_FONT); 80 % prints it at 9,6 points,
 * still readable on A4.
 */
const SCALES = [100, 90, 80] as const;

/** A column's width on screen and paper at 100 %, in pixels (Excel's rule for a width in characters). */
function pixels(width: number): number {
  return Math.trunc(width * DIGIT_PIXELS + 5);
}

/** Width of a digit of SHEET_FONT (Times New Roman 12 at 96 pixels an inch). */
const DIGIT_PIXELS = 8;

function sum(widths: readonly number[], cols: readonly number[]): number {
  return cols.reduce((s, c) => s + pixels(widths[c]), 0);
}

/** One year group: its district columns, then the columns that close it (the province's), kept on its last page. */
export interface PrintBlock {
  items: number[];
  tail: number[];
}

export interface PrintPages {
  /** Percent. */
  scale: number;
  /** Zero-based columns that start a new page (the repeated columns excepted). */
  columnBreaks: number[];
  /** The columns of each page, left to right (the repeated columns not included). */
  pages: number[][];
}

/**
 * Pages across for the sheet: `repeat` columns on every page, each block from a new page (its items split evenly
 * over as few pages as hold them, the tail with the last), then `extra` columns (the province comparisons) beside
 * the last block when they fit, else on a page of their own.
 */
export function printPages(
  widths: readonly number[],
  repeat: readonly number[],
  blocks: readonly PrintBlock[],
  extra: readonly number[],
): PrintPages {
  const printable = (PAGE_WIDTH - PRINT_MARGINS.left - PRINT_MARGINS.right) * 96;
  const capacityAt = (scale: number) => (printable * 100) / scale - sum(widths, repeat);
  // The largest scale at which every block fits whole on one page, else the smallest (a block then spans pages).
  const scale =
    SCALES.find((s) => blocks.every((b) => sum(widths, [...b.items, ...b.tail]) <= capacityAt(s))) ??
    SCALES[SCALES.length - 1];
  const capacity = capacityAt(scale);

  const pages: number[][] = [];
  for (const block of blocks) for (const page of splitBlock(widths, block, capacity)) pages.push(page);
  if (extra.length > 0) {
    const last = pages[pages.length - 1];
    if (last && sum(widths, [...last, ...extra]) <= capacity) last.push(...extra);
    else pages.push([...extra]);
  }
  const columnBreaks = pages.slice(1).map((page) => page[0]);
  return { scale, columnBreaks, pages };
}

/** A block's pages: as few as hold its items, the items spread evenly, the tail on the last page. */
function splitBlock(widths: readonly number[], block: PrintBlock, capacity: number): number[][] {
  const { items, tail } = block;
  // Whole when it fits (its columns may differ in width: the status sheet's).
  if (sum(widths, [...items, ...tail]) <= capacity) return [[...items, ...tail]];
  const item = items.length > 0 ? Math.max(...items.map((c) => pixels(widths[c]))) : 1;
  const perPage = Math.max(1, Math.floor(capacity / item));
  const perLast = Math.max(0, Math.floor((capacity - sum(widths, tail)) / item));
  if (items.length <= perLast) return [[...items, ...tail]];
  // p pages: p − 1 full ones and a last one with room for the tail.
  const p = 1 + Math.max(1, Math.ceil((items.length - perLast) / perPage));
  const last = Math.min(perLast, Math.ceil(items.length / p));
  const rest = items.length - last;
  const pages: number[][] = [];
  let at = 0;
  for (let k = 0; k < p - 1; k++) {
    const size = Math.ceil((rest - at) / (p - 1 - k));
    pages.push(items.slice(at, at + size));
    at += size;
  }
  pages.push([...items.slice(at), ...tail]);
  return pages.filter((page) => page.length > 0);
}

/** The print setup of a consolidated appendix sheet: A4 landscape at the scale chosen, breaks, print titles. */
export function consolidatedPrint(
  pages: PrintPages,
  repeatRows: { first: number; last: number },
  repeatColumns: { first: number; last: number },
): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "landscape",
    scale: pages.scale,
    repeatRows,
    repeatColumns,
    columnBreaks: pages.columnBreaks,
    margins: { ...PRINT_MARGINS },
  };
}
