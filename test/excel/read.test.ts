import { describe, expect, it } from "vitest";
import { cellAt } from "../../src/core/model/sheet";
import { PortError } from "../../src/excel/errors";
import { READ_PROPERTIES } from "../../src/excel/port";
import { FakeWorkbook } from "./fake-excel";
import { fillDataSheet, portOn, syncsOf } from "./support";

describe("read", () => {
  it("converts a used range starting at C5: rows and columns counted from A1, formulas without =, no General", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Dữ liệu");
    sheet.put("C3", { value: "PHỤ LỤC" });
    sheet.merges.push({ top: 2, left: 2, bottom: 2, right: 8 });
    fillDataSheet(sheet, 3);
    sheet.put("J9", { value: "1.1", quotePrefix: true });
    sheet.put("K9", { value: "=SUM(A1)", quotePrefix: true }); // text that reads like a formula
    sheet.put("L9", { value: 45292, numberFormat: "dd/mm/yyyy" });
    sheet.put("M9", { value: "", formula: 'IF(1,"","x")' });
    sheet.put("C20", { fill: { color: "#FFFF00", pattern: "Solid" } }); // formatting only: not data
    const { port } = portOn(book);

    const model = await port.read(["Dữ liệu"]);
    const s = model.sheets[0];
    expect(s.name).toBe("Dữ liệu");
    expect(s.rows[0]).toBeUndefined();
    expect(s.rows[1]).toBeUndefined();
    expect(cellAt(s, 2, 2)).toEqual({ value: "PHỤ LỤC" });
    expect(cellAt(s, 2, 3)).toBeUndefined();
    expect(cellAt(s, 4, 2)).toEqual({ value: "STT" });
    expect(cellAt(s, 5, 2)).toEqual({ value: 1 });
    expect(cellAt(s, 5, 5)).toEqual({ value: 100, numberFormat: "#,##0" });
    expect(cellAt(s, 5, 8)).toEqual({ value: 200, formula: 'IF(F6=0,"",H6/F6*100)', numberFormat: "0.0" });
    expect(cellAt(s, 8, 9)).toEqual({ value: "1.1" });
    expect(cellAt(s, 8, 10)).toEqual({ value: "=SUM(A1)" });
    expect(cellAt(s, 8, 11)).toEqual({ value: "2024-01-01", numberFormat: "dd/mm/yyyy" });
    expect(cellAt(s, 8, 12)).toEqual({ value: "", formula: 'IF(1,"","x")' });
    expect(s.rows.length).toBe(9); // row 20's fill is not data
    expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 8 }]);
  });

  it("loads only the properties it needs, values only, in one sync for all named sheets", async () => {
    const book = new FakeWorkbook();
    for (const name of ["A", "B", "C"]) fillDataSheet(book.addSheet(name), 10);
    const { port } = portOn(book);
    book.resetCounters();
    const model = await port.read(["A", "B", "C"]);
    expect(book.syncs).toBe(1);
    expect(model.sheets.map((s) => s.name)).toEqual(["A", "B", "C"]);
    expect(book.loads.filter((l) => l.startsWith("range:"))).toEqual(
      Array(3).fill(`range:${READ_PROPERTIES}`),
    );
    expect(READ_PROPERTIES).toBe("values,formulas,numberFormat,address,rowIndex,columnIndex");
    expect(book.calls).toContain("worksheet.getUsedRangeOrNullObject");
  });

  it("costs the same syncs for a 30-row and a 5 000-row sheet: 1 with names, 2 without", async () => {
    const counts: number[][] = [];
    for (const rows of [30, 5000]) {
      const book = new FakeWorkbook();
      fillDataSheet(book.addSheet("Dữ liệu"), rows);
      book.addSheet("Khác");
      const { port } = portOn(book);
      const named = await syncsOf(book, () => port.read(["Dữ liệu"]));
      const all = await syncsOf(book, () => port.read());
      const model = await port.read(["Dữ liệu"]);
      expect(model.sheets[0].rows.length).toBe(5 + rows);
      expect(cellAt(model.sheets[0], 4 + rows, 3)).toEqual({ value: `Chỉ tiêu số ${rows}` });
      counts.push([named, all]);
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual([1, 2]);
  });

  it("reads all sheets in workbook order when no names are given", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Một").put("A1", { value: 1 });
    book.addSheet("Hai").put("B2", { value: "x" });
    const { port } = portOn(book);
    const model = await port.read();
    expect(model.sheets.map((s) => s.name)).toEqual(["Một", "Hai"]);
    expect(cellAt(model.sheets[1], 1, 1)).toEqual({ value: "x" });
  });

  it("reads a sheet formatted down to row 1 048 576 only as far as its data", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("S");
    fillDataSheet(sheet, 30);
    sheet.formattedTo = { row: 1_048_575, col: 40 };
    const { port } = portOn(book);
    const model = await port.read(["S"]);
    expect(model.sheets[0].rows.length).toBe(35);
  });

  it("reads an empty sheet as no rows, with getUsedRangeOrNullObject (1.4+) and with getUsedRange (1.1)", async () => {
    for (const apiVersion of [13, 4, 1]) {
      const book = new FakeWorkbook({ apiVersion });
      book.addSheet("Trống");
      fillDataSheet(book.addSheet("Đầy"), 2);
      const { port } = portOn(book);
      const model = await port.read(["Trống", "Đầy"]);
      // Below ExcelApi 1.13 the model says its merges are not known.
      expect(model.sheets[0]).toEqual(
        apiVersion >= 13
          ? { name: "Trống", rows: [], merges: [] }
          : { name: "Trống", rows: [], merges: [], mergesKnown: false },
      );
      expect(cellAt(model.sheets[1], 5, 2)).toEqual({ value: 1 });
      expect(book.syncs).toBe(1);
    }
  });

  it("uses getUsedRange without valuesOnly on ExcelApi 1.1 and reports no merges before 1.13", async () => {
    const book = new FakeWorkbook({ apiVersion: 1 });
    const sheet = book.addSheet("S");
    fillDataSheet(sheet, 3);
    sheet.merges.push({ top: 4, left: 2, bottom: 4, right: 3 });
    const { port } = portOn(book);
    const model = await port.read(["S"]);
    expect(book.calls).toContain("worksheet.getUsedRange");
    expect(book.calls).not.toContain("worksheet.getUsedRange(valuesOnly)");
    expect(book.calls).not.toContain("range.getMergedAreasOrNullObject");
    expect(model.sheets[0].merges).toEqual([]);
    expect(model.sheets[0].mergesKnown).toBe(false);
    expect(cellAt(model.sheets[0], 5, 8)?.formula).toBe('IF(F6=0,"",H6/F6*100)');
  });

  it("reads each merged area from RangeAreas.areas, never from its address string", async () => {
    // Commas and cell-like words in a sheet name: its address ("'Bảng 1,A1,B2'!C3:D3, …") misleads a parser.
    const book = new FakeWorkbook({ apiVersion: 13 });
    const sheet = book.addSheet("Bảng 1,A1,B2");
    fillDataSheet(sheet, 3);
    sheet.merges.push({ top: 2, left: 2, bottom: 2, right: 3 }, { top: 5, left: 3, bottom: 6, right: 3 });
    const { port } = portOn(book);
    const model = await port.read(["Bảng 1,A1,B2"]);
    expect(model.sheets[0].merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 5, left: 3, bottom: 6, right: 3 },
    ]);
    expect(model.sheets[0].mergesKnown).toBeUndefined();
    expect(book.loads).toContain(
      "areas.items:items/rowIndex,items/columnIndex,items/rowCount,items/columnCount",
    );
    expect(book.loads.some((l) => l === "areas:address")).toBe(false);
  });

  it("rejects with sheet-missing when a named sheet is gone", async () => {
    const book = new FakeWorkbook();
    book.addSheet("A");
    const { port } = portOn(book);
    const error = await port.read(["Không có"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).code).toBe("sheet-missing");
    expect((error as PortError).details.sheet).toBe("Không có");
    expect((error as PortError).details.hostCode).toBe("ItemNotFound");
  });

  it("rejects with too-large when the answer passes the response limit", async () => {
    const book = new FakeWorkbook();
    fillDataSheet(book.addSheet("S"), 200);
    book.responseLimit = 10_000;
    const { port } = portOn(book);
    await expect(port.read(["S"])).rejects.toMatchObject({ name: "PortError", code: "too-large" });
  });
});
