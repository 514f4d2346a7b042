/**
 * Tables without a column-number row (a table pasted from a document), found by a recognisable header row: header
 * words the grammar knows, lower header levels (years typed in cells of their own, merges from above), upper ones.
 */
import { isYear, parseYear } from "../text/year";
import { holdsFigure } from "../model/cell";
import { cellText, type CellModel } from "../model/sheet";
import type { ColumnToken } from "./expr";
import { classifyHeader, foldHeader } from "./columns";
import { type SheetView, type TableDraft, draftOf } from "./draft";
import { isNumberRowRepeat, repeatsHeaderTexts } from "./body-rows";
import { isNumberedLabel } from "./row-labels";

/**
 * A cell of a header row: the header grammar reads it as a column it knows (STT, the name, the unit, a figure, a
 * score, a note …), or as a comparison that says what it compares («ƯTH/TH (%)», «So sánh …»). An indicator's name
 * in a body row («Tỷ lệ hộ gia đình có Internet») is no comparison: a bare «tỷ lệ» without «%» or operands is not
 * a header hit.
 */
function isHeaderCell(folded: string): boolean {
  const role = classifyHeader(folded).role;
  if (role === "other") return false;
  if (role === "ratio") return /%|\/|\bso sanh\b|\bso voi\b/.test(folded);
  return true;
}

/** Header texts of a row: folded text by column, for cells reading as a header word or phrase. */
function headerHits(view: SheetView, row: number): { hits: Map<number, string>; filled: number } {
  const hits = new Map<number, string>();
  let filled = 0;
  const cells = view.sheet.rows[row];
  if (!cells) return { hits, filled };
  // A header has at least two texts and at most one figure (a year typed as a number is no figure): a row that is
  // not one is not read further (most rows of a long sheet are a body's).
  let texts = 0;
  let figures = 0;
  for (const cell of cells) {
    if (!cell) continue;
    const v = cell.value;
    if (typeof v === "number") {
      if (!isYear(v)) figures++;
    } else if (typeof v === "string" && v !== "") {
      if (holdsFigure({ value: v }) && !isYear(Number(v.trim())) && !isYearPair(v)) figures++;
      else texts++;
    }
  }
  if (texts < 2 || figures >= 2) {
    for (const cell of cells) if (cell && cell.value !== null && cell.value !== "") filled++;
    return { hits, filled };
  }
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value === null || cell.value === "") continue;
    filled++;
    // A year typed as a number in a header row of words («STT | Chỉ tiêu | ĐVT | 2025 | 2026 | 2027»): that year's
    // figure column, as «Năm 2025» is.
    if (isYear(cell.value)) hits.set(c, String(cell.value));
    if (typeof cell.value !== "string" || cell.value.length > 120) continue;
    const f = foldHeader(cell.value);
    if (isHeaderCell(f)) hits.set(c, f);
  }
  return { hits, filled };
}

/** «2026/2025»: a comparison of two years' figures typed as a header, not a figure (looksNumeric takes it for one). */
function isYearPair(text: string): boolean {
  const m = /^\s*(\d{4})\s*\/\s*(\d{4})\s*$/.exec(text);
  return m !== null && isYear(Number(m[1])) && isYear(Number(m[2]));
}

/** A cell typed as a year (2025, «2025»): a header's year, not a figure. */
function isYearCell(cell: CellModel | undefined): boolean {
  const v = cell?.value;
  return isYear(v) || (typeof v === "string" && parseYear(v) !== undefined);
}

/**
 * A row under a header row that belongs to the header: no figure but years typed in cells of their own, and either
 * two header words or more, or two years or more beside nothing but header words (2024 | 2025 under «Thực hiện»; a
 * body row names its indicator).
 */
function isLowerHeaderRow(view: SheetView, row: number): boolean {
  const cells = view.sheet.rows[row] ?? [];
  const { hits } = headerHits(view, row);
  let years = 0;
  let others = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || cell.value === null || cell.value === "") continue;
    if (isYearCell(cell)) years++;
    else if (holdsFigure(cell) && !(typeof cell.value === "string" && isYearPair(cell.value))) return false;
    else if (!hits.has(c)) others++;
  }
  return hits.size >= 2 || (years >= 2 && others === 0) || underMergedHeader(view, row);
}

/**
 * A lower header row of a few words under a header whose other cells are merged down over it («Tỷ lệ tăng/giảm (%)»
 * over «ƯTH 2026 so TH 2025», every other column merged over both rows): each of its texts reads as a header phrase,
 * or stands under a group merged across columns above it («Tăng/giảm» over «Tuyệt đối | Tương đối (%)»), and each
 * empty cell under the row above's header lies in a merge from above, which no body row does.
 */
