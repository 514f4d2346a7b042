/** The ExcelJS WorkbookPort: reads, writes, marks and their exact undoing, links, selection, stored settings. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { markFills } from "../../src/core/port";
import { addPlannedSheet } from "../../src/xlsx";
import { createXlsxPort, SETTINGS_SHEET } from "../../src/xlsx/port";
import { templateById } from "../../src/core/templates";

async function reloaded(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

/** A sheet with a yellow cell, a plain cell, and formatting that must survive marking. */
function formattedWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Số liệu");
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
  // Cells styled alike, which a loaded file gives one shared style object.
  for (const address of ["D2", "D3", "D4"]) {
    ws.getCell(address).value = 1;
    ws.getCell(address).fill = YELLOW;
  }
  return workbook;
}

function styleOf(cell: ExcelJS.Cell) {
  return JSON.parse(
    JSON.stringify({ font: cell.font, border: cell.border, numFmt: cell.numFmt, alignment: cell.alignment }),
  );
}

describe("createXlsxPort: marks", () => {
  it("marks, then clearMarks puts back a yellow fill and no fill, other formatting untouched", async () => {
    const workbook = formattedWorkbook();
    const ws = workbook.getWorksheet("Số liệu")!;
    const before = { yellow: styleOf(ws.getCell("B2")), plain: styleOf(ws.getCell("C2")) };
    const port = createXlsxPort(workbook);
    await port.mark([
      { sheet: "Số liệu", cell: "B2", severity: "error" },
      { sheet: "Số liệu", cell: "C2", severity: "warning" },
    ]);
    expect(ws.getCell("B2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${markFills.error}` },
    });
    expect(ws.getCell("C2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${markFills.warning}` },
    });
    expect(styleOf(ws.getCell("B2"))).toEqual(before.yellow);

    await port.clearMarks();
    expect(ws.getCell("B2").fill).toEqual(YELLOW);
    expect(ws.getCell("C2").fill).toBeUndefined();
    expect(styleOf(ws.getCell("B2"))).toEqual(before.yellow);
    expect(styleOf(ws.getCell("C2"))).toEqual(before.plain);
    expect(ws.getCell("B2").value).toBe(88.8);
  });

  it("remembers the marks across a save and a reload, and clears them then", async () => {
    const port = createXlsxPort(formattedWorkbook());
    await port.mark([
      { sheet: "Số liệu", cell: "B2", severity: "info" },
      { sheet: "Số liệu", cell: "C2", severity: "error" },
    ]);
    const again = await reloaded(port.workbook);
    const ws = again.getWorksheet("Số liệu")!;
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: `FF${markFills.info}` } });

    await createXlsxPort(again).clearMarks();
    expect(ws.getCell("B2").fill).toEqual(YELLOW);
    expect(ws.getCell("C2").fill).toBeUndefined();
    expect(ws.getCell("B2").font).toMatchObject({ bold: true });
    expect(ws.getCell("B2").numFmt).toBe("0.0");
  });

  it("changes only the marked cell when a loaded file shares one style between cells", async () => {
    const again = await reloaded(formattedWorkbook());
    const ws = again.getWorksheet("Số liệu")!;
    expect(ws.getCell("D2").style).toBe(ws.getCell("D3").style); // what ExcelJS does on loading
    const port = createXlsxPort(again);
    await port.mark([{ sheet: "Số liệu", cell: "D3", severity: "error" }]);
    expect(ws.getCell("D2").fill).toEqual(YELLOW);
    expect(ws.getCell("D4").fill).toEqual(YELLOW);
    await port.writeCells({ "Số liệu": [{ row: 2, col: 3, value: 5, numberFormat: "0.00" }] });
    expect(ws.getCell("D3").numFmt).toBe("0.00");
    expect(ws.getCell("D2").numFmt).toBeUndefined();
    await port.clearMarks();
    expect(ws.getCell("D3").fill).toEqual(YELLOW);
  });

  it("marking again first clears the earlier marks; a second clear changes nothing", async () => {
    const port = createXlsxPort(formattedWorkbook());
    const ws = port.workbook.getWorksheet("Số liệu")!;
    await port.mark([{ sheet: "Số liệu", cell: "B2", severity: "error" }]);
    await port.mark([
      { sheet: "Số liệu", cell: "C2", severity: "info" },
      { sheet: "Số liệu", cell: "B2", severity: "warning" },
      { sheet: "Số liệu", cell: "B2", severity: "error" },
    ]);
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: `FF${markFills.error}` } });
    await port.clearMarks();
    expect(ws.getCell("B2").fill).toEqual(YELLOW);
    expect(ws.getCell("C2").fill).toBeUndefined();
    await port.clearMarks();
    expect(ws.getCell("B2").fill).toEqual(YELLOW);
  });

  it("leaves a cell alone whose fill the official changed after marking", async () => {
    const port = createXlsxPort(formattedWorkbook());
    const ws = port.workbook.getWorksheet("Số liệu")!;
    await port.mark([{ sheet: "Số liệu", cell: "C2", severity: "error" }]);
    const green: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    ws.getCell("C2").fill = green;
    await port.clearMarks();
    expect(ws.getCell("C2").fill).toEqual(green);
  });
});

