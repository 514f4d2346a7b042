import { describe, expect, it } from "vitest";
import { rangeA1 } from "../../src/core/model/address";
import { styleOf, type PlannedCell, type SheetPlan } from "../../src/core/model/plan";
import { charsToPoints } from "../../src/excel/blocks";
import { PortError } from "../../src/excel/errors";
import { INPUT_VALIDATION_ALERT } from "../../src/excel/write";
import { FakeWorkbook, type FakeSheet } from "./fake-excel";
import { duBaoPlan, portOn, resizedPlan, syncsOf } from "./support";

/** Every planned value and formula is in the sheet, as the type it was planned with. */
function expectCellsWritten(sheet: FakeSheet, plan: SheetPlan): void {
  for (const c of plan.cells) {
    const cell = sheet.cellAt(c.row, c.col);
    const where = `${plan.name}!${rangeA1({ top: c.row, left: c.col, bottom: c.row, right: c.col })}`;
    if (c.formula !== undefined) {
      expect(cell?.formula, where).toBe(c.formula);
    } else if (c.value !== undefined && c.value !== null) {
      expect(cell?.value, where).toBe(c.value);
      expect(cell?.formula, where).toBeUndefined();
    } else {
      expect(cell?.value ?? null, where).toBeNull();
    }
    const format = styleOf(c).numberFormat;
    expect(cell?.numberFormat ?? "General", where).toBe(format ?? "General");
  }
}

function find(plan: SheetPlan, pred: (c: PlannedCell) => boolean): PlannedCell {
  const c = plan.cells.find(pred);
  if (!c) throw new Error("no such planned cell");
  return c;
}

