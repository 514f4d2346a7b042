/** The pieces of the .xlsx package reader (src/xlsx/package/), each against literal expectations. */
import { describe, expect, it } from "vitest";
import { slideFormula } from "../../src/xlsx/package/formula";
import { readSheetPart } from "../../src/xlsx/package/sheet";
import { readSharedStrings } from "../../src/xlsx/package/strings";
import { StyleSheet } from "../../src/xlsx/package/styles";
import { CLOSE, END, OPEN, TEXT, XmlError, XmlScanner } from "../../src/xlsx/package/xml";

function tokens(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const out: string[] = [];
  for (let t = scanner.next(); t !== END; t = scanner.next()) {
    if (t === OPEN) out.push(`<${scanner.name}${scanner.selfClosing ? "/" : ""}>`);
    else if (t === CLOSE) out.push(`</${scanner.name}>`);
    else if (t === TEXT) out.push(scanner.text());
  }
  return out;
}

describe("XmlScanner", () => {
  it("reads tags and text, dropping prefixes, the declaration, comments and a DOCTYPE", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x><!-- a <b> comment -->' +
      '<x:worksheet xmlns:x="urn:x"><x:c r="A1"/><x:v>12</x:v></x:worksheet>';
    expect(tokens(xml)).toEqual(["\n", "<worksheet>", "<c/>", "<v>", "12", "</v>", "</worksheet>"]);
  });

  it("decodes entities and character references in text and attributes, and keeps CDATA as written", () => {
    const scanner = new XmlScanner(
      '<t a="x &amp; y &lt;z&gt; &quot;q&quot; &apos;s&apos; &#273;&#x1EA1;">&lt;1&gt; &amp; &#7897;<![CDATA[<b>&amp;</b>]]></t>',
    );
    expect(scanner.next()).toBe(OPEN);
    expect(scanner.attr("a")).toBe("x & y <z> \"q\" 's' đạ");
    expect(scanner.next()).toBe(TEXT);
    expect(scanner.text()).toBe("<1> & ộ");
    expect(scanner.next()).toBe(TEXT);
    expect(scanner.text()).toBe("<b>&amp;</b>");
  });

  it("finds attributes by local name, in either quotes, with a '>' inside a value", () => {
    const scanner = new XmlScanner(`<sheet name='Dự báo > 2024' sheetId="3" r:id="rId7" state = "hidden"/>`);
    scanner.next();
    expect(scanner.selfClosing).toBe(true);
    expect(scanner.attr("name")).toBe("Dự báo > 2024");
    expect(scanner.attr("id")).toBe("rId7");
    expect(scanner.attr("sheetId")).toBe("3");
    expect(scanner.attr("state")).toBe("hidden");
    expect(scanner.attr("Id")).toBeUndefined();
  });

  it("normalises line ends in text, and line ends and tabs in attribute values", () => {
    const scanner = new XmlScanner('<t a="1\r\n2\t3">x\r\ny\rz</t>');
    scanner.next();
    expect(scanner.attr("a")).toBe("1 2 3");
    scanner.next();
    expect(scanner.text()).toBe("x\ny\nz");
  });

  it("throws XmlError on a damaged part", () => {
    const damaged = ["<c r=", '<c r="A1"', "<c r=A1>", "<!-- no end", "<>"];
    for (const xml of damaged) {
      expect(() => {
        const scanner = new XmlScanner(xml);
        while (scanner.next() !== END) scanner.attr("r");
      }, xml).toThrow(XmlError);
    }
  });
});

describe("slideFormula", () => {
  it("moves relative references and keeps absolute parts", () => {
    expect(slideFormula("F4/D4*100", 1, 0)).toBe("F5/D5*100");
    expect(slideFormula("SUM(D4:F4)+$A$1+$B4+C$2", 2, 1)).toBe("SUM(E6:G6)+$A$1+$B6+D$2");
  });

  it("leaves function names, text, quoted sheet names and structured references alone", () => {
    expect(slideFormula('IF(F4="A1","A1",LOG10(F4))', 1, 0)).toBe('IF(F5="A1","A1",LOG10(F5))');
    expect(slideFormula("'Kế hoạch A1'!C3+Sheet2!C3", 1, 0)).toBe("'Kế hoạch A1'!C4+Sheet2!C4");
    expect(slideFormula("SUM(Bang[Cot1])+B2", 1, 0)).toBe("SUM(Bang[Cot1])+B3");
  });

  it("gives #REF! where a reference would move off the sheet", () => {
    expect(slideFormula("A2+B1", -1, 0)).toBe("A1+#REF!");
  });
});

