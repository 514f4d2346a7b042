/**
 * The host's workbook as plain JSON (a "document"): what the browser hands back to the test, what the test hands to
 * the next page load (a reload keeps the workbook and its saved settings, as reopening the pane in Excel does), and
 * what test/office-host/xlsx.ts turns into an .xlsx file. No DOM, no Node, no ExcelJS: it runs on both sides.
 */
import type { CellRange } from "../../src/core/model/address";
import { FakeWorkbook, type FakeCell } from "../excel/fake-excel";

export interface SheetSnapshot {
  name: string;
  id: string;
  /** [row, column, cell], 0-based. */
  cells: [number, number, FakeCell][];
  columnWidths: [number, number][];
  rowHeights: [number, number][];
  hiddenColumns: number[];
  merges: CellRange[];
  freeze?: { rows: number; cols: number };
  pageLayout: Record<string, unknown>;
  printTitleRows?: string;
  selection?: string;
  protected: boolean;
}

export interface HostDocument {
  sheets: SheetSnapshot[];
  /** Name of the active sheet. */
  active?: string;
  /** The workbook's structure is protected (no sheet can be added). */
  structureProtected?: boolean;
  /** The settings saved in the document (settings.saveAsync); unsaved changes are lost with the page. */
  settings: Record<string, unknown>;
}

export function snapshotOf(book: FakeWorkbook, settings: Record<string, unknown>): HostDocument {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      cells: [...s.cells].map(([k, cell]) => {
        const [row, col] = k.split(",").map(Number);
        return [row, col, structuredClone(cell)];
      }),
      columnWidths: [...s.columnWidths],
      rowHeights: [...s.rowHeights],
      hiddenColumns: [...s.hiddenColumns],
      merges: s.merges.map((m) => ({ ...m })),
      ...(s.freeze ? { freeze: { ...s.freeze } } : {}),
      pageLayout: structuredClone(s.pageLayout),
      ...(s.printTitleRows !== undefined ? { printTitleRows: s.printTitleRows } : {}),
      ...(s.selection !== undefined ? { selection: s.selection } : {}),
      protected: s.protected,
    })),
    ...(book.active ? { active: book.active.name } : {}),
    ...(book.structureProtected ? { structureProtected: true } : {}),
    settings: structuredClone(settings),
  };
}

/** A workbook holding `doc` (sheet ids kept, so marks stored by id still find their sheets). */
export function workbookOf(doc: HostDocument, apiVersion: number): FakeWorkbook {
  const book = new FakeWorkbook({ apiVersion });
  for (const s of doc.sheets) {
    const sheet = book.addSheet(s.name, s.id);
    for (const [row, col, cell] of s.cells) Object.assign(sheet.touch(row, col), structuredClone(cell));
    for (const [c, w] of s.columnWidths) sheet.columnWidths.set(c, w);
    for (const [r, h] of s.rowHeights) sheet.rowHeights.set(r, h);
    for (const c of s.hiddenColumns) sheet.hiddenColumns.add(c);
    sheet.merges.push(...s.merges.map((m) => ({ ...m })));
    if (s.freeze) sheet.freeze = { ...s.freeze };
    Object.assign(sheet.pageLayout, s.pageLayout);
    sheet.printTitleRows = s.printTitleRows;
    sheet.selection = s.selection;
    sheet.protected = s.protected;
  }
  book.structureProtected = doc.structureProtected === true;
  const active = doc.sheets.length ? book.sheets.find((s) => s.name === doc.active) : undefined;
  if (active) book.active = active;
  return book;
}