function underMergedHeader(view: SheetView, row: number): boolean {
  if (row === 0) return false;
  const cells = view.sheet.rows[row] ?? [];
  const above = view.sheet.rows[row - 1] ?? [];
  let words = 0;
  let mergedDown = 0;
  for (let c = 0; c < Math.max(cells.length, above.length); c++) {
    const v = cells[c]?.value;
    if (v !== undefined && v !== null && v !== "") {
      const group = view.merges.at(row - 1, c);
      const underGroup = group !== undefined && group.bottom === row - 1 && group.right > group.left;
      if (
        typeof v !== "string" ||
        holdsFigure({ value: v }) ||
        (classifyHeader(foldHeader(v)).role === "other" && !underGroup)
      )
        return false;
      words++;
      continue;
    }
    if (cellText(above[c]) === "" && !view.merges.at(row - 1, c)) continue;
    const m = view.merges.at(row, c);
    if (!m || m.top >= row) return false;
    mergedDown++;
  }
  return words >= 1 && mergedDown >= 2;
}

/**
 * The STT column's header left empty over the numbers (« | Chỉ tiêu | ĐVT | …»): the column left of a name column
 * whose header cells are empty and unmerged, with row numbers (1, 2, «3.») and nothing else in the rows under it.
 */
function sttUnderEmptyHeader(
  view: SheetView,
  top: number,
  bottom: number,
  firstCol: number,
  row: number,
): boolean {
  const c = firstCol - 1;
  const name = headerHits(view, row).hits.get(firstCol);
  if (name === undefined || classifyHeader(name).role !== "name") return false;
  for (let k = top; k <= bottom; k++)
    if (cellText(view.sheet.rows[k]?.[c]) !== "" || view.merges.at(k, c)) return false;
  let numbers = 0;
  for (let k = bottom + 1; k <= bottom + 6 && k < view.sheet.rows.length; k++) {
    const v = view.sheet.rows[k]?.[c]?.value;
    if (v === undefined || v === null || v === "") continue;
    if (
      (typeof v === "number" && Number.isInteger(v) && v > 0 && v < 1000) ||
      (typeof v === "string" && isNumberedLabel(v))
    )
      numbers++;
    else return false;
  }
  return numbers >= 2;
}

/** How far a header-row table's header may reach above and below the row that makes it one. */
const HEADER_LEVELS = 2;

/**
 * Tables without a column-number row, found by a recognisable header row: at least two header texts, one naming
 * the indicators (or STT) and one a figure column (a year's result, plan, estimate, target or score). Rows already
 * in a table are not searched.
 */
export function headerRowDrafts(view: SheetView, known: readonly TableDraft[]): TableDraft[] {
  const { sheet } = view;
  const covered = (r: number) => known.some((d) => r >= d.headerTop && r <= d.run.row) || inBody(r);
  const bodies = known.map((d) => d.run.row + 1);
  // A header-row table is searched only above the first number-row table's body or where no table claims rows.
  const inBody = (r: number) => bodies.some((b) => r >= b);
  const out: TableDraft[] = [];
  let current: TableDraft | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (covered(r)) continue;
    const { hits } = headerHits(view, r);
    if (hits.size < 2) continue;
    // The table's header again (a page break in the pasted document); another header under it starts a table
    // («STT | Chỉ tiêu | … | KH năm 2027» under a forecast), even with the same «STT».
    if (current && (isNumberRowRepeat(view, r, current) || repeatsHeaderTexts(view, r, current))) continue;
    const roles = (k: number) => [...headerHits(view, k).hits.values()].map((f) => classifyHeader(f).role);
    if (!roles(r).some((role) => role === "name" || role === "number")) continue;
    // Lower header levels ("Thực hiện" over 2024 | 2025 typed as numbers, "2026" over "KH | ƯTH"): rows of header
    // words or of years, no figure among them.
    let bottom = r;
    for (let down = r + 1; down <= r + HEADER_LEVELS && down < sheet.rows.length; down++) {
      if (isLowerHeaderRow(view, down)) bottom = down;
      else break;
    }
    // A figure column named on the row or on a lower level of the header.
    let figures = false;
    for (let k = r; k <= bottom && !figures; k++)
      figures = roles(k).some((role) => role === "value" || role === "self-score" || role === "max-points");
    if (!figures) continue;
    // Upper header levels ("Năm 2024" over "Kế hoạch | Thực hiện"); a one-cell title line is not one.
    let top = r;
    for (let up = r - 1; up >= 0 && up >= r - HEADER_LEVELS && !covered(up); up--) {
      const s = headerHits(view, up);
      if (s.hits.size >= 1 && s.filled >= 2) top = up;
      else break;
    }
    let firstCol = Infinity;
    let lastCol = -1;
    for (let k = top; k <= bottom; k++) {
      const cells = sheet.rows[k] ?? [];
      for (let c = 0; c < cells.length; c++) {
        if (cellText(cells[c]) === "" && !view.merges.at(k, c)) continue;
        const m = view.merges.at(k, c);
        firstCol = Math.min(firstCol, m ? m.left : c);
        lastCol = Math.max(lastCol, m ? m.right : c);
      }
    }
    if (lastCol < 0) continue;
    if (firstCol > 0 && sttUnderEmptyHeader(view, top, bottom, firstCol, r)) firstCol--;
    const tokens: ColumnToken[] = [];
    for (let c = firstCol; c <= lastCol; c++) tokens.push({ number: c - firstCol + 1 });
    current = draftOf(view, { row: bottom, firstCol, tokens, letters: 0 }, top, bottom + 1, "header-row");
    out.push(current);
    r = bottom;
  }
  return out;
}
