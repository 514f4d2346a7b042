/**
 * The WorkbookPort over an .xlsx workbook held as its package (src/xlsx/package/): for the web page, the command
 * line and the tests. Reads go through the one reader; every write edits only the cells it names (their styles
 * appended, never renumbered), so what the action did not touch is saved exactly as it came — charts, pivot tables,
 * macros, comments, validations, conditional formats, defined names included. A read after a write sees it.
 *
 * Settings, the marks' memory and the last quick fix's undo record live in the workbook itself, in a very hidden
 * worksheet "phuluc" (src/xlsx/stored.ts), so a workbook saved and opened again still knows its settings and can
 * clear its marks. A mark remembers the cell's fill as the styles part wrote it, so clearing gives the cell back its
 * very style.
 *
 * Protection, as Excel keeps it: a write Excel would refuse — into the locked cells of a protected sheet, a style
 * where "Format cells" is not allowed, a sheet added where the workbook's structure is protected — is refused with
 * PortError "protected" before anything is written (the pane's sentence, the command line's exit 2). So is a write
 * into part of an array formula (PortError "array"), which Excel refuses on any sheet.
 */
import { parseA1 } from "../core/model/address";
import type { SheetModel, WorkbookModel } from "../core/model/sheet";
import type { SheetPlan } from "../core/model/plan";
import {
  PortError,
  markFills,
  type CellMark,
  type CellRef,
  type CellState,
  type CellWrite,
  type ReadOptions,
  type Settings,
  type StateWrite,
  type UndoRecord,
  type WorkbookPort,
} from "../core/port";
import { moreSevere } from "../core/check/types";
import { validSettings, withStoredReading } from "../core/settings";
import type { XlsxDocument } from "./package/document";
import { arrayWrittenInPart } from "./package/arrays";
import { addEdit, type CellEdit, type CellEdits } from "./package/patch";
import type { SheetEntry } from "./package/workbook";
import {
  isSettingsSheet,
  SETTINGS_SHEET,
  storedInSheet,
  storedTexts,
  type LegacyFill,
  type Stored,
  type StoredMark,
} from "./stored";

export { isSettingsSheet, SETTINGS_SHEET, type StoredMark } from "./stored";

export interface XlsxPort extends WorkbookPort {
  /** The cell the last select() chose, for the web page to show. */
  readonly selection: { sheet: string; cell: string } | undefined;
  readonly document: XlsxDocument;
  /**
   * Why the settings, marks and undo record can only be kept in memory, not in the workbook: a sheet of the user's
   * own is named "phuluc", or the structure is protected (no sheet may be added). Undefined: they are kept in it.
   */
  readonly unstoredReason: "name-taken" | "structure" | undefined;
  /** The workbook's bytes, as they are now. */
  save(): Uint8Array;
}

const MARK_COLOURS = new Set(Object.values(markFills).map((hex) => hex.toUpperCase()));

/**
 * What a write asks of one cell, judged against a protected sheet before anything is written: whether its value or
 * formula changes, and (from the cell's style now) whether its style does.
 */
interface Ask {
  row: number;
  col: number;
  content: boolean;
  restyles?: (style: number) => boolean;
}

/**
 * Edits grouped by sheet, with what each asks of its cell where the sheet is protected (`isProtected`): a fill of an
 * unprotected 100 000-row sheet keeps no record per cell.
 */
class SheetEdits {
  private readonly bySheet = new Map<SheetEntry, { cells: CellEdits; asks: Ask[] | undefined }>();

  constructor(private readonly isProtected: (entry: SheetEntry) => boolean) {}

  private sheet(entry: SheetEntry): { cells: CellEdits; asks: Ask[] | undefined } {
    let sheet = this.bySheet.get(entry);
    if (!sheet)
      this.bySheet.set(entry, (sheet = { cells: new Map(), asks: this.isProtected(entry) ? [] : undefined }));
    return sheet;
  }

  /** Whether what each edit asks is kept for the sheet (it is protected): else no `restyles` need be made. */
  asks(entry: SheetEntry): boolean {
    return this.sheet(entry).asks !== undefined;
  }

  add(
    entry: SheetEntry,
    row: number,
    col: number,
    edit: CellEdit,
    restyles?: (style: number) => boolean,
  ): void {
    const sheet = this.sheet(entry);
    addEdit(sheet.cells, row, col, edit);
    sheet.asks?.push({ row, col, content: edit.content !== undefined, ...(restyles ? { restyles } : {}) });
  }

