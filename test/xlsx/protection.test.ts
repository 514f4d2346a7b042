/**
 * The .xlsx port refuses what Excel refuses on a protected workbook, before anything is written: cells of a
 * protected sheet (but the unlocked ones' values, as Excel lets an official type there), its styles unless "Format
 * cells" is allowed, and a sheet added to a workbook whose structure is protected. The refusal's sentence is the
 * pane's, from the one translation table. Everything asserted is read back by the one reader.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fillComparisons, insertTemplates, planInsert } from "../../src/core/actions";
import { PortError } from "../../src/core/port";
import { describeError } from "../../src/taskpane/state/errors";
import { XlsxDocument } from "../../src/xlsx";
import { SETTINGS_SHEET } from "../../src/xlsx/port";
import { parts } from "../support/package";
import { FORM_SHEET, lockStructure, protectedForm, protectSheet } from "../support/protection";
import { bookOf, excelJsBytes, portOfBytes } from "../support/workbooks";

const SHEET = "Số liệu";
const SHEET_REFUSED =
  "Trang tính «Số liệu» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.";
const STRUCTURE_REFUSED =
  "Sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính mới: hãy bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.";

/**
 * A form as an official gets it from the province, written by another program (ExcelJS): B2 locked (Excel's
 * default), C2 and column D unlocked for typing, the sheet protected.
 */
async function form(options: { formatCells?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(SHEET);
  ws.getCell("A1").value = "Chỉ tiêu";
  ws.getCell("B2").value = 10;
  ws.getCell("C2").value = 20;
  ws.getCell("C2").protection = { locked: false };
  ws.getColumn("D").protection = { locked: false };
  await ws.protect("", { formatCells: options.formatCells === true });
  return excelJsBytes(workbook);
}

/** What a refused call threw, as the pane (and the page) says it. */
async function refusal(call: Promise<unknown>): Promise<{ error: PortError; vi: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PortError);
  expect((error as PortError).code).toBe("protected");
  return { error: error as PortError, vi: describeError(error, "vi") };
}

describe("a protected sheet", () => {
  it("is read as protected from another program's file, and a write into a locked cell is refused whole", async () => {
    const bytes = await form();
    expect(parts(bytes)["xl/worksheets/sheet1.xml"]).toBeDefined();
    const port = portOfBytes(bytes);
    const before = port.save();
    // C2 is unlocked, B2 is not: nothing is written, not even C2.
    const { error, vi } = await refusal(
      port.writeCells({
        [SHEET]: [
          { row: 1, col: 2, value: 21 },
          { row: 1, col: 1, value: 11 },
        ],
      }),
    );
    expect(error.details).toEqual({ sheet: SHEET });
    expect(vi).toBe(SHEET_REFUSED);
    expect(describeError(error, "en")).toBe(
      "The sheet «Số liệu» is protected, so nothing was written: unprotect it (Review › Unprotect Sheet) and retry.",
    );
    expect(port.save()).toEqual(before);
    const sheet = bookOf(port.save()).sheet(SHEET);
    expect([sheet.value("B2"), sheet.value("C2")]).toEqual([10, 20]);
  });

  it("takes values and formulas into its unlocked cells, as Excel lets an official type there", async () => {
    const port = portOfBytes(await form());
    // C2: an unlocked cell; D5: no cell yet, in the unlocked column D (it takes the column's style, as in Excel).
    await port.writeCells({
      [SHEET]: [
        { row: 1, col: 2, value: 25 },
        { row: 4, col: 3, formula: "C2*2" },
      ],
    });
    const sheet = bookOf(port.save()).sheet(SHEET);
    expect(sheet.value("C2")).toBe(25);
    expect(sheet.formula("D5")).toBe("C2*2");
    expect(sheet.value("B2")).toBe(10);
  });

  it("keeps an unlocked cell's format when it takes a value, unless «Format cells» is allowed", async () => {
    const locked = portOfBytes(await form());
    // Typing into an unlocked cell keeps its format in Excel: the value goes in, the format asked for does not.
    await locked.writeCells({ [SHEET]: [{ row: 1, col: 2, value: 0.5, numberFormat: "0.0%" }] });
    const kept = bookOf(locked.save()).sheet(SHEET);
    expect([kept.value("C2"), kept.numberFormat("C2")]).toEqual([0.5, undefined]);

    const allowed = portOfBytes(await form({ formatCells: true }));
    await allowed.writeCells({ [SHEET]: [{ row: 1, col: 2, value: 0.5, numberFormat: "0.0%" }] });
    const cell = bookOf(allowed.save()).sheet(SHEET);
    expect([cell.value("C2"), cell.numberFormat("C2")]).toEqual([0.5, "0.0%"]);
    // «Format cells» allows styles, not values: a locked cell still refuses its value.
    const before = allowed.save();
    await refusal(allowed.writeCells({ [SHEET]: [{ row: 1, col: 1, value: 1 }] }));
    expect(allowed.save()).toEqual(before);
  });

  it("refuses marks (a fill is formatting) unless «Format cells» is allowed, and a quick fix's locked cells", async () => {
    const port = portOfBytes(await form());
    const before = port.save();
    const { vi } = await refusal(port.mark([{ sheet: SHEET, cell: "C2", severity: "error" }]));
    expect(vi).toBe(SHEET_REFUSED);
    await refusal(
      port.writeStates([{ sheet: SHEET, cell: "B2", value: 12 }], {
        at: "2026-01-01T00:00:00Z",
        changes: [],
      }),
    );
    // Nothing written, no record kept: the workbook is as it came.
    expect(port.save()).toEqual(before);
    expect(await port.loadUndo()).toBeUndefined();

    const allowed = portOfBytes(await form({ formatCells: true }));
    await allowed.mark([{ sheet: SHEET, cell: "B2", severity: "error" }]);
    expect(bookOf(allowed.save()).sheet(SHEET).look("B2")).toEqual({ fill: "FFC7CE" });
  });

  it('is not protected when its <sheetProtection> says sheet="0"', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(SHEET).getCell("B2").value = 10;
    const port = portOfBytes(protectSheet(await excelJsBytes(workbook), SHEET, { on: false }));
    await port.writeCells({ [SHEET]: [{ row: 1, col: 1, value: 11 }] });
    expect(bookOf(port.save()).sheet(SHEET).value("B2")).toBe(11);
  });

  it("lets `fill` write its formulas into a protected form's unlocked cells, keeping their format", async () => {
    const port = portOfBytes(await protectedForm());
    const summary = await fillComparisons(port, { overwrite: false });
    // The 37 indicator rows with figures, columns G and H.
    expect(summary.formulasWritten).toBe(74);
    const ws = bookOf(port.save()).sheet(FORM_SHEET);
    expect(ws.formula("G9")).toBe('IF(AND(ISNUMBER(F9),ISNUMBER(D9)),IF(D9=0,"",F9/D9*100),"")');
    expect(ws.numberFormat("G9")).toBeUndefined();
    // The figures, locked, are as they were.
    expect(ws.value("D15")).toBe(2400);
  });

  it("refuses `fill` where the comparison cells are locked, the workbook as it was", async () => {
    const made = XlsxDocument.fromPlans(
      planInsert([], { templateIds: ["du-bao"], year: 2026, level: "huyen" }),
    ).save();
    const locked = portOfBytes(protectSheet(made, "Dự báo 2026"));
    const before = locked.save();
    const { vi } = await refusal(fillComparisons(locked, { overwrite: false }));
    expect(vi).toBe(
      "Trang tính «Dự báo 2026» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    expect(locked.save()).toEqual(before);
  });
});

