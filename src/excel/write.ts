/// <reference types="office-js" />
/**
 * Queuing writes on an Office.js request context: blocks of values and formulas, and whole sheet plans — the
 * counterpart of src/xlsx/package/new-sheet.ts. Nothing here syncs except through the WriteBatch, which syncs only when a
 * request would pass Excel on the web's 5 MB limit.
 */
import { rangeA1, type CellRange } from "../core/model/address";
import { styleOf, type CellStyle, type PlannedCell, type SheetPlan } from "../core/model/plan";
import type { SheetSetupPart } from "../core/port";
import {
  BLOCK_BUDGET_BYTES,
  HORIZONTAL,
  VERTICAL,
  WriteBatch,
  charsToPoints,
  columnsAddress,
  formulaEntry,
  writeEntry,
  payloadBytes,
  quoteSheetName,
  rectCols,
  rectRows,
  rectangles,
  rowsAddress,
  splitRows,
} from "./blocks";

/** What the host supports, decided once per call (see supports()). */
export interface Features {
  /** merge, columnWidth, rowHeight, columnHidden, getUsedRange(valuesOnly). */
  v12: boolean;
  /** getUsedRangeOrNullObject. */
  v14: boolean;
  /** freezePanes, getRangeByIndexes, range.hyperlink. */
  v17: boolean;
  /** dataValidation. */
  v18: boolean;
  /** pageLayout (print setup), getRanges (RangeAreas), fill.pattern. */
  v19: boolean;
  /** getMergedAreasOrNullObject. */
  v113: boolean;
}

export type RangeAt = (r: CellRange) => Excel.Range;

/** Estimated bytes of one small action (a property set or method call without a big argument). */
const ACTION_BYTES = 150;

/** Ranges by indexes where ExcelApi 1.7 has getRangeByIndexes, by A1 address before. */
export function rangeGetter(ws: Excel.Worksheet, features: Pick<Features, "v17">): RangeAt {
  return features.v17
    ? (r) => ws.getRangeByIndexes(r.top, r.left, rectRows(r), rectCols(r))
    : (r) => ws.getRange(rangeA1(r));
}

/** One cell of a block write: the entry for `range.formulas` (null leaves the cell alone) and its number format. */
export interface BlockCell {
  row: number;
  col: number;
  entry: string | number | boolean | null;
  /** Set before the entry; null leaves the number format alone. */
  format: string | null;
  /** Set after the entry (see stateEntry: a text typed into a Text cell, then the cell's own format back). */
  formatAfter?: string | null;
}

/**
 * The cells of `cells` that lie in a merged area. A merge's top-left cell is written alone, as a one-cell range; its
 * other cells are hidden under the merge and left out (Excel shows and keeps only the top-left cell's content).
 *
 * What this rests on. Documented: the code MergedRangeConflict, "Cannot complete the operation … merged cells"
 * (Excel.ErrorCodes; "Error handling with the application-specific JavaScript APIs"). Assumed, not documented: that
 * Excel refuses with it a write of values or formulas through a range covering part of a merged area, and accepts
 * one through the merge's top-left cell alone — as typing into a merged cell in the grid writes its top-left cell.
 * Should a build refuse that too, the write fails with PortError "merged" and the official is told to unmerge.
 */
function mergedCells(
  grid: Map<string, BlockCell>,
  merges: readonly CellRange[],
): { topLeft: BlockCell[]; covered: Set<string> } {
  const topLeft: BlockCell[] = [];
  const covered = new Set<string>();
  for (const m of merges) {
    const size = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    // Visit the merge's cells or the written cells, whichever is fewer.
    const inside =
      size <= grid.size
        ? Array.from({ length: size }, (_, i) => ({
            row: m.top + Math.floor(i / (m.right - m.left + 1)),
            col: m.left + (i % (m.right - m.left + 1)),
          }))
        : [...grid.values()].filter(
            (c) => c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right,
          );
    for (const { row, col } of inside) {
      const k = `${row},${col}`;
      const cell = grid.get(k);
      if (!cell || covered.has(k)) continue;
      covered.add(k);
      if (row === m.top && col === m.left) topLeft.push(cell);
    }
  }
  return { topLeft, covered };
}

/**
 * Writes cells as 2-D arrays, one `numberFormat` and one `formulas` assignment per rectangle (number formats
 * first, so a value is never typed into a cell still formatted for something else). A cell listed twice keeps its
 * last entry. Rectangles over BLOCK_BUDGET_BYTES are cut into row bands. No rectangle covers part of one of
 * `merges`: merged areas are written by their top-left cell (see mergedCells).
 */
