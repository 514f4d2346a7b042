/**
 * An Excel table (ListObject) names its columns after its header cells, and Excel repairs a file where the table part
 * and the cells disagree. A write that changes a header cell's text — the quick fix converting a header typed in
 * TCVN3 — renames the column with it; writes below the header, or giving a header no text, leave the table part as
 * it came, byte for byte.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, zipSync } from "fflate";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { applyFixes, checkAction, previewFixes, undoLastFix } from "../../src/core/actions";
import { t } from "../../src/core/i18n/messages";
import { PortError } from "../../src/core/port";
import { encodeLegacy } from "../../src/core/text";
import { protectionRefusal } from "../../src/cli/workbook-files";
import { describeError } from "../../src/taskpane/state/errors";
import { phuluc, tempDir } from "../support/cli";
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

/** Writes the texts into the table's header cells B2, C2 … through the port. */
function writeHeaders(port: ReturnType<typeof portOfBytes>, texts: string[]): Promise<void> {
  return port.writeCells({ "Điểm phục vụ": texts.map((value, i) => ({ row: 1, col: 1 + i, value })) });
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

  it("writes below the header, or the same header text, leave the table part as it came", async () => {
    const bytes = await workbookWithTable(HEADERS);
    const port = portOfBytes(bytes);
    await port.writeCells({
      "Điểm phục vụ": [
        { row: 2, col: 2, value: 4 },
        { row: 1, col: 1, value: HEADERS[0] },
      ],
    });
    const saved = port.save();
    expect(Buffer.from(parts(saved)[TABLE_PART]).equals(parts(bytes)[TABLE_PART])).toBe(true);
    expect(bookOf(saved).sheet("Điểm phục vụ").value("C3")).toBe(4);
  });
});

describe("a header typed on two lines (Alt+Enter), its column named as Excel writes it (_x000a_)", () => {
  it("written again with the same text leaves the table part as it came", async () => {
    const twoLines = ["Tên xã,\nthị trấn", "Số điểm\nphục vụ"];
    const all = parts(await workbookWithTable(twoLines));
    edit(all, TABLE_PART, (xml) => xml.replace(/name="([^"]*)\n([^"]*)"/g, 'name="$1_x000a_$2"'));
    const bytes = zipSync(all);
    expect(strFromU8(parts(bytes)[TABLE_PART])).toContain(
      '<tableColumn id="2" name="Số điểm_x000a_phục vụ"/>',
    );
    const port = portOfBytes(bytes);
    await writeHeaders(port, twoLines);
    const saved = port.save();
    expect(Buffer.from(parts(saved)[TABLE_PART]).equals(parts(bytes)[TABLE_PART])).toBe(true);
  });

  it("renamed by the TCVN3 fix, names the column with the line break written as Excel writes it", async () => {
    const twoLines = ["Tên xã,\nthị trấn", "Số điểm\nphục vụ"];
    const bytes = await workbookWithTable(twoLines.map((h) => encodeLegacy(h, "tcvn3")));
    const port = portOfBytes(bytes);
    const { issues } = await checkAction(port);
    await applyFixes(port, (await previewFixes(port, issues, { only: ["text/legacy-encoding"] })).changes);
    const saved = port.save();
    expect(bookOf(saved).sheet("Điểm phục vụ").value("C2")).toBe("Số điểm\nphục vụ");
    expect(strFromU8(parts(saved)[TABLE_PART])).toContain(
      '<tableColumn id="1" name="Tên xã,_x000a_thị trấn"/><tableColumn id="2" name="Số điểm_x000a_phục vụ"/>',
    );
    expect(addedProblems(bytes, saved)).toEqual([]);
  });
});

