/**
 * The test Office host on its own (Node): what it promises the end-to-end tests — API levels, proxy semantics,
 * Excel's error codes at sync, sheet-name rules, the sync counter, settings kept only when saved, and a document that
 * survives a reload and a trip through .xlsx.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createExcelPort } from "../../src/excel/port";
import { officeHost } from "../../src/excel/host";
import { createOfficeHost, installOfficeHost, type OfficeHostHandle } from "./host";
import { documentFromXlsx, xlsxFromDocument } from "./xlsx";

/** The request context as untyped as Office.js is at run time (the tests call what the host may refuse). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Context = any;
type AnyExcel = { run: (batch: (context: Context) => Promise<unknown>) => Promise<unknown> };

function host(apiVersion: number) {
  const { Office, Excel, handle } = createOfficeHost({ apiVersion });
  return { Office: Office as typeof globalThis.Office, Excel: Excel as AnyExcel, handle };
}

describe("the test Office host", () => {
  it("answers isSetSupported for its ExcelApi level and refuses newer APIs", async () => {
    for (const [level, yes, no] of [
      [1, "1.1", "1.2"],
      [7, "1.7", "1.8"],
      [12, "1.12", "1.13"],
    ] as const) {
      const { Office, Excel } = host(level);
      expect(Office.context.requirements.isSetSupported("ExcelApi", yes)).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", no)).toBe(false);
      expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
      const attempt = Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1);
        await context.sync();
      });
      if (level < 7) await expect(attempt).rejects.toMatchObject({ code: "ApiNotFound" });
      else await expect(attempt).resolves.toBeUndefined();
    }
    const { Excel } = host(7);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1);
        await context.sync();
      }),
    ).resolves.toBeUndefined();
  });

  it("says onReady with host Excel", async () => {
    const { Office } = host(1);
    const seen: unknown[] = [];
    const info = await Office.onReady((i) => seen.push(i.host));
    expect(info.host).toBe("Excel");
    expect(seen).toEqual(["Excel"]);
  });

  it("throws PropertyNotLoaded before load + sync, and applies writes only at sync", async () => {
    const { Excel, handle } = host(12);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.values = [[42]];
      expect(handle.book.sheet("Sheet1").at("B2").value).toBeNull();
      range.load("values");
      expect(() => range.values as unknown).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
    expect(handle.book.sheet("Sheet1").at("B2").value).toBe(42);
  });

  it("fails at sync with ItemNotFound, InvalidArgument, InvalidSelection and RequestPayloadSizeLimitExceeded", async () => {
    const { Excel, handle } = host(12);
    const attempt = (batch: (context: Context) => void) =>
      Excel.run(async (context) => {
        batch(context);
        await context.sync();
      });
    await expect(
      attempt((c) => c.workbook.worksheets.getItem("Không có").load("name")),
    ).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    await expect(
      attempt((c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      attempt(
        (c) =>
          (c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(6 * 1024 * 1024)]]),
      ),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(attempt((c) => c.workbook.worksheets.add("Khác"))).resolves.toBeUndefined();
    await expect(
      attempt((c) => c.workbook.worksheets.getItem("Khác").getRange("A1").select()),
    ).rejects.toMatchObject({
      code: "InvalidSelection",
    });
    expect(handle.errors).toEqual([
      "ItemNotFound",
      "InvalidArgument",
      "RequestPayloadSizeLimitExceeded",
      "InvalidSelection",
    ]);
  });

  it("refuses sheet names as Excel does", async () => {
    const { Excel, handle } = host(1);
    const add = (name: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    for (const bad of ["x".repeat(32), "a[b]", "a:b", "a*b", "a?b", "a/b", "a\\b", "'ab", "", "History"]) {
      await expect(add(bad), bad).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await expect(add("sheet1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await add("x".repeat(31));
    await add("Dự báo 2026 (2)");
    expect(handle.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "x".repeat(31), "Dự báo 2026 (2)"]);
  });

  it("counts syncs and their request and response bytes", async () => {
    const { Excel, handle } = host(12);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["một"], ["hai"]];
      await context.sync();
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").load("values");
      await context.sync();
      expect(r.values).toEqual([["một"], ["hai"]]);
    });
    const log = handle.syncLog();
    expect(log).toHaveLength(2);
    expect(log[0].requestBytes).toBeGreaterThan(0);
    expect(log[1].responseBytes).toBeGreaterThan(log[0].responseBytes);
    handle.resetCounters();
    expect(handle.syncLog()).toEqual([]);
  });

  it("keeps only saved settings in the document, and the adapter reads them back after a reload", async () => {
    const target: Record<string, unknown> = {};
    const handle: OfficeHostHandle = installOfficeHost(target, { apiVersion: 1 });
    const office = target.Office as typeof Office;
    const port = createExcelPort((target.Excel as { run: typeof Excel.run }).run, {
      isSetSupported: office.context.requirements.isSetSupported,
      settings: office.context.document.settings,
    });
    await port.saveSettings({ year: 2026, lang: "en", level: "huyen" });
    expect(handle.saves.count).toBe(1);
    office.context.document.settings.set("unsaved", 1);
    const doc = handle.document();
    expect(Object.keys(doc.settings)).not.toContain("unsaved");

    const next: Record<string, unknown> = {};
    installOfficeHost(next, { apiVersion: 1, document: doc });
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    g.Office = next.Office;
    try {
      const reloaded = createExcelPort((next.Excel as { run: typeof Excel.run }).run, officeHost());
      expect(await reloaded.loadSettings()).toEqual({ year: 2026, lang: "en", level: "huyen" });
    } finally {
      g.Office = before;
    }
  });

  it("records the active sheet and selection, and round-trips through .xlsx", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Dự báo 2021");
    ws.getCell("D15").value = 2400;
    ws.getCell("F15").value = 2700;
    ws.mergeCells("A1:C1");
    ws.getCell("A1").value = "PHỤ LỤC";
    const target: Record<string, unknown> = {};
    const handle = installOfficeHost(target, { apiVersion: 7, document: documentFromXlsx(source) });
    const port = createExcelPort((target.Excel as { run: typeof Excel.run }).run, {
      isSetSupported: (target.Office as typeof Office).context.requirements.isSetSupported,
      settings: (target.Office as typeof Office).context.document.settings,
    });
    await port.writeCells({ "Dự báo 2021": [{ row: 14, col: 6, formula: "F15/D15*100" }] });
    await port.select("Dự báo 2021", "G15");
    expect(handle.active()).toBe("Dự báo 2021");
    expect(handle.selection()).toEqual({ sheet: "Dự báo 2021", address: "G15" });
    const out = xlsxFromDocument(handle.document());
    const back = out.getWorksheet("Dự báo 2021")!;
    expect(back.getCell("D15").value).toBe(2400);
    expect(back.getCell("A1").value).toBe("PHỤ LỤC");
    expect(back.getCell("A1").isMerged).toBe(true);
    expect(back.getCell("G15").value).toMatchObject({ formula: "F15/D15*100" });
  });
});
