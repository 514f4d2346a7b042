/**
 * Font names of chosen cells, queued on a request so that they come with the same sync as the rest of a read:
 * per rectangle of cells with `getCellProperties` on ExcelApi 1.9+, per cell before (a font is one object per
 * range in Office.js). The quick fixes need them to swap legacy fonts (.VnTime, VNI-Times) for a Unicode one.
 */
import { parseA1 } from "../core/model/address";
import { putFont, type SheetModel } from "../core/model/sheet";
import type { CellRef } from "../core/port";
import { rectangles } from "./blocks";
import { rangeGetter, type Features } from "./write";

/** "sheet\u0000row,col" (zero-based) → the cell's font name, or undefined when the host reports none. */
export type FontNames = Map<string, string | undefined>;

export function fontKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row},${col}`;
}

/** The cells' positions by sheet (cells of sheets outside `present`, when given, are left out). */
export function cellsBySheet(
  cells: readonly CellRef[],
  present?: ReadonlySet<string>,
): Map<string, { row: number; col: number }[]> {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const ref of cells) {
    const p = parseA1(ref.cell);
    if (!p || (present && !present.has(ref.sheet))) continue;
    const list = bySheet.get(ref.sheet);
    if (list) list.push(p);
    else bySheet.set(ref.sheet, [p]);
  }
  return bySheet;
}

/**
 * Queues the loads of the cells' font names (nothing is synced here); the returned function, called after the
 * sync, gives them.
 */
export function queueFontNames(
  worksheets: Excel.WorksheetCollection,
  cells: readonly CellRef[],
  f: Pick<Features, "v17" | "v19">,
): () => FontNames {
  const jobs: ((names: FontNames) => void)[] = [];
  for (const [sheet, list] of cellsBySheet(cells)) {
    const at = rangeGetter(worksheets.getItem(sheet), f);
    for (const rect of rectangles(list)) {
      if (f.v19) {
        const props = at(rect).getCellProperties({ format: { font: { name: true } } });
        // A ClientResult: filled by the caller's sync, which runs before these jobs (no load() exists for it).
        jobs.push((names) => {
          for (let row = rect.top; row <= rect.bottom; row++)
            for (let col = rect.left; col <= rect.right; col++)
              names.set(
                fontKey(sheet, row, col),
                // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
                props.value[row - rect.top]?.[col - rect.left]?.format?.font?.name,
              );
        });
        continue;
      }
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let col = rect.left; col <= rect.right; col++) {
          const font = at({ top: row, left: col, bottom: row, right: col }).format.font;
          font.load("name");
          jobs.push((names) => names.set(fontKey(sheet, row, col), font.name));
        }
      }
    }
  }
  return () => {
    const names: FontNames = new Map();
    for (const job of jobs) job(names);
    return names;
  };
}

/** The fonts read put on the models' cells (a cell without a font name reported gets none). */
export function putFonts(models: readonly SheetModel[], cells: readonly CellRef[], fonts: FontNames): void {
  for (const ref of cells) {
    const model = models.find((m) => m.name === ref.sheet);
    const p = parseA1(ref.cell);
    if (!model || !p) continue;
    const name = fonts.get(fontKey(ref.sheet, p.row, p.col));
    if (typeof name === "string" && name !== "") putFont(model, p.row, p.col, { name });
  }
}
