/**
 * The xlsx WorkbookPort over a workbook's package: reads, writes, marks and their exact undoing, links, selection,
 * stored settings. Workbooks are built by ExcelJS (another program) or by our own writer; everything asserted is
 * read back by the one reader, after a save where the point is what the file keeps.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { markFills } from "../../src/core/port";
import { templateById } from "../../src/core/templates";
import { XlsxDocument } from "../../src/xlsx";
import { createXlsxPort, SETTINGS_SHEET, type XlsxPort } from "../../src/xlsx/port";
import { parts, partText } from "../support/package";
import { bookOf, bookOfPort, portOf, portOfBytes, typeInto } from "../support/workbooks";

const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const SHEET = "Số liệu";

/** A sheet with a yellow cell, a plain cell, and formatting that must survive marking. */
function formattedWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(SHEET);
  const yellow = ws.getCell("B2");
  yellow.value = 88.8;
  yellow.fill = YELLOW;
  yellow.font = { name: "Times New Roman", size: 12, bold: true };
  yellow.numFmt = "0.0";
  yellow.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const plain = ws.getCell("C2");
  plain.value = "97.7";
  plain.font = { italic: true };
  plain.alignment = { horizontal: "right" };
  // Cells styled alike, which share one cell style in the file.
  for (const address of ["D2", "D3", "D4"]) {
    ws.getCell(address).value = 1;
    ws.getCell(address).fill = YELLOW;
  }
  return workbook;
}

/** The port saved and opened again, as a download and an upload would. */
function reloaded(port: XlsxPort): XlsxPort {
  return portOfBytes(port.save());
}

