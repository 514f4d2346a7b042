/** Reading worksheets into the core's model. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/check";
import { pasteTable } from "../support/fixtures";
import { modelOf } from "../support/workbooks";

function seedSheet(formattedToTheEnd: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Dự báo 2021");
  pasteTable(ws, { fixture: "seed-001-du-bao-2021", origin: { row: 4, col: 0 }, mode: "numbers" });
  if (formattedToTheEnd) {
    for (let c = 1; c <= 12; c++) ws.getColumn(c).numFmt = "#,##0.0";
    ws.getCell(1_048_576, 8).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  }
  return workbook;
}

describe("the package reader", () => {
  it("reads a sheet formatted down to row 1 048 576 as only its data, and checks it the same", async () => {
    const plain = await modelOf(seedSheet(false));
    const formatted = await modelOf(seedSheet(true));
    expect(formatted.sheets[0].rows.length).toBe(plain.sheets[0].rows.length);
    expect(formatted.sheets[0].rows.length).toBeLessThan(100);
    const summary = (m: typeof plain) => checkWorkbook(m).issues.map((f) => `${f.code} ${f.cell}`);
    expect(summary(formatted)).toEqual(summary(plain));
    expect(summary(plain).length).toBeGreaterThan(10);
  });
});