describe("addSheets", () => {
  it("writes the du-bao plan: values, formulas with =, number formats, looks, merges, widths, freeze, print", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const { port } = portOn(book);
    const plan = duBaoPlan();
    await port.addSheets([plan]);

    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", plan.name]);
    const sheet = book.sheet(plan.name);
    expectCellsWritten(sheet, plan);
    // Column numbers are numbers, "7=6/4" is text; formulas were written with a leading "=".
    expect(sheet.at("A6").value).toBe(1);
    expect(sheet.at("G6").value).toBe("7=6/4");
    expect(book.calls.filter((c) => c === "range.formulas").length).toBeGreaterThan(0);

    // Looks.
    const title = find(plan, (c) => c.role === "title");
    const titleCell = sheet.cellAt(title.row, title.col)!;
    expect(titleCell.font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(titleCell.hAlign).toBe("Center");
    const header = find(plan, (c) => c.role === "header");
    const headerCell = sheet.cellAt(header.row, header.col)!;
    expect(headerCell.fill).toEqual({ color: "#DDEBF7", pattern: "Solid" });
    expect(headerCell.wrap).toBe(true);
    expect(headerCell.vAlign).toBe("Center");
    const computed = find(plan, (c) => c.role === "computed");
    const computedCell = sheet.cellAt(computed.row, computed.col)!;
    expect(computedCell.font).toMatchObject({ name: "Times New Roman", size: 12, color: "#1F4E79" });
    expect(computedCell.font.bold).toBeUndefined();
    expect(computedCell.fill?.color).toBe("#EDEDED");
    const code = find(
      plan,
      (c) => c.role === "code" && typeof c.value === "string" && c.value.startsWith("ict."),
    );
    expect(sheet.cellAt(code.row, code.col)!.font).toMatchObject({ size: 8, color: "#808080" });
    expect(sheet.cellAt(code.row, code.col)!.borders).toEqual({});
    for (const c of plan.cells.filter((c) => styleOf(c).border)) {
      const borders = sheet.cellAt(c.row, c.col)!.borders;
      for (const side of ["top", "bottom", "left", "right"] as const) {
        expect(borders[side], `${side} border of row ${c.row} col ${c.col}`).toEqual({
          style: "Continuous",
          weight: "Thin",
          color: "#000000",
        });
      }
    }

    // Sheet setup.
    expect(sheet.merges).toEqual(plan.merges);
    plan.columnWidths.forEach((w, col) => expect(sheet.columnWidths.get(col)).toBe(charsToPoints(w)));
    expect([...sheet.hiddenColumns]).toEqual(plan.hiddenColumns);
    for (const [row, h] of Object.entries(plan.rowHeights)) expect(sheet.rowHeights.get(Number(row))).toBe(h);
    expect(sheet.freeze).toEqual({ rows: 6, cols: 2 });
    expect(sheet.printTitleRows).toBe("$5:$6");
    // One page wide, as many pages tall as the table needs (0 = automatic), never shrunk onto one page.
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      leftMargin: 36,
      rightMargin: 28.8,
      topMargin: 43.2,
      headerMargin: 21.6,
      centerHorizontally: true,
    });

    // Input cells accept non-negative numbers (warning only); other cells have no validation.
    const input = find(plan, (c) => c.role === "input");
    expect(sheet.cellAt(input.row, input.col)!.validation).toEqual({
      rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      errorAlert: { showAlert: true, style: "Warning", ...INPUT_VALIDATION_ALERT },
      ignoreBlanks: true,
    });
    expect(sheet.cellAt(computed.row, computed.col)!.validation).toBeUndefined();
  });

  it("costs two syncs for the du-bao sheet at 30 rows and at 5 000 rows: the sheet, then its setup", async () => {
    const counts: number[] = [];
    for (const rows of [30, 5000]) {
      const book = new FakeWorkbook();
      const { port } = portOn(book);
      const plan = resizedPlan(duBaoPlan(), rows);
      counts.push(await syncsOf(book, () => port.addSheets([plan])));
      expect(Math.max(...book.requestBytes)).toBeLessThan(5 * 1024 * 1024);
      const sheet = book.sheet(plan.name);
      expectCellsWritten(sheet, plan);
      expect(sheet.freeze).toEqual({ rows: 6, cols: 2 });
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(2);
  });

  it("adds several sheets at the end, in order, in one sync and their setup in one more", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const { port } = portOn(book);
    const a = duBaoPlan(2026);
    const b = { ...duBaoPlan(2027), name: "Dự báo 2027" };
    expect(await syncsOf(book, () => port.addSheets([a, b]))).toBe(2);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", a.name, "Dự báo 2027"]);
    expectCellsWritten(book.sheet("Dự báo 2027"), b);
  });

  it("keeps a new sheet whose print setup or freeze panes the build refuses, and says which parts are missing", async () => {
    for (const [member, part] of [
      ["worksheet.pageLayout", "print"],
      ["worksheet.freezePanes", "freeze"],
      ["range.dataValidation", "validation"],
    ] as const) {
      const book = new FakeWorkbook({ apiVersion: 13 });
      book.addSheet("Sheet1");
      book.failing.set(member, "GeneralException"); // a build that refuses it although its API level has it
      const { port } = portOn(book);
      const plan = duBaoPlan();
      const outcome = await port.addSheets([plan]);
      expect(outcome, member).toEqual({ unfinished: [{ sheet: plan.name, parts: [part] }] });
      const sheet = book.sheet(plan.name);
      expectCellsWritten(sheet, plan);
      expect(book.active?.name).toBe(plan.name);
      // The other parts are set.
      expect(sheet.freeze).toEqual(part === "freeze" ? undefined : { rows: 6, cols: 2 });
      expect(sheet.printTitleRows).toBe(part === "print" ? undefined : "$5:$6");
      const input = find(plan, (c) => c.role === "input");
      expect(sheet.cellAt(input.row, input.col)!.validation === undefined).toBe(part === "validation");
    }
  });

  it("still works without ExcelApi 1.7 and 1.9: no freezePanes, print titles, hyperlinks or ranges by indexes", async () => {
    for (const apiVersion of [6, 8]) {
      const book = new FakeWorkbook({ apiVersion });
      const { port } = portOn(book);
      const plan = duBaoPlan();
      await port.addSheets([plan]);
      const sheet = book.sheet(plan.name);
      expectCellsWritten(sheet, plan);
      const has17 = apiVersion >= 7;
      expect(
        book.calls.some((c) => c.startsWith("worksheet.freezePanes") || c.startsWith("freezePanes.")),
      ).toBe(has17);
      expect(
        book.calls.some((c) => c.startsWith("worksheet.pageLayout") || c.startsWith("pageLayout.")),
      ).toBe(false);
      expect(book.calls.includes("worksheet.getRangeByIndexes")).toBe(has17);
      expect(book.calls).not.toContain("worksheet.getRanges");
      expect(sheet.freeze).toEqual(has17 ? plan.freeze : undefined);
      expect(sheet.printTitleRows).toBeUndefined();
      expect(sheet.merges).toEqual(plan.merges);
      expect([...sheet.hiddenColumns]).toEqual(plan.hiddenColumns);
      const input = find(plan, (c) => c.role === "input");
      expect(sheet.cellAt(input.row, input.col)!.validation !== undefined).toBe(apiVersion >= 8);
    }
  });

  it("writes values, formulas and looks on ExcelApi 1.1, leaving out merges, widths and hidden columns", async () => {
    const book = new FakeWorkbook({ apiVersion: 1 });
    const { port } = portOn(book);
    const plan = duBaoPlan();
    await port.addSheets([plan]);
    const sheet = book.sheet(plan.name);
    expectCellsWritten(sheet, plan);
    expect(sheet.merges).toEqual([]);
    expect(sheet.columnWidths.size).toBe(0);
    expect(sheet.at("E5").fill?.color).toBe("#DDEBF7");
  });

  it("keeps text that Excel would read as a number, date or formula as text", async () => {
    const book = new FakeWorkbook();
    const { port } = portOn(book);
    const texts = [
      "1.1",
      "1.1.1",
      "- Cấp xã",
      "+ Cấp huyện",
      "=1+1",
      "'quoted",
      "88,8",
      "TRUE",
      "15%",
      "a",
      "7=6/4",
    ];
    const plan: SheetPlan = {
      ...duBaoPlan(),
      name: "Văn bản",
      cells: texts.map((value, i) => ({ row: i, col: 0, value, role: "label" as const })),
      merges: [],
      rowHeights: {},
    };
    await port.addSheets([plan]);
    const sheet = book.sheet("Văn bản");
    texts.forEach((t, i) => {
      expect(sheet.cellAt(i, 0)?.value, t).toBe(t);
      expect(sheet.cellAt(i, 0)?.formula, t).toBeUndefined();
    });
    expect(sheet.cellAt(10, 0)?.quotePrefix).toBe(false); // "7=6/4" needs no prefix
  });

  it("writes internal links as hyperlinks on 1.7 and as HYPERLINK formulas before", async () => {
    const plan: SheetPlan = {
      ...duBaoPlan(),
      name: "Kết quả kiểm tra",
      cells: [
        { row: 0, col: 0, value: "Dự báo 2026!F9", role: "link", link: { sheet: "Dự báo 2026", cell: "F9" } },
      ],
      merges: [],
      rowHeights: {},
    };
    const modern = new FakeWorkbook({ apiVersion: 7 });
    await portOn(modern).port.addSheets([plan]);
    const cell = modern.sheet("Kết quả kiểm tra").at("A1");
    expect(cell.hyperlink).toEqual({
      documentReference: "'Dự báo 2026'!F9",
      textToDisplay: "Dự báo 2026!F9",
    });
    expect(cell.value).toBe("Dự báo 2026!F9");
    expect(cell.font.color).toBe("#0563C1");

    const old = new FakeWorkbook({ apiVersion: 6 });
    await portOn(old).port.addSheets([plan]);
    expect(old.sheet("Kết quả kiểm tra").at("A1").formula).toBe(
      `HYPERLINK("#'Dự báo 2026'!F9","Dự báo 2026!F9")`,
    );
  });

  it("rejects with unknown when the name is taken (the port expects free names)", async () => {
    const book = new FakeWorkbook();
    const plan = duBaoPlan();
    book.addSheet(plan.name);
    const error = await portOn(book)
      .port.addSheets([plan])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({
      code: "unknown",
      details: { hostCode: "ItemAlreadyExists", sheet: plan.name },
    });
  });
});