export async function writeBlocks(
  batch: WriteBatch,
  at: RangeAt,
  cells: readonly BlockCell[],
  merges: readonly CellRange[] = [],
): Promise<void> {
  const grid = new Map<string, BlockCell>();
  // Cells with nothing to write stay in the rectangles as null (left alone): fewer, larger array writes.
  for (const c of cells) grid.set(`${c.row},${c.col}`, c);
  const { topLeft, covered } = mergedCells(grid, merges);
  for (const k of covered) grid.delete(k);
  const singles = topLeft.map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col }));
  const free = rectangles(grid.values());
  for (const c of topLeft) grid.set(`${c.row},${c.col}`, c);
  for (const rect of [...free, ...singles]) {
    const entries: (string | number | boolean | null)[][] = [];
    const formats: (string | null)[][] = [];
    const afters: (string | null)[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const e: (string | number | boolean | null)[] = [];
      const f: (string | null)[] = [];
      const a: (string | null)[] = [];
      for (let col = rect.left; col <= rect.right; col++) {
        const c = grid.get(`${row},${col}`)!;
        e.push(c.entry);
        f.push(c.format);
        a.push(c.formatAfter ?? null);
      }
      entries.push(e);
      formats.push(f);
      afters.push(a);
    }
    const size = payloadBytes(entries) + payloadBytes(formats) + payloadBytes(afters);
    const rows = rectRows(rect);
    const bandRows =
      size > BLOCK_BUDGET_BYTES ? Math.max(1, Math.floor((rows * BLOCK_BUDGET_BYTES) / size)) : rows;
    for (const band of splitRows(rect, bandRows)) {
      const from = band.top - rect.top;
      const to = band.bottom - rect.top + 1;
      const bandEntries = entries.slice(from, to);
      const bandFormats = formats.slice(from, to);
      const bandAfters = afters.slice(from, to);
      let range: Excel.Range | undefined;
      const get = (): Excel.Range => (range ??= at(band));
      if (bandFormats.some((r) => r.some((x) => x !== null))) {
        await batch.add(payloadBytes(bandFormats), () => {
          get().numberFormat = bandFormats;
        });
      }
      if (bandEntries.some((r) => r.some((x) => x !== null))) {
        await batch.add(payloadBytes(bandEntries), () => {
          get().formulas = bandEntries;
        });
      }
      if (bandAfters.some((r) => r.some((x) => x !== null))) {
        await batch.add(payloadBytes(bandAfters), () => {
          get().numberFormat = bandAfters;
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sheet plans

/** The note shown when an official types something that is not a number into an input cell (ExcelApi 1.8). */
export const INPUT_VALIDATION_ALERT = {
  title: "Nhập số liệu",
  message: "Ô này nhận một số không âm, ví dụ 4300 hoặc 88,8. Để trống nếu chưa có số liệu.",
} as const;

/** `=HYPERLINK("#'Sheet'!B5","text")`: an internal link before ExcelApi 1.7; undefined when text is too long. */
export function hyperlinkFormula(link: { sheet: string; cell: string }, text: string): string | undefined {
  const target = `#${quoteSheetName(link.sheet)}!${link.cell}`;
  if (text.length > 255 || target.length > 255) return undefined;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return formulaEntry(`HYPERLINK(${q(target)},${q(text)})`);
}

function linkText(cell: PlannedCell): string {
  if (typeof cell.value === "string" || typeof cell.value === "number") return String(cell.value);
  return cell.link ? `${cell.link.sheet}!${cell.link.cell}` : "";
}

function plannedEntry(cell: PlannedCell, features: Features): string | number | null {
  if (cell.formula === undefined && cell.link && !features.v17) {
    const formula = hyperlinkFormula(cell.link, linkText(cell));
    if (formula) return formula;
  }
  // A plan's null is a blank of its layout: the new sheet's cell left as it is, not emptied.
  return writeEntry(cell.formula, cell.value ?? undefined);
}

/**
 * One look of a cell, applied to rectangles of cells that share it. Only what differs from a new sheet's default
 * is set (Calibri 11, not bold, bottom-aligned, no wrap, no border, no fill), so blank defaults cost nothing.
 */
interface Facet {
  key(style: CellStyle, font: SheetPlan["font"]): string | undefined;
  apply(
    target: Excel.Range | Excel.RangeAreas,
    style: CellStyle,
    font: SheetPlan["font"],
    shape: Shape,
  ): void;
  /** Estimated request bytes of one application. */
  bytes: number;
  /** Whether rectangles must be grouped by shape (one row or several, one column or several). */
  shaped?: boolean;
}

interface Shape {
  manyRows: boolean;
  manyCols: boolean;
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

const FACETS: Facet[] = [
  {
    key: (s, font) => `${font.name}|${s.fontSize ?? font.size}`,
    apply: (r, s, font) => {
      r.format.font.name = font.name;
      r.format.font.size = s.fontSize ?? font.size;
    },
    bytes: 2 * 160,
  },
  { key: (s) => (s.bold ? "b" : undefined), apply: (r) => void (r.format.font.bold = true), bytes: 140 },
  { key: (s) => (s.italic ? "i" : undefined), apply: (r) => void (r.format.font.italic = true), bytes: 140 },
  {
    key: (s) => s.color,
    apply: (r, s) => void (r.format.font.color = `#${s.color}`),
    bytes: 150,
  },
  {
    key: (s) => s.hAlign,
    apply: (r, s) => void (r.format.horizontalAlignment = HORIZONTAL[s.hAlign!]),
    bytes: 150,
  },
  {
    key: (s) => (s.vAlign && s.vAlign !== "bottom" ? s.vAlign : undefined),
    apply: (r, s) => void (r.format.verticalAlignment = VERTICAL[s.vAlign!]),
    bytes: 150,
  },
  { key: (s) => (s.wrap ? "w" : undefined), apply: (r) => void (r.format.wrapText = true), bytes: 140 },
  {
    key: (s) => (s.border ? "b" : undefined),
    apply: (r, _s, _f, shape) => {
      const edges: string[] = [...BORDER_EDGES];
      // Inside edges only where there is an inside: a one-row range has no inside horizontal border.
      if (shape.manyRows) edges.push("InsideHorizontal");
      if (shape.manyCols) edges.push("InsideVertical");
      for (const edge of edges) {
        const border = r.format.borders.getItem(edge as Excel.BorderIndex);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = "#000000";
      }
    },
    bytes: 6 * 3 * 150,
    shaped: true,
  },
  { key: (s) => s.fill, apply: (r, s) => void (r.format.fill.color = `#${s.fill}`), bytes: 150 },
];

/**
 * Longest address given to getRanges. Excel limits references to 255 characters in several places (names, the
 * Name Box, VBA's Range); staying within that is safe whatever getRanges accepts.
 */
export const AREAS_ADDRESS_MAX = 255;

/**
 * Applies `apply` to every rectangle: one range per rectangle, or — with ExcelApi 1.9 — one RangeAreas per
 * address of up to AREAS_ADDRESS_MAX characters ("D9:H12,D14:H20,…"), which keeps the request of a long,
 * fragmented table (sector and group rows break every column of looks) small.
 */
async function forRects(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  at: RangeAt,
  rects: readonly CellRange[],
  useAreas: boolean,
  bytes: number,
  apply: (target: Excel.Range | Excel.RangeAreas) => void,
): Promise<void> {
  if (!useAreas) {
    for (const rect of rects) await batch.add(bytes, () => apply(at(rect)));
    return;
  }
  let chunk: CellRange[] = [];
  let length = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const areas = chunk;
    const address = areas.map(rangeA1).join(",");
    chunk = [];
    length = 0;
    await batch.add(bytes + address.length, () =>
      apply(areas.length === 1 ? at(areas[0]) : ws.getRanges(address)),
    );
  };
  for (const rect of rects) {
    const address = rangeA1(rect);
    if (chunk.length > 0 && length + 1 + address.length > AREAS_ADDRESS_MAX) await flush();
    length += (chunk.length > 0 ? 1 : 0) + address.length;
    chunk.push(rect);
  }
  await flush();
}

function runs<T>(items: readonly T[]): { first: number; last: number; value: T }[] {
  const out: { first: number; last: number; value: T }[] = [];
  items.forEach((value, i) => {
    const prev = out[out.length - 1];
    if (prev && prev.last === i - 1 && prev.value === value) prev.last = i;
    else out.push({ first: i, last: i, value });
  });
  return out;
}

/** Consecutive integers as [first, last] runs. */
function intRuns(values: Iterable<number>): [number, number][] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const v of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev[1] === v - 1) prev[1] = v;
    else out.push([v, v]);
  }
  return out;
}

/**
 * Queues a whole planned sheet: add it at the end, values and formulas, hyperlinks, looks, merges, column widths,
 * row heights, hidden columns — and returns its setup, input validation, freeze panes and print setup, for the
 * caller to send in a sync of its own: some builds fail to set them (a member the API level promises, refused all
 * the same), and the sheet, once inserted, must stay so and the official be told what is missing. Each only where
 * the host supports it:
 *
 * - ExcelApi 1.1: sheet, values, formulas, number formats, fonts, alignment, wrap, borders, fills.
 * - 1.2: merges, column widths, row heights, hidden columns (skipped before).
 * - 1.7: freeze panes, hyperlinks (before 1.7 a link is written as a HYPERLINK formula), ranges by indexes.
 * - 1.8: data validation on input cells (non-negative numbers, warning only).
 * - 1.9: print setup (A4, orientation, fit to one page wide, margins, centred, header rows repeated); looks and
 *   validation applied to many rectangles at once through getRanges (before: one range per rectangle).
 */
export async function queuePlan(
  context: Excel.RequestContext,
  batch: WriteBatch,
  plan: SheetPlan,
  features: Features,
): Promise<SheetSetup[]> {
  let ws!: Excel.Worksheet;
  await batch.add(payloadBytes(plan.name), () => {
    ws = context.workbook.worksheets.add(plan.name);
  });
  // The new sheet as its add operation last made it (a write refused for its size runs its operations again).
  const sheet = (): Excel.Worksheet => ws;
  const at: RangeAt = (r) => rangeGetter(ws, features)(r);

  const byPosition = new Map<string, PlannedCell>();
  for (const cell of plan.cells) byPosition.set(`${cell.row},${cell.col}`, cell);
  const cells = [...byPosition.values()];
  const styles = new Map<PlannedCell, CellStyle>(cells.map((c) => [c, styleOf(c)]));

  // Values, formulas, number formats.
  await writeBlocks(
    batch,
    at,
    cells.map((c) => ({
      row: c.row,
      col: c.col,
      entry: plannedEntry(c, features),
      format: styles.get(c)!.numberFormat ?? null,
    })),
  );
  // Internal hyperlinks (before the looks: the link role's colour wins over any hyperlink style).
  if (features.v17) await queueLinks(batch, at, cells);
  await queueLooks(batch, sheet, at, cells, styles, plan, features);
  if (features.v12) await queueSizes(batch, sheet, at, plan);
  return setupOf(sheet, at, cells, plan, features);
}

/** Internal hyperlinks of the planned cells (ExcelApi 1.7). */
async function queueLinks(batch: WriteBatch, at: RangeAt, cells: readonly PlannedCell[]): Promise<void> {
  for (const c of cells) {
    if (!c.link) continue;
    const hyperlink: Excel.RangeHyperlink = {
      documentReference: `${quoteSheetName(c.link.sheet)}!${c.link.cell}`,
      textToDisplay: linkText(c),
    };
    await batch.add(payloadBytes(hyperlink), () => {
      at({ top: c.row, left: c.col, bottom: c.row, right: c.col }).hyperlink = hyperlink;
    });
  }
}

/** Looks, one facet at a time, on rectangles of cells that share it (with ExcelApi 1.9, many rectangles at once). */
async function queueLooks(
  batch: WriteBatch,
  sheet: () => Excel.Worksheet,
  at: RangeAt,
  cells: readonly PlannedCell[],
  styles: Map<PlannedCell, CellStyle>,
  plan: SheetPlan,
  features: Features,
): Promise<void> {
  for (const facet of FACETS) {
    const groups = new Map<string, { style: CellStyle; cells: PlannedCell[] }>();
    for (const c of cells) {
      const style = styles.get(c)!;
      const key = facet.key(style, plan.font);
      if (key === undefined) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { style, cells: [] }));
      g.cells.push(c);
    }
    for (const g of groups.values()) {
      const byShape = new Map<string, { shape: Shape; rects: CellRange[] }>();
      for (const rect of rectangles(g.cells)) {
        const shape = facet.shaped
          ? { manyRows: rectRows(rect) > 1, manyCols: rectCols(rect) > 1 }
          : { manyRows: false, manyCols: false };
        const k = `${shape.manyRows}|${shape.manyCols}`;
        let entry = byShape.get(k);
        if (!entry) byShape.set(k, (entry = { shape, rects: [] }));
        entry.rects.push(rect);
      }
      for (const { shape, rects } of byShape.values()) {
        await forRects(batch, sheet(), at, rects, features.v19, facet.bytes, (target) =>
          facet.apply(target, g.style, plan.font, shape),
        );
      }
    }
  }
}

