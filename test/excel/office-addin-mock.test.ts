/// <reference types="office-js" />
/**
 * The adapter's writes and reads on an Excel object built with office-addin-mock (the other adapter tests use the
 * richer hand-made fake in fake-excel.ts). Counts `context.sync()` calls: the same for 30 and 5 000 rows.
 */
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import type { OfficeHost } from "../../src/excel/host";
import { createExcelPort } from "../../src/excel";

interface Recorded {
  sheet: string;
  address: string;
  formulas?: unknown;
  values?: unknown;
  numberFormat?: unknown;
}

/** An ExcelApi 1.1 host: the adapter must get by with getRange(address) and array writes. */
const host11: OfficeHost = {
  isSetSupported: (name: string, version?: string) => name === "ExcelApi" && (version ?? "1.1") === "1.1",
  settings: {
    get: () => null,
    set: () => undefined,
    remove: () => undefined,
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
  },
} as unknown as OfficeHost;

interface UsedRange {
  address: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

function mockExcel(used: UsedRange) {
  const writes: Recorded[] = [];
  let syncs = 0;
  const rangeFor = (sheet: string, address: string) => {
    const record: Recorded = { sheet, address };
    writes.push(record);
    return new Proxy(record, {
      set(target, key, value) {
        (target as unknown as Record<string, unknown>)[key as string] = value;
        return true;
      },
      get(target, key) {
        if (key === "format") return { font: {}, fill: {}, borders: { getItem: () => ({}) } };
        return (target as unknown as Record<string, unknown>)[key as string];
      },
    });
  };
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (sheet: string) => ({
            getRange: (address: string) => rangeFor(sheet, address),
            getUsedRange: () => ({
              ...used,
              load: () => undefined,
            }),
          }),
        },
      },
    },
  }) as unknown as { context: { sync(): Promise<void> } };
  const context = excel.context;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await sync();
  };
  const run = (async (callback: (c: Excel.RequestContext) => Promise<unknown>) =>
    callback(context as unknown as Excel.RequestContext)) as unknown as typeof Excel.run;
  return { run, writes, syncs: () => syncs };
}

describe("Office.js adapter on office-addin-mock", () => {
  for (const rows of [30, 5_000]) {
    it(`writes ${rows} comparison formulas in one sync, as one array write`, async () => {
      const excel = mockExcel({
        address: "A1",
        rowIndex: 0,
        columnIndex: 0,
        values: [[]],
        formulas: [[]],
        numberFormat: [[]],
      });
      const port = createExcelPort(excel.run, host11);
      const list = Array.from({ length: rows }, (_, i) => ({
        row: 8 + i,
        col: 6,
        formula: `IF(AND(ISNUMBER(F${9 + i}),ISNUMBER(D${9 + i})),IF(D${9 + i}=0,"",F${9 + i}/D${9 + i}*100),"")`,
        numberFormat: "0.0",
      }));
      await port.writeCells({ "Dự báo 2026": list });
      expect(excel.syncs()).toBe(1);
      const withFormulas = excel.writes.filter((w) => w.formulas !== undefined);
      expect(withFormulas).toHaveLength(1);
      expect(withFormulas[0].sheet).toBe("Dự báo 2026");
      expect(withFormulas[0].address).toBe(`G9:G${8 + rows}`);
      const formulas = withFormulas[0].formulas as string[][];
      expect(formulas).toHaveLength(rows);
      expect(formulas[0][0]).toBe('=IF(AND(ISNUMBER(F9),ISNUMBER(D9)),IF(D9=0,"",F9/D9*100),"")');
      expect(formulas[rows - 1][0]).toMatch(new RegExp(`^=IF\\(AND\\(ISNUMBER\\(F${8 + rows}\\)`));
      const formats = excel.writes.find((w) => w.numberFormat !== undefined)?.numberFormat as string[][];
      expect(formats.every((r) => r[0] === "0.0")).toBe(true);
    });
  }

  for (const rows of [30, 5_000]) {
    it(`reads a ${rows}-row used range starting at C5 in one sync`, async () => {
      const values = Array.from({ length: rows }, (_, i) => [i + 1, `Chỉ tiêu ${i + 1}`, 2400 + i]);
      const formulas = values.map((r, i) => [r[0], r[1], i === 0 ? "=D5*2" : r[2]]);
      const numberFormat = values.map(() => ["General", "@", "#,##0"]);
      const excel = mockExcel({
        address: `'Dự báo 2026'!C5:E${4 + rows}`,
        rowIndex: 4,
        columnIndex: 2,
        values,
        formulas,
        numberFormat,
      });
      const port = createExcelPort(excel.run, host11);
      const model = await port.read(["Dự báo 2026"]);
      expect(excel.syncs()).toBe(1);
      const [sheet] = model.sheets;
      expect(sheet.name).toBe("Dự báo 2026");
      expect(sheet.rows[4][2]).toEqual({ value: 1 });
      expect(sheet.rows[4][3]?.value).toBe("Chỉ tiêu 1");
      expect(sheet.rows[4][4]).toEqual({ value: 2400, formula: "D5*2", numberFormat: "#,##0" });
      expect(sheet.rows[3 + rows][4]?.value).toBe(2400 + rows - 1);
    });
  }
});
