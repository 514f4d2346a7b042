/**
 * Array formulas in the comparison columns: Excel changes an array only as a whole, and a file with a cell of an
 * array's range given a formula of its own, the array left in place, is one Excel repairs and LibreOffice will not
 * open. So the .xlsx port refuses a write into part of an array — legacy (Ctrl+Shift+Enter) or dynamic (Excel
 * 365's spill, `cm`) — before anything is written, with the pane's and the command line's sentence; a fill that
 * leaves the array's cells alone keeps it, and one that writes the whole array replaces it.
 *
 * The arrays are written as Excel writes them: the formula once, in the top-left cell, with the range in `ref`; the
 * other cells of the range hold only their results.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { applyFixes, checkAction, fillComparisons, previewFixes, undoLastFix } from "../../src/core/actions";
import { PortError } from "../../src/core/port";
import { describeError } from "../../src/taskpane/state/errors";
import { arrayWrittenInPart } from "../../src/xlsx/package/arrays";
import { addEdit, type CellEdits } from "../../src/xlsx/package/patch";
import { phuluc, tempDir } from "../support/cli";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { parts } from "../support/package";
import { edit, FORECAST, richCells, sheetPart } from "../support/rich-workbook";
import { bookOf, portOfBytes } from "../support/workbooks";

const REFUSED =
  "Ô H9 của trang tính «Dự báo 2021» thuộc công thức mảng H8:H11, mà Excel chỉ cho sửa cả mảng một lúc, nên chưa ô nào bị thay đổi: hãy chọn cả vùng H8:H11, xóa công thức mảng (phím Delete) hoặc gõ lại thành công thức thường từng ô, rồi thử lại.";

/**
 * The forecast (rows 9–11: indicator 1 and its two parts; row 8 the group «I Bưu chính») with an array formula over
 * column H from `top` to row 11, its results typed wrong (50) below the top cell. `dynamic`: Excel 365's spilled
 * array (`cm="1"`, its metadata part) rather than a Ctrl+Shift+Enter one.
 */
async function withArray(top: number, dynamic = false): Promise<Uint8Array> {
  const bytes = await richCells((workbook: ExcelJS.Workbook) => {
    const ws = workbook.getWorksheet(FORECAST) as ExcelJS.Worksheet;
    ws.getCell(`H${top}`).value = {
      formula: `E${top}:E11/F${top}:F11*100`,
      result: 100,
      shareType: "array",
      ref: `H${top}:H11`,
    } as ExcelJS.CellValue;
    for (let row = top + 1; row <= 11; row++) ws.getCell(`H${row}`).value = 50;
  });
  if (!dynamic) return bytes;
  const all = unzipSync(bytes);
  edit(all, sheetPart(all, FORECAST), (xml) => xml.replace(`<c r="H${top}">`, `<c r="H${top}" cm="1">`));
  all["xl/metadata.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
      '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
      '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
      '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
  );
  edit(all, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdMeta" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
    ),
  );
  edit(all, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
    ),
  );
  return zipSync(all);
}

function forecastXml(bytes: Uint8Array): string {
  const all = parts(bytes);
  return strFromU8(all[sheetPart(all, FORECAST)]);
}

