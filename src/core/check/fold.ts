/**
 * Findings arranged for reading: by severity, then sheet, then row; many findings of one kind on one sheet folded
 * into one line that names the cells as ranges ("152 ô số lưu dạng chữ: D9:F56 …"). Pure data: the command line,
 * the pane and the web page render it their own way. Findings themselves (and the JSON) are never folded.
 */
import { foldMessages, type FoldMessageKey } from "../i18n/check-messages";
import { formatCount } from "../i18n/numbers";
import type { Lang } from "../i18n/types";
import { parseA1, rangeA1, readA1, type CellRange } from "../model/address";
import { severityRank, type Finding, type FindingCode, type Severity } from "./types";

/** A kind repeated this many times on one sheet is folded; fewer are listed one by one. */
export const FOLD_AT = 5;

export type FindingLine =
  | { kind: "single"; finding: Finding }
  | {
      kind: "folded";
      code: FindingCode;
      /** The key of its counted label in the translation table (the code, or "code.variant"). */
      label: FoldMessageKey;
      severity: Severity;
      sheet: string;
      findings: Finding[];
      /** The findings' cells merged into rectangles, top to bottom, left to right ("D9:F15", "D18"). */
      ranges: string[];
    };

export interface SheetGroup {
  sheet: string;
  lines: FindingLine[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

export interface GroupOptions {
  /** Fold repeated kinds (default true); false lists every finding. */
  fold?: boolean;
  /** Fold a kind once it occurs this many times on a sheet (default FOLD_AT). */
  foldAt?: number;
}

const severities = (Object.keys(severityRank) as Severity[]).sort(
  (a, b) => severityRank[a] - severityRank[b],
);

function labelOf(finding: Finding): FoldMessageKey {
  const withVariant = `${finding.code}.${finding.variant}`;
  return finding.variant && withVariant in foldMessages ? (withVariant as FoldMessageKey) : finding.code;
}

function position(finding: Finding): { row: number; col: number } {
  return parseA1(finding.cell) ?? { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
}

/** Cells and lines are below 2^21 (rows below 2^20, columns 2^14): a line and a cell as one number. */
const SPAN = 2_097_152;

/**
 * Rectangles as numbers, four each (lines from..to, cells start..end along them) in one typed array: a sweep over
 * tens of thousands of cells makes no object for each rectangle, so it runs as fast the first time as any other (a
 * fill's report folds once per process).
 */
class Rects {
  readonly at: Float64Array;
  count = 0;

  constructor(capacity: number) {
    this.at = new Float64Array(4 * capacity);
  }

  push(from: number, to: number, start: number, end: number): void {
    const k = 4 * this.count++;
    this.at[k] = from;
    this.at[k + 1] = to;
    this.at[k + 2] = start;
    this.at[k + 3] = end;
  }

  /** Rectangle i of another list added to this one. */
  pushFrom(other: Rects, i: number): void {
    const k = 4 * i;
    this.push(other.at[k], other.at[k + 1], other.at[k + 2], other.at[k + 3]);
  }
}

/**
 * Runs of adjacent cells along one axis, then runs of lines whose runs span the same cells along the other. The
 * points (`lines[i]`, `cells[i]`) are sorted once as numbers (line × SPAN + cell, a typed array's native sort), and a
 * line's runs are matched with the runs still growing from the line before in one merge of two ordered lists: a
 * fill's report folds tens of thousands of cells, one or two a line. The rectangles come as (lines, cells) ranges.
 */
function sweep(lines: Float64Array, cells: Float64Array): Rects {
  const n = lines.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = lines[i] * SPAN + cells[i];
  keys.sort();
  const done = new Rects(n);
  // Rectangles still growing, in the order of their cells (a line's runs do not overlap); each ends where its line
  // stops.
  let open = new Rects(n);
  let next = new Rects(n);
  for (let i = 0; i < n;) {
    const at = Math.floor(keys[i] / SPAN);
    const base = at * SPAN;
    let o = 0;
    // A run of cells each the same as or next to the one before (a cell listed twice counts once).
    while (i < n && keys[i] - base < SPAN) {
      let j = i;
      while (j + 1 < n && keys[j + 1] - keys[j] <= 1 && keys[j + 1] - base < SPAN) j++;
      const start = keys[i] - base;
      const end = keys[j] - base;
      while (o < open.count && open.at[4 * o + 2] < start) done.pushFrom(open, o++);
      const k = 4 * o;
      if (o < open.count && open.at[k + 2] === start && open.at[k + 3] === end && open.at[k + 1] === at - 1) {
        next.push(open.at[k], at, start, end);
        o++;
      } else next.push(at, at, start, end);
      i = j + 1;
    }
    while (o < open.count) done.pushFrom(open, o++);
    const swap = open;
    open = next;
    next = swap;
    next.count = 0;
  }
  for (let o = 0; o < open.count; o++) done.pushFrom(open, o);
  return done;
}

/**
 * Cells (A1) as few rectangles as a plain sweep finds (by rows or by columns, whichever gives fewer), top to bottom
 * and left to right, as A1 ranges: all of them, or the first `limit` (the rest are not written out: a report shows
 * a few of a 100 000-row sheet's). Duplicates count once; addresses that are not A1 are kept as they are, at the
 * end. Each address is read into two typed arrays, with no object made for it.
 */
export function cellRanges(cells: readonly string[], limit = Infinity): string[] {
  const rows = new Float64Array(cells.length);
  const cols = new Float64Array(cells.length);
  const at = { row: 0, col: 0 };
  let n = 0;
  const odd: string[] = [];
  for (const cell of cells) {
    if (readA1(cell, at)) {
      rows[n] = at.row;
      cols[n++] = at.col;
    } else if (!odd.includes(cell)) odd.push(cell);
  }
  const byRows = sweep(rows.subarray(0, n), cols.subarray(0, n));
  const byColumns = sweep(cols.subarray(0, n), rows.subarray(0, n));
  const alongRows = byColumns.count >= byRows.count;
  const best = alongRows ? byRows : byColumns;
  // A rectangle's lines are rows when swept along rows, columns otherwise.
  const [top, left] = alongRows ? [0, 2] : [2, 0];
  const range = (i: number): CellRange => ({
    top: best.at[4 * i + top],
    bottom: best.at[4 * i + top + 1],
    left: best.at[4 * i + left],
    right: best.at[4 * i + left + 1],
  });
  // Top to bottom, left to right: by each rectangle's top-left cell as one number (no two share it).
  const corner = (i: number) => best.at[4 * i + top] * SPAN + best.at[4 * i + left];
  const corners = new Float64Array(best.count);
  for (let i = 0; i < best.count; i++) corners[i] = corner(i);
  corners.sort();
  const shown = Math.min(limit, best.count);
  const byCorner = new Map<number, number>();
  const last = shown > 0 ? corners[shown - 1] : -Infinity;
  for (let i = 0; i < best.count; i++) {
    const c = corner(i);
    if (c <= last) byCorner.set(c, i);
  }
  const out: string[] = [];
  for (let i = 0; i < shown; i++) out.push(rangeA1(range(byCorner.get(corners[i]) as number)));
  return [...out, ...odd].slice(0, limit);
}

/** The cells folded into ranges as a report line shows them: the first `max` and "…" when there are more. */
export function cellRangesText(cells: readonly string[], max = 8): string {
  return rangesText(cellRanges(cells, max + 1), max);
}

/**
 * Findings by severity (errors first), then sheet (in the order the findings come, which is the workbook's), then
 * row and column. With folding, a kind found `foldAt` times or more on one sheet becomes one line placed at its
 * first cell.
 */
export function groupFindings(findings: readonly Finding[], options: GroupOptions = {}): SeverityGroup[] {
  const fold = options.fold ?? true;
  const foldAt = options.foldAt ?? FOLD_AT;
  const groups: SeverityGroup[] = [];
  for (const severity of severities) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const bySheet = new Map<string, Finding[]>();
    for (const f of ofSeverity) {
      let list = bySheet.get(f.sheet);
      if (!list) bySheet.set(f.sheet, (list = []));
      list.push(f);
    }
    const sheets: SheetGroup[] = [];
    for (const [sheet, list] of bySheet) {
      // Stable: findings on one cell keep the order the checker gave them.
      const ordered = list
        .map((finding, index) => ({ finding, index, at: position(finding) }))
        .sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col || a.index - b.index)
        .map((x) => x.finding);
      const byLabel = new Map<FoldMessageKey, Finding[]>();
      for (const f of ordered) {
        const label = labelOf(f);
        let same = byLabel.get(label);
        if (!same) byLabel.set(label, (same = []));
        same.push(f);
      }
      const lines: FindingLine[] = [];
      const folded = new Set<FoldMessageKey>();
      for (const f of ordered) {
        const label = labelOf(f);
        const same = byLabel.get(label)!;
        if (!fold || same.length < foldAt) {
          lines.push({ kind: "single", finding: f });
        } else if (!folded.has(label)) {
          folded.add(label);
          lines.push({
            kind: "folded",
            code: f.code,
            label,
            severity,
            sheet,
            findings: same,
            ranges: cellRanges(same.map((x) => x.cell)),
          });
        }
      }
      sheets.push({ sheet, lines });
    }
    groups.push({ severity, count: ofSeverity.length, sheets });
  }
  return groups;
}

/** "152 ô số lưu dạng chữ" / "152 numbers stored as text". */
export function foldedLabel(line: Extract<FindingLine, { kind: "folded" }>, lang: Lang): string {
  return formatCount(foldMessages[line.label], line.findings.length, lang);
}

/** The first `max` ranges joined, and "…" when there are more. */
export function rangesText(ranges: readonly string[], max = 8): string {
  const shown = ranges.slice(0, max).join(", ");
  return ranges.length > max ? `${shown} …` : shown;
}