  entries(): [SheetEntry, { cells: CellEdits; asks: readonly Ask[] | undefined }][] {
    return [...this.bySheet.entries()];
  }
}

/**
 * What the port's methods share: the document, the cell last selected, the sheets by name, and the record (settings,
 * marks' memory, undo) kept in the very hidden sheet or, where that cannot be made, in memory.
 */
interface XlsxSession {
  readonly document: XlsxDocument;
  selection: { sheet: string; cell: string } | undefined;
  /**
   * The record kept in memory when our sheet cannot be made: a sheet of the user's own is named "phuluc", or the
   * workbook's structure is protected (Excel adds no sheet then). The add-in in Excel keeps these in the document's
   * settings, which need no sheet; an .xlsx file has only the sheet, so here the record serves while the workbook is
   * open, and the writes that keep one say it is not saved (RecordOutcome). The action itself goes on.
   */
  unstored: Stored;
  /** Style changes by number format and font name, one function each: a fill writes thousands of cells alike. */
  readonly restyles: Map<string, (style: number) => number>;
  /** The one asked for last, with what it was asked for. */
  lastRestyle?: { numberFormat?: string; fontName?: string; restyle: (style: number) => number };
}

const userSheets = (s: XlsxSession) => s.document.worksheets.filter((w) => !isSettingsSheet(w.name, w.state));
const settingsSheet = (s: XlsxSession) => s.document.worksheets.find((w) => isSettingsSheet(w.name, w.state));
/** A sheet of the user's own blocks the name of ours (sheet names are unique whatever their case). */
const nameTaken = (s: XlsxSession) => s.document.sheets.some((w) => w.name.toLowerCase() === SETTINGS_SHEET);

function worksheet(s: XlsxSession, name: string): SheetEntry {
  const entry = userSheets(s).find((w) => w.name === name);
  if (!entry) throw new PortError("sheet-missing", `There is no sheet «${name}».`, { sheet: name });
  return entry;
}

const userSheet = (s: XlsxSession, name: string): SheetEntry | undefined =>
  userSheets(s).find((w) => w.name === name);

function loadStored(s: XlsxSession): Stored {
  const entry = settingsSheet(s);
  if (!entry) return s.unstored;
  return storedInSheet(s.document.readSheet(entry).sheet);
}

function unstoredReason(s: XlsxSession): XlsxPort["unstoredReason"] {
  if (settingsSheet(s)) return undefined;
  if (nameTaken(s)) return "name-taken";
  return s.document.structureLocked ? "structure" : undefined;
}

/** Keeps the record in the workbook; false when it can only be kept in memory (see `unstored`). */
function saveStored(s: XlsxSession, stored: Stored): boolean {
  const document = s.document;
  const texts = storedTexts(stored);
  const entry = settingsSheet(s);
  if (!entry) {
    if (unstoredReason(s) !== undefined) {
      s.unstored = stored;
      return false;
    }
    const cells = texts.map((text, row) => ({ row, col: 0, style: 0, content: { value: text } }));
    document.addSheet(SETTINGS_SHEET, { cells }, "veryHidden");
    return true;
  }
  // Back to very hidden where LibreOffice made it merely hidden (not where the structure is locked: Excel would not
  // change a sheet's visibility then).
  if (!document.structureLocked) document.setSheetState(entry, "veryHidden");
  const before = document.readSheet(entry).sheet;
  const edits: CellEdits = new Map();
  texts.forEach((text, row) => addEdit(edits, row, 0, { content: { value: text } }));
  // Clear what a longer earlier text left below.
  for (let row = texts.length; typeof before.rows[row]?.[0]?.value === "string"; row++)
    addEdit(edits, row, 0, { content: { value: null } });
  document.editSheet(entry, edits, false);
  return true;
}

/** The `<fill>` a mark remembered, as the styles part writes it. */
function rememberedFill(s: XlsxSession, mark: StoredMark): string {
  if (typeof mark.fill === "string") return mark.fill;
  const legacy: LegacyFill | null = mark.fill;
  const argb = legacy?.type === "pattern" && legacy.pattern === "solid" ? legacy.fgColor?.argb : undefined;
  return s.document.styles.fillXml(argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? argb.slice(2) : undefined);
}

