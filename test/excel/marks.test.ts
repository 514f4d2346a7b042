import { describe, expect, it } from "vitest";
import type { CellMark } from "../../src/core/port";
import { MARKS_KEY } from "../../src/excel/marks";
import { FakeWorkbook, type FakeCell } from "./fake-excel";
import { portOn, syncsOf } from "./support";

/** Everything of a cell except its fill. */
function withoutFill(cell: FakeCell): Omit<FakeCell, "fill"> {
  const rest: Partial<FakeCell> = structuredClone(cell);
  delete rest.fill;
  return rest as Omit<FakeCell, "fill">;
}

function setUp(apiVersion = 13) {
  const book = new FakeWorkbook({ apiVersion });
  const sheet = book.addSheet("Dự báo 2026");
  sheet.put("D9", {
    value: 4300,
    numberFormat: "#,##0",
    font: { bold: true },
    borders: { top: { style: "Continuous" } },
  });
  sheet.put("E9", { value: 12, fill: { color: "#FFFF00", pattern: "Solid" } });
  sheet.put("F9", { value: "x", fill: { color: "#FFFFFF", pattern: "Solid" } }); // an explicit white fill
  sheet.put("G9", { value: 1, fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" } });
  sheet.put("D10", { value: 7 });
  return { book, sheet, ...portOn(book) };
}

const MARKS: CellMark[] = [
  { sheet: "Dự báo 2026", cell: "D9", severity: "error" },
  { sheet: "Dự báo 2026", cell: "E9", severity: "warning" },
  { sheet: "Dự báo 2026", cell: "F9", severity: "info" },
  { sheet: "Dự báo 2026", cell: "G9", severity: "error" },
];

describe("mark and clearMarks", () => {
  it("mark fills by severity and clearMarks puts back exactly the previous fills, nothing else", async () => {
    const { book, sheet, port, store, saves } = setUp();
    const before = ["D9", "E9", "F9", "G9", "D10"].map((a) => structuredClone(sheet.at(a)));

    expect(await syncsOf(book, () => port.mark(MARKS))).toBe(2);
    expect(sheet.at("D9").fill?.color).toBe("#FFC7CE");
    expect(sheet.at("E9").fill?.color).toBe("#FFEB9C");
    expect(sheet.at("F9").fill?.color).toBe("#DDEBF7");
    expect(sheet.at("G9").fill).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    expect(withoutFill(sheet.at("D9"))).toEqual(withoutFill(before[0]));
    expect(typeof store.get(MARKS_KEY)).toBe("string");
    expect(saves.count).toBe(1);

    expect(await syncsOf(book, () => port.clearMarks())).toBe(2);
    ["D9", "E9", "F9", "G9", "D10"].forEach((a, i) => expect(sheet.at(a), a).toEqual(before[i]));
    expect(sheet.at("D9").fill).toBeUndefined(); // no fill before: cleared, not painted white
    expect(sheet.at("F9").fill).toEqual({ color: "#FFFFFF", pattern: "Solid" }); // white stays white (1.9)
    expect(store.has(MARKS_KEY)).toBe(false);
    expect(saves.count).toBe(2);
  });

  it("marking again first clears the previous marks, and a re-marked cell keeps its original fill", async () => {
    const { sheet, port } = setUp();
    const original = ["D9", "E9", "D10"].map((a) => structuredClone(sheet.at(a)));
    await port.mark([
      { sheet: "Dự báo 2026", cell: "D9", severity: "error" },
      { sheet: "Dự báo 2026", cell: "E9", severity: "error" },
    ]);
    await port.mark([
      { sheet: "Dự báo 2026", cell: "E9", severity: "warning" },
      { sheet: "Dự báo 2026", cell: "D10", severity: "info" },
    ]);
    expect(sheet.at("D9")).toEqual(original[0]); // only in the first marking: restored
    expect(sheet.at("E9").fill?.color).toBe("#FFEB9C");
    expect(sheet.at("D10").fill?.color).toBe("#DDEBF7");
    await port.clearMarks();
    ["D9", "E9", "D10"].forEach((a, i) => expect(sheet.at(a), a).toEqual(original[i]));
  });

  it("costs 2 syncs for 30 marks and for 5 000 marks", async () => {
    const counts: number[][] = [];
    for (const n of [30, 5000]) {
      const book = new FakeWorkbook();
      const sheet = book.addSheet("S");
      for (let i = 0; i < n; i++)
        sheet.put(`C${i + 1}`, {
          value: i,
          fill: i % 2 ? { color: "#00FF00", pattern: "Solid" } : undefined,
        });
      const { port } = portOn(book);
      const marks: CellMark[] = Array.from({ length: n }, (_, i) => ({
        sheet: "S",
        cell: `C${i + 1}`,
        severity: "error",
      }));
      book.resetCounters();
      const mark = await syncsOf(book, () => port.mark(marks));
      // The sheet is fetched once, not once per cell (each fetch is an object path in the request).
      expect(book.calls.filter((c) => c === "worksheets.getItem").length).toBeLessThanOrEqual(2);
      const remark = await syncsOf(book, () => port.mark(marks.slice(0, n / 2)));
      const clear = await syncsOf(book, () => port.clearMarks());
      counts.push([mark, remark, clear]);
      expect(sheet.at(`C${n}`).fill).toEqual({ color: "#00FF00", pattern: "Solid" });
      expect(sheet.at("C1").fill).toBeUndefined();
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual([2, 2, 2]);
  });

  it("before ExcelApi 1.9, a cell reporting white counts as unfilled and other colours come back", async () => {
    const { sheet, port, book } = setUp(8);
    await port.mark(MARKS.slice(0, 3));
    expect(book.calls).not.toContain("fill.load(pattern)");
    await port.clearMarks();
    expect(sheet.at("D9").fill).toBeUndefined();
    expect(sheet.at("E9").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(sheet.at("F9").fill).toBeUndefined(); // the explicit white fill is lost on old hosts (documented)
  });

  it("follows a renamed sheet by id and skips a deleted one", async () => {
    const { book, sheet, port } = setUp();
    const other = book.addSheet("Khác");
    other.put("A1", { value: 1 });
    await port.mark([...MARKS.slice(0, 2), { sheet: "Khác", cell: "A1", severity: "error" }]);
    sheet.name = "Dự báo (sửa)";
    book.sheets.splice(book.sheets.indexOf(other), 1);
    await expect(port.clearMarks()).resolves.toEqual({ recordSaved: true });
    expect(sheet.at("D9").fill).toBeUndefined();
    expect(sheet.at("E9").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
  });

  it("splits a marked range into cells and keeps the most severe mark of a cell", async () => {
    const { sheet, port } = setUp();
    await port.mark([
      { sheet: "Dự báo 2026", cell: "$D$9:E9", severity: "info" },
      { sheet: "Dự báo 2026", cell: "E9", severity: "error" },
    ]);
    expect(sheet.at("D9").fill?.color).toBe("#DDEBF7");
    expect(sheet.at("E9").fill?.color).toBe("#FFC7CE");
    await port.clearMarks();
    expect(sheet.at("E9").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
  });

  it("rejects with sheet-missing when a sheet to mark is gone, leaving the old marks recorded", async () => {
    const { sheet, port, store } = setUp();
    await port.mark(MARKS.slice(0, 1));
    const recorded = store.get(MARKS_KEY);
    await expect(port.mark([{ sheet: "Mất", cell: "A1", severity: "error" }])).rejects.toMatchObject({
      code: "sheet-missing",
    });
    expect(store.get(MARKS_KEY)).toBe(recorded);
    await port.clearMarks();
    expect(sheet.at("D9").fill).toBeUndefined();
  });

  it("does nothing without marks, and survives a settings bag that cannot be saved", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("S");
    const { port, store } = portOn(book, { failSave: true });
    expect(await syncsOf(book, () => port.clearMarks())).toBe(0);
    expect(await syncsOf(book, () => port.mark([]))).toBe(0);
    await port.mark([{ sheet: "S", cell: "B2", severity: "warning" }]);
    expect(store.has(MARKS_KEY)).toBe(true); // in memory for this session
    await port.clearMarks();
    expect(sheet.at("B2").fill).toBeUndefined();
  });
});
