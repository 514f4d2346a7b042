/**
 * The adapter within Excel's documented limits (test/excel/fake-limits.ts): 5 MB requests and responses on the
 * web, 512 merged areas per getMergedAreasOrNullObject and its top-left rule, MergedRangeConflict, cell-edit mode.
 */
import { describe, expect, it } from "vitest";
import { cellAt } from "../../src/core/model/sheet";
import type { CellMark } from "../../src/core/port";
import { PortError } from "../../src/excel/errors";
import { MERGED_AREAS_MAX, mergePieces } from "../../src/excel/read";
import { describeError } from "../../src/taskpane/state/errors";
import { FakeWorkbook } from "./fake-excel";
import { WEB_PAYLOAD_LIMIT } from "./fake-limits";
import { fillDataSheet, portOn, syncsOf } from "./support";

const LIMIT = WEB_PAYLOAD_LIMIT;

describe("merged areas", () => {
  it("reads a sheet with 2 000 merged areas, and a merge whose top-left cell lies left of the data", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("Từ Word");
    fillDataSheet(sheet, 2000); // header at row 4 (C5:I5), data rows 5 … 2004
    for (let row = 5; row < 2005; row++) {
      sheet.put(`J${row + 1}`, { value: `ghi chú ${row}` });
      sheet.merges.push({ top: row, left: 9, bottom: row, right: 10 });
    }
    // B4:C5: its top-left cell B4 is empty and outside the used range (C5:K2005); C5 holds the header "STT".
    sheet.merges.push({ top: 3, left: 1, bottom: 4, right: 2 });
    const { port } = portOn(book);

    const model = await port.read(["Từ Word"]);
    const merges = model.sheets[0].merges;
    expect(merges).toHaveLength(2001);
    expect(merges).toContainEqual({ top: 3, left: 1, bottom: 4, right: 2 });
    expect(merges).toContainEqual({ top: 5, left: 9, bottom: 5, right: 10 });
    expect(merges).toContainEqual({ top: 2004, left: 9, bottom: 2004, right: 10 });
    expect(cellAt(model.sheets[0], 2004, 9)).toEqual({ value: "ghi chú 2004" });
  });

  it("cuts an area into pieces that tile it and can never start more than 512 merges", () => {
    for (const area of [
      { top: 0, left: 0, bottom: 49_999, right: 7 },
      { top: 0, left: 0, bottom: 9, right: 300 },
      { top: 0, left: 0, bottom: 0, right: 0 },
    ]) {
      const pieces = mergePieces(area);
      const cells = pieces.reduce((n, p) => n + (p.bottom - p.top + 1) * (p.right - p.left + 1), 0);
      expect(cells).toBe((area.bottom + 1) * (area.right + 1)); // no gap, no overlap (all inside the area)
      for (const p of pieces) {
        expect(
          p.top >= area.top && p.bottom <= area.bottom && p.left >= area.left && p.right <= area.right,
        ).toBe(true);
        // Disjoint merges of two cells or more, each with its top-left cell in the piece.
        expect(((p.bottom - p.top + 2) * (p.right - p.left + 2)) / 2).toBeLessThanOrEqual(
          MERGED_AREAS_MAX + 0.5,
        );
      }
    }
  });

  it("reads the densest merges: 1 × 2 merges side by side on 1 000 rows (4 000 merges)", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("Gộp");
    for (let row = 0; row < 1000; row++) {
      for (let col = 0; col < 8; col += 2) {
        sheet.touch(row, col).value = row * 10 + col;
        sheet.merges.push({ top: row, left: col, bottom: row, right: col + 1 });
      }
    }
    const { port } = portOn(book);
    const model = await port.read(["Gộp"]);
    expect(model.sheets[0].merges).toHaveLength(4000);
    expect(model.sheets[0].merges).toContainEqual({ top: 999, left: 6, bottom: 999, right: 7 });
  });

  it("keeps one sync for a sheet with a few merges", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("S");
    fillDataSheet(sheet, 30);
    sheet.merges.push({ top: 3, left: 1, bottom: 4, right: 2 }, { top: 10, left: 3, bottom: 11, right: 3 });
    const { port } = portOn(book);
    let merges: unknown;
    expect(await syncsOf(book, async () => (merges = (await port.read(["S"])).sheets[0].merges))).toBe(1);
    expect(merges).toEqual([
      { top: 3, left: 1, bottom: 4, right: 2 },
      { top: 10, left: 3, bottom: 11, right: 3 },
    ]);
  });
});

