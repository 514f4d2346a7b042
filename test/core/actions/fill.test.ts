/** Filling comparison columns through the port: typed values kept and listed, or overwritten; number formats. */
import { describe, expect, it } from "vitest";
import { fillComparisons, insertTemplates, planFillWrites } from "../../../src/core/actions";
import ExcelJS from "exceljs";
import { bookOfPort, emptyPort, rowOfCode, seedPort, typeInto } from "./support";
import { partText } from "../../support/package";
import { portOf } from "../../support/workbooks";

const PLAN = "Kế hoạch 2027";

/** A 2027 plan (report year 2026) with figures typed for ict.05 and a typed comparison that disagrees. */
async function planWithTypedComparison() {
  const port = emptyPort();
  await insertTemplates(port, { templateIds: ["ke-hoach"], year: 2026 });
  const plan = bookOfPort(port).sheet(PLAN);
  const row = rowOfCode(plan, "ict.05");
  // Another comparison cell loses its formula and is left empty; and one with no format at all.
  const other = rowOfCode(plan, "ict.06");
  const bare = rowOfCode(plan, "ict.07");
  // F typed by hand: the formula gives 112.5.
  await typeInto(port, PLAN, { [`D${row}`]: 2400, [`E${row}`]: 2700, [`F${row}`]: 110, [`F${other}`]: null });
  await port.writeCells({ [PLAN]: [{ row: bare - 1, col: 5, value: null, numberFormat: "General" }] });
  /** The sheet as it is now. */
  const ws = () => bookOfPort(port).sheet(PLAN);
  return { port, ws, row, other, bare };
}

describe("fillComparisons", () => {
  it("keeps a typed value, lists it with what the formula gives, and fills the rest", async () => {
    const { port, ws, row, other, bare } = await planWithTypedComparison();
    const summary = await fillComparisons(port, { overwrite: false });
    expect(summary.sheetsWithTables).toEqual(["Kế hoạch 2027"]);
    expect(summary.kept).toEqual({
      differing: [{ sheet: "Kế hoạch 2027", cell: `F${row}`, typed: 110, computed: 112.5 }],
      same: 0,
      sameCells: [],
      unknown: 0,
    });
    expect(summary.overwritten).toEqual([]);
    expect(ws().value(`F${row}`)).toBe(110);
    expect(ws().formula(`F${other}`)).toBe(
      `IF(AND(ISNUMBER(E${other}),ISNUMBER(D${other})),IF(D${other}=0,"",E${other}/D${other}*100),"")`,
    );
    expect(ws().formula(`F${bare}`)).toBeDefined();
    expect(summary.formulasWritten).toBeGreaterThan(20);
    // A cell without a format gets "0.0".
    expect(ws().numberFormat(`F${bare}`)).toBe("0.0");
    expect(partText(port.save(), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("counts a typed value equal to the formula's result, listing it only when asked (the pane)", async () => {
    const { port, row } = await planWithTypedComparison();
    // 2700/2400 × 100 = 112.5, typed to the hundredth.
    await typeInto(port, PLAN, { [`F${row}`]: 112.5 });
    const workbook = await port.read();
    const counted = planFillWrites(workbook, { overwrite: false }).summary.kept;
    expect(counted).toEqual({ differing: [], same: 1, unknown: 0 });
    const listed = planFillWrites(workbook, { overwrite: false, listSame: true }).summary.kept;
    expect(listed).toEqual({
      differing: [],
      same: 1,
      sameCells: [{ sheet: "Kế hoạch 2027", cell: `F${row}`, typed: 112.5, computed: 112.5 }],
      unknown: 0,
    });
  });

  it("overwrites typed values when asked, and lists them", async () => {
    const { port, ws, row } = await planWithTypedComparison();
    await port.writeCells({ [PLAN]: [{ row: row - 1, col: 5, value: 110, numberFormat: "0.00" }] });
    const summary = await fillComparisons(port, { overwrite: true });
    expect(summary.kept).toEqual({ differing: [], same: 0, sameCells: [], unknown: 0 });
    expect(summary.overwritten).toEqual([
      { sheet: "Kế hoạch 2027", cell: `F${row}`, typed: 110, computed: 112.5 },
    ]);
    expect(ws().formula(`F${row}`)).toBe(
      `IF(AND(ISNUMBER(E${row}),ISNUMBER(D${row})),IF(D${row}=0,"",E${row}/D${row}*100),"")`,
    );
    // The official's own format stays.
    expect(ws().numberFormat(`F${row}`)).toBe("0.00");
  });

  it("overwrites only the confirmed cells: a value typed since the list was shown stays", async () => {
    const { port, ws, row } = await planWithTypedComparison();
    const other = rowOfCode(ws(), "ict.10");
    // F typed after the official confirmed the list below.
    await typeInto(port, PLAN, { [`D${other}`]: 90, [`E${other}`]: 94, [`F${other}`]: 104 });
    const summary = await fillComparisons(port, {
      overwrite: true,
      only: [{ sheet: "Kế hoạch 2027", cell: `F${row}` }],
    });
    expect(summary.overwritten.map((c) => c.cell)).toEqual([`F${row}`]);
    // 104 typed where 94/90 gives 104.44: kept, and listed as differing.
    expect(summary.kept.differing.map((c) => c.cell)).toEqual([`F${other}`]);
    expect(summary.kept.same).toBe(0);
    expect(ws().formula(`F${row}`)).toMatch(/^IF\(AND/);
    expect(ws().value(`F${other}`)).toBe(104);
  });

  it("fills only the sheets asked for", async () => {
    const port = await seedPort("numbers");
    const summary = await fillComparisons(port, { sheets: ["Kế hoạch 2022"], overwrite: false });
    expect(summary.sheetsWithTables).toEqual(["Kế hoạch 2022"]);
    // The seed's comparisons are typed: all kept, none on the forecast sheet.
    const kept = [...summary.kept.differing, ...(summary.kept.sameCells ?? [])];
    expect(kept.length).toBeGreaterThan(5);
    expect(summary.kept.differing.length + summary.kept.same + summary.kept.unknown).toBe(kept.length);
    expect(kept.every((c) => c.sheet === "Kế hoạch 2022")).toBe(true);
    const forecast = bookOfPort(port).sheet("Dự báo 2021").model;
    expect(forecast.rows.flat().filter((c) => c?.formula)).toEqual([]);
  });

  it("writes nothing on a workbook without tables", async () => {
    const notes = new ExcelJS.Workbook();
    notes.addWorksheet("Ghi chú").getCell("A1").value = "không có bảng";
    const port = await portOf(notes);
    const summary = await fillComparisons(port, { overwrite: false });
    expect(summary).toEqual({
      sheetsWithTables: [],
      formulasWritten: 0,
      kept: { differing: [], same: 0, sameCells: [], unknown: 0 },
      overwritten: [],
      textInputs: [],
    });
  });
});
