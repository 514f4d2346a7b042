/// <reference types="office-js" />
/**
 * The Office.js adapter of the core's WorkbookPort: the task pane works on the open workbook through it.
 *
 * Round trips. Every method is one `Excel.run`. For the workbooks of this product (a few sheets of some hundred
 * rows, up to a few thousand) the syncs are fixed, whatever the size — a 30-row and a 5 000-row sheet cost the same:
 *
 * | method          | syncs                                                                           |
 * |-----------------|---------------------------------------------------------------------------------|
 * | sheetNames      | 1 read                                                                          |
 * | read(names)     | 1 read (the sheets' used ranges, their merged areas on 1.13, and the font names |
 * |                 | of options.fonts, in one sync)                                                  |
 * | read()          | 2 reads: the sheet names, then all used ranges                                  |
 * | addSheets       | 1 write (the first new sheet becomes active), + 1 for the new sheets' setup —    |
 * |                 | validation, freeze panes, print (ExcelApi 1.7+), which some builds refuse: then |
 * |                 | one sync per part, to tell which ones a sheet did not get                       |
 * | writeCells      | 1 write (on 1.13, + 1 read and 1 write when it met a merge this port did not know) |
 * | mark            | 1 read (previous fills, sheet ids) + 1 write (restore old marks, set new ones)  |
 * | clearMarks      | 1 read (sheet ids) + 1 write; none when nothing is marked                       |
 * | select          | 1 write (activate + select)                                                     |
 * | load/saveSettings | none (document settings; saveAsync is not an Excel sync)                      |
 * | readCells       | 1 read (each cell's values, formulas, number format and font name)             |
 * | writeStates     | 1 write (number formats and values as blocks, fonts per name); + 1 read when a  |
 * |                 | text or date goes into a cell readCells did not just read (its number format);  |
 * |                 | merges as writeCells; a new undo record is kept and saved in the document       |
 * |                 | settings before the cells change                                                |
 * | loadUndo        | none (document settings)                                                       |
 *
 * Very large workbooks. Excel on the web refuses a request or a response over 5 MB, and getMergedAreasOrNullObject
 * fails above 512 merged areas. So:
 * - read: when the host refuses the read in one sync, it is read again in pieces (read.ts): one sync for the sizes,
 *   then at most CELLS_PER_SYNC cells per sync, merged areas in pieces that cannot hold more than 512. A
 *   50 000-row sheet of 7 columns on the web takes about 17 syncs (`npm run bench` prints the counts).
 * - writes and marks: cut into several syncs when the estimated request passes REQUEST_BUDGET_BYTES (4 MB), and
 *   a sync the host refuses as too large all the same is sent again in halves (WriteBatch). Excel applies each sync
 *   on its own, so such a write is not atomic: if a later sync fails, the earlier ones stay, and the PortError says
 *   so (`details.partial`).
 * - a used range stretched by a stray value far from the table (to column XFD, say) is not read row by row in a
 *   million syncs: past MAX_READ_SYNCS the read is refused with the used range's address (read.ts).
 * - writeCells and writeStates never write through part of a merged area (MergedRangeConflict): merged areas are
 *   written by their top-left cell, with the merges known from this port's last read of the sheet. A merge it did
 *   not know of fails the write; on 1.13 it then reads the merges and writes again, in the same Excel.run.
 *
 * Protection. Known from `protection.protected` loaded with the reads the port makes anyway, never from an error's
 * (localised) message: a write into a sheet known protected is refused before anything is written (protection.ts).
 *
 * Atomicity. No write is a transaction, not even one sync: Excel runs a sync's operations in order and stops at
 * the first that fails, keeping those before it (there is no rollback). The adapter orders what it queues so that
 * such a failure leaves nothing misleading (number formats before values, marks remembered before they are set).
 *
 * Cell-edit mode. On ExcelApi 1.11 every batch runs with `delayForCellEdit`: while the user is typing in a cell,
 * Excel holds the action until the user leaves the cell. Before 1.11 the action fails with the PortError
 * "cell-edit", which the pane turns into "finish typing in the cell (Enter), then retry" — said as a possibility
 * when the host answered only InvalidOperation (errors.ts).
 *
 * ExcelApi versions. Everything the product needs runs on 1.1 (Office 2016); newer sets are used only when
 * `supports()` says the host has them:
 * - 1.2: getUsedRange(valuesOnly), merges, column widths, row heights, hidden columns
 * - 1.4: getUsedRangeOrNullObject (empty sheets); before, getUsedRange gives A1 for an empty sheet
 * - 1.7: getRangeByIndexes (else A1 addresses), freeze panes, range.hyperlink (else a HYPERLINK formula)
 * - 1.8: data validation on input cells
 * - 1.9: print setup (pageLayout), getRanges (looks of many rectangles in one action), fill.pattern (tells
 *   "no fill" from a white fill when marking)
 * - 1.11: Excel.run's delayForCellEdit (wait for the user to leave the cell being edited)
 * - 1.13: getMergedAreasOrNullObject (merges in read(); none known before, and the model says so)
 * - 1.20: Excel's own undo covers add-in writes; each writing method is one Excel.run with mergeUndoGroup, so one
 *   Ctrl+Z takes back the whole action. No method calls an API without undo support (the documented list of
 *   "Undo support with the Excel JavaScript API"; a test checks the calls), which would clear the user's undo stack.
 *
 * Records in the workbook. The marks' previous fills and the undo record live in the document settings, budgeted
 * together with the pane's settings in UTF-8 bytes (store.ts). A save Office refuses is told, not thrown: mark,
 * clearMarks and writeStates resolve with `recordSaved: false` (the cells are written; the record serves until the
 * pane is closed).
 *
 * Errors: methods reject with PortError (see errors.ts for which method rejects with which code).
 */
