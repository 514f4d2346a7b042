/**
 * The model after a write without reading the part again (src/xlsx/package/overlay.ts), held to the reader: the
 * model overlaid with the written cells must be the model read from the patched text, and where the reading back is
 * not certain there is no overlay.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { overlaid } from "../../src/xlsx/package/overlay";
import { addEdit, patchSheet, type CellEdit, type CellEdits } from "../../src/xlsx/package/patch";
import { readSheetXml } from "../../src/xlsx/package/sheet";
import { excelJsBytes, portOfBytes } from "../support/workbooks";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheet(data: string, after = ""): string {
  return `<worksheet ${NS}><dimension ref="A1:D6"/><sheetData>${data}</sheetData>${after}</worksheet>`;
}

function edits(list: [number, number, CellEdit][]): CellEdits {
  const map: CellEdits = new Map();
  for (const [row, col, edit] of list) addEdit(map, row, col, edit);
  return map;
}

const formats = [undefined, "0.0", "0%", "dd/mm/yyyy", "#,##0"];
const context = { sharedStrings: ["Chỉ tiêu", "Năm 2024"], formats, date1904: false };

/** The overlay of the edits on the sheet's model, and the model of the patched text read. */
function bothWays(xml: string, list: [number, number, CellEdit][]) {
  const before = readSheetXml("S", xml, context).sheet;
  const styled: number[] = [];
  const changes = edits(list);
  const patched = patchSheet(xml, changes, (row, col, style) => styled.push(row, col, style));
  return {
    before,
    overlay: overlaid(before, changes, styled, formats),
    read: readSheetXml("S", patched.xml, context).sheet,
  };
}

const percent = (s: number) => (s === 0 ? 2 : s);

const TABLE = sheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Thuê bao</t></is></c><c r="B2" s="4"><v>1200</v></c><c r="C2"><v>900</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Trạm</t></is></c><c r="B3"><v>12</v></c><c r="C3" s="1"><v>0.5</v></c><c r="D3"><v>7</v></c></row>' +
    '<row r="4"><c r="A4"><v>1</v></c></row>' +
    '<row r="6"><c r="A6" t="inlineStr"><is><t>Cuối</t></is></c><c r="B6"><v>3</v></c></row>',
  '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
);

describe("overlaid", () => {
  it("is the model read from the patched text after a fill (formulas at rows' ends, a percent format)", () => {
    const { before, overlay, read } = bothWays(TABLE, [
      [1, 3, { content: { formula: "=C2/B2" }, style: percent }],
      [2, 4, { content: { formula: "D3/C3" }, style: percent }],
      [3, 3, { content: { formula: "IF(B4=0,\"\",C4/B4)" }, style: percent }],
    ]);
    expect(overlay).toEqual(read);
    // Literal: what the reader gives for the written cells.
    expect(read.rows[1][3]).toEqual({ value: null, formula: "C2/B2", numberFormat: "0%" });
    expect(read.rows[2][4]).toEqual({ value: null, formula: "D3/C3", numberFormat: "0%" });
    // The model given is not changed.
    expect(before.rows[1].length).toBe(3);
  });

  it("is the model read back for overwritten values of every kind, style-only edits, new rows and cleared cells", () => {
    const { overlay, read } = bothWays(TABLE, [
      [1, 1, { content: { value: 1250.5 } }], // a number, its style (#,##0) kept
      [1, 2, { content: { value: " 4.300 " } }], // text with spaces kept
      [2, 1, { content: { value: true } }],
      [2, 2, { style: () => 4 }], // the format alone changed
      [2, 3, { content: { value: null } }], // cleared: its row ends one cell earlier
      [3, 0, { content: { value: null } }], // the row's only cell cleared: no row
      [4, 2, { content: { value: "mới" }, style: () => 1 }], // a new row between 4 and 6
      [0, 2, { content: { value: "dưới ô gộp" } }], // under the merge B1:C1: not read
      [5, 1, { content: { formula: "" } }], // <f></f>: the reader keeps no cell
    ]);
    expect(overlay).toEqual(read);
    expect(read.rows[1][1]).toEqual({ value: 1250.5, numberFormat: "#,##0" });
    expect(read.rows[2].length).toBe(3);
    expect(read.rows[3]).toBeUndefined();
    expect(read.rows[4][2]).toEqual({ value: "mới", numberFormat: "0.0" });
  });

  it("is the model read back when the master of a shared formula is overwritten (its cells get their own)", () => {
    const shared = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>',
    );
    const { overlay, read } = bothWays(shared, [[0, 1, { content: { value: 5 } }]]);
    expect(overlay).toEqual(read);
    expect(read.rows[2][1]).toEqual({ value: 6, formula: "A3*2" });
  });

  it("gives no overlay where the reading back is not certain: date formats, line ends, the last row emptied", () => {
    expect(bothWays(TABLE, [[1, 2, { content: { value: 45000 }, style: () => 3 }]]).overlay).toBeUndefined();
    expect(bothWays(TABLE, [[1, 2, { style: () => 3 }]]).overlay).toBeUndefined();
    expect(bothWays(TABLE, [[1, 2, { content: { value: "a\r\nb" } }]]).overlay).toBeUndefined();
    expect(bothWays(TABLE, [[1, 2, { content: { formula: 'A1&"\r"' } }]]).overlay).toBeUndefined();
    expect(
      bothWays(TABLE, [
        [5, 0, { content: { value: null } }],
        [5, 1, { content: { value: null } }],
      ]).overlay,
    ).toBeUndefined();
  });
});

describe("a sheet read again after a write (XlsxDocument)", () => {
  it("is the sheet read from the saved file, after one write and after two", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Số liệu");
    ws.getCell("A1").value = "Chỉ tiêu";
    ws.getCell("B2").value = 12;
    ws.getCell("C2").value = 15;
    ws.getCell("C2").numFmt = "0.0";
    ws.getCell("B3").value = 7;
    const port = portOfBytes(await excelJsBytes(workbook));
    const first = await port.read();
    await port.writeCells({ "Số liệu": [{ row: 1, col: 3, formula: "C2/B2", numberFormat: "0.00%" }] });
    const once = await port.read();
    expect(once.sheets[0].rows[1][3]).toEqual({ value: null, formula: "C2/B2", numberFormat: "0.00%" });
    expect(once).toEqual(await portOfBytes(port.save()).read());
    await port.writeCells({
      "Số liệu": [
        { row: 2, col: 3, formula: "C3/B3", numberFormat: "0.00%" },
        { row: 1, col: 1, value: "mười hai" },
      ],
    });
    const twice = await port.read();
    expect(twice.sheets[0].rows[1][1]).toEqual({ value: "mười hai" });
    expect(twice).toEqual(await portOfBytes(port.save()).read());
    // The model read before the writes is as it was.
    expect(first.sheets[0].rows[1][1]).toEqual({ value: 12 });
    expect(first.sheets[0].rows[1][3]).toBeUndefined();
  });
});
