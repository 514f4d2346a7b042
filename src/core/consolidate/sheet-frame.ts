/** A small collector of planned cells for the consolidated sheets (their columns vary with the districts). */
import { a1, type CellRange } from "../model/address";
import type { CellRole, CellStyle, PlannedCell, PrintSetup, SheetPlan } from "../model/plan";
import { estimateLines, LINE_HEIGHT, mergedLineHeight, sheetPlanOf } from "../templates/layout";

export class SheetFrame {
  readonly cells: PlannedCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};

  /**
   * `widths` of the visible columns, then hidden ones. The merged title lines span the first `titleSpan` columns
   * (the columns repeated on every printed page), by default every visible one.
   */
  constructor(
    readonly widths: number[],
    readonly visible: number,
    readonly titleSpan: number = visible,
  ) {}

  put(cell: PlannedCell): void {
    this.cells.push(cell);
  }

  set(row: number, col: number, role: CellRole, value: PlannedCell["value"], style?: CellStyle): void {
    this.cells.push(style ? { row, col, role, value, style } : { row, col, role, value });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** A line merged across the visible columns, tall enough for its wrapped text. */
  line(row: number, text: string, role: "title" | "subtitle" | "note"): void {
    const style: CellStyle | undefined = role === "note" ? { wrap: true, vAlign: "top" } : undefined;
    this.set(row, 0, role, text, style);
    this.merge(row, 0, row, this.titleSpan - 1);
    const total = this.widths.slice(0, this.titleSpan).reduce((s, w) => s + w, 0);
    this.rowHeights[row] = mergedLineHeight(text, Math.min(total, 160), role);
  }

  /** Grows a row to show `text` wrapped in a column of `width` characters (spanning `rows` rows). */
  fit(row: number, text: string, width: number, rows = 1, bold = false): void {
    const height = (estimateLines(text, width, bold ? 0.9 : 1) * LINE_HEIGHT + 6) / rows;
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? LINE_HEIGHT, height);
  }

  finish(meta: {
    name: string;
    templateId: string;
    year: number;
    hidden: number[];
    freeze: { rows: number; cols: number };
    repeat: { first: number; last: number };
    /** How it prints, when not as the templates do (one page wide, the header rows repeated). */
    print?: PrintSetup;
  }): SheetPlan {
    return sheetPlanOf(
      {
        name: meta.name,
        templateId: meta.templateId,
        year: meta.year,
        cells: this.cells,
        merges: this.merges,
        columnWidths: this.widths,
        rowHeights: this.rowHeights,
        hiddenColumns: meta.hidden,
        freeze: meta.freeze,
      },
      meta.repeat,
      meta.print,
    );
  }
}

export { a1 };