describe("very large workbooks on Excel on the web", () => {
  it("reads 50 000 rows in pieces under 5 MB; the same sheet on the desktop in one sync", async () => {
    const web = new FakeWorkbook({ platform: "web" });
    fillDataSheet(web.addSheet("Lớn"), 50_000);
    web.addSheet("Nhỏ").put("A1", { value: "x" });
    const { port } = portOn(web);
    web.resetCounters();
    const model = await port.read();
    const big = model.sheets[0];
    expect(model.sheets.map((s) => s.name)).toEqual(["Lớn", "Nhỏ"]);
    expect(big.rows.length).toBe(50_005);
    expect(cellAt(big, 5, 3)).toEqual({ value: "Chỉ tiêu số 1" });
    expect(cellAt(big, 50_004, 3)).toEqual({ value: "Chỉ tiêu số 50000" });
    expect(cellAt(big, 50_004, 8)).toMatchObject({ formula: 'IF(F50005=0,"",H50005/F50005*100)' });
    expect(cellAt(model.sheets[1], 0, 0)).toEqual({ value: "x" });
    // The read at once was refused (one response over 5 MB); every response after it is under the limit.
    const refused = web.responseBytes.findIndex((b) => b > LIMIT);
    expect(refused).toBeGreaterThanOrEqual(0);
    expect(Math.max(...web.responseBytes.slice(refused + 1))).toBeLessThan(LIMIT);
    expect(web.syncs).toBeGreaterThan(3);

    const desktop = new FakeWorkbook({ platform: "desktop" });
    fillDataSheet(desktop.addSheet("Lớn"), 50_000);
    const onDesktop = portOn(desktop).port;
    expect(await syncsOf(desktop, () => onDesktop.read(["Lớn"]))).toBe(1);
  });

  it("reads a sheet of long texts, cutting its pieces smaller when Excel refuses them", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("Chữ dài");
    const text = (row: number) => `Nội dung ${row} `.padEnd(200, "x");
    for (let row = 0; row < 13_000; row++) {
      sheet.touch(row, 0).value = text(row);
      sheet.touch(row, 1).value = text(row + 1);
    }
    const { port } = portOn(book);
    const model = await port.read(["Chữ dài"]);
    expect(model.sheets[0].rows.length).toBe(13_000);
    expect(cellAt(model.sheets[0], 12_999, 1)).toEqual({ value: text(13_000) });
    expect(book.responseBytes.filter((b) => b > LIMIT).length).toBeGreaterThanOrEqual(2); // at once, then 25 000 cells
  });

  it("marks 20 000 cells and puts their fills back, every request under 5 MB", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("Dự báo 2026");
    fillDataSheet(sheet, 5000);
    for (let row = 6; row <= 5005; row += 2)
      sheet.put(`E${row}`, { fill: { color: "#FFFF00", pattern: "Solid" } });
    const marks: CellMark[] = [];
    for (let row = 6; row <= 5005; row++) {
      for (const col of ["E", "F", "G", "H"]) {
        marks.push({
          sheet: "Dự báo 2026",
          cell: `${col}${row}`,
          severity: row % 3 === 0 ? "error" : "warning",
        });
      }
    }
    expect(marks).toHaveLength(20_000);
    const { port } = portOn(book);
    book.resetCounters();
    await port.mark(marks);
    expect(Math.max(...book.requestBytes)).toBeLessThan(LIMIT);
    expect(book.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(LIMIT); // it had to be cut
    expect(sheet.at("E6").fill).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    expect(sheet.at("H5005").fill).toEqual({ color: "#FFEB9C", pattern: "Solid" });

    book.resetCounters();
    await port.clearMarks();
    expect(Math.max(...book.requestBytes)).toBeLessThan(LIMIT);
    expect(sheet.at("E6").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(sheet.at("E7").fill).toBeUndefined();
    expect(sheet.at("H5005").fill).toBeUndefined();
  });

  it("says so when a write cut into several syncs fails after the first ones were applied", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    book.addSheet("S");
    book.addSheet("Khoá").protected = true;
    const { port } = portOn(book);
    const long = "IF(ISNUMBER(A1)," + "A1+".repeat(60) + '0,"")';
    const writes = Array.from({ length: 40_000 }, (_, i) => ({ row: i, col: 1, formula: long }));
    const error = await port.writeCells({ S: writes, Khoá: [{ row: 0, col: 0, value: 1 }] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: "protected", details: { partial: true, hostCode: "AccessDenied" } });
    expect(book.sheet("S").at("B1").formula).toBe(long); // the first part is in the workbook
    expect(describeError(error, "vi")).toContain("các đợt đầu đã được ghi vào sổ tính");
    expect(describeError(error, "en")).toContain("the first parts are already in the workbook");

    // An ordinary write that fails is not reported as partial.
    const small = await port.writeCells({ Khoá: [{ row: 0, col: 0, value: 1 }] }).catch((e: unknown) => e);
    expect(small).toMatchObject({ code: "protected" });
    expect((small as PortError).details.partial).toBeUndefined();
    expect(describeError(small, "vi")).not.toContain("các đợt đầu");
  });
});

