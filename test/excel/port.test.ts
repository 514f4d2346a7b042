/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createExcelPort, PortError, SETTINGS_KEY, supports, toPortError } from "../../src/excel";
import { FakeRichApiError, FakeWorkbook } from "./fake-excel";
import { mockOffice, portOn, syncsOf } from "./support";

describe("sheetNames and select", () => {
  it("lists sheets in order with the active one, in one sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Một");
    book.addSheet("Hai");
    book.active = book.sheet("Hai");
    const { port } = portOn(book);
    let result: unknown;
    expect(await syncsOf(book, async () => (result = await port.sheetNames()))).toBe(1);
    expect(result).toEqual({ names: ["Một", "Hai"], active: "Hai" });
  });

  it("activates the sheet and selects the cell, in one sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Một");
    book.addSheet("Dự báo 2026");
    const { port } = portOn(book);
    expect(await syncsOf(book, () => port.select("Dự báo 2026", "F9"))).toBe(1);
    expect(book.active?.name).toBe("Dự báo 2026");
    expect(book.sheet("Dự báo 2026").selection).toBe("F9");
    await expect(port.select("Mất", "A1")).rejects.toMatchObject({
      code: "sheet-missing",
      details: { sheet: "Mất" },
    });
  });

  it("selects through an office-addin-mock Excel object: activate, getRange, select, one sync", async () => {
    // office-addin-mock models this much (methods on a static tree); collections with loaded `items`, queued writes
    // and per-address ranges are beyond it, hence the hand-made fake for everything else.
    let syncs = 0;
    const calls: string[] = [];
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              calls.push(`getItem ${name}`);
              return {
                activate: () => void calls.push("activate"),
                getRange: (address: string) => {
                  calls.push(`getRange ${address}`);
                  return { select: () => void calls.push("select") };
                },
              };
            },
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
    // Excel.run(batch) or, from ExcelApi 1.11, Excel.run({ delayForCellEdit: true }, batch).
    const run = (async (...args: unknown[]) =>
      (args[args.length - 1] as (c: Excel.RequestContext) => Promise<unknown>)(
        context as unknown as Excel.RequestContext,
      )) as unknown as typeof Excel.run;
    const port = createExcelPort(run, mockOffice(new FakeWorkbook()).host);
    await port.select("Dự báo 2026", "B7");
    expect(calls).toEqual(["getItem Dự báo 2026", "activate", "getRange B7", "select"]);
    expect(syncs).toBe(1);
  });
});

describe("settings through the global Office (office-addin-mock)", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("saves settings as JSON under phuluc.settings and loads them back, ignoring unknown or wrong fields", async () => {
    const book = new FakeWorkbook();
    const mock = mockOffice(book);
    (globalThis as { Office?: unknown }).Office = mock.office;
    const port = createExcelPort(book.run as unknown as typeof Excel.run);
    expect(await port.loadSettings()).toEqual({});
    await port.saveSettings({ year: 2026, unit: "huyện Tuần Giáo", level: "huyen", lang: "vi" });
    expect(JSON.parse(mock.store.get(SETTINGS_KEY) as string)).toEqual({
      year: 2026,
      unit: "huyện Tuần Giáo",
      level: "huyen",
      lang: "vi",
    });
    expect(mock.saves.count).toBe(1);
    expect(await port.loadSettings()).toEqual({
      year: 2026,
      unit: "huyện Tuần Giáo",
      level: "huyen",
      lang: "vi",
    });
    mock.store.set(SETTINGS_KEY, JSON.stringify({ year: "2026", level: "tỉnh", lang: "en", extra: 1 }));
    expect(await port.loadSettings()).toEqual({ lang: "en" });
    // A language the pane cannot speak (t() would throw on it) is dropped, the rest kept.
    mock.store.set(SETTINGS_KEY, JSON.stringify({ year: 2026, lang: "fr" }));
    expect(await port.loadSettings()).toEqual({ year: 2026 });
    mock.store.set(SETTINGS_KEY, "{not json");
    expect(await port.loadSettings()).toEqual({});
    expect(book.syncs).toBe(0);
  });

  it("rejects saveSettings with unknown when the document cannot save its settings", async () => {
    const book = new FakeWorkbook();
    const { port } = portOn(book, { failSave: true });
    await expect(port.saveSettings({ year: 2026 })).rejects.toMatchObject({
      name: "PortError",
      code: "unknown",
    });
  });

  it("answers loadSettings with {} and rejects other calls with PortError outside Office", async () => {
    const port = createExcelPort();
    expect(await port.loadSettings()).toEqual({});
    await expect(port.sheetNames()).rejects.toBeInstanceOf(PortError);
  });
});

describe("supports and errors", () => {
  it("asks isSetSupported for ExcelApi versions and treats a failing check as unsupported", () => {
    const asked: string[] = [];
    const host = { isSetSupported: (name: string, v?: string) => (asked.push(`${name} ${v}`), v === "1.7") };
    expect(supports(host, "1.7")).toBe(true);
    expect(supports(host, "1.9")).toBe(false);
    expect(supports(host, "1.1")).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.7", "ExcelApi 1.9"]);
    const broken = {
      isSetSupported: () => {
        throw new Error("no requirements");
      },
    };
    expect(supports(broken, "1.4")).toBe(false);
  });

  it("turns Office.js error codes into PortError codes, never reading the (localised) message", () => {
    const cases: [string, string, string][] = [
      ["ItemNotFound", "The requested resource doesn't exist.", "sheet-missing"],
      ["ItemNotFound", "Tài nguyên được yêu cầu không tồn tại.", "sheet-missing"],
      ["AccessDenied", "You cannot perform the requested operation.", "protected"],
      ["AccessDenied", "Bạn không thể thực hiện thao tác được yêu cầu.", "protected"],
      // The code decides, whatever the message says (a message is no classification: it is localised).
      ["InvalidOperation", "The cell is on a protected sheet.", "unknown"],
      ["InvalidOperation", "Ô nằm trên trang tính được bảo vệ.", "unknown"],
      ["GeneralException", "access denied: protected", "unknown"],
      ["RequestPayloadSizeLimitExceeded", "too big", "too-large"],
      ["ResponsePayloadSizeLimitExceeded", "too big", "too-large"],
      ["RangeExceedsLimit", "too many cells", "too-large"],
      ["PayloadTooLarge", "not a documented code", "unknown"],
      ["GeneralException", "boom", "unknown"],
    ];
    for (const [code, message, expected] of cases) {
      const e = toPortError(new FakeRichApiError(code, message), "S");
      expect(e, code).toBeInstanceOf(PortError);
      expect(e.code, `${code}: ${message}`).toBe(expected);
      expect(e.details).toMatchObject({ hostCode: code, sheet: "S" });
      expect(e.message).toBe(message);
    }
    expect(toPortError(new Error("plain")).code).toBe("unknown");
    const original = new PortError("protected", "x");
    expect(toPortError(original)).toBe(original);
  });
});
