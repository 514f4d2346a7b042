/**
 * An Excel table (ListObject) names its columns after its header cells, and Excel repairs a file where the table part
 * and the cells disagree. A write that changes a header cell's text — the quick fix converting a header typed in
 * TCVN3 — renames the column with it; writes below the header, or giving a header no text, leave the table part as
 * it came, byte for byte.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { applyFixes, checkAction, previewFixes, undoLastFix } from "../../src/core/actions";
import { encodeLegacy } from "../../src/core/text";
import { parts } from "../support/package";
import { addRels, edit, MAIN, REL, sheetPart, withRelNamespace, type Parts } from "../support/rich-workbook";
import { addedProblems } from "../support/strict";
import { bookOf, excelJsBytes, portOfBytes } from "../support/workbooks";

const HEADERS = ["Tên xã, thị trấn", "Số điểm phục vụ bưu chính"];
const TABLE_PART = "xl/tables/table1.xml";

/**
 * A sheet «Điểm phục vụ» whose B2:C4 is an Excel table, its header typed as `header`. `formulas`: the table has a
 * third column D computed from the second (its calculated column formula and its cells), and a sheet «Tổng» and a
 * defined name «TongDiem» sum the second column, each naming it in a structured reference as Excel writes them.
 */
async function workbookWithTable(header: string[], formulas = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Điểm phục vụ");
  const double = `Bang1[[#This Row],[${header[1]}]]*2`;
  ws.getCell("B2").value = header[0];
  ws.getCell("C2").value = header[1];
  ws.getCell("B3").value = "Quài Cang";
  ws.getCell("C3").value = 3;
  ws.getCell("B4").value = "Quài Tở";
  ws.getCell("C4").value = 5;
  if (formulas) {
    ws.getCell("D2").value = "Gấp đôi";
    ws.getCell("D3").value = { formula: double, result: 6 };
    ws.getCell("D4").value = { formula: double, result: 10 };
    wb.addWorksheet("Tổng").getCell("A1").value = { formula: `SUM(Bang1[${header[1]}])`, result: 8 };
  }
  const all: Parts = parts(await excelJsBytes(wb));
  const sheet = sheetPart(all, "Điểm phục vụ");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const ref = formulas ? "B2:D4" : "B2:C4";
  const third = formulas
    ? `<tableColumn id="3" name="Gấp đôi"><calculatedColumnFormula>${escape(double)}</calculatedColumnFormula></tableColumn>`
    : "";
  all[TABLE_PART] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="Bang1" displayName="Bang1" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${formulas ? 3 : 2}">` +
      header.map((h, i) => `<tableColumn id="${i + 1}" name="${escape(h)}"/>`).join("") +
      third +
      '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
  );
  addRels(all, sheet, `<Relationship Id="rIdT1" Type="${REL}/table" Target="../tables/table1.xml"/>`);
  edit(all, sheet, (xml) =>
    withRelNamespace(xml).replace(
      "</worksheet>",
      '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts></worksheet>',
    ),
  );
  edit(all, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      `<Override PartName="/${TABLE_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    ),
  );
  if (formulas)
    edit(all, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</sheets>",
        `</sheets><definedNames><definedName name="TongDiem">${escape(`SUM(Bang1[${header[1]}])`)}</definedName></definedNames>`,
      ),
    );
  return zipSync(all);
}

describe("Excel tables keep their columns named after their header cells", () => {
  it("the quick fix of a header typed in TCVN3 renames the table's column with it", async () => {
    const typed = HEADERS.map((h) => encodeLegacy(h, "tcvn3"));
    const port = portOfBytes(await workbookWithTable(typed));
    const { issues } = await checkAction(port);
    const legacy = issues.filter((f) => f.code === "text/legacy-encoding").map((f) => f.cell);
    expect(legacy).toEqual(expect.arrayContaining(["B2", "C2"]));
    const plan = await previewFixes(port, issues, { only: ["text/legacy-encoding"] });
    await applyFixes(port, plan.changes);
    const saved = port.save();
    const sheet = bookOf(saved).sheet("Điểm phục vụ");
    expect([sheet.value("B2"), sheet.value("C2")]).toEqual(HEADERS);
    expect(strFromU8(parts(saved)[TABLE_PART])).toContain(
      '<tableColumns count="2"><tableColumn id="1" name="Tên xã, thị trấn"/><tableColumn id="2" name="Số điểm phục vụ bưu chính"/></tableColumns>',
    );
  });

  it("undoing that fix names the column as the header reads again, and neither step leaves what Excel repairs", async () => {
    const typed = HEADERS.map((h) => encodeLegacy(h, "tcvn3"));
    const bytes = await workbookWithTable(typed);
    const port = portOfBytes(bytes);
    const { issues } = await checkAction(port);
    await applyFixes(port, (await previewFixes(port, issues, { only: ["text/legacy-encoding"] })).changes);
    const fixed = port.save();
    expect(await undoLastFix(port)).toBeDefined();
    const undone = port.save();
    expect(strFromU8(parts(undone)[TABLE_PART])).toBe(strFromU8(parts(bytes)[TABLE_PART]));
    expect(addedProblems(bytes, fixed)).toEqual([]);
    expect(addedProblems(fixed, undone)).toEqual([]);
  });

  it("renames the column in every formula naming it: the calculated column, its cells, another sheet, a defined name", async () => {
    const typed = HEADERS.map((h) => encodeLegacy(h, "tcvn3"));
    const bytes = await workbookWithTable(typed, true);
    const port = portOfBytes(bytes);
    const { issues } = await checkAction(port);
    await applyFixes(port, (await previewFixes(port, issues, { only: ["text/legacy-encoding"] })).changes);
    const fixed = port.save();
    // Excel would have removed each formula naming «Sè ®iÓm …», a column the table no longer has.
    expect(strFromU8(parts(fixed)[TABLE_PART])).toContain(
      "<calculatedColumnFormula>Bang1[[#This Row],[Số điểm phục vụ bưu chính]]*2</calculatedColumnFormula>",
    );
    const book = bookOf(fixed);
    expect(book.sheet("Điểm phục vụ").formula("D4")).toBe("Bang1[[#This Row],[Số điểm phục vụ bưu chính]]*2");
    expect(book.sheet("Tổng").formula("A1")).toBe("SUM(Bang1[[Số điểm phục vụ bưu chính]])");
    expect(strFromU8(parts(fixed)["xl/workbook.xml"])).toContain(
      '<definedName name="TongDiem">SUM(Bang1[[Số điểm phục vụ bưu chính]])</definedName>',
    );
    // The port reads the sheets as written: the renamed formulas, not those it read before the fix.
    const read = await port.read(["Điểm phục vụ", "Tổng"]);
    expect(read.sheets[0].rows[2][3]?.formula).toBe("Bang1[[#This Row],[Số điểm phục vụ bưu chính]]*2");
    expect(addedProblems(bytes, fixed)).toEqual([]);
    await undoLastFix(port);
    const undone = port.save();
    expect(bookOf(undone).sheet("Tổng").formula("A1")).toBe(`SUM(Bang1[[${typed[1]}]])`);
    expect(addedProblems(fixed, undone)).toEqual([]);
  });

  it("writes below the header, the same header text, or a header emptied leave the table part as it came", async () => {
    const bytes = await workbookWithTable(HEADERS);
    const port = portOfBytes(bytes);
    await port.writeCells({
      "Điểm phục vụ": [
        { row: 2, col: 2, value: 4 },
        { row: 1, col: 1, value: HEADERS[0] },
        { row: 1, col: 2, value: null },
      ],
    });
    const saved = port.save();
    expect(Buffer.from(parts(saved)[TABLE_PART]).equals(parts(bytes)[TABLE_PART])).toBe(true);
    expect(bookOf(saved).sheet("Điểm phục vụ").value("C3")).toBe(4);
  });
});