describe("writes across merged areas", () => {
  /** Formulas into G6:I9, across the merges I6:J6 (partly covered: Excel refuses) and H8:H9 (wholly covered). */
  function setUp() {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("S");
    fillDataSheet(sheet, 10);
    sheet.merges.push({ top: 5, left: 8, bottom: 5, right: 9 }, { top: 7, left: 7, bottom: 8, right: 7 });
    const writes = [];
    for (let row = 5; row <= 8; row++) {
      for (let col = 6; col <= 8; col++)
        writes.push({ row, col, formula: `ROW()*${col}`, numberFormat: "0.0" });
    }
    return { book, sheet, writes, ...portOn(book) };
  }

  function expectFilled(sheet: ReturnType<typeof setUp>["sheet"]): void {
    expect(sheet.at("G6").formula).toBe("ROW()*6");
    expect(sheet.at("H6").formula).toBe("ROW()*7");
    expect(sheet.at("I6")).toMatchObject({ formula: "ROW()*8", numberFormat: "0.0" }); // top-left of I6:J6
    expect(sheet.at("H8").formula).toBe("ROW()*7"); // top-left of H8:H9
    expect(sheet.at("H9").value).toBe(203); // hidden under it: left alone
    expect(sheet.at("H9").formula).toBeUndefined();
    expect(sheet.at("I9")).toMatchObject({ formula: "ROW()*8", numberFormat: "0.0" });
  }

  it("fills across a merged area in one sync after a read, writing each merge by its top-left cell", async () => {
    const { book, sheet, writes, port } = setUp();
    await port.read(["S"]);
    expect(await syncsOf(book, () => port.writeCells({ S: writes }))).toBe(1);
    expectFilled(sheet);
  });

  it("fills across a merged area it did not know of: reads the merges and writes again", async () => {
    const { book, sheet, writes, port } = setUp();
    book.resetCounters();
    await port.writeCells({ S: writes });
    expectFilled(sheet);
    expect(book.syncs).toBe(3); // refused, merges, write
  });
});

describe("merged areas met by a quick fix, and hosts that cannot report merges", () => {
  it("writes a fix across a merge it did not know: reads the merges and writes again (ExcelApi 1.13)", async () => {
    const book = new FakeWorkbook({ apiVersion: 13 });
    const sheet = book.addSheet("S");
    sheet.put("B6", { value: "4.300" }).put("C6", { value: "88,8" });
    sheet.merges.push({ top: 5, left: 2, bottom: 5, right: 3 }); // C6:D6
    const { port } = portOn(book);
    await port.writeStates(
      [
        { sheet: "S", cell: "B6", value: 4300 },
        { sheet: "S", cell: "C6", value: 88.8 },
      ],
      null,
    );
    expect([sheet.at("B6").value, sheet.at("C6").value]).toEqual([4300, 88.8]);
  });

  it("says a write into merged cells could not avoid them below ExcelApi 1.13, where merges are unknown", async () => {
    const book = new FakeWorkbook({ apiVersion: 12 });
    const sheet = book.addSheet("S");
    fillDataSheet(sheet, 3);
    sheet.merges.push({ top: 5, left: 8, bottom: 5, right: 9 }); // I6:J6
    const { port } = portOn(book);
    await port.read(["S"]);
    const error = await port
      .writeCells({ S: [5, 6, 7].map((row) => ({ row, col: 8, formula: `ROW()*${row}` })) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "merged",
      details: { mergesKnown: false, hostCode: "MergedRangeConflict", sheet: "S" },
    });
    expect(describeError(error, "vi")).toContain(
      "chưa cho phần bổ trợ biết ô nào được gộp (cần ExcelApi 1.13)",
    );
    // With 1.13 the same write goes around the merge.
    book.apiVersion = 13;
    const fresh = portOn(book).port;
    await fresh.writeCells({ S: [5, 6, 7].map((row) => ({ row, col: 8, formula: `ROW()*${row}` })) });
    expect(sheet.at("I7").formula).toBe("ROW()*6");
  });
});