/** Edits putting back the fills of the remembered marks; a cell whose fill was changed since is left alone. */
function restore(s: XlsxSession, marks: readonly StoredMark[], edits: SheetEdits): void {
  const styles = () => s.document.styles;
  for (const mark of marks) {
    const entry = userSheet(s, mark.sheet);
    const at = parseA1(mark.cell);
    if (!entry || !at) continue;
    const marked = (st: number) => {
      const fill = styles().solidFill(st);
      return fill !== undefined && MARK_COLOURS.has(fill);
    };
    edits.add(
      entry,
      at.row,
      at.col,
      { style: (st) => (marked(st) ? styles().withFill(st, rememberedFill(s, mark), mark.applyFill) : st) },
      marked,
    );
  }
}

/**
 * Refuses, before anything is written, what Excel refuses on a protected sheet: a value or a formula into a locked
 * cell, a style changed (a mark's fill) where "Format cells" is not allowed. Excel lets an official type into the
 * cells left unlocked on a protected sheet (`<protection locked="0"/>` in the cell's style: a form's input cells),
 * and typing there keeps the cell's format: so a write into unlocked cells goes through, and where formats may not
 * change, the cells keep the form's own (a fill's formulas then show in the format the form gave their cells).
 */
function refuseProtected(document: XlsxDocument, edits: SheetEdits): void {
  for (const [entry, { cells, asks }] of edits.entries()) {
    const protection = document.sheetProtection(entry);
    if (!protection || !asks) continue;
    const judged = asks.filter((a) => a.content || (!protection.formatCells && a.restyles));
    if (judged.length === 0) continue;
    const styleOf = document.currentStyles(
      entry,
      judged.map((a) => [a.row, a.col] as const),
    );
    const typed: Ask[] = [];
    for (const a of judged) {
      const style = styleOf(a.row, a.col);
      const restyled = !protection.formatCells && a.restyles?.(style) === true;
      if ((a.content && document.styles.locked(style)) || (restyled && !a.content))
        throw new PortError("protected", `The sheet «${entry.name}» is protected.`, { sheet: entry.name });
      if (restyled) typed.push(a);
    }
    for (const a of typed) {
      const edit = cells.get(a.row)?.get(a.col);
      if (edit?.content) cells.get(a.row)?.set(a.col, { content: edit.content });
    }
  }
}

const newEdits = (s: XlsxSession) =>
  new SheetEdits((entry) => s.document.sheetProtection(entry) !== undefined);

/**
 * Refuses, before anything is written, what Excel refuses anywhere: a content written into some cells of an array
 * formula but not all (package/arrays.ts).
 */
function refuseArrayParts(document: XlsxDocument, edits: SheetEdits): void {
  for (const [entry, { cells }] of edits.entries()) {
    const xml = document.sheetText(entry);
    const part = xml === undefined ? undefined : arrayWrittenInPart(xml, cells);
    if (part)
      throw new PortError("array", `${part.cell} is part of the array formula ${part.range}.`, {
        sheet: entry.name,
        ...part,
      });
  }
}

/**
 * Refuses, before anything is written, a write leaving an Excel table's header cell as Excel repairs it: no text,
 * or another column's name (package/tables.ts).
 */
function refuseTableHeaders(document: XlsxDocument, edits: SheetEdits): void {
  for (const [entry, { cells }] of edits.entries()) {
    const refusal = document.refusedTableHeader(entry, cells);
    if (refusal)
      throw new PortError(
        "table-header",
        refusal.duplicate === undefined
          ? `${refusal.cell} is a header of the table ${refusal.table}: it must hold text.`
          : `${refusal.cell} is a header of the table ${refusal.table}, which has a column «${refusal.duplicate}» already.`,
        { sheet: entry.name, ...refusal },
      );
  }
}

/**
 * Writes the edits, every sheet's protection and array formulas judged first: a write refused leaves the workbook
 * as it was.
 */
function apply(s: XlsxSession, edits: SheetEdits): void {
  refuseArrayParts(s.document, edits);
  refuseTableHeaders(s.document, edits);
  refuseProtected(s.document, edits);
  for (const [entry, { cells }] of edits.entries()) s.document.editSheet(entry, cells);
}

function restyleOf(s: XlsxSession, numberFormat: string | undefined, fontName: string | undefined) {
  // A fill asks for the same one for each of tens of thousands of cells: no key made each time.
  const last = s.lastRestyle;
  if (last && last.numberFormat === numberFormat && last.fontName === fontName) return last.restyle;
  const key = `${numberFormat ?? ""}\u0000${fontName ?? ""}`;
  let restyle = s.restyles.get(key);
  if (!restyle) {
    restyle = (st: number) => {
      let style = st;
      if (numberFormat !== undefined) style = s.document.styles.withNumberFormat(style, numberFormat);
      if (fontName !== undefined) style = s.document.styles.withFontName(style, fontName);
      return style;
    };
    s.restyles.set(key, restyle);
  }
  s.lastRestyle = { numberFormat, fontName, restyle };
  return restyle;
}

