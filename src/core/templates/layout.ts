/**
 * The frame every appendix sheet shares, and the hidden code column.
 *
 * Layout, rows and columns zero-based:
 *
 *   row 0 …      title lines ("PHỤ LỤC", the table's title, "(Kèm theo kế hoạch số …)", sources), each merged
 *                across the visible columns
 *   blank row
 *   header row   the column headers as published; the hidden code column is headed "Mã chỉ tiêu"
 *   number row   the column numbers as published ("1", "2" … "7=6/4"); plain numbers are written as numbers
 *   body rows    one per catalog row, in catalog order
 *   blank row, then notes (merged across the visible columns), when a template has any
 *
 * The hidden code column sits right of the last visible column. On every body row it holds the stable code of the
 * catalog row, target or criterion the row shows ("ict.05", "ict.01.vhx", "ttcs.1.1", "cpdt.07", "cds.cqs.1.1.3.a"),
 * so later steps (fill, check, consolidation) recognize rows by code instead of guessing from names that officials
 * retype, abbreviate or translate. It is listed in `hiddenColumns`; its header reads "Mã chỉ tiêu" so an official who
 * unhides it understands it. Rows without a code (title, header, notes, the DX grand total) leave it empty.
 *
 * The header and number rows repeat on every printed page; panes freeze below the number row and right of the
 * name column.
 */
import type { IndicatorKind } from "../catalog/types";
import type { CellRange } from "../model/address";
import type { CellRole, CellStyle, PlannedCell, PrintSetup, SheetPlan } from "../model/plan";

/** Official documents are typed in Times New Roman 12. */
export const SHEET_FONT = { name: "Times New Roman", size: 12 } as const;

export const CODE_HEADER = "Mã chỉ tiêu";
const CODE_COLUMN_WIDTH = 18;

/** Points per printed line of Times New Roman 12 (Excel's row height for that font). */
export const LINE_HEIGHT = 15.75;
const TITLE_LINE_HEIGHT = 18.75;

export const PRINT_MARGINS: PrintSetup["margins"] = {
  left: 0.5,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/** How every sheet we write prints: A4 landscape, one page wide, the header rows repeated on each page. */
function sheetPrint(repeatRows: { first: number; last: number }): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    repeatRows,
    margins: { ...PRINT_MARGINS },
  };
}

/**
 * The plan of a sheet we write: printed as every sheet prints (sheetPrint, the rows `repeat` on each page) unless
 * `print` says otherwise, in the sheet font.
 */
export function sheetPlanOf(
  plan: Omit<SheetPlan, "print" | "font">,
  repeat: { first: number; last: number },
  print?: PrintSetup,
): SheetPlan {
  return { ...plan, print: print ?? sheetPrint(repeat), font: { ...SHEET_FONT } };
}

/**
 * Height of a line merged across columns `width` characters wide: Excel never grows a merged cell's row to fit its
 * text, so every title or note line is given the height its wrapped text needs.
 */
export function mergedLineHeight(text: string, width: number, role: CellRole): number {
  const lines = estimateLines(text, width, role === "title" ? 0.8 : 1);
  return lines * (role === "title" ? TITLE_LINE_HEIGHT : LINE_HEIGHT) + 3;
}

/**
 * Excel number formats per kind of figure. Excel shows format codes in the user's regional settings, so "#,##0"
 * shows 4300 as "4.300" and "0.0" shows 88.8 as "88,8" in a Vietnamese Excel.
 */
export function numberFormatFor(measure: IndicatorKind | undefined): string {
  switch (measure) {
    case "count":
    case "money":
      return "#,##0";
    case "rate":
    case "per-100-population":
      return "0.0";
    case "average":
    case "duration-per-period":
    case "volume":
      return "#,##0.0";
    default:
      return "General";
  }
}

/** The blank left for the number and the day in "Kèm theo kế hoạch số: …/KH-UBND ngày … tháng …". */
const BLANK = "     ";

/** "(Kèm theo kế hoạch số:      /KH-UBND ngày      tháng      năm 2026 của UBND huyện Tuần Giáo)" */
export function attachedToPlanLine(year: number, unit: string | undefined): string {
  const who = unit && unit.trim() !== "" ? unit.trim().replace(/\s+/g, " ") : "……………";
  return `(Kèm theo kế hoạch số:${BLANK}/KH-UBND ngày${BLANK}tháng${BLANK}năm ${year} của UBND ${who})`;
}

/** An STT as written in the cell: "5" → 5 (a number, as officials' sheets hold it), "1.1" and "A" stay text. */
export function sttValue(label: string): number | string | null {
  if (label === "") return null;
  return /^\d+$/.test(label) ? Number(label) : label;
}

export interface ColumnSpec {
  header: string;
  /** The entry of the column-number row: "1", "7=6/4" … */
  token: string;
  /** Width in characters. */
  width: number;
}

export interface TitleLine {
  text: string;
  role: "title" | "subtitle";
}

