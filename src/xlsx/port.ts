/**
 * The WorkbookPort over an in-memory ExcelJS workbook: for the web page, the command line and the tests.
 *
 * Settings, the marks' memory and the last quick fix's undo record live in the workbook itself, in a very hidden
 * worksheet "phuluc": cell A1 holds `{"settings": Settings, "marks": StoredMark[], "undo": UndoRecord}` as JSON (continued in A2, A3 … when longer than Excel's 32 767
 * characters per cell), so a workbook saved and opened again still knows its settings and can clear its marks.
 *
 * ExcelJS shares one style object between the cells a loaded file gives the same style, so every style change here
 * gives the cell a fresh style object rather than editing the shared one.
 */
import { validSettings, withStoredReading } from "../core/settings";
import type ExcelJS from "exceljs";
import { parseA1 } from "../core/model/address";
import { putFont, type WorkbookModel } from "../core/model/sheet";
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
import { moreSevere, type Severity } from "../core/check/types";
import { readCellState, readSheet } from "./read-sheet";
import { addPlannedSheet } from "./write-plan";
import { isSettingsSheet, readStored, SETTINGS_SHEET, type Stored, type StoredMark } from "./stored";

export { isSettingsSheet, SETTINGS_SHEET, type StoredMark } from "./stored";

/** Characters per cell of the settings JSON (Excel's limit is 32 767). */
const CHUNK = 32_000;

export interface XlsxPort extends WorkbookPort {
  /** The cell the last select() chose, for the web page to show. */
  readonly selection: { sheet: string; cell: string } | undefined;
  readonly workbook: ExcelJS.Workbook;
}