/** Merges, column widths, row heights, hidden columns (ExcelApi 1.2). */
async function queueSizes(
  batch: WriteBatch,
  sheet: () => Excel.Worksheet,
  at: RangeAt,
  plan: SheetPlan,
): Promise<void> {
  for (const m of plan.merges) {
    await batch.add(payloadBytes(m), () => at(m).merge(false));
  }
  for (const run of runs(plan.columnWidths)) {
    if (!(run.value > 0)) continue;
    await batch.add(payloadBytes(run), () => {
      sheet().getRange(columnsAddress(run.first, run.last)).format.columnWidth = charsToPoints(run.value);
    });
  }
  const heights = Object.entries(plan.rowHeights)
    .map(([row, height]) => ({ row: Number(row), height }))
    .sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (
      j + 1 < heights.length &&
      heights[j + 1].row === heights[j].row + 1 &&
      heights[j + 1].height === heights[i].height
    )
      j++;
    const { row: top, height } = heights[i];
    const bottom = heights[j].row;
    await batch.add(payloadBytes(heights[i]), () => {
      sheet().getRange(rowsAddress(top, bottom)).format.rowHeight = height;
    });
    i = j + 1;
  }
  for (const [left, right] of intRuns(plan.hiddenColumns)) {
    await batch.add(ACTION_BYTES, () => {
      sheet().getRange(columnsAddress(left, right)).columnHidden = true;
    });
  }
}

