/// <reference types="office-js" />
/**
 * Quick fixes and undo through the Office.js adapter on the test Office host: a fix and an undo are one read sync
 * and one write sync at 30 and at 5 000 rows, values, formulas, number formats and fonts come back exactly, the
 * record lives in the document settings, and a cell edited by hand is left alone.
 */
import { describe, expect, it } from "vitest";
import { applyFixes, lastFix, previewFixes, undoLastFix } from "../../src/core/actions";
import type { Finding } from "../../src/core/check/types";
import { a1 } from "../../src/core/model/address";
import { encodeLegacy } from "../../src/core/text";
import { UNDO_KEY, decodeUndo, encodeUndo } from "../../src/excel/cell-states";
import { STORE_BUDGET_BYTES } from "../../src/excel/store";
import { FakeWorkbook } from "./fake-excel";
import { portOn, syncsOf } from "./support";

const SHEET = "Dự báo 2026";

/** `rows` indicator rows from row 6: a TCVN3 name in .VnTime, "4.300" and "88,8" as text, an empty comparison. */
function pastedBook(rows: number, apiVersion?: number): { book: FakeWorkbook; findings: Finding[] } {
  const book = new FakeWorkbook(apiVersion === undefined ? {} : { apiVersion });
  const sheet = book.addSheet(SHEET);
  const findings: Finding[] = [];
  for (let i = 0; i < rows; i++) {
    const r = 5 + i;
    Object.assign(sheet.touch(r, 1), {
      value: encodeLegacy(`Chỉ tiêu số ${i + 1}`, "tcvn3"),
      font: { name: ".VnTime", size: 13 },
    });
    // Text as a table pasted from Word holds it: no quote prefix, in a General cell or one formatted as Text.
    Object.assign(sheet.touch(r, 3), { value: "4.300" });
    Object.assign(sheet.touch(r, 4), { value: "88,8", numberFormat: "@" });
    const at = (col: number) => ({ severity: "warning" as const, sheet: SHEET, cell: a1(r, col) });
    findings.push(
      { ...at(1), code: "text/legacy-encoding", params: {} },
      { ...at(3), code: "number/text", params: { text: "4.300", value: 4300 } },
      { ...at(4), code: "number/text", params: { text: "88,8", value: 88.8 } },
    );
  }
  return { book, findings };
}

describe.each([30, 5000])("quick fixes on the Office host at %i rows", (rows) => {
  it.each([13, 1.1])(
    "preview is one read; fix and undo are one read and one write each (ExcelApi %s)",
    async (version) => {
      const { book, findings } = pastedBook(rows, version === 1.1 ? 1 : 13);
      const { port, store } = portOn(book);
      const before = book.syncs;
      const plan = await previewFixes(port, findings);
      // The sheets and the fonts of the cells to fix come in one sync.
      expect(book.syncs - before).toBe(1);
      expect(plan.changes.length).toBe(rows * 3);
      const legacy = plan.changes.find((c) => c.cell === "B6")!;
      expect(legacy.before.font?.name).toBe(".VnTime");
      expect(legacy.after.font?.name).toBe("Times New Roman");

      expect(await syncsOf(book, () => applyFixes(port, plan.changes))).toBe(2);
      const sheet = book.sheet(SHEET);
      const last = 5 + rows - 1;
      expect(sheet.cellAt(last, 1)?.value).toBe(`chỉ tiêu số ${rows}`.replace(/^c/, "C").normalize("NFC"));
      expect(sheet.cellAt(last, 1)?.font).toEqual({ name: "Times New Roman", size: 13 });
      expect(sheet.cellAt(last, 3)?.value).toBe(4300);
      expect(sheet.cellAt(last, 4)?.value).toBe(88.8);
      expect(typeof store.get(UNDO_KEY)).toBe("string");

      expect((await lastFix(port))?.changes.length).toBe(rows * 3);
      let undone: Awaited<ReturnType<typeof undoLastFix>>;
      expect(await syncsOf(book, async () => (undone = await undoLastFix(port)))).toBe(2);
      expect(undone!.edited).toEqual([]);
      expect(sheet.cellAt(last, 1)?.value).toBe(encodeLegacy(`Chỉ tiêu số ${rows}`, "tcvn3"));
      expect(sheet.cellAt(last, 1)?.font).toEqual({ name: ".VnTime", size: 13 });
      // The number-like text is text again, as it was: no quote prefix added, its format unchanged.
      expect(sheet.cellAt(last, 3)).toMatchObject({
        value: "4.300",
        quotePrefix: false,
        numberFormat: undefined,
      });
      expect(sheet.cellAt(last, 4)).toMatchObject({ value: "88,8", quotePrefix: false, numberFormat: "@" });
      expect(store.has(UNDO_KEY)).toBe(false);
    },
  );
});

