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

/** A sheet «Điểm phục vụ» whose B2:C4 is an Excel table, its header typed as `header`. */
async function workbookWithTable(header: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Điểm phục vụ");
  ws.getCell("B2").value = header[0];
  ws.getCell("C2").value = header[1];
  ws.getCell("B3").value = "Quài Cang";
  ws.getCell("C3").value = 3;
  ws.getCell("B4").value = "Quài Tở";
  ws.getCell("C4").value = 5;
  const all: Parts = parts(await excelJsBytes(wb));
  const sheet = sheetPart(all, "Điểm phục vụ");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  all[TABLE_PART] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="Bang1" displayName="Bang1" ref="B2:C4" totalsRowShown="0">` +
      '<autoFilter ref="B2:C4"/><tableColumns count="2">' +
      header.map((h, i) => `<tableColumn id="${i + 1}" name="${escape(h)}"/>`).join("") +
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