describe("readSharedStrings and the styles' number formats", () => {
  it("joins rich text runs, leaves phonetic runs out and reads Excel's _xHHHH_ escapes", () => {
    const xml =
      '<sst><si><t xml:space="preserve"> Số hộ </t></si>' +
      '<si><r><rPr><b/></rPr><t>Tỷ lệ</t></r><r><t> (%)</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>' +
      "<si><t>dòng 1_x000D_\ndòng 2</t></si><si/></sst>";
    expect(readSharedStrings(xml)).toEqual([" Số hộ ", "Tỷ lệ (%)", "dòng 1\r\ndòng 2", ""]);
  });

  it("gives each cell style its number format: built-in ids, custom codes, General as none", () => {
    const xml =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0&quot; ha&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164"/>' +
      '<xf numFmtId="14"><alignment wrapText="1"/></xf><xf numFmtId="3"/></cellXfs></styleSheet>';
    expect(StyleSheet.read(xml).formats).toEqual([undefined, "0%", '#,##0.0" ha"', "mm-dd-yy", "#,##0"]);
  });
});

describe("the styles' number formats, conditional formats", () => {
  it("takes number formats from <numFmts> only, not from a conditional format's <dxf>", () => {
    const xml =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00%"/></dxf></dxfs></styleSheet>';
    const reordered = xml.replace(/(<cellXfs.*<\/cellXfs>)(<dxfs.*<\/dxfs>)/, "$2$1");
    expect(StyleSheet.read(xml).formats).toEqual([undefined, "0.0"]);
    expect(StyleSheet.read(reordered).formats).toEqual([undefined, "0.0"]);
  });
});

describe("readSheetPart", () => {
  const context = {
    sharedStrings: ["Chỉ tiêu", "Điểm"],
    formats: [undefined, "0%", "dd/mm/yyyy"],
    date1904: false,
  };

  it("reads values, formulas with cached results, shared formulas, dates and merges", () => {
    const xml =
      "<worksheet><sheetData>" +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<row r="4"><c r="D4"><v>2700</v></c><c r="F4"><v>2400</v></c>' +
      '<c r="H4" s="1"><f t="shared" ref="H4:H5" si="0">F4/D4</f><v>0.888888</v></c></row>' +
      '<row r="5"><c r="D5"><v>10</v></c><c r="H5" s="1"><f t="shared" si="0"/><v>0</v></c>' +
      '<c r="I5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="J5" t="b"><v>1</v></c>' +
      '<c r="K5" s="2"><v>45473</v></c><c r="L5" t="inlineStr"><is><t>ghi chú</t></is></c>' +
      '<c r="M5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="N5"><f>SUM(D5)</f></c><c r="O5" s="1"/></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells></worksheet>';
    const sheet = readSheetPart("Dự báo", xml, context);
    expect(sheet.name).toBe("Dự báo");
    expect(sheet.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    expect(sheet.rows[0]).toEqual([{ value: "Chỉ tiêu" }, { value: "Điểm" }]);
    expect(sheet.rows[0].length).toBe(2);
    expect(sheet.rows[1]).toBeUndefined();
    expect(sheet.rows[3][7]).toEqual({ value: 0.888888, formula: "F4/D4", numberFormat: "0%" });
    const row5 = sheet.rows[4];
    expect(row5[7]).toEqual({ value: 0, formula: "F5/D5", numberFormat: "0%" });
    expect(row5[8]).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(row5[9]).toEqual({ value: true });
    expect(row5[10]).toEqual({ value: "2024-06-30", numberFormat: "dd/mm/yyyy" });
    expect(row5[11]).toEqual({ value: "ghi chú" });
    expect(row5[12]).toEqual({ value: "ab", formula: '"a"&"b"' });
    expect(row5[13]).toEqual({ value: null, formula: "SUM(D5)" });
    expect(row5.length).toBe(14);
  });

  it("keeps the text of a number cell whose value is no number, not NaN", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>abc</v></c><c r="B1" t="n"><v> 42 </v></c></row></sheetData></worksheet>';
    expect(readSheetPart("S", xml, context).rows[0]).toEqual([{ value: "abc" }, { value: 42 }]);
  });

  it("counts dates from 1904 when the workbook says so", () => {
    const xml = '<worksheet><sheetData><row r="2"><c r="A2" s="2"><v>0</v></c></row></sheetData></worksheet>';
    expect(readSheetPart("S", xml, { ...context, date1904: true }).rows[1][0]?.value).toBe("1904-01-01");
  });

  it("places rows and cells written without their addresses one after the other", () => {
    const xml =
      "<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>";
    const sheet = readSheetPart("S", xml, context);
    expect(sheet.rows.map((r) => r.map((c) => c?.value))).toEqual([[1, 2], [3]]);
  });
});

