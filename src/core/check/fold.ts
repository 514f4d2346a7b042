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

/** A rectangle still growing in sweep(): lines from..to, cells start..end along them. */
type Growing = { from: number; to: number; start: number; end: number };

/** Cells and lines are below 2^21 (rows below 2^20, columns 2^14): a line and a cell as one number. */
const SPAN = 2_097_152;

/**
 * Runs of adjacent cells along one axis, then runs of lines whose runs span the same cells along the other. The
 * points (`lines[i]`, `cells[i]`) are sorted once as numbers (line × SPAN + cell, a typed array's native sort), and a
 * line's runs are matched with the runs still growing from the line before in one merge of two ordered lists: a
 * fill's report folds tens of thousands of cells, one or two a line.
 */
function sweep(lines: Float64Array, cells: Float64Array, along: "row" | "col"): CellRange[] {
  const keys = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) keys[i] = lines[i] * SPAN + cells[i];
  keys.sort();
  const done: CellRange[] = [];
  const close = (r: Growing) =>
    done.push(
      along === "row"
        ? { top: r.from, bottom: r.to, left: r.start, right: r.end }
        : { left: r.from, right: r.to, top: r.start, bottom: r.end },
    );
  // Rectangles still growing, in the order of their cells (a line's runs do not overlap); each ends where its line
  // stops.
  let open: Growing[] = [];
  let next: Growing[] = [];
  for (let i = 0; i < keys.length;) {
    const at = Math.floor(keys[i] / SPAN);
    const base = at * SPAN;
    let o = 0;
    // A run of cells each the same as or next to the one before (a cell listed twice counts once).
    while (i < keys.length && keys[i] - base < SPAN) {
      let j = i;
      while (j + 1 < keys.length && keys[j + 1] - keys[j] <= 1 && keys[j + 1] - base < SPAN) j++;
      const start = keys[i] - base;
      const end = keys[j] - base;
      while (o < open.length && open[o].start < start) close(open[o++]);
      const before = o < open.length ? open[o] : undefined;
      if (before && before.start === start && before.end === end && before.to === at - 1) {
        before.to = at;
        next.push(before);
        o++;
      } else next.push({ from: at, to: at, start, end });
      i = j + 1;
    }
    while (o < open.length) close(open[o++]);
    [open, next] = [next, open];
    next.length = 0;
  }
  open.forEach(close);
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
  const byRows = sweep(rows.subarray(0, n), cols.subarray(0, n), "row");
  const byColumns = sweep(cols.subarray(0, n), rows.subarray(0, n), "col");
  const best = byColumns.length < byRows.length ? byColumns : byRows;
  best.sort((a, b) => a.top - b.top || a.left - b.left);
  const shown = best.length > limit ? best.slice(0, limit) : best;
  return [...shown.map(rangeA1), ...odd].slice(0, limit);
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