describe("undo on the Office host", () => {
  it("leaves a cell edited by hand after the fix alone and reports it", async () => {
    const { book, findings } = pastedBook(3);
    const { port } = portOn(book);
    await applyFixes(port, (await previewFixes(port, findings)).changes);
    book.sheet(SHEET).touch(5, 3).value = 5000;
    const undone = await undoLastFix(port);
    expect(undone?.edited.map((c) => c.cell)).toEqual(["D6"]);
    expect(book.sheet(SHEET).cellAt(5, 3)?.value).toBe(5000);
    expect(book.sheet(SHEET).cellAt(6, 3)?.value).toBe("4.300");
  });

  it("writes formulas with their number format and takes them back", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet(SHEET);
    sheet.touch(5, 6).value = null;
    const { port } = portOn(book);
    const change = {
      sheet: SHEET,
      cell: "G6",
      codes: ["comparison/missing"],
      before: { value: null },
      after: { value: 112.5, formula: 'IF(D6=0,"",F6/D6*100)', numberFormat: "0.0" },
    };
    const outcome = await applyFixes(port, [change]);
    expect(outcome.applied.length).toBe(1);
    expect(sheet.cellAt(5, 6)).toMatchObject({ formula: 'IF(D6=0,"",F6/D6*100)', numberFormat: "0.0" });
    await undoLastFix(port);
    expect(sheet.cellAt(5, 6)).toMatchObject({ value: null, formula: undefined, numberFormat: undefined });
  });
});

describe("values restored as the cells held them", () => {
  /** A fix of the font alone (legacy .VnTime), then its undo, on cells holding `value` in `numberFormat`. */
  async function fontRoundTrip(value: number | boolean, numberFormat?: string) {
    const book = new FakeWorkbook();
    const sheet = book.addSheet(SHEET);
    sheet.put("C6", { value, numberFormat, font: { name: ".VnTime" } });
    const { port } = portOn(book);
    const read = (await port.readCells([{ sheet: SHEET, cell: "C6" }]))[0]!;
    const change = {
      sheet: SHEET,
      cell: "C6",
      codes: ["text/legacy-font"],
      before: read,
      after: { ...read, font: { name: "Times New Roman" } },
    };
    await applyFixes(port, [change]);
    const fixed = structuredClone(sheet.at("C6"));
    await undoLastFix(port);
    return { fixed, undone: sheet.at("C6") };
  }

  it("keeps a boolean a boolean and a date with its time when only the font changes", async () => {
    const flag = await fontRoundTrip(true);
    expect(flag.fixed).toMatchObject({ value: true, font: { name: "Times New Roman" } });
    expect(flag.undone).toMatchObject({ value: true, font: { name: ".VnTime" } });
    // The content was not typed again at all (a 'TRUE would have set the quote prefix).
    expect(flag.undone.quotePrefix).toBeUndefined();
    // 15/03/2024 10:30: the model reads the day only, the cell keeps its time.
    const date = await fontRoundTrip(45366.4375, "dd/mm/yyyy hh:mm");
    expect(date.fixed).toMatchObject({ value: 45366.4375, numberFormat: "dd/mm/yyyy hh:mm" });
    expect(date.undone).toMatchObject({ value: 45366.4375, numberFormat: "dd/mm/yyyy hh:mm" });
    expect(date.undone.quotePrefix).toBeUndefined();
  });

  it("writes a date back as a date and TRUE as a boolean when the value itself comes back", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet(SHEET);
    sheet.put("C6", { value: 45366, numberFormat: "dd/mm/yyyy" });
    sheet.put("D6", { value: true });
    const { port } = portOn(book);
    const [date, flag] = await port.readCells([
      { sheet: SHEET, cell: "C6" },
      { sheet: SHEET, cell: "D6" },
    ]);
    expect(date).toMatchObject({ value: "2024-03-15", numberFormat: "dd/mm/yyyy" });
    const cleared = (cell: string, before: typeof date) => ({
      sheet: SHEET,
      cell,
      codes: ["x"],
      before: before!,
      after: { ...before!, value: null },
    });
    await applyFixes(port, [cleared("C6", date), cleared("D6", flag)]);
    expect([sheet.at("C6").value, sheet.at("D6").value]).toEqual([null, null]);
    await undoLastFix(port);
    expect(sheet.at("C6")).toMatchObject({ value: 45366, numberFormat: "dd/mm/yyyy", quotePrefix: false });
    expect(sheet.at("D6")).toMatchObject({ value: true, quotePrefix: false });
  });

  it("restores number-like text as text without a quote prefix, reading the cell's format when it was not read", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet(SHEET);
    sheet.put("D6", { value: 22, numberFormat: "#,##0" });
    sheet.put("E6", { value: 7 });
    const { port } = portOn(book);
    // No readCells before: the port reads the two cells' formats in the same run, one sync more.
    const syncs = await syncsOf(book, () =>
      port.writeStates(
        [
          { sheet: SHEET, cell: "D6", value: "22" },
          { sheet: SHEET, cell: "E6", value: "- Cấp xã" },
        ],
        null,
      ),
    );
    expect(syncs).toBe(2);
    expect(sheet.at("D6")).toMatchObject({ value: "22", quotePrefix: false, numberFormat: "#,##0" });
    expect(sheet.at("E6")).toMatchObject({ value: "- Cấp xã", quotePrefix: false, formula: undefined });
  });
});

