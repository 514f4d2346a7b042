/**
 * The test Office host on its own (Node): what it promises the end-to-end tests — API levels, proxy semantics,
 * Excel's error codes at sync, sheet-name rules, the sync counter, settings kept only when saved, and a document that
 * survives a reload and a trip through .xlsx.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createExcelPort } from "../../src/excel/port";
import { officeHost } from "../../src/excel/host";
import { HOST_ERROR_CODES } from "../excel/fake-excel";
import { SETTINGS_LIMIT_BYTES } from "../excel/fake-settings";
import { createOfficeHost, installOfficeHost, type OfficeHostHandle } from "./host";
import { documentFromXlsx, xlsxFromDocument } from "./xlsx";

/** The request context as untyped as Office.js is at run time (the tests call what the host may refuse). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Context = any;
type AnyExcel = { run: (batch: (context: Context) => Promise<unknown>) => Promise<unknown> };

type AnyRun = (options: object, batch: (context: Context) => Promise<unknown>) => Promise<unknown>;

function host(apiVersion: number) {
  const { Office, Excel, handle } = createOfficeHost({ apiVersion });
  return {
    Office: Office as typeof globalThis.Office,
    Excel: Excel as AnyExcel,
    runWith: (Excel as { run: AnyRun }).run,
    handle,
  };
}

/** The saveAsync of the host's settings, as a promise of its AsyncResult. */
function save(Office: typeof globalThis.Office): Promise<Office.AsyncResult<void>> {
  return new Promise((resolve) => Office.context.document.settings.saveAsync(resolve));
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

  it("fails at sync, not at the call, keeping what the sync ran before the failing operation", async () => {
    const { Excel, handle } = host(1);
    const sheet = handle.book.sheet("Sheet1");
    const calls: string[] = [];
    const attempt = (what: string, act: (context: Context) => void) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[what]];
        act(context); // Office.js has every member: nothing throws here
        calls.push(what);
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[what]];
        await context.sync();
      });
    const ws = (c: Context) => c.workbook.worksheets.getItem("Sheet1");
    const failures: [string, (c: Context) => void, string][] = [
      ["api", (c) => ws(c).getRangeByIndexes(0, 0, 1, 1).load("values"), "ApiNotFound"],
      ["colour", (c) => (ws(c).getRange("B1").format.fill.color = "đỏ"), "InvalidArgument"],
      ["font", (c) => (ws(c).getRange("B1").format.font.color = "#12345"), "InvalidArgument"],
      ["align", (c) => (ws(c).getRange("B1").format.horizontalAlignment = "Middle"), "InvalidArgument"],
      [
        "edge",
        (c) => (ws(c).getRange("B1").format.borders.getItem("Diagonal").style = "Continuous"),
        "InvalidArgument",
      ],
      ["freeze", (c) => ws(c).freezePanes.freezeRows(2), "ApiNotFound"],
    ];
    for (const [what, act, code] of failures) {
      await expect(attempt(what, act), what).rejects.toMatchObject({ code });
      expect(sheet.at("A1").value, what).toBe(what); // queued before the failing operation: applied
      expect(sheet.at("A2").value, what).toBeNull(); // queued after it: not
    }
    expect(calls).toEqual(failures.map(([what]) => what));
  });

  it("answers only with documented error codes, and its ErrorCodes lists them", async () => {
    const { Excel, handle } = host(7);
    handle.book.sheet("Sheet1").protected = true;
    handle.book.structureProtected = true;
    const attempt = (batch: (context: Context) => void) =>
      Excel.run(async (context) => {
        batch(context);
        await context.sync();
      }).catch(() => undefined);
    await attempt((c) => c.workbook.worksheets.getItem("Không có").load("name"));
    await attempt((c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]]));
    await attempt((c) => c.workbook.worksheets.add("Mới"));
    await attempt((c) => c.workbook.worksheets.getItem("Sheet1").getRange("?").load("values"));
    await attempt((c) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject());
    expect(handle.errors).toEqual([
      "ItemNotFound",
      "AccessDenied",
      "AccessDenied",
      "InvalidArgument",
      "ApiNotFound",
    ]);
    for (const code of handle.errors) expect(HOST_ERROR_CODES).toContain(code);
    const { Excel: withCodes } = createOfficeHost({ apiVersion: 7 }) as { Excel: { ErrorCodes: object } };
    expect(Object.values(withCodes.ErrorCodes).sort()).toEqual([...HOST_ERROR_CODES].sort());
    expect(Object.values(withCodes.ErrorCodes)).not.toContain("PayloadTooLarge");
  });

  it("protects a sheet and the workbook's structure, and says so through protection.protected", async () => {
    const { Excel, handle } = host(7);
    handle.book.addSheet("Khoá").protected = true;
    handle.book.structureProtected = true;
    const seen = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Khoá").protection.load("protected");
      const other = context.workbook.worksheets.getItem("Sheet1").protection.load("protected");
      const book = context.workbook.protection.load("protected");
      await context.sync();
      return [sheet.protected, other.protected, book.protected];
    });
    expect(seen).toEqual([true, false, true]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Dự báo 2026");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(handle.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "Khoá"]);
    // Some builds answer InvalidOperation for protection: a test host can play them.
    handle.book.protectionCode = "InvalidOperation";
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Khoá").getRange("A1").format.fill.color = "#FFC7CE";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(handle.book.sheet("Khoá").at("A1").fill).toBeUndefined();
  });

  it("refuses to save settings past 2 MB of UTF-8 in the whole bag, quotes escaped, and keeps the last saved bag", async () => {
    const { Office, handle } = host(1);
    const settings = Office.context.document.settings;
    settings.set("a", "x".repeat(900_000));
    expect((await save(Office)).status).toBe("succeeded");
    // 1,2 million characters of JSON, each quote escaped in the bag, and 400 000 Vietnamese letters of 3 bytes:
    // under 2 million characters, over 2 MB.
    settings.set("b", JSON.stringify(Array.from({ length: 100_000 }, () => "ab")));
    settings.set("c", "ệ".repeat(400_000));
    expect(handle.store.bytes()).toBeGreaterThan(SETTINGS_LIMIT_BYTES);
    expect(JSON.stringify(handle.settings()).length).toBeLessThan(SETTINGS_LIMIT_BYTES);
    const refused = await save(Office);
    expect(refused.status).toBe("failed");
    expect(refused.error).toMatchObject({ code: 4001, name: "Save Settings Error" });
    expect(Object.keys(handle.document().settings)).toEqual(["a"]);
    settings.remove("c");
    expect((await save(Office)).status).toBe("succeeded");
    expect(Object.keys(handle.document().settings).sort()).toEqual(["a", "b"]);
    expect(handle.saves).toEqual({ count: 3, failed: 1 });
  });

  it("measures a request from the queued batch: UTF-8 bytes of its object paths and actions", async () => {
    const { Excel, handle } = host(12);
    // 1,8 million characters (under 5 MB as characters), 5,4 MB as UTF-8: refused.
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ệ".repeat(1_800_000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    // Object paths weigh too: 20 000 one-cell ranges, each with a short write.
    handle.resetCounters();
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        for (let row = 0; row < 20_000; row++) ws.getRange(`B${row + 1}`).format.font.bold = true;
        await context.sync();
      }),
    ).resolves.toBeUndefined();
    expect(handle.syncLog()[0].requestBytes).toBeGreaterThan(20_000 * 100);
    expect(handle.book.sheet("Sheet1").at("B20000").font.bold).toBe(true);
  });

  it("refuses to read more than 5 000 000 cells at once (RangeExceedsLimit)", async () => {
    const { Excel } = host(12);
    const read = (address: string) =>
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange(address).load("rowCount,values");
        await context.sync();
        return r.values.length;
      });
    await expect(read("A1:XFD306")).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    await expect(read("A1:E1000")).resolves.toBe(1000);
  });

  it("puts add-in writes on the undo stack from ExcelApi 1.20: one entry per sync, one per merged group", async () => {
    const { Excel, runWith, handle } = host(20);
    const sheet = handle.book.sheet("Sheet1");
    const write = (context: Context, address: string, value: unknown) =>
      (context.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[value]]);
    await Excel.run(async (context) => {
      write(context, "A1", 1);
      await context.sync();
      write(context, "A2", 2);
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").select(); // a selection is no entry
      await context.sync();
    });
    expect(handle.book.undoStack).toHaveLength(2);
    await runWith({ mergeUndoGroup: true }, async (context) => {
      write(context, "B1", "x");
      await context.sync();
      write(context, "B2", "y");
      await context.sync();
    });
    expect(handle.book.undoStack).toHaveLength(3);
    expect(handle.undo()).toBe(true); // Ctrl+Z takes back the whole group
    expect([sheet.at("B1").value, sheet.at("B2").value, sheet.at("A2").value]).toEqual([null, null, 2]);
    expect(handle.undo()).toBe(true);
    expect([sheet.at("A1").value, sheet.at("A2").value]).toEqual([1, null]);

    // An API without undo support clears the stack; inside a merged group it is refused with UndoNotSupported.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    expect(handle.book.undoStack).toHaveLength(0);
    expect(handle.undo()).toBe(false);
    await expect(
      runWith({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(sheet.protected).toBe(true);
  });

  it("keeps add-in writes off the undo stack below ExcelApi 1.20, and ignores mergeUndoGroup there", async () => {
    const { runWith, handle } = host(13);
    await runWith({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(handle.book.undoStack).toHaveLength(0);
    expect(handle.undo()).toBe(false);
  });

  it("records Office.initialize being set as well as onReady being called", async () => {
    const { Office, handle } = host(1);
    expect(handle.ready).toEqual({ calls: 0, initialize: false });
    const reasons: string[] = [];
    Office.initialize = (reason) => void reasons.push(String(reason));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handle.ready).toEqual({ calls: 0, initialize: true });
    expect(reasons).toEqual(["documentOpened"]);
  });
});