import { validSettings } from "../core/settings";
import type { Settings, UndoRecord, WorkbookPort } from "../core/port";
import { UNDO_KEY, decodeUndo } from "./cell-states";
import type { OfficeHost } from "./host";
import { readCells, writeCells, writeStates } from "./cells";
import { clearMarks, mark } from "./marking";
import { createPortSession } from "./session";
import { addSheets, readWorkbook, select, sheetNames } from "./sheets";
import { SETTINGS_KEY, readJsonSetting, saveSettingsBag, putSetting } from "./store";

export { READ_PROPERTIES } from "./read";
export { SETTINGS_KEY } from "./store";

/**
 * The port on the open workbook. `run` is `Excel.run` (injectable for tests); `host` gives requirement-set checks
 * and the document settings (default: the global `Office`). The methods live by concern: sheets.ts, cells.ts,
 * marking.ts; what they share (the runs, what this port last read) in session.ts.
 */
export function createExcelPort(run?: typeof Excel.run, host?: OfficeHost): WorkbookPort {
  const s = createPortSession(run, host);
  const { getHost } = s;
  return {
    sheetNames: () => sheetNames(s),
    read: (sheets, options) => readWorkbook(s, sheets, options),
    addSheets: (plans) => addSheets(s, plans),
    writeCells: (writes) => writeCells(s, writes),
    mark: (marks) => mark(s, marks),
    clearMarks: () => clearMarks(s),
    select: (sheet, cell) => select(s, sheet, cell),
    readCells: (cells) => readCells(s, cells),
    writeStates: (writes, undo) => writeStates(s, writes, undo),

    async loadUndo(): Promise<UndoRecord | undefined> {
      try {
        return decodeUndo(readJsonSetting(getHost(), UNDO_KEY));
      } catch {
        return undefined;
      }
    },

    async loadSettings(): Promise<Settings> {
      try {
        return validSettings(readJsonSetting(getHost(), SETTINGS_KEY));
      } catch {
        return {};
      }
    },

    async saveSettings(settings: Settings): Promise<void> {
      const h = getHost();
      putSetting(h, SETTINGS_KEY, JSON.stringify(validSettings(settings)));
      await saveSettingsBag(h);
    },
  };
}
