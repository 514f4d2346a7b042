/** Filling comparison columns through the port: typed values kept and listed, or overwritten; number formats. */
import { describe, expect, it } from "vitest";
import { fillComparisons, insertTemplates } from "../../../src/core/actions";
import { createXlsxPort } from "../../../src/xlsx/port";
import { emptyPort, formulaOf, rowOfCode, seedWorkbook, sheet } from "./support";

/** A 2027 plan (report year 2026) with figures typed for ict.05 and a typed comparison that disagrees. */
async function planWithTypedComparison() {
  const port = emptyPort();
  await insertTemplates(port, { templateIds: ["ke-hoach"], year: 2026 });
  const ws = sheet(port.workbook, "Kế hoạch 2027");
  const row = rowOfCode(ws, "ict.05");
  ws.getCell(`D${row}`).value = 2400;
  ws.getCell(`E${row}`).value = 2700;
  ws.getCell(`F${row}`).value = 110; // typed by hand; the formula gives 112.5
  // Another comparison cell loses its formula and is left empty.
  const other = rowOfCode(ws, "ict.06");
  ws.getCell(`F${other}`).value = null;
  // And one with no format at all.
  const bare = rowOfCode(ws, "ict.07");
  ws.getCell(`F${bare}`).value = null;
  ws.getCell(`F${bare}`).style = {};
  return { port, ws, row, other, bare };
}

describe("fillComparisons", () => {
  it("keeps a typed value, lists it with what the formula gives, and fills the rest", async () => {
    const { port, ws, row, other, bare } = await planWithTypedComparison();
    const summary = await fillComparisons(port, { overwrite: false });
    expect(summary.sheetsWithTables).toEqual(["Kế hoạch 2027"]);
    expect(summary.kept).toEqual([{ sheet: "Kế hoạch 2027", cell: `F${row}`, typed: 110, computed: 112.5 }]);
    expect(summary.overwritten).toEqual([]);
    expect(ws.getCell(`F${row}`).value).toBe(110);
    expect(formulaOf(ws.getCell(`F${other}`))).toBe(
      `IF(AND(ISNUMBER(E${other}),ISNUMBER(D${other})),IF(D${other}=0,"",E${other}/D${other}*100),"")`,
    );
    expect(formulaOf(ws.getCell(`F${bare}`))).toBeDefined();
    expect(summary.formulasWritten).toBeGreaterThan(20);
    // A cell without a format gets "0.0".
    expect(ws.getCell(`F${bare}`).numFmt).toBe("0.0");
    expect(port.workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("overwrites typed values when asked, and lists them", async () => {
    const { port, ws, row } = await planWithTypedComparison();
    ws.getCell(`F${row}`).numFmt = "0.00";
    const summary = await fillComparisons(port, { overwrite: true });
    expect(summary.kept).toEqual([]);
    expect(summary.overwritten).toEqual([
      { sheet: "Kế hoạch 2027", cell: `F${row}`, typed: 110, computed: 112.5 },
    ]);
    expect(formulaOf(ws.getCell(`F${row}`))).toBe(
      `IF(AND(ISNUMBER(E${row}),ISNUMBER(D${row})),IF(D${row}=0,"",E${row}/D${row}*100),"")`,
    );
    // The official's own format stays.
    expect(ws.getCell(`F${row}`).numFmt).toBe("0.00");
  });

  it("overwrites only the confirmed cells: a value typed since the list was shown stays", async () => {
    const { port, ws, row } = await planWithTypedComparison();
    const other = rowOfCode(ws, "ict.10");
    ws.getCell(`D${other}`).value = 90;
    ws.getCell(`E${other}`).value = 94;
    ws.getCell(`F${other}`).value = 104; // typed after the official confirmed the list below
    const summary = await fillComparisons(port, {
      overwrite: true,
      only: [{ sheet: "Kế hoạch 2027", cell: `F${row}` }],
    });
    expect(summary.overwritten.map((c) => c.cell)).toEqual([`F${row}`]);
    expect(summary.kept.map((c) => c.cell)).toEqual([`F${other}`]);
    expect(formulaOf(ws.getCell(`F${row}`))).toMatch(/^IF\(AND/);
    expect(ws.getCell(`F${other}`).value).toBe(104);
  });

  it("fills only the sheets asked for", async () => {
    const workbook = seedWorkbook("numbers");
    const port = createXlsxPort(workbook);
    const summary = await fillComparisons(port, { sheets: ["Kế hoạch 2022"], overwrite: false });
    expect(summary.sheetsWithTables).toEqual(["Kế hoạch 2022"]);
    // The seed's comparisons are typed: all kept, none on the forecast sheet.
    expect(summary.kept.length).toBeGreaterThan(5);
    expect(summary.kept.every((c) => c.sheet === "Kế hoạch 2022")).toBe(true);
    let forecastFormulas = 0;
    sheet(workbook, "Dự báo 2021").eachRow((r) =>
      r.eachCell((c) => void (formulaOf(c) && forecastFormulas++)),
    );
    expect(forecastFormulas).toBe(0);
  });

  it("writes nothing on a workbook without tables", async () => {
    const port = emptyPort();
    port.workbook.addWorksheet("Ghi chú").getCell("A1").value = "không có bảng";
    const summary = await fillComparisons(port, { overwrite: false });
    expect(summary).toEqual({
      sheetsWithTables: [],
      formulasWritten: 0,
      kept: [],
      overwritten: [],
      textInputs: [],
    });
  });
});