describe("readSheetPart, cells as other writers store them (review)", () => {
  const context = { sharedStrings: [], formats: [undefined, "dd/mm/yyyy"], date1904: false };
  const sheetOf = (cells: string) =>
    readSheetPart("S", `<worksheet><sheetData>${cells}</sheetData></worksheet>`, context);

  it('reads an ISO 8601 date cell (t="d") as that date, not as the year number parseFloat finds in it', () => {
    const sheet = sheetOf(
      '<row r="1"><c r="A1" s="1" t="d"><v>2024-06-30T00:00:00</v></c><c r="B1" s="1" t="d"><v>2021-12-31</v></c>' +
        '<c r="C1" t="d"><v>2024-06-30T12:00:00Z</v></c></row>',
    );
    expect(sheet.rows[0][0]).toEqual({ value: "2024-06-30", numberFormat: "dd/mm/yyyy" });
    expect(sheet.rows[0][1]).toEqual({ value: "2021-12-31", numberFormat: "dd/mm/yyyy" });
    // General format: Excel shows the date's serial number (45473 is 2024-06-30, half a day later).
    expect(sheet.rows[0][2]).toEqual({ value: 45473.5 });
  });

  it("reads an ISO date cell of a 1904 workbook as that date", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" s="1" t="d"><v>2024-06-30</v></c></row></sheetData></worksheet>';
    expect(readSheetPart("S", xml, { ...context, date1904: true }).rows[0][0]?.value).toBe("2024-06-30");
  });

  it("places cells by their own addresses when their row element has no r (rows skipped in between)", () => {
    const sheet = sheetOf(
      '<row><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row><c r="A5"><v>3</v></c></row>' +
        "<row><c><v>4</v></c></row>",
    );
    expect(sheet.rows[0]).toBeUndefined();
    expect(sheet.rows[1].map((c) => c?.value)).toEqual([1, 2]);
    expect(sheet.rows[4].map((c) => c?.value)).toEqual([3]);
    // A row of cells without addresses follows the last one.
    expect(sheet.rows[5].map((c) => c?.value)).toEqual([4]);
  });
});

describe("slideFormula, whole columns and rows (review)", () => {
  it("moves relative whole-column and whole-row references as Excel does", () => {
    expect(slideFormula("SUM(B:B)", 0, 1)).toBe("SUM(C:C)");
    expect(slideFormula("SUM($B:B)+SUM(Sheet2!C:D)", 3, 2)).toBe("SUM($B:D)+SUM(Sheet2!E:F)");
    expect(slideFormula("SUM(2:2)+SUM($3:4)", 1, 5)).toBe("SUM(3:3)+SUM($3:5)");
    // Plain numbers and names stay.
    expect(slideFormula("B2*2+ABS(-3)", 1, 1)).toBe("C3*2+ABS(-3)");
  });
});