describe("a write into part of an array formula", () => {
  it.each([
    ["a Ctrl+Shift+Enter array", false],
    ["an Excel 365 spilled array", true],
  ])("is refused, nothing written, when it reaches %s but not its top cell", async (_kind, dynamic) => {
    const input = await withArray(8, dynamic);
    const port = portOfBytes(input);
    const refused = await fillComparisons(port, { overwrite: true }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PortError);
    expect((refused as PortError).code).toBe("array");
    expect((refused as PortError).details).toMatchObject({
      sheet: FORECAST,
      range: "H8:H11",
      cell: "H9",
      dataTable: false,
    });
    expect(describeError(refused, "vi")).toBe(REFUSED);
    // Nothing written: every part as it came.
    const [before, after] = [parts(input), parts(port.save())];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before))
      expect(Buffer.from(after[name]).equals(before[name]), name).toBe(true);
  });

  it("is not made by a fill that leaves the array's cells alone: the array and its results stay", async () => {
    const port = portOfBytes(await withArray(8));
    const report = await fillComparisons(port, { overwrite: false });
    expect(report.formulasWritten).toBeGreaterThan(0);
    const xml = forecastXml(port.save());
    expect(xml).toContain('<c r="H8"><f t="array" ref="H8:H11">E8:E11/F8:F11*100</f><v>100</v></c>');
    expect(xml).toMatch(/<c r="H10"[^>]*><v>50<\/v><\/c>/);
    expect(bookOf(port.save()).sheet(FORECAST).formula("G9")).toBe(
      'IF(AND(ISNUMBER(F9),ISNUMBER(D9)),IF(D9=0,"",F9/D9*100),"")',
    );
  });

  it("reads the cells of the array's range as its results, and the check says the formula is not the column's", async () => {
    const bytes = await withArray(8, true);
    const forecast = bookOf(bytes).sheet(FORECAST);
    for (const address of ["H8", "H9", "H11"]) expect(forecast.formula(address)).toBe("E8:E11/F8:F11*100");
    expect(forecast.value("H10")).toBe(50);
    const { issues } = await checkAction(portOfBytes(bytes));
    const h = issues.filter((f) => f.sheet === FORECAST && /^H(9|10|11)$/.test(f.cell ?? ""));
    expect(h.map((f) => `${f.cell} ${f.code}`)).toEqual([
      "H9 comparison/wrong-formula",
      "H10 comparison/wrong-formula",
      "H11 comparison/wrong-formula",
    ]);
  });

  it("does not count a style alone, an array of one cell, or the main namespace's prefix", () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1"><x:f t="array" ref="A1:A2">B1:B2</x:f><x:v>1</x:v></x:c>' +
      '<x:c r="C1"><x:f ref="C1" t="array">D1</x:f><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const edits: CellEdits = new Map();
    addEdit(edits, 1, 0, { style: (s) => s + 1 });
    addEdit(edits, 0, 2, { content: { value: 3 } });
    expect(arrayWrittenInPart(xml, edits)).toBeUndefined();
    addEdit(edits, 1, 0, { content: { value: 4 } });
    expect(arrayWrittenInPart(xml, edits)).toEqual({ range: "A1:A2", cell: "A2", dataTable: false });
    addEdit(edits, 0, 0, { content: { formula: "B1*2" } });
    expect(arrayWrittenInPart(xml, edits)).toBeUndefined();
  });

  it("counts a data table's results as one whole too", () => {
    const xml =
      '<worksheet><sheetData><row r="9"><c r="K9"><f t="dataTable" ref="K9:K11" dt2D="0" dtr="0" r1="D9"/><v>1</v></c></row>' +
      '<row r="10"><c r="K10"><v>2</v></c></row><row r="11"><c r="K11"><v>3</v></c></row></sheetData></worksheet>';
    const edits: CellEdits = new Map();
    addEdit(edits, 10, 10, { content: { value: null } });
    expect(arrayWrittenInPart(xml, edits)).toEqual({ range: "K9:K11", cell: "K11", dataTable: true });
    const refused = new PortError("array", "", {
      sheet: FORECAST,
      range: "K9:K11",
      cell: "K11",
      dataTable: true,
    });
    expect(describeError(refused, "vi")).toBe(
      "Ô K11 của trang tính «Dự báo 2021» thuộc bảng dữ liệu K9:K11 (Phân tích What-If), mà Excel chỉ cho sửa cả bảng một lúc, nên chưa ô nào bị thay đổi: hãy chọn cả vùng K9:K11 và xóa bảng dữ liệu đó rồi thử lại.",
    );
  });
});

describe("a fill --overwrite over a whole array, and the command line's refusal", () => {
  it.runIf(libreOfficeRequired)(
    "replaces an array it writes whole: LibreOffice opens the file and computes the fill's formulas",
    async () => {
      const port = portOfBytes(await withArray(9));
      await fillComparisons(port, { overwrite: true });
      const saved = port.save();
      expect(forecastXml(saved)).not.toContain('t="array"');
      const file = path.join(tempDir("phuluc-array-"), "ca-mang.xlsx");
      writeFileSync(file, saved);
      const [book] = await recalculate([file]);
      // Indicator 1 and its parts: 22/22, 18/18, 4/4 of the year's estimate.
      for (const row of [9, 10, 11]) expect(resultOf(book, FORECAST, `H${row}`)).toBe(100);
    },
    120_000,
  );

  it("phuluc fill --overwrite says so in Vietnamese, exits 2 and makes no output file", async () => {
    const dir = tempDir("phuluc-array-");
    const input = path.join(dir, "bao-cao.xlsx");
    writeFileSync(input, await withArray(8));
    const output = path.join(dir, "ra.xlsx");
    const result = await phuluc(["fill", input, "-o", output, "--overwrite"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(REFUSED);
    expect(existsSync(output)).toBe(false);
  });
});

describe("a confirmed fix and its undo beside an array", () => {
  it("leave the array whole: no fix writes a cell of its range, so there is no array for undo to put back", async () => {
    const port = portOfBytes(await withArray(9));
    const { issues } = await checkAction(port);
    const plan = await previewFixes(port, issues, {
      only: [
        "comparison/missing",
        "comparison/not-formula",
        "comparison/mismatch",
        "comparison/wrong-formula",
      ],
    });
    const written = plan.changes.filter((c) => c.sheet === FORECAST).map((c) => c.cell);
    expect(written).toContain("G9");
    expect(written.filter((cell) => /^H(9|10|11)$/.test(cell))).toEqual([]);
    await applyFixes(port, plan.changes);
    const array = /<c r="H9"[^>]*><f t="array" ref="H9:H11">E9:E11\/F9:F11\*100<\/f><v>100<\/v><\/c>/;
    expect(forecastXml(port.save())).toMatch(array);
    expect((await undoLastFix(port))?.edited).toEqual([]);
    const xml = forecastXml(port.save());
    expect(xml).toMatch(array);
    expect(xml).toMatch(/<c r="H10"[^>]*><v>50<\/v><\/c>/);
  });
});