describe("a write leaving a table's header as Excel repairs it is refused, nothing written", () => {
  /** Every part of the saved workbook as it came. */
  function unchanged(before: Uint8Array, after: Uint8Array): void {
    const a = parts(before);
    const b = parts(after);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(Buffer.from(b[name]).equals(a[name]), name).toBe(true);
  }

  const refusals: [string, { value?: string | number | null; formula?: string }][] = [
    ["emptied", { value: null }],
    ["given empty text", { value: "" }],
    ["given a number", { value: 2026 }],
    ["given a formula", { formula: 'B3&""' }],
  ];
  for (const [what, write] of refusals) {
    it(`a header cell ${what}: Excel keeps a column's name text`, async () => {
      const bytes = await workbookWithTable(HEADERS);
      const port = portOfBytes(bytes);
      const refused = port.writeCells({
        "Điểm phục vụ": [
          { row: 2, col: 2, value: 4 },
          { row: 1, col: 2, ...write },
        ],
      });
      await expect(refused).rejects.toMatchObject({
        name: "PortError",
        code: "table-header",
        details: { sheet: "Điểm phục vụ", cell: "C2", table: "Bang1" },
      });
      unchanged(bytes, port.save());
    });
  }

  it("a header given another column's name, in other letter case: Excel keeps the names unique", async () => {
    const bytes = await workbookWithTable(HEADERS);
    const port = portOfBytes(bytes);
    await expect(
      port.writeCells({ "Điểm phục vụ": [{ row: 1, col: 2, value: "TÊN XÃ, THỊ TRẤN" }] }),
    ).rejects.toMatchObject({
      code: "table-header",
      details: { sheet: "Điểm phục vụ", cell: "C2", table: "Bang1", duplicate: "TÊN XÃ, THỊ TRẤN" },
    });
    unchanged(bytes, port.save());
  });

  it("two headers swapped in one write are not taken for a name repeated", async () => {
    const bytes = await workbookWithTable(HEADERS);
    const port = portOfBytes(bytes);
    await writeHeaders(port, [HEADERS[1], HEADERS[0]]);
    const saved = port.save();
    expect(strFromU8(parts(saved)[TABLE_PART])).toContain(
      '<tableColumn id="1" name="Số điểm phục vụ bưu chính"/><tableColumn id="2" name="Tên xã, thị trấn"/>',
    );
    expect(addedProblems(bytes, saved)).toEqual([]);
  });

  it("a header cell left empty by a tool may be written empty again (no change of ours)", async () => {
    const bytes = await workbookWithTable(HEADERS);
    // The header cell C2 as some writer left it: no cell, while the table part names the column.
    const all = parts(bytes);
    const sheet = sheetPart(all, "Điểm phục vụ");
    edit(all, sheet, (xml) => xml.replace(/<c r="C2"[^>]*?(\/>|>[\s\S]*?<\/c>)/, ""));
    const empty = zipSync(all);
    const port = portOfBytes(empty);
    await port.writeCells({
      "Điểm phục vụ": [
        { row: 1, col: 2, value: null },
        { row: 2, col: 2, value: 7 },
      ],
    });
    expect(bookOf(port.save()).sheet("Điểm phục vụ").value("C3")).toBe(7);
  });

  it("phuluc fix refuses a TCVN3 header fixed into another column's name, in Vietnamese, and writes no file", async () => {
    // The first header typed in TCVN3, the second already «Tên xã, thị trấn» in Unicode: fixed, the two would clash.
    const bytes = await workbookWithTable([encodeLegacy(HEADERS[0], "tcvn3"), HEADERS[0]]);
    const dir = tempDir("phuluc-table-header-");
    const input = path.join(dir, "vao.xlsx");
    const output = path.join(dir, "ra.xlsx");
    writeFileSync(input, bytes);
    const result = await phuluc(["fix", input, "-o", output, "--only", "text/legacy-encoding", "--yes"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      "Ô B2 của trang tính «Điểm phục vụ» là tiêu đề cột của bảng Excel «Bang1», mà bảng đã có cột tên «Tên xã, thị trấn» và Excel không cho hai cột trùng tên, nên chưa ô nào bị thay đổi",
    );
    expect(existsSync(output)).toBe(false);
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("the refusal reads in Vietnamese first, from the command line and in the pane", () => {
    const error = new PortError("table-header", "C2 is a header of the table Bang1: it must hold text.", {
      sheet: "Điểm phục vụ",
      cell: "C2",
      table: "Bang1",
    });
    const user = protectionRefusal(error);
    expect(user?.key).toBe("error.table-header");
    expect(user && t("vi", user.key, user.params)).toBe(
      "Ô C2 của trang tính «Điểm phục vụ» là tiêu đề cột của bảng Excel «Bang1», mà Excel chỉ nhận tiêu đề là chữ (không để trống, không là số hay công thức), nên chưa ô nào bị thay đổi: hãy gõ tên cột bằng chữ vào ô đó, hoặc chuyển bảng thành vùng thường (Thiết kế Bảng › Chuyển đổi thành Phạm vi), rồi thử lại.",
    );
    const duplicate = new PortError("table-header", "C2 repeats a name.", {
      sheet: "Điểm phục vụ",
      cell: "C2",
      table: "Bang1",
      duplicate: "Tên xã",
    });
    expect(describeError(duplicate, "en")).toBe(
      "Cell C2 of the sheet «Điểm phục vụ» is a column header of the Excel table «Bang1», which has a column «Tên xã» already, and Excel allows no two columns of one name, so nothing was written: give the column another name, then retry.",
    );
  });
});