function markFill(severity: Severity): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${markFills[severity]}` } };
}

function isMarkFill(fill: ExcelJS.Fill | undefined): boolean {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return false;
  const argb = fill.fgColor?.argb?.toUpperCase();
  return Object.values(markFills).some((hex) => argb === `FF${hex}`);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Replaces or removes the cell's fill, leaving the rest of its style as it was. */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | null): void {
  const style = { ...cell.style } as Partial<ExcelJS.Style>;
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

export function createXlsxPort(workbook: ExcelJS.Workbook): XlsxPort {
  let selection: { sheet: string; cell: string } | undefined;
  /** Settings kept in memory when a sheet of the user's own is named "phuluc" and ours cannot be made. */
  let unstored: Stored = {};

  const isOurs = (ws: ExcelJS.Worksheet) => isSettingsSheet(ws.name, ws.state);
  const userSheets = () => workbook.worksheets.filter((ws) => !isOurs(ws));
  const settingsSheet = () => workbook.worksheets.find(isOurs);

  const worksheet = (name: string): ExcelJS.Worksheet => {
    const ws = userSheets().find((w) => w.name === name);
    if (!ws) throw new PortError("sheet-missing", `There is no sheet «${name}».`, { sheet: name });
    return ws;
  };

  const loadStored = (): Stored => {
    const ws = settingsSheet();
    if (!ws) return workbook.getWorksheet(SETTINGS_SHEET) ? unstored : {};
    return readStored((row) => ws.getCell(row, 1).value);
  };

  const saveStored = (stored: Stored): void => {
    let ws = settingsSheet();
    if (!ws) {
      if (workbook.getWorksheet(SETTINGS_SHEET)) {
        unstored = stored;
        return;
      }
      ws = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    }
    // Back to very hidden where LibreOffice made it merely hidden.
    ws.state = "veryHidden";
    const text = JSON.stringify(stored);
    const chunks = Math.max(1, Math.ceil(text.length / CHUNK));
    for (let i = 0; i < chunks; i++) ws.getCell(i + 1, 1).value = text.slice(i * CHUNK, (i + 1) * CHUNK);
    // Clear what a longer earlier text left below.
    for (let row = chunks + 1; typeof ws.getCell(row, 1).value === "string"; row++)
      ws.getCell(row, 1).value = null;
  };

  /** Puts back the fills of the remembered marks; a cell whose fill was changed since is left alone. */
  const restore = (marks: readonly StoredMark[]): void => {
    for (const mark of marks) {
      const ws = userSheets().find((w) => w.name === mark.sheet);
      const at = parseA1(mark.cell);
      if (!ws || !at) continue;
      const cell = ws.getCell(at.row + 1, at.col + 1);
      if (!isMarkFill(cell.fill)) continue;
      setFill(cell, mark.fill ? clone(mark.fill) : null);
    }
  };

  return {
    get selection() {
      return selection;
    },
    workbook,

    async sheetNames() {
      const names = userSheets().map((ws) => ws.name);
      const tab = workbook.views?.[0]?.activeTab;
      const active = selection?.sheet ?? (tab !== undefined ? workbook.worksheets[tab]?.name : names[0]);
      return active !== undefined && names.includes(active) ? { names, active } : { names };
    },

    async read(sheets?: string[], options: ReadOptions = {}): Promise<WorkbookModel> {
      const chosen = sheets === undefined ? userSheets() : sheets.map(worksheet);
      const models = chosen.map(readSheet);
      for (const ref of options.fonts ?? []) {
        const at = parseA1(ref.cell);
        const i = chosen.findIndex((ws) => ws.name === ref.sheet);
        if (!at || i < 0) continue;
        const name = chosen[i].getCell(at.row + 1, at.col + 1).font?.name;
        if (name !== undefined) putFont(models[i], at.row, at.col, { name });
      }
      // The year and column readings the user stored come with the sheets: every action reads tables as corrected.
      return withStoredReading({ sheets: models }, validSettings(loadStored().settings));
    },

    async addSheets(plans: SheetPlan[]) {
      for (const plan of plans) {
        if (workbook.getWorksheet(plan.name)) {
          throw new PortError("unknown", `A sheet «${plan.name}» is already there.`, { sheet: plan.name });
        }
      }
      for (const plan of plans) addPlannedSheet(workbook, plan);
    },

    async writeCells(writes: Record<string, CellWrite[]>) {
      const targets = Object.keys(writes).map((name) => [worksheet(name), writes[name]] as const);
      let formulas = false;
      for (const [ws, list] of targets) {
        for (const w of list) {
          const cell = ws.getCell(w.row + 1, w.col + 1);
          if (w.formula !== undefined) {
            cell.value = { formula: w.formula } as ExcelJS.CellFormulaValue;
            formulas = true;
          } else {
            cell.value = w.value ?? null;
          }
          if (w.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: w.numberFormat };
        }
      }
      // ExcelJS writes no cached results: have Excel and LibreOffice compute the new formulas on opening.
      if (formulas) workbook.calcProperties.fullCalcOnLoad = true;
    },

    async mark(marks: CellMark[]) {
      const stored = loadStored();
      restore(stored.marks ?? []);
      const bySeverity = new Map<string, CellMark>();
      for (const m of marks) {
        const key = `${m.sheet}\u0000${m.cell}`;
        const seen = bySeverity.get(key);
        if (!seen || moreSevere(m.severity, seen.severity)) bySeverity.set(key, m);
      }
      const remembered: StoredMark[] = [];
      for (const m of bySeverity.values()) {
        const ws = userSheets().find((w) => w.name === m.sheet);
        const at = parseA1(m.cell);
        if (!ws || !at) continue;
        const cell = ws.getCell(at.row + 1, at.col + 1);
        remembered.push({ sheet: m.sheet, cell: m.cell, fill: cell.fill ? clone(cell.fill) : null });
        setFill(cell, markFill(m.severity));
      }
      saveStored({ ...stored, marks: remembered });
    },

    async clearMarks() {
      const stored = loadStored();
      if (!stored.marks || stored.marks.length === 0) return;
      restore(stored.marks);
      saveStored({ ...stored, marks: [] });
    },

    async select(sheet: string, cell: string) {
      const ws = worksheet(sheet);
      selection = { sheet, cell };
      // The saved file opens on that sheet and cell.
      const index = workbook.worksheets.indexOf(ws);
      const [first, ...rest] = workbook.views ?? [];
      const bookView = first ?? {
        x: 0,
        y: 0,
        width: 10000,
        height: 20000,
        firstSheet: 0,
        visibility: "visible",
      };
      workbook.views = [{ ...bookView, activeTab: index }, ...rest];
      for (const other of workbook.worksheets) {
        const [view, ...more] = other.views ?? [];
        const selected = other === ws;
        if (!view && !selected) continue;
        // ExcelJS writes tabSelected, though its typings leave it out; only one tab may be selected (more would
        // group the sheets, and typing would then go into all of them).
        const next: Record<string, unknown> = { ...(view ?? {}), tabSelected: selected };
        if (selected) next.activeCell = cell;
        other.views = [next as unknown as ExcelJS.WorksheetView, ...more];
      }
    },

    async readCells(cells: CellRef[]): Promise<(CellState | undefined)[]> {
      return cells.map((ref) => {
        const ws = userSheets().find((w) => w.name === ref.sheet);
        const at = parseA1(ref.cell);
        return ws && at ? readCellState(ws.getCell(at.row + 1, at.col + 1)) : undefined;
      });
    },

    async writeStates(writes: StateWrite[], undo: UndoRecord | null) {
      const targets = writes.map((w) => {
        const at = parseA1(w.cell);
        if (!at) throw new PortError("unknown", `Bad cell address «${w.cell}».`, { sheet: w.sheet });
        return [worksheet(w.sheet).getCell(at.row + 1, at.col + 1), w] as const;
      });
      let formulas = false;
      for (const [cell, w] of targets) {
        if (w.formula !== undefined) {
          cell.value = { formula: w.formula } as ExcelJS.CellFormulaValue;
          formulas = true;
        } else {
          cell.value = w.value ?? null;
        }
        if (w.numberFormat !== undefined || w.fontName !== undefined) {
          const style = { ...cell.style } as Partial<ExcelJS.Style>;
          if (w.numberFormat !== undefined) style.numFmt = w.numberFormat;
          if (w.fontName !== undefined) style.font = { ...(style.font ?? {}), name: w.fontName };
          cell.style = style;
        }
      }
      if (formulas) workbook.calcProperties.fullCalcOnLoad = true;
      const stored = loadStored();
      if (undo) stored.undo = undo;
      else delete stored.undo;
      saveStored(stored);
    },

    async loadUndo(): Promise<UndoRecord | undefined> {
      const undo = loadStored().undo;
      return undo && Array.isArray(undo.changes) ? undo : undefined;
    },

    async loadSettings(): Promise<Settings> {
      return validSettings(loadStored().settings);
    },

    async saveSettings(settings: Settings) {
      saveStored({ ...loadStored(), settings: validSettings(settings) });
    },
  };
}
