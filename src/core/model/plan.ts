/**
 * A sheet plan: everything needed to write one appendix sheet, decided by the core and written by an adapter
 * (src/xlsx/package for .xlsx files, Office.js inside Excel). Rows and columns are zero-based.
 */
import type { CellRange } from "./address";

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

/** Named looks, so both adapters render a template the same way. */
export type CellRole =
  | "title" // big bold centered title
  | "subtitle" // italic centered line under the title
  | "header" // bold, wrapped, bordered column header
  | "column-number" // the "1 2 3 … 7=6/4" row
  | "sector" // A, B, C rows
  | "group" // I, II … rows
  | "label" // indicator name, STT, unit
  | "part-label" // italic name of a part or level breakdown
  | "input" // a cell the official types into
  | "computed" // a formula cell
  | "code" // the hidden catalog-code column
  | "note" // free text under the table
  | "link" // a hyperlink to a cell
  | "finding-error" // the check report's severity cells
  | "finding-warning"
  | "finding-info"
  | "plain"; // no look of its own: only the cell's overrides (a table pasted as officials have it)

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Fill colour, "RRGGBB". */
  fill?: string;
  /** Font colour, "RRGGBB". */
  color?: string;
  numberFormat?: string;
}

export interface PlannedCell {
  row: number;
  col: number;
  /** A literal value (numbers as numbers, never as text). */
  value?: string | number | null;
  /** English formula without the leading "=". */
  formula?: string;
  role: CellRole;
  /** Overrides on top of the role's look. */
  style?: CellStyle;
  /** An internal hyperlink to a cell of the workbook (the check report's "go to cell" links). */
  link?: { sheet: string; cell: string };
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "landscape" | "portrait";
  /**
   * 1: the sheet shrinks to one page wide. Absent: it prints at `scale`, its pages across cut at `columnBreaks` (a
   * sheet too wide to read on one page: the consolidated sheets of many districts).
   */
  fitToWidth?: 1;
  /** Print scale in percent, when not fitted to one page wide. */
  scale?: number;
  /** Header rows repeated on every printed page (zero-based, inclusive). */
  repeatRows: { first: number; last: number };
  /** Columns repeated at the left of every printed page (zero-based, inclusive): the print titles' columns. */
  repeatColumns?: { first: number; last: number };
  /** Zero-based columns that start a new printed page (manual page breaks, left of the column). */
  columnBreaks?: number[];
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface SheetPlan {
  /** Sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  templateId: string;
  year: number;
  cells: PlannedCell[];
  merges: CellRange[];
  /** Column widths in characters, one per column from column 0. */
  columnWidths: number[];
  /** Row heights in points for rows that need one (zero-based row → height). */
  rowHeights: Record<number, number>;
  /** Columns hidden from view (the catalog-code column). */
  hiddenColumns: number[];
  /** Freeze panes: rows above and columns left of this cell stay visible. */
  freeze: { rows: number; cols: number };
  print: PrintSetup;
  /** Font of the whole sheet. */
  font: { name: string; size: number };
}

/** The looks of each role; adapters apply role style, then the cell's own overrides. */
export const roleStyles: Record<CellRole, CellStyle> = {
  title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle", wrap: true },
  subtitle: { italic: true, hAlign: "center", vAlign: "middle", wrap: true },
  header: { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: true, fill: "DDEBF7" },
  "column-number": { italic: true, hAlign: "center", vAlign: "middle", border: true, fill: "DDEBF7" },
  sector: { bold: true, vAlign: "middle", wrap: true, border: true, fill: "F2F2F2" },
  group: { bold: true, vAlign: "middle", wrap: true, border: true },
  label: { vAlign: "middle", wrap: true, border: true },
  "part-label": { italic: true, vAlign: "middle", wrap: true, border: true },
  input: { hAlign: "right", vAlign: "middle", border: true, fill: "FFF9E5", numberFormat: "General" },
  computed: {
    hAlign: "right",
    vAlign: "middle",
    border: true,
    fill: "EDEDED",
    color: "1F4E79",
    numberFormat: "0.0",
  },
  code: { color: "808080", fontSize: 8 },
  note: { italic: true, wrap: false },
  link: { color: "0563C1", vAlign: "middle", border: true },
  "finding-error": { bold: true, vAlign: "middle", border: true, fill: "FFC7CE" },
  "finding-warning": { vAlign: "middle", border: true, fill: "FFEB9C" },
  "finding-info": { vAlign: "middle", border: true, fill: "DDEBF7" },
  plain: {},
};

export function styleOf(cell: PlannedCell): CellStyle {
  return { ...roleStyles[cell.role], ...cell.style };
}