describe("an undo record too large for the document settings", () => {
  it("refuses the fix before writing any cell", async () => {
    const { book } = pastedBook(3);
    const { port, store } = portOn(book);
    const long = "x".repeat(STORE_BUDGET_BYTES);
    const change = {
      sheet: SHEET,
      cell: "D6",
      codes: ["number/text"],
      before: { value: long },
      after: { value: 1 },
    };
    await expect(
      port.writeStates([{ sheet: SHEET, cell: "D6", value: 1 }], { at: "", changes: [change] }),
    ).rejects.toMatchObject({
      code: "undo-too-large",
      details: { cells: 1 },
    });
    expect(book.sheet(SHEET).cellAt(5, 3)?.value).toBe("4.300");
    expect(store.has(UNDO_KEY)).toBe(false);
  });
});

describe("the stored undo record", () => {
  it("decodes to the record it encodes", () => {
    const record = {
      at: "2026-11-30T20:00:00.000Z",
      changes: [
        {
          sheet: "Kế hoạch 2027",
          cell: "B9",
          codes: ["text/legacy-encoding"],
          before: { value: "KÕ ho¹ch", font: { name: ".VnTime" } },
          after: { value: "Kế hoạch", font: { name: "Times New Roman" } },
        },
        {
          sheet: SHEET,
          cell: "G9",
          codes: ["number/text", "comparison/not-formula"],
          before: { value: "100", numberFormat: "@" },
          after: { value: 100, formula: 'IF(D9=0,"",F9/D9*100)', numberFormat: "0.0" },
        },
        {
          sheet: SHEET,
          cell: "G10",
          codes: ["comparison/missing"],
          before: { value: null },
          after: { value: null, formula: "F10/D10*100" },
        },
      ],
    };
    const decoded = decodeUndo(JSON.parse(encodeUndo(record)));
    expect(decoded?.at).toBe(record.at);
    expect([...(decoded?.changes ?? [])].sort((a, b) => a.cell.localeCompare(b.cell))).toEqual(
      [...record.changes].sort((a, b) => a.cell.localeCompare(b.cell)),
    );
    expect(decodeUndo({ at: "x", changes: [] })).toBeUndefined();
  });
});