describe("writeCells", () => {
  function sheetWithFormats(rows: number): FakeWorkbook {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Dự báo 2026");
    for (let r = 0; r < rows + 10; r++) sheet.put(`F${r + 1}`, { numberFormat: "#,##0" });
    return book;
  }

  it("writes 5 000 formulas in the same one sync as 30", async () => {
    const counts: number[] = [];
    for (const rows of [30, 5000]) {
      const book = sheetWithFormats(rows);
      const { port } = portOn(book);
      const writes = Array.from({ length: rows }, (_, i) => ({
        row: 8 + i,
        col: 6,
        formula: `IF(AND(ISNUMBER(F${9 + i}),ISNUMBER(D${9 + i})),IF(D${9 + i}=0,"",F${9 + i}/D${9 + i}*100),"")`,
        numberFormat: "0.0",
      }));
      counts.push(await syncsOf(book, () => port.writeCells({ "Dự báo 2026": writes })));
      const sheet = book.sheet("Dự báo 2026");
      expect(sheet.at("G9").formula).toBe(writes[0].formula);
      expect(sheet.at("G9").numberFormat).toBe("0.0");
      expect(sheet.cellAt(8 + rows - 1, 6)?.formula).toBe(writes[rows - 1].formula);
      expect(book.calls.filter((c) => c === "range.formulas").length).toBe(1); // one array write, not one per cell
    }
    expect(counts).toEqual([1, 1]);
  });

  it("writes values, clears with null, and sets number formats only where given", async () => {
    const book = sheetWithFormats(10);
    const sheet = book.sheet("Dự báo 2026");
    sheet.put("E9", { value: "cũ" });
    const { port } = portOn(book);
    await port.writeCells({
      "Dự báo 2026": [
        { row: 8, col: 3, value: 4300 },
        { row: 8, col: 4, value: null },
        { row: 8, col: 5, value: 88.8 },
        { row: 9, col: 5, value: 12, numberFormat: "0.0" },
        { row: 9, col: 3, value: "1.1" },
      ],
    });
    expect(sheet.at("D9").value).toBe(4300);
    expect(sheet.at("E9").value).toBeNull();
    expect(sheet.at("F9")).toMatchObject({ value: 88.8, numberFormat: "#,##0" }); // format untouched
    expect(sheet.at("F10")).toMatchObject({ value: 12, numberFormat: "0.0" });
    expect(sheet.at("D10").value).toBe("1.1");
  });

  it("writes into several sheets in one sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("A");
    book.addSheet("B");
    const { port } = portOn(book);
    const n = await syncsOf(book, () =>
      port.writeCells({ A: [{ row: 0, col: 0, value: 1 }], B: [{ row: 4, col: 2, formula: "=A1*2" }] }),
    );
    expect(n).toBe(1);
    expect(book.sheet("A").at("A1").value).toBe(1);
    expect(book.sheet("B").at("C5").formula).toBe("A1*2");
  });

  it("cuts a write of several megabytes into requests under 5 MB, and only then", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S");
    const { port } = portOn(book);
    const long = "IF(ISNUMBER(A1)," + "A1+".repeat(60) + '0,"")';
    const writes = Array.from({ length: 40_000 }, (_, i) => ({ row: i, col: 1, formula: long }));
    const n = await syncsOf(book, () => port.writeCells({ S: writes }));
    expect(n).toBeGreaterThan(1);
    expect(Math.max(...book.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(book.sheet("S").at("B40000").formula).toBe(long);
  });

  it("rejects with protected on a protected sheet and sheet-missing on a missing one", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Khoá").protected = true;
    const { port } = portOn(book);
    await expect(port.writeCells({ Khoá: [{ row: 0, col: 0, value: 1 }] })).rejects.toMatchObject({
      code: "protected",
      details: { sheet: "Khoá", hostCode: "AccessDenied" },
    });
    await expect(port.writeCells({ Mất: [{ row: 0, col: 0, value: 1 }] })).rejects.toMatchObject({
      code: "sheet-missing",
      details: { sheet: "Mất" },
    });
  });

  it("does nothing, without a round trip, when there is nothing to write", async () => {
    const book = new FakeWorkbook();
    book.addSheet("A");
    const { port } = portOn(book);
    expect(await syncsOf(book, () => port.writeCells({ A: [] }))).toBe(0);
    expect(await syncsOf(book, () => port.addSheets([]))).toBe(0);
  });
});

describe("addSheets and the active sheet", () => {
  it("makes the first added sheet the active one, in the same single sync", async () => {
    const book = new FakeWorkbook({ apiVersion: 1 });
    book.addSheet("Sheet1");
    const { port } = portOn(book);
    const plans = [duBaoPlan(2026), { ...duBaoPlan(2027), name: "Dự báo 2027" }];
    expect(await syncsOf(book, () => port.addSheets(plans))).toBe(1);
    expect(book.active?.name).toBe("Dự báo 2026");
  });
});