describe("a workbook whose structure is protected", () => {
  it("refuses a sheet inserted, the workbook as it was, with the pane's sentence", async () => {
    const made = XlsxDocument.fromPlans(
      planInsert([], { templateIds: ["du-bao"], year: 2026, level: "huyen" }),
    ).save();
    const port = portOfBytes(lockStructure(made));
    const before = port.save();
    const { error, vi } = await refusal(
      insertTemplates(port, { templateIds: ["ke-hoach"], year: 2026, level: "huyen" }),
    );
    expect(error.details).toEqual({ workbook: true });
    expect(vi).toBe(STRUCTURE_REFUSED);
    expect(describeError(error, "en")).toBe(
      "The workbook's structure is protected, so no sheet can be added: unprotect it (Review › Protect Workbook) and retry.",
    );
    expect(port.save()).toEqual(before);
    expect((await port.sheetNames()).names).toEqual(["Dự báo 2026"]);
  });

  it("still fills, marks and fixes, keeping the record only while open (no settings sheet is added)", async () => {
    const made = XlsxDocument.fromPlans(
      planInsert([], { templateIds: ["du-bao"], year: 2026, level: "huyen" }),
    ).save();
    const port = portOfBytes(lockStructure(made));
    await port.saveSettings({ year: 2026, level: "huyen" });
    expect(await port.loadSettings()).toEqual({ year: 2026, level: "huyen" });
    const summary = await fillComparisons(port, { overwrite: false });
    expect(summary.formulasWritten).toBeGreaterThan(0);
    expect(await port.mark([{ sheet: "Dự báo 2026", cell: "B2", severity: "warning" }])).toEqual({
      cells: 1,
      marked: 1,
      recordSaved: false,
    });
    expect(await port.clearMarks()).toEqual({ recordSaved: false });
    const saved = port.save();
    const opened = XlsxDocument.open(saved);
    if (!opened.ok) throw new Error("not opened");
    expect(opened.document.sheets.map((s) => s.name)).toEqual(["Dự báo 2026"]);
    expect(opened.document.sheets.some((s) => s.name === SETTINGS_SHEET)).toBe(false);
  });

  it("keeps an existing settings sheet up to date (editing a sheet is no change of structure)", async () => {
    const made = XlsxDocument.fromPlans(
      planInsert([], { templateIds: ["du-bao"], year: 2026, level: "huyen" }),
    );
    const unlocked = portOfBytes(made.save());
    await unlocked.saveSettings({ year: 2026 });
    const port = portOfBytes(lockStructure(unlocked.save()));
    await port.saveSettings({ year: 2027 });
    expect(await portOfBytes(port.save()).loadSettings()).toEqual({ year: 2027 });
  });
});
