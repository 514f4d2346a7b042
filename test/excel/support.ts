/// <reference types="office-js" />
/** Shared helpers of the Office.js adapter tests: an Office host built with office-addin-mock, plans, sheets. */
import { OfficeMockObject } from "office-addin-mock";
import type { OfficeHost } from "../../src/excel/host";
import { createExcelPort } from "../../src/excel/port";
import type { PlannedCell, SheetPlan } from "../../src/core/model/plan";
import { templateById } from "../../src/core/templates";
import type { WorkbookPort } from "../../src/core/port";
import { FakeWorkbook, type FakeSheet } from "./fake-excel";
import { FakeSettings } from "./fake-settings";

export interface MockOffice {
  /** The global-style `Office` object (office-addin-mock). */
  office: typeof Office;
  host: OfficeHost;
  /** The document settings (fake-settings.ts): the bag the pane sees, what is saved, how often saveAsync ran. */
  store: FakeSettings;
  saves: { count: number; failed: number };
}

/**
 * `Office` with `context.requirements.isSetSupported` answering from the fake's API version and the document's
 * settings bag (fake-settings.ts). Built with office-addin-mock: function members only (its scalar members need
 * load + sync). `failSave`: a document whose settings cannot be saved at all.
 */
export function mockOffice(book: FakeWorkbook, options: { failSave?: boolean } = {}): MockOffice {
  const store = new FakeSettings();
  store.refuseSaves = options.failSave === true;
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && book.supports(version ?? "1.1"),
      },
      document: {
        settings: {
          get: store.get,
          set: store.set,
          remove: store.remove,
          saveAsync: store.saveAsync,
        },
      },
    },
  }) as unknown as typeof Office;
  const host: OfficeHost = {
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    settings: office.context.document.settings,
  };
  return { office, host, store, saves: store.saves };
}

/** A port on a fake workbook, with its Office host. */
export function portOn(
  book: FakeWorkbook,
  options: { failSave?: boolean } = {},
): { port: WorkbookPort } & MockOffice {
  const mock = mockOffice(book, options);
  const port = createExcelPort(book.run as unknown as typeof Excel.run, mock.host);
  return { port, ...mock };
}

/** Counts the syncs of one call. */
export async function syncsOf(book: FakeWorkbook, action: () => Promise<unknown>): Promise<number> {
  const before = book.syncs;
  await action();
  return book.syncs - before;
}

export function duBaoPlan(year = 2026): SheetPlan {
  return templateById("du-bao")!.plan({ year });
}

function shiftFormula(formula: string, by: number): string {
  return formula.replace(
    /(\$?[A-Z]{1,3}\$?)(\d+)\b/g,
    (_m, col: string, row: string) => `${col}${Number(row) + by}`,
  );
}

/**
 * The plan with its body repeated (or cut) to `bodyRows` rows, formulas following their rows, notes and their
 * merges moved under the new body: "the du-bao sheet at 30 rows and at 5 000 rows".
 */
export function resizedPlan(plan: SheetPlan, bodyRows: number): SheetPlan {
  const start = plan.freeze.rows;
  const isBody = (c: PlannedCell) => c.row >= start && c.role !== "note";
  const bodyRowIndexes = [...new Set(plan.cells.filter(isBody).map((c) => c.row))].sort((a, b) => a - b);
  const lastBody = bodyRowIndexes[bodyRowIndexes.length - 1];
  const byRow = new Map<number, PlannedCell[]>();
  for (const c of plan.cells.filter(isBody)) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const shift = start + bodyRows - (lastBody + 1);
  const cells: PlannedCell[] = plan.cells.filter((c) => c.row < start);
  const rowHeights: Record<number, number> = {};
  for (const [row, h] of Object.entries(plan.rowHeights))
    if (Number(row) < start) rowHeights[Number(row)] = h;
  for (let i = 0; i < bodyRows; i++) {
    const src = bodyRowIndexes[i % bodyRowIndexes.length];
    const dst = start + i;
    for (const c of byRow.get(src)!) {
      const copy: PlannedCell = { ...c, row: dst };
      if (c.formula !== undefined) copy.formula = shiftFormula(c.formula, dst - src);
      cells.push(copy);
    }
    if (plan.rowHeights[src] !== undefined) rowHeights[dst] = plan.rowHeights[src];
  }
  for (const c of plan.cells.filter((c) => c.role === "note")) cells.push({ ...c, row: c.row + shift });
  for (const [row, h] of Object.entries(plan.rowHeights))
    if (Number(row) > lastBody) rowHeights[Number(row) + shift] = h;
  const merges = plan.merges.map((m) =>
    m.top > lastBody ? { ...m, top: m.top + shift, bottom: m.bottom + shift } : m,
  );
  return { ...plan, cells, merges, rowHeights };
}

/**
 * A data sheet of `rows` indicator rows from C5: header row, then STT, name, unit, three numbers (#,##0) and a
 * formula with its computed value (0.0).
 */
export function fillDataSheet(sheet: FakeSheet, rows: number): void {
  const header = [
    "STT",
    "Các chỉ tiêu",
    "Đơn vị tính",
    "Năm 2025",
    "6 tháng 2026",
    "Ước 2026",
    "So sánh (%)",
  ];
  header.forEach((h, i) => (sheet.touch(4, 2 + i).value = h));
  for (let i = 0; i < rows; i++) {
    const r = 5 + i;
    const put = (col: number, value: string | number, extra: object = {}) =>
      Object.assign(sheet.touch(r, col), { value, ...extra });
    put(2, i + 1);
    put(3, `Chỉ tiêu số ${i + 1}`);
    put(4, "Điểm");
    put(5, 100 + i, { numberFormat: "#,##0" });
    put(6, 50 + i, { numberFormat: "#,##0" });
    put(7, 200 + i, { numberFormat: "#,##0" });
    put(8, ((200 + i) / (100 + i)) * 100, {
      formula: `IF(F${r + 1}=0,"",H${r + 1}/F${r + 1}*100)`,
      numberFormat: "0.0",
    });
  }
}

export { FakeWorkbook };