describe("createXlsxPort: settings", () => {
  it("round-trip through writeBuffer and load, in a very hidden sheet the faces never see", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Dự báo 2026");
    const port = createXlsxPort(workbook);
    expect(await port.loadSettings()).toEqual({});
    await port.saveSettings({ year: 2026, unit: "huyện Tuần Giáo", level: "huyen", lang: "vi" });

    const again = await reloaded(workbook);
    expect(again.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    const reopened = createXlsxPort(again);
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
    expect(again.getWorksheet("Dự báo 2026")!.getCell("A1").fill).toBeUndefined();
    expect(await reopened.loadSettings()).toEqual({ year: 2027 });
  });

  it("keeps a long memory of marks, beyond one cell's 32 767 characters", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Một trang tính có tên khá dài");
    const marks = [];
    for (let r = 1; r <= 600; r++) {
      ws.getCell(r, 1).fill = YELLOW;
      marks.push({ sheet: ws.name, cell: `A${r}`, severity: "warning" as const });
    }
    await createXlsxPort(workbook).mark(marks);
    const settings = workbook.getWorksheet(SETTINGS_SHEET)!;
    expect(String(settings.getCell("A1").value).length).toBeLessThanOrEqual(32_767);
    expect(settings.getCell("A2").value).not.toBeNull();
    const again = await reloaded(workbook);
    await createXlsxPort(again).clearMarks();
    expect(again.getWorksheet(ws.name)!.getCell("A600").fill).toEqual(YELLOW);
  });

  it("knows its settings sheet after LibreOffice made it merely hidden, and makes it very hidden again", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Dự báo 2025").getCell("A1").value = "STT";
    const ours = workbook.addWorksheet(SETTINGS_SHEET, { state: "hidden" });
    ours.getCell("A1").value = '{"settings":{"year":2025,"level":"xa"}}';
    const port = createXlsxPort(workbook);
    expect(await port.loadSettings()).toEqual({ year: 2025, level: "xa" });
    expect((await port.read()).sheets.map((s) => s.name)).toEqual(["Dự báo 2025"]);
    await port.saveSettings({ year: 2026, level: "xa" });
    expect(workbook.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect(await createXlsxPort(await reloaded(workbook)).loadSettings()).toEqual({
      year: 2026,
      level: "xa",
    });
  });

  it("does not take over a sheet of the user's own named like the settings sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(SETTINGS_SHEET).getCell("A1").value = "của tôi";
    const port = createXlsxPort(workbook);
    await port.saveSettings({ year: 2026 });
    expect(workbook.getWorksheet(SETTINGS_SHEET)!.getCell("A1").value).toBe("của tôi");
    expect(await port.loadSettings()).toEqual({ year: 2026 });
    expect((await port.sheetNames()).names).toEqual([SETTINGS_SHEET]);
  });
});

describe("createXlsxPort: sheets, cells, links, selection", () => {
  it("reads the named sheets, refuses unknown ones, and writes values, formulas and formats", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").getCell("A1").value = 1;
    workbook.addWorksheet("B").getCell("B2").value = "x";
    const port = createXlsxPort(workbook);
    expect((await port.read(["B"])).sheets.map((s) => s.name)).toEqual(["B"]);
    await expect(port.read(["C"])).rejects.toThrow(/C/);
    await port.writeCells({
      A: [
        { row: 0, col: 1, value: 2 },
        { row: 0, col: 2, formula: "A1+B1", numberFormat: "0.0" },
      ],
    });
    const a = (await port.read(["A"])).sheets[0];
    expect(a.rows[0][1]).toEqual({ value: 2 });
    expect(a.rows[0][2]).toEqual({ value: null, formula: "A1+B1", numberFormat: "0.0" });
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("adds planned sheets and writes a planned link as an internal hyperlink", async () => {
    const workbook = new ExcelJS.Workbook();
    const port = createXlsxPort(workbook);
    const plan = templateById("du-bao")!.plan({ year: 2026 });
    plan.cells.push({ row: 40, col: 1, value: "D9", role: "link", link: { sheet: "Bà Rịa's", cell: "D9" } });
    await port.addSheets([plan]);
    await expect(port.addSheets([plan])).rejects.toThrow(/already/);
    const again = await reloaded(workbook);
    expect(again.getWorksheet("Dự báo 2026")!.getCell("B41").value).toEqual({
      text: "D9",
      hyperlink: "#'Bà Rịa''s'!D9",
    });
    expect((await createXlsxPort(again).read()).sheets[0].rows[40][1]).toEqual({ value: "D9" });
  });

  it("records the selection, and the saved file opens on that sheet and cell", async () => {
    const workbook = new ExcelJS.Workbook();
    addPlannedSheet(workbook, templateById("du-bao")!.plan({ year: 2026 }));
    addPlannedSheet(workbook, templateById("ke-hoach")!.plan({ year: 2026 }));
    const port = createXlsxPort(workbook);
    await port.saveSettings({ year: 2026 });
    expect(port.selection).toBeUndefined();
    await port.select("Kế hoạch 2027", "E12");
    expect(port.selection).toEqual({ sheet: "Kế hoạch 2027", cell: "E12" });
    expect((await port.sheetNames()).active).toBe("Kế hoạch 2027");
    await expect(port.select("Không có", "A1")).rejects.toThrow();
    // One selected tab only (ExcelJS writes tabSelected but does not read it back).
    const tabSelected = (name: string) =>
      (workbook.getWorksheet(name)!.views[0] as unknown as Record<string, unknown>).tabSelected;
    expect(tabSelected("Kế hoạch 2027")).toBe(true);
    expect(tabSelected("Dự báo 2026")).toBe(false);

    const again = await reloaded(workbook);
    expect(again.views[0].activeTab).toBe(1);
    const plan = again.getWorksheet("Kế hoạch 2027")!.views[0] as unknown as Record<string, unknown>;
    expect(plan.activeCell).toBe("E12");
    expect(plan.state).toBe("frozen");
    expect((await createXlsxPort(again).sheetNames()).active).toBe("Kế hoạch 2027");
  });
});