/** The sheet's setup parts the host supports, each queued later in a sync of its own (see queuePlan). */
function setupOf(
  sheet: () => Excel.Worksheet,
  at: RangeAt,
  cells: readonly PlannedCell[],
  plan: SheetPlan,
  features: Features,
): SheetSetup[] {
  const setup: SheetSetup[] = [];
  if (features.v18) {
    const inputs = cells.filter((c) => c.role === "input");
    if (inputs.length > 0) {
      setup.push({
        part: "validation",
        queue: (batch) =>
          forRects(
            batch,
            sheet(),
            at,
            rectangles(inputs),
            features.v19,
            4 * ACTION_BYTES + payloadBytes(INPUT_VALIDATION_ALERT),
            (target) => {
              const validation = target.dataValidation;
              validation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
              validation.errorAlert = { showAlert: true, style: "Warning", ...INPUT_VALIDATION_ALERT };
              validation.ignoreBlanks = true;
            },
          ),
      });
    }
  }

  if (features.v17) {
    const { rows, cols } = plan.freeze;
    if (rows > 0 || cols > 0) {
      setup.push({
        part: "freeze",
        queue: (batch) =>
          batch.add(ACTION_BYTES, () => {
            if (rows > 0 && cols > 0)
              sheet().freezePanes.freezeAt(rangeA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
            else if (rows > 0) sheet().freezePanes.freezeRows(rows);
            else sheet().freezePanes.freezeColumns(cols);
          }),
      });
    }
  }

  if (features.v19) {
    const { print } = plan;
    setup.push({
      part: "print",
      queue: (batch) =>
        batch.add(12 * ACTION_BYTES, () => {
          const layout = sheet().pageLayout;
          layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
          layout.paperSize = "A4";
          // One page wide, as many pages tall as needed: verticalFitToPages 0 is "automatic" (left unset, Excel
          // keeps fitting the whole table onto one page).
          layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
          const pt = (inches: number) => Math.round(inches * 72 * 100) / 100;
          layout.leftMargin = pt(print.margins.left);
          layout.rightMargin = pt(print.margins.right);
          layout.topMargin = pt(print.margins.top);
          layout.bottomMargin = pt(print.margins.bottom);
          layout.headerMargin = pt(print.margins.header);
          layout.footerMargin = pt(print.margins.footer);
          layout.centerHorizontally = true;
          layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
        }),
    });
  }
  return setup;
}

export interface SheetSetup {
  part: SheetSetupPart;
  /** Queues the part's operations on `batch` (rerunnable: they only set properties of the new sheet). */
  queue(batch: WriteBatch): Promise<void>;
}