/** A cell of a body row, placed by the caller. */
export type BodyCell = Omit<PlannedCell, "row">;

/**
 * Collects the cells of one sheet. Callers add title lines, then body rows, then notes; `finish` returns the plan.
 */
export class SheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** Visible columns: 0 … width-1; the code column is `width`. */
  readonly width: number;
  readonly codeColumn: number;
  readonly headerRow: number;
  readonly numberRow: number;
  private nextRow: number;
  private notesStarted = false;

  constructor(
    readonly columns: readonly ColumnSpec[],
    titleLines: readonly TitleLine[],
  ) {
    this.width = columns.length;
    this.codeColumn = columns.length;
    let row = 0;
    for (const line of titleLines) {
      this.mergedLine(row, line.text, line.role);
      row++;
    }
    this.headerRow = row + 1;
    this.numberRow = row + 2;
    this.nextRow = row + 3;

    let headerLines = 1;
    columns.forEach((c, col) => {
      this.cells.push({ row: this.headerRow, col, value: c.header, role: "header" });
      headerLines = Math.max(headerLines, estimateLines(c.header, c.width, 0.9));
      this.cells.push({ row: this.numberRow, col, value: tokenValue(c.token), role: "column-number" });
    });
    this.cells.push({ row: this.headerRow, col: this.codeColumn, value: CODE_HEADER, role: "code" });
    this.rowHeights[this.headerRow] = headerLines * LINE_HEIGHT + 6;
  }

  /** Zero-based index of the next body row. */
  get row(): number {
    return this.nextRow;
  }

  /**
   * Adds a body row: `cells` are the visible cells (blank bordered cells are added where none is given, in the
   * look of `fillRole`), `code` goes to the hidden column. Returns the row index.
   */
  addRow(cells: readonly BodyCell[], code: string | undefined, fillRole: CellRole = "label"): number {
    if (this.notesStarted) throw new Error("body rows must come before notes");
    const row = this.nextRow++;
    const byCol = new Map(cells.map((c) => [c.col, c]));
    let lines = 1;
    for (let col = 0; col < this.width; col++) {
      const cell = byCol.get(col);
      if (cell) {
        this.cells.push({ ...cell, row });
        if (typeof cell.value === "string" && cell.value !== "") {
          const bold = cell.role === "sector" || cell.role === "group" || cell.style?.bold === true;
          lines = Math.max(lines, estimateLines(cell.value, this.columns[col].width, bold ? 0.9 : 1));
        }
      } else {
        this.cells.push({ row, col, value: null, role: fillRole });
      }
    }
    if (code !== undefined) this.cells.push({ row, col: this.codeColumn, value: code, role: "code" });
    if (lines > 1) this.rowHeights[row] = lines * LINE_HEIGHT + 3;
    return row;
  }

  /** Adds a note line under the table, merged across the visible columns. */
  addNote(text: string): void {
    if (!this.notesStarted) {
      this.notesStarted = true;
      this.nextRow++;
    }
    this.mergedLine(this.nextRow++, text, "note", { wrap: true, vAlign: "top" });
  }

  finish(meta: { name: string; templateId: string; year: number }): SheetPlan {
    return sheetPlanOf(
      {
        name: meta.name,
        templateId: meta.templateId,
        year: meta.year,
        cells: this.cells,
        merges: this.merges,
        columnWidths: [...this.columns.map((c) => c.width), CODE_COLUMN_WIDTH],
        rowHeights: this.rowHeights,
        hiddenColumns: [this.codeColumn],
        freeze: { rows: this.numberRow + 1, cols: 2 },
      },
      { first: this.headerRow, last: this.numberRow },
    );
  }

  private mergedLine(row: number, text: string, role: CellRole, style?: CellStyle): void {
    this.cells.push(style ? { row, col: 0, value: text, role, style } : { row, col: 0, value: text, role });
    if (this.width > 1) this.merges.push({ top: row, left: 0, bottom: row, right: this.width - 1 });
    const total = this.columns.reduce((s, c) => s + c.width, 0);
    this.rowHeights[row] = mergedLineHeight(text, total, role);
  }
}

/** "7" → 7, "7=6/4" stays text: the number row holds numbers where the form prints plain numbers. */
function tokenValue(token: string): string | number {
  return /^\d+$/.test(token) ? Number(token) : token;
}

/**
 * Lines `text` takes in a column `width` characters wide, by greedy word wrap. `density` < 1 for bold or larger
 * type, which fits fewer characters on a line. An estimate: Excel does not fit rows to wrapped text in merged cells,
 * and adapters may not fit others, so the plan carries heights that keep every word visible when printed.
 */
export function estimateLines(text: string, width: number, density = 1): number {
  const capacity = Math.max(1, Math.floor((width - 1) * density));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line > 0 && line + 1 + word.length <= capacity) {
        line += 1 + word.length;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than a line breaks across lines.
      lines += Math.ceil(word.length / capacity) - 1;
      line = word.length % capacity || capacity;
    }
  }
  return Math.max(1, lines);
}