describe("createXlsxPort: marks", () => {
  it("marks, then clearMarks gives every cell back its very style, the sheet byte for byte", async () => {
    const port = await portOf(formattedWorkbook());
    const before = port.save();
    const style = (address: string) => bookOfPort(port).sheet(SHEET).style(address);
    const was = { B2: style("B2"), C2: style("C2") };
    await port.mark([
      { sheet: SHEET, cell: "B2", severity: "error" },
      { sheet: SHEET, cell: "C2", severity: "warning" },
      { sheet: SHEET, cell: "F9", severity: "info" },
    ]);
    const marked = bookOfPort(port).sheet(SHEET);
    expect(marked.look("B2")).toEqual({ fill: markFills.error, bold: true, border: true });
    expect(marked.look("C2")).toEqual({ fill: markFills.warning, italic: true, horizontal: "right" });
    expect(marked.look("F9")).toEqual({ fill: markFills.info });
    expect(marked.numberFormat("B2")).toBe("0.0");
    expect(marked.fontName("B2")).toBe("Times New Roman");
    expect(marked.value("B2")).toBe(88.8);

    await port.clearMarks();
    const cleared = bookOfPort(port).sheet(SHEET);
    expect([cleared.style("B2"), cleared.style("C2")]).toEqual([was.B2, was.C2]);
    expect(cleared.look("B2")).toEqual({ fill: "FFFF00", bold: true, border: true });
    expect(cleared.cell("F9")).toBeUndefined();
    expect(cleared.style("F9")).toBe(0);
    const sheetPart = "xl/worksheets/sheet1.xml";
    expect(partText(port.save(), sheetPart)).toBe(partText(before, sheetPart));
  });

  it("remembers the marks across a save and a reload, and clears them then", async () => {
    const port = await portOf(formattedWorkbook());
    await port.mark([
      { sheet: SHEET, cell: "B2", severity: "info" },
      { sheet: SHEET, cell: "C2", severity: "error" },
    ]);
    const again = reloaded(port);
    expect(bookOfPort(again).sheet(SHEET).look("B2").fill).toBe(markFills.info);
    await again.clearMarks();
    const ws = bookOfPort(again).sheet(SHEET);
    expect(ws.look("B2")).toEqual({ fill: "FFFF00", bold: true, border: true });
    expect(ws.look("C2").fill).toBeUndefined();
    expect(ws.numberFormat("B2")).toBe("0.0");
  });

  it("changes only the marked cell when cells share one style; a format written since stays after clearing", async () => {
    const port = await portOf(formattedWorkbook());
    const shared = bookOfPort(port).sheet(SHEET).style("D2");
    expect(bookOfPort(port).sheet(SHEET).style("D3")).toBe(shared);
    await port.mark([{ sheet: SHEET, cell: "D3", severity: "error" }]);
    let ws = bookOfPort(port).sheet(SHEET);
    expect([ws.style("D2"), ws.style("D4")]).toEqual([shared, shared]);
    await port.writeCells({ [SHEET]: [{ row: 2, col: 3, value: 5, numberFormat: "0.00" }] });
    ws = bookOfPort(port).sheet(SHEET);
    expect(ws.numberFormat("D3")).toBe("0.00");
    expect(ws.numberFormat("D2")).toBeUndefined();
    await port.clearMarks();
    ws = bookOfPort(port).sheet(SHEET);
    expect(ws.look("D3").fill).toBe("FFFF00");
    expect(ws.numberFormat("D3")).toBe("0.00");
  });

  it("marking again first clears the earlier marks; a second clear changes nothing", async () => {
    const port = await portOf(formattedWorkbook());
    await port.mark([{ sheet: SHEET, cell: "B2", severity: "error" }]);
    await port.mark([
      { sheet: SHEET, cell: "C2", severity: "info" },
      { sheet: SHEET, cell: "B2", severity: "warning" },
      { sheet: SHEET, cell: "B2", severity: "error" },
    ]);
    expect(bookOfPort(port).sheet(SHEET).look("B2").fill).toBe(markFills.error);
    await port.clearMarks();
    const once = port.save();
    expect(bookOf(once).sheet(SHEET).look("B2").fill).toBe("FFFF00");
    expect(bookOf(once).sheet(SHEET).look("C2").fill).toBeUndefined();
    await port.clearMarks();
    expect(port.save()).toEqual(once);
  });

  it("leaves a cell alone whose fill the official changed after marking", async () => {
    const port = await portOf(formattedWorkbook());
    await port.mark([{ sheet: SHEET, cell: "C2", severity: "error" }]);
    // Repainted green in Excel: the workbook as the official saved it.
    const repainted = await portOf(await ExcelJsRepaint(port.save(), "C2", "FF00FF00"));
    await repainted.clearMarks();
    expect(bookOfPort(repainted).sheet(SHEET).look("C2").fill).toBe("00FF00");
  });

  it("clears marks an earlier version remembered as ExcelJS fills", async () => {
    // A workbook marked by the ExcelJS port: the marks' fills, and the record of the fills before.
    const workbook = formattedWorkbook();
    const ws = workbook.getWorksheet(SHEET)!;
    for (const address of ["B2", "C2"])
      ws.getCell(address).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${markFills.error}` },
      };
    workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" }).getCell("A1").value = JSON.stringify({
      marks: [
        { sheet: SHEET, cell: "B2", fill: YELLOW },
        { sheet: SHEET, cell: "C2", fill: null },
      ],
    });
    const port = await portOf(workbook);
    await port.clearMarks();
    const cleared = bookOfPort(port).sheet(SHEET);
    expect(cleared.look("B2")).toEqual({ fill: "FFFF00", bold: true, border: true });
    expect(cleared.look("C2")).toEqual({ italic: true, horizontal: "right" });
  });
});

/** The workbook with a cell's fill changed by another program (ExcelJS), as the official's own edit. */
async function ExcelJsRepaint(bytes: Uint8Array, address: string, argb: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  workbook.getWorksheet(SHEET)!.getCell(address).fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb },
  };
  return workbook;
}

describe("createXlsxPort: settings", () => {
  it("round-trip through a save, in a very hidden sheet the faces never see", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Dự báo 2026");
    const port = await portOf(workbook);
    expect(await port.loadSettings()).toEqual({});
    await port.saveSettings({ year: 2026, unit: "huyện Tuần Giáo", level: "huyen", lang: "vi" });

    const reopened = reloaded(port);
    expect(reopened.document.worksheets.find((s) => s.name === SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect(await reopened.loadSettings()).toEqual({
      year: 2026,
      unit: "huyện Tuần Giáo",
      level: "huyen",
      lang: "vi",
    });
    expect((await reopened.sheetNames()).names).toEqual(["Dự báo 2026"]);
    expect((await reopened.read()).sheets.map((s) => s.name)).toEqual(["Dự báo 2026"]);

    // Saving settings keeps the marks' memory, and marking keeps the settings.
    await reopened.mark([{ sheet: "Dự báo 2026", cell: "A1", severity: "info" }]);
    await reopened.saveSettings({ year: 2027 });
    expect(await reopened.loadSettings()).toEqual({ year: 2027 });
    await reopened.clearMarks();
    expect(bookOfPort(reopened).sheet("Dự báo 2026").look("A1")).toEqual({});
    expect(await reopened.loadSettings()).toEqual({ year: 2027 });
  });

  it("keeps a long memory of marks, beyond one cell's 32 767 characters, and a shorter one clears the rest", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Một trang tính có tên khá dài");
    const marks = [];
    for (let r = 1; r <= 600; r++) {
      ws.getCell(r, 1).fill = YELLOW;
      marks.push({ sheet: ws.name, cell: `A${r}`, severity: "warning" as const });
    }
    const port = await portOf(workbook);
    await port.mark(marks);
    const settings = bookOfPort(port).sheet(SETTINGS_SHEET);
    expect(String(settings.value("A1")).length).toBeLessThanOrEqual(32_767);
    expect(typeof settings.value("A2")).toBe("string");
    const again = reloaded(port);
    await again.clearMarks();
    expect(bookOfPort(again).sheet(ws.name).look("A600").fill).toBe("FFFF00");
    // The record is short again: the cells below A1 are empty.
    expect(bookOfPort(again).sheet(SETTINGS_SHEET).value("A2")).toBeNull();
  });

  it("knows its settings sheet after LibreOffice made it merely hidden, and makes it very hidden again", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Dự báo 2025").getCell("A1").value = "STT";
    const ours = workbook.addWorksheet(SETTINGS_SHEET, { state: "hidden" });
    ours.getCell("A1").value = '{"settings":{"year":2025,"level":"xa"}}';
    const port = await portOf(workbook);
    expect(await port.loadSettings()).toEqual({ year: 2025, level: "xa" });
    expect((await port.read()).sheets.map((s) => s.name)).toEqual(["Dự báo 2025"]);
    await port.saveSettings({ year: 2026, level: "xa" });
    const again = reloaded(port);
    expect(again.document.worksheets.find((s) => s.name === SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect(await again.loadSettings()).toEqual({ year: 2026, level: "xa" });
  });

  it("does not take over a sheet of the user's own named like the settings sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(SETTINGS_SHEET).getCell("A1").value = "của tôi";
    const port = await portOf(workbook);
    await port.saveSettings({ year: 2026 });
    expect(bookOfPort(port).sheet(SETTINGS_SHEET).value("A1")).toBe("của tôi");
    expect(await port.loadSettings()).toEqual({ year: 2026 });
    expect((await port.sheetNames()).names).toEqual([SETTINGS_SHEET]);
  });
});

describe("createXlsxPort: sheets, cells, links, selection", () => {
  it("reads the named sheets, refuses unknown ones, and writes values, formulas and formats", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").getCell("A1").value = 1;
    workbook.addWorksheet("B").getCell("B2").value = "x";
    const port = await portOf(workbook);
    expect((await port.read(["B"])).sheets.map((s) => s.name)).toEqual(["B"]);
    await expect(port.read(["C"])).rejects.toThrow(/C/);
    await expect(port.writeCells({ C: [{ row: 0, col: 0, value: 1 }] })).rejects.toMatchObject({
      code: "sheet-missing",
    });
    await port.writeCells({
      A: [
        { row: 0, col: 1, value: 2 },
        { row: 0, col: 2, formula: "A1+B1", numberFormat: "0.0" },
        { row: 3, col: 0, value: "  dòng mới & <chữ> _x0041_ " },
      ],
    });
    const a = (await port.read(["A"])).sheets[0];
    expect(a.rows[0][1]).toEqual({ value: 2 });
    expect(a.rows[0][2]).toEqual({ value: null, formula: "A1+B1", numberFormat: "0.0" });
    expect(a.rows[3][0]).toEqual({ value: "  dòng mới & <chữ> _x0041_ " });
    expect(partText(port.save(), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    // The other sheet and the shared strings are the input's, byte for byte.
    const [before, after] = [parts(await portOf(workbook).then((p) => p.save())), parts(port.save())];
    expect(Buffer.from(after["xl/worksheets/sheet2.xml"]).equals(before["xl/worksheets/sheet2.xml"])).toBe(
      true,
    );
    expect(Buffer.from(after["xl/sharedStrings.xml"]).equals(before["xl/sharedStrings.xml"])).toBe(true);
  });

  it("adds planned sheets and writes a planned link as an internal hyperlink", async () => {
    const port = createXlsxPort(XlsxDocument.blank());
    const plan = templateById("du-bao")!.plan({ year: 2026 });
    plan.cells.push({ row: 40, col: 1, value: "D9", role: "link", link: { sheet: "Bà Rịa's", cell: "D9" } });
    await port.addSheets([plan]);
    await expect(port.addSheets([plan])).rejects.toThrow(/already/);
    const ws = bookOfPort(reloaded(port)).sheet("Dự báo 2026");
    expect(ws.value("B41")).toBe("D9");
    expect(ws.layout.links).toEqual([{ row: 40, col: 1, location: "'Bà Rịa''s'!D9" }]);
    expect(partText(port.save(), "xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Dự báo 2026\'!$5:$6</definedName>',
    );
  });

  it("records the selection, and the saved file opens on that sheet and cell", async () => {
    const port = createXlsxPort(
      XlsxDocument.fromPlans([
        templateById("du-bao")!.plan({ year: 2026 }),
        templateById("ke-hoach")!.plan({ year: 2026 }),
      ]),
    );
    await port.saveSettings({ year: 2026 });
    expect(port.selection).toBeUndefined();
    await port.select("Dự báo 2026", "A1");
    await port.select("Kế hoạch 2027", "E12");
    expect(port.selection).toEqual({ sheet: "Kế hoạch 2027", cell: "E12" });
    expect((await port.sheetNames()).active).toBe("Kế hoạch 2027");
    await expect(port.select("Không có", "A1")).rejects.toThrow();

    const again = reloaded(port);
    expect(again.document.activeTab).toBe(1);
    const book = bookOfPort(again);
    // One selected tab only (more would group the sheets, and typing would go into all of them).
    expect(book.sheet("Kế hoạch 2027").layout.tabSelected).toBe(true);
    expect(book.sheet("Dự báo 2026").layout.tabSelected).toBe(false);
    expect(book.sheet("Kế hoạch 2027").layout.activeCell).toBe("E12");
    expect(book.sheet("Kế hoạch 2027").layout.frozenRows).toBe(6);
    expect((await again.sheetNames()).active).toBe("Kế hoạch 2027");
  });

  it("reads and writes the state of cells a quick fix changes: value, formula, format and font", async () => {
    const workbook = formattedWorkbook();
    workbook.getWorksheet(SHEET)!.getCell("E5").value = { formula: "B2*2", result: 177.6 };
    const port = await portOf(workbook);
    const refs = ["B2", "E5", "Z99"].map((cell) => ({ sheet: SHEET, cell }));
    expect(await port.readCells([...refs, { sheet: "Không có", cell: "A1" }])).toEqual([
      { value: 88.8, numberFormat: "0.0", font: { name: "Times New Roman" } },
      { value: 177.6, formula: "B2*2", font: { name: "Calibri" } },
      // An empty cell has the workbook's default font.
      { value: null, font: { name: "Calibri" } },
      undefined,
    ]);
    await port.writeStates(
      [{ sheet: SHEET, cell: "B2", value: 88.8, fontName: ".VnTime", numberFormat: "0.00" }],
      {
        at: "2026-01-01T00:00:00Z",
        changes: [],
      },
    );
    expect((await port.readCells([refs[0]]))[0]).toEqual({
      value: 88.8,
      numberFormat: "0.00",
      font: { name: ".VnTime" },
    });
    expect(await port.loadUndo()).toEqual({ at: "2026-01-01T00:00:00Z", changes: [] });
    await typeInto(port, SHEET, { B2: "sửa tay" });
    expect(bookOfPort(port).sheet(SHEET).look("B2")).toEqual({ fill: "FFFF00", bold: true, border: true });
  });
});