/** A cell write's content, number format and font as an edit, added to `edits`. */
function addWrite(
  s: XlsxSession,
  edits: SheetEdits,
  entry: SheetEntry,
  row: number,
  col: number,
  w: { value?: CellState["value"]; formula?: string; numberFormat?: string; fontName?: string },
): void {
  const content = w.formula !== undefined ? { formula: w.formula } : { value: w.value ?? null };
  if (w.numberFormat === undefined && w.fontName === undefined) {
    edits.add(entry, row, col, { content });
    return;
  }
  const style = restyleOf(s, w.numberFormat, w.fontName);
  // Whether the cell's style changes, without making the new style (a refused write appends none): asked of a
  // protected sheet only (a fill of another makes no function per cell).
  edits.add(entry, row, col, { content, style }, edits.asks(entry) ? restylesOf(s, w) : undefined);
}

function restylesOf(s: XlsxSession, w: { numberFormat?: string; fontName?: string }) {
  const { numberFormat, fontName } = w;
  return (st: number) =>
    (numberFormat !== undefined && (s.document.styles.formats[st] ?? "General") !== numberFormat) ||
    (fontName !== undefined && s.document.styles.fontName(st) !== fontName);
}

const readModel = (
  s: XlsxSession,
  entry: SheetEntry,
  fonts: readonly (readonly [number, number])[],
): SheetModel => s.document.readSheet(entry, fonts.length > 0 ? { fonts } : {}).sheet;

/** The sheets: their names and the active one, reading them, adding new ones, selecting a cell. */
function sheetMethods(s: XlsxSession) {
  const document = s.document;
  return {
    async sheetNames() {
      const users = userSheets(s);
      const names = users.map((w) => w.name);
      // The active tab, as Excel opens the workbook: the one it names when it is a visible sheet of the user's,
      // else the first visible one.
      const tab = document.sheets[document.activeTab ?? 0];
      const shown =
        tab && tab.state === "visible" && names.includes(tab.name)
          ? tab
          : users.find((w) => w.state === "visible");
      const active = s.selection?.sheet ?? shown?.name;
      // Chart, dialog and macro sheets and our settings sheet: not listed, but their names are taken.
      const taken = document.sheets.filter((w) => !users.includes(w)).map((w) => w.name);
      const listed = taken.length > 0 ? { names, taken } : { names };
      return active !== undefined && names.includes(active) ? { ...listed, active } : listed;
    },

    async read(sheets?: string[], options: ReadOptions = {}): Promise<WorkbookModel> {
      const chosen = sheets === undefined ? userSheets(s) : sheets.map((name) => worksheet(s, name));
      const models = chosen.map((entry) => {
        const fonts: [number, number][] = [];
        for (const ref of options.fonts ?? []) {
          const at = ref.sheet === entry.name ? parseA1(ref.cell) : undefined;
          if (at) fonts.push([at.row, at.col]);
        }
        return readModel(s, entry, fonts);
      });
      // The year and column readings the user stored come with the sheets: every action reads tables as corrected.
      return withStoredReading({ sheets: models }, validSettings(loadStored(s).settings));
    },

    async addSheets(plans: SheetPlan[]) {
      // As Excel: no sheet is added to a workbook whose structure is protected.
      if (document.structureLocked)
        throw new PortError("protected", "The workbook's structure is protected.", { workbook: true });
      for (const plan of plans) {
        if (document.sheets.some((w) => w.name.toLowerCase() === plan.name.toLowerCase()))
          throw new PortError("unknown", `A sheet «${plan.name}» is already there.`, { sheet: plan.name });
      }
      for (const plan of plans) document.addPlannedSheet(plan);
    },

    async select(sheet: string, cell: string) {
      const entry = worksheet(s, sheet);
      s.selection = { sheet, cell };
      document.select(entry, cell);
    },
  };
}