describe("cell-edit mode", () => {
  it("waits for the user to leave the cell on ExcelApi 1.11 and later", async () => {
    const book = new FakeWorkbook({ apiVersion: 11 });
    const sheet = book.addSheet("S");
    const { port } = portOn(book);
    book.cellEdit.enter();
    let done = false;
    const writing = port.writeCells({ S: [{ row: 0, col: 0, value: 5 }] }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(sheet.at("A1").value).toBeNull();
    book.cellEdit.exit();
    await writing;
    expect(sheet.at("A1").value).toBe(5);
  });

  it("says InvalidOperation may be cell-edit mode before ExcelApi 1.11, without claiming it is", async () => {
    const book = new FakeWorkbook({ apiVersion: 10 });
    book.addSheet("S");
    book.failing.set("range.formulas", "InvalidOperation");
    const { port } = portOn(book);
    const error = await port.writeCells({ S: [{ row: 0, col: 0, value: 5 }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "cell-edit",
      details: { uncertain: true, hostCode: "InvalidOperation" },
    });
    expect(describeError(error, "vi")).toBe(
      "Excel từ chối thao tác này. Nếu bạn đang gõ trong một ô, hãy nhấn Enter hoặc Tab để kết thúc rồi thử lại.",
    );
    // From 1.11 the batch waits for the cell instead: InvalidOperation is something else.
    book.apiVersion = 11;
    const later = await portOn(book)
      .port.writeCells({ S: [{ row: 0, col: 0, value: 5 }] })
      .catch((e: unknown) => e);
    expect(later).toMatchObject({ code: "unknown", details: { hostCode: "InvalidOperation" } });
  });

  it("rejects with cell-edit and a Vietnamese sentence before ExcelApi 1.11", async () => {
    const book = new FakeWorkbook({ apiVersion: 10 });
    book.addSheet("S");
    const { port } = portOn(book);
    book.cellEdit.enter();
    const error = await port.writeCells({ S: [{ row: 0, col: 0, value: 5 }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "cell-edit",
      details: { hostCode: "InvalidOperationInCellEditMode" },
    });
    expect(describeError(error, "vi")).toBe(
      "Excel đang ở chế độ sửa ô (bạn đang gõ trong một ô): hãy nhấn Enter hoặc Tab để kết thúc rồi thử lại.",
    );
    expect(describeError(error, "en")).toMatch(/^Excel is in cell-edit mode/);
    await expect(port.read(["S"])).rejects.toMatchObject({ code: "cell-edit" });
    book.cellEdit.exit();
    await port.writeCells({ S: [{ row: 0, col: 0, value: 5 }] });
    expect(book.sheet("S").at("A1").value).toBe(5);
  });
});

describe("writes the host refuses for their size, and used ranges stretched by a stray cell", () => {
  it("sends a write again in smaller syncs when the host refuses its request as too large", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("S");
    // The adapter's estimate (about 1 byte a character here) is right; the host is stricter than 5 MB.
    book.requestLimit = 1_500_000;
    const { port } = portOn(book);
    const writes = Array.from({ length: 30_000 }, (_, i) => ({
      row: i,
      col: 0,
      value: `Chỉ tiêu ${i} `.padEnd(60, "x"),
    }));
    await port.writeCells({ S: writes });
    expect(book.requestBytes.filter((b) => b > book.requestLimit).length).toBeGreaterThan(0); // refused, then cut
    expect(sheet.at("A1").value).toBe(writes[0].value);
    expect(sheet.at("A30000").value).toBe(writes[29_999].value);
  });

  it("refuses to read a sheet whose used range a stray value stretches to XFD1048576, saying where it ends", async () => {
    const book = new FakeWorkbook({ platform: "desktop" });
    const sheet = book.addSheet("Dự báo 2026");
    fillDataSheet(sheet, 30);
    sheet.put("XFD1048576", { value: "x" }); // typed by mistake, far from the table
    const { port } = portOn(book);
    const error = await port.read(["Dự báo 2026"]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "too-large",
      details: { sheet: "Dự báo 2026", usedRange: "C5:XFD1048576" },
    });
    expect(book.syncs).toBe(2); // the read at once (refused: over 5 000 000 cells), then the sizes
    expect(describeError(error, "vi")).toBe(
      "Trang tính «Dự báo 2026» có ô đang dùng trải tới XFD1048576 (vùng C5:XFD1048576), quá rộng để đọc: có một giá trị lạc ở hàng hoặc cột rất xa bảng. Hãy chọn các hàng, cột thừa sau bảng (từ hàng, cột trống đầu tiên tới XFD1048576), xóa chúng (chuột phải › Xóa) rồi thử lại.",
    );
  }, 20_000);

  it("still reads a used range a stray value stretches only a little, at once", async () => {
    const book = new FakeWorkbook({ platform: "web" });
    const sheet = book.addSheet("S");
    fillDataSheet(sheet, 30);
    sheet.put("Z40", { value: "ghi chú" });
    const { port } = portOn(book);
    expect(await syncsOf(book, () => port.read(["S"]))).toBe(1);
  });
});