/** The cells: writing them, reading their states, writing states with the undo record. */
function cellMethods(s: XlsxSession) {
  return {
    async writeCells(writes: Record<string, CellWrite[]>) {
      const edits = newEdits(s);
      // Every sheet is found before anything is written.
      const targets = Object.keys(writes).map((name) => [worksheet(s, name), writes[name]] as const);
      for (const [entry, list] of targets) for (const w of list) addWrite(s, edits, entry, w.row, w.col, w);
      apply(s, edits);
    },

    async readCells(cells: CellRef[]): Promise<(CellState | undefined)[]> {
      const bySheet = new Map<string, [number, number][]>();
      for (const ref of cells) {
        const at = parseA1(ref.cell);
        if (!at || !userSheet(s, ref.sheet)) continue;
        let list = bySheet.get(ref.sheet);
        if (!list) bySheet.set(ref.sheet, (list = []));
        list.push([at.row, at.col]);
      }
      const models = new Map<string, SheetModel>();
      for (const [name, fonts] of bySheet)
        models.set(name, readModel(s, userSheet(s, name) as SheetEntry, fonts));
      return cells.map((ref) => {
        const model = models.get(ref.sheet);
        const at = parseA1(ref.cell);
        if (!model || !at) return undefined;
        const cell = model.rows[at.row]?.[at.col];
        const state: CellState = { value: cell?.value ?? null };
        if (cell?.formula) state.formula = cell.formula;
        if (cell?.numberFormat) state.numberFormat = cell.numberFormat;
        if (cell?.font) state.font = { ...cell.font };
        return state;
      });
    },

    async writeStates(writes: StateWrite[], undo: UndoRecord | null) {
      const edits = newEdits(s);
      for (const w of writes) {
        const at = parseA1(w.cell);
        if (!at) throw new PortError("unknown", `Bad cell address «${w.cell}».`, { sheet: w.sheet });
        addWrite(s, edits, worksheet(s, w.sheet), at.row, at.col, w);
      }
      apply(s, edits);
      const stored = loadStored(s);
      if (undo) stored.undo = undo;
      else delete stored.undo;
      return { recordSaved: saveStored(s, stored) };
    },
  };
}

/** The marks: a fill per finding's severity, the cells' own fills remembered, and clearing them. */
function markMethods(s: XlsxSession) {
  const styles = () => s.document.styles;
  return {
    async mark(marks: CellMark[]) {
      const stored = loadStored(s);
      const edits = newEdits(s);
      restore(s, stored.marks ?? [], edits);
      const bySeverity = new Map<string, CellMark>();
      for (const m of marks) {
        const key = `${m.sheet}\u0000${m.cell}`;
        const seen = bySeverity.get(key);
        if (!seen || moreSevere(m.severity, seen.severity)) bySeverity.set(key, m);
      }
      const remembered: StoredMark[] = [];
      for (const m of bySeverity.values()) {
        const entry = userSheet(s, m.sheet);
        const at = parseA1(m.cell);
        if (!entry || !at) continue;
        edits.add(
          entry,
          at.row,
          at.col,
          {
            style: (st) => {
              remembered.push({ sheet: m.sheet, cell: m.cell, ...styles().fillOf(st) });
              return styles().withSolidFill(st, markFills[m.severity]);
            },
          },
          () => true,
        );
      }
      apply(s, edits);
      // Every cell asked for is marked (as when nothing was returned): only whether the record is saved is news.
      return {
        cells: marks.length,
        marked: marks.length,
        recordSaved: saveStored(s, { ...stored, marks: remembered }),
      };
    },

    async clearMarks() {
      const stored = loadStored(s);
      if (!stored.marks || stored.marks.length === 0) return;
      const edits = newEdits(s);
      restore(s, stored.marks, edits);
      apply(s, edits);
      return { recordSaved: saveStored(s, { ...stored, marks: [] }) };
    },
  };
}

/** The undo record and the settings, kept in the record. */
function recordMethods(s: XlsxSession) {
  return {
    async loadUndo(): Promise<UndoRecord | undefined> {
      const undo = loadStored(s).undo;
      return undo && Array.isArray(undo.changes) ? undo : undefined;
    },

    async loadSettings(): Promise<Settings> {
      return validSettings(loadStored(s).settings);
    },

    async saveSettings(settings: Settings) {
      saveStored(s, { ...loadStored(s), settings: validSettings(settings) });
    },
  };
}

export function createXlsxPort(document: XlsxDocument): XlsxPort {
  const s: XlsxSession = { document, selection: undefined, unstored: {}, restyles: new Map() };
  return {
    get selection() {
      return s.selection;
    },
    document,
    get unstoredReason() {
      return unstoredReason(s);
    },
    save: () => document.save(),
    ...sheetMethods(s),
    ...cellMethods(s),
    ...markMethods(s),
    ...recordMethods(s),
  };
}
