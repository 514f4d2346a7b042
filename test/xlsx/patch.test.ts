/** Writing cells into a worksheet part's text (src/xlsx/package/patch.ts), against literal expected text. */
import { describe, expect, it } from "vitest";
import {
  addEdit,
  patchedText,
  patchSheet,
  patchSheetBytes,
  patchSheetPieces,
  type CellEdit,
  type CellEdits,
} from "../../src/xlsx/package/patch";
import { readSheetPart, readSheetXml } from "../../src/xlsx/package/sheet";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheet(data: string, before = "", after = ""): string {
  return `<worksheet ${NS}>${before}<sheetData>${data}</sheetData>${after}</worksheet>`;
}

function edits(list: [number, number, CellEdit][]): CellEdits {
  const map: CellEdits = new Map();
  for (const [row, col, edit] of list) addEdit(map, row, col, edit);
  return map;
}

const context = { sharedStrings: ["chữ"], formats: [undefined, "0.0", "0%"], date1904: false };

describe("patchSheet", () => {
  it("rewrites the named cells, inserts new cells and rows in order, and copies everything else as it was", () => {
    const before = sheet(
      '<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>0</v></c><c r="C2" s="1"><v>5</v></c></row>' +
        '<row r="5"><c r="B5"><v>1</v></c></row>',
      '<dimension ref="A2:C5"/>',
      '<conditionalFormatting sqref="A1:C9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
    );
    const result = patchSheet(
      before,
      edits([
        [1, 1, { content: { formula: "A2&C2" } }], // B2, between A2 and C2
        [1, 2, { content: { value: 7.5 } }], // C2: its style kept
        [3, 0, { content: { value: " dòng mới & <x> " } }], // a new row 4 between 2 and 5
        [6, 3, { content: { value: true } }], // a new row 7 after the last
      ]),
    );
    expect(result.contentChanged).toBe(true);
    expect(result.xml).toBe(
      sheet(
        '<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>0</v></c><c r="B2"><f>A2&amp;C2</f></c><c r="C2" s="1"><v>7.5</v></c></row>' +
          '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> dòng mới &amp; &lt;x&gt; </t></is></c></row>' +
          '<row r="5"><c r="B5"><v>1</v></c></row>' +
          '<row r="7"><c r="D7" t="b"><v>1</v></c></row>',
        '<dimension ref="A2:D7"/>',
        '<conditionalFormatting sqref="A1:C9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>',
      ),
    );
  });

  it("puts cells after a row's last cell before its end, in an empty row too, the row's own attributes kept", () => {
    const before = sheet(
      '<row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>2</v></c></row>' +
        '<row r="3" ht="20" customHeight="1"></row>',
    );
    const result = patchSheet(
      before,
      edits([
        [0, 3, { content: { formula: "A1+B1" } }],
        [0, 4, { content: { value: "x" } }],
        [2, 0, { content: { value: 3 } }],
      ]),
    );
    expect(result.xml).toBe(
      sheet(
        '<row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="D1"><f>A1+B1</f></c>' +
          '<c r="E1" t="inlineStr"><is><t>x</t></is></c></row>' +
          '<row r="3" ht="20" customHeight="1"><c r="A3"><v>3</v></c></row>',
      ),
    );
  });

  it("gives the cells pointing at an overwritten shared formula master their own formula, cached values kept", () => {
    const before = sheet(
      '<row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">A1/B1</f><v>0.5</v></c></row>' +
        '<row r="2"><c r="C2"><f t="shared" si="0"/><v>0.25</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>2</v></c></row>',
    );
    const result = patchSheet(before, edits([[0, 2, { content: { value: 9 } }]]));
    expect(result.xml).toBe(
      sheet(
        '<row r="1"><c r="C1"><v>9</v></c></row>' +
          '<row r="2"><c r="C2"><f>A2/B2</f><v>0.25</v></c></row>' +
          '<row r="3"><c r="C3"><f>A3/B3</f><v>2</v></c></row>',
      ),
    );
    const read = readSheetPart("S", result.xml, context);
    expect(read.rows[2][2]).toEqual({ value: 2, formula: "A3/B3" });
  });

  it("restyles a cell without touching its value; an empty cell whose style goes back to none is dropped", () => {
    const before = sheet('<row r="1"><c r="A1" s="2"><v>0.5</v></c><c r="B1" s="1"/></row>');
    const restyled = patchSheet(
      before,
      edits([
        [0, 0, { style: () => 1 }],
        [0, 1, { style: () => 0 }],
      ]),
    );
    expect(restyled.contentChanged).toBe(false);
    expect(restyled.xml).toBe(sheet('<row r="1"><c r="A1" s="1"><v>0.5</v></c></row>'));
    // A row left with no cell and no look of its own goes too.
    const emptied = patchSheet(
      sheet('<row r="3"><c r="A3" s="1"/></row>'),
      edits([[2, 0, { style: () => 0 }]]),
    );
    expect(emptied.xml).toBe(sheet(""));
  });

  it("gives a new cell its row's or its column's style, and drops the old value's metadata", () => {
    const before = sheet(
      '<row r="1" s="2" customFormat="1"><c r="A1" cm="1" ph="1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
      '<cols><col min="3" max="3" width="9" style="1" customWidth="1"/></cols>',
    );
    const result = patchSheet(
      before,
      edits([
        [0, 0, { content: { value: 3 } }],
        [0, 1, { content: { value: 4 } }],
        [1, 2, { content: { value: 5 } }],
      ]),
    );
    expect(result.xml).toBe(
      sheet(
        '<row r="1" s="2" customFormat="1"><c r="A1" ph="1"><v>3</v></c><c r="B1" s="2"><v>4</v></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="C2" s="1"><v>5</v></c></row>',
        '<cols><col min="3" max="3" width="9" style="1" customWidth="1"/></cols>',
      ),
    );
  });

  it("writes rows and cells without addresses with theirs, as the reader placed them, and keeps prefixes", () => {
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      "<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row>" +
      "</x:sheetData></x:worksheet>";
    const result = patchSheet(prefixed, edits([[1, 1, { content: { value: "b" } }]]));
    expect(result.xml).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2"><x:v>3</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>' +
        "</x:sheetData></x:worksheet>",
    );
    expect(readSheetPart("S", result.xml, context).rows).toEqual([
      [{ value: 1 }, { value: 2 }],
      [{ value: 3 }, { value: "b" }],
    ]);
  });

  it("fills an empty sheet and escapes what XML cannot hold as Excel does", () => {
    const result = patchSheet(
      `<worksheet ${NS}><sheetData/></worksheet>`,
      edits([[0, 0, { content: { value: "a\u0001b_x0041_" } }]]),
    );
    expect(result.xml).toBe(
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a_x0001_b_x005F_x0041_</t></is></c></row>'),
    );
    expect(readSheetPart("S", result.xml, context).rows[0][0]).toEqual({ value: "a\u0001b_x0041_" });
  });
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const fromUtf8 = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("patchSheetPieces and patchSheetBytes", () => {
  const addressedSheet = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B1*2</f><v>4</v></c><c r="B2"><v>1</v></c></row>' +
      '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c><c r="B3" s="2"/></row>' +
      '<row r="4"><c r="A4"><v>7</v></c><c r="C4"><v>8</v></c></row>',
  );
  const changes = () =>
    edits([
      [0, 1, { content: { formula: "A1+C1" }, style: (s) => s + 1 }], // B1: found by its address
      [1, 0, { content: { value: 5 } }], // A2: a shared master overwritten (its row walked)
      [2, 1, { content: { value: "mới" } }], // B3: found
      [3, 1, { content: { value: 9 } }], // B4: not in the row, put between A4 and C4
    ]);

  it("finds edited cells by their address in a part read as addressed, writing what the walk writes", () => {
    const walked = patchSheetPieces(addressedSheet, changes());
    const found = patchSheetPieces(addressedSheet, changes(), undefined, { addressed: true });
    const expected = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><f>A1+C1</f></c><c r="C1"><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>1</v></c></row>' +
        '<row r="3"><c r="A3"><f>B2*2</f><v>6</v></c><c r="B3" s="2" t="inlineStr"><is><t>mới</t></is></c></row>' +
        '<row r="4"><c r="A4"><v>7</v></c><c r="B4"><v>9</v></c><c r="C4"><v>8</v></c></row>',
    );
    expect(patchedText(addressedSheet, walked.pieces)).toBe(expected);
    expect(patchedText(addressedSheet, found.pieces)).toBe(expected);
    expect(found.contentChanged).toBe(true);
    const bytes = patchSheetBytes(addressedSheet, utf8(addressedSheet), changes(), undefined, {
      addressed: true,
    });
    expect(fromUtf8(bytes.bytes)).toBe(expected);
    expect(bytes.contentChanged).toBe(true);
  });

  it("adds a cell its row lacks where a later row holds a cell whose address starts alike (G5, G50)", () => {
    const xml = sheet(
      '<row r="5"><c r="F5"><v>1</v></c></row>' +
        '<row r="6"><c r="F6"><v>2</v></c><c r="G6"><v>3</v></c></row>' +
        '<row r="50"><c r="F50"><v>4</v></c><c r="G50"><v>5</v></c></row>',
    );
    const found = patchSheetPieces(
      xml,
      edits([
        [4, 6, { content: { formula: "F5*2" } }], // G5: not in its row; G50 is, 44 rows down
        [5, 6, { content: { formula: "F6*2" } }], // G6: in its row
      ]),
      undefined,
      { addressed: true },
    );
    expect(patchedText(xml, found.pieces)).toBe(
      sheet(
        '<row r="5"><c r="F5"><v>1</v></c><c r="G5"><f>F5*2</f></c></row>' +
          '<row r="6"><c r="F6"><v>2</v></c><c r="G6"><f>F6*2</f></c></row>' +
          '<row r="50"><c r="F50"><v>4</v></c><c r="G50"><v>5</v></c></row>',
      ),
    );
  });

  it("writes the UTF-8 bytes of the patched text from the part's ASCII bytes, new text of any script encoded", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const changes = () =>
      edits([
        [0, 1, { content: { value: "Tỷ lệ (％) 😀" } }],
        [0, 2, { content: { formula: '"lẻ \ud800"' } }], // a lone surrogate: U+FFFD, as TextEncoder writes it
      ]);
    const text = patchedText(xml, patchSheetPieces(xml, changes()).pieces);
    expect(text).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>Tỷ lệ (％) 😀</t></is></c>' +
          '<c r="C1"><f>"lẻ \ud800"</f></c></row>',
      ),
    );
    const bytes = patchSheetBytes(xml, utf8(xml), changes()).bytes as Uint8Array;
    expect([...bytes]).toEqual([...utf8(text)]);
    expect(bytes[bytes.length - 1]).toBe(62); // ">": the part ends where its text does
  });

  it("writes bytes past the room it starts with, and takes back a row the edits leave with nothing", () => {
    const xml = sheet('<row r="1"><c r="A1" s="1"/></row><row r="2"><c r="A2"><v>2</v></c></row>');
    // A1 loses its style, the only thing it held: the cell goes, and its row with it.
    const many: [number, number, CellEdit][] = [[0, 0, { style: () => 0 }]];
    // 250 new cells, some 7 000 bytes: more than the room for a quarter more than the part and 4 096 bytes.
    for (let col = 1; col <= 250; col++) many.push([1, col, { content: { formula: "A2*2" } }]);
    const { bytes, contentChanged } = patchSheetBytes(xml, utf8(xml), edits(many));
    const expected = patchedText(xml, patchSheetPieces(xml, edits(many)).pieces);
    expect(
      expected.startsWith(
        `<worksheet ${NS}><sheetData><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f>A2*2</f></c>`,
      ),
    ).toBe(true);
    expect(expected.endsWith('<c r="IQ2"><f>A2*2</f></c></row></sheetData></worksheet>')).toBe(true);
    expect(fromUtf8(bytes)).toBe(expected);
    expect(contentChanged).toBe(true);
  });

  it("goes from edited row to edited row where the reader found them, writing what the walk writes", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
        '<row r="3" spans="1:2"><c r="A3"><v>3</v></c></row>' +
        '<row r="4" ht="20" customHeight="1"/>' +
        '<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">B1*2</f><v>4</v></c></row>' +
        '<row r="6"><c r="A6"><f t="shared" si="0"/><v>5</v></c></row>' +
        '<row r="7"><c r="A7"><f t="shared" si="0"/><v>6</v></c></row>' +
        '<row r="8"><c r="A8"><v>7</v></c></row >' +
        '<row r="9"><c r="A9"><v>8</v></c></row>',
    );
    const read = readSheetXml("S", xml, context, { rowSpans: true });
    expect(read.addressed).toBe(true);
    // Five numbers a row: the row, its start tag's start and end, its closing tag's start and end.
    expect(read.rowSpans?.slice(0, 5)).toEqual([0, 88, 99, 143, 149]);
    expect(read.rowSpans?.slice(10, 15)).toEqual([3, 200, 237, 237, 237]);
    const changes = (more: [number, number, CellEdit][] = []) =>
      edits([
        [0, 1, { content: { formula: "A1*2" } }], // B1: found in its row
        [1, 0, { content: { value: 9 } }], // row 2: not in the part, put before row 3
        [3, 1, { content: { value: 10 } }], // B4: into a row that closes itself
        ...more,
        [11, 0, { content: { value: 11 } }], // row 12: after the last
      ]);
    const walked = patchedText(xml, patchSheetPieces(xml, changes()).pieces);
    expect(walked).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c></row>' +
          '<row r="2"><c r="A2"><v>9</v></c></row>' +
          '<row r="3" spans="1:2"><c r="A3"><v>3</v></c></row>' +
          '<row r="4" ht="20" customHeight="1"><c r="B4"><v>10</v></c></row>' +
          '<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">B1*2</f><v>4</v></c></row>' +
          '<row r="6"><c r="A6"><f t="shared" si="0"/><v>5</v></c></row>' +
          '<row r="7"><c r="A7"><f t="shared" si="0"/><v>6</v></c></row>' +
          '<row r="8"><c r="A8"><v>7</v></c></row >' +
          '<row r="9"><c r="A9"><v>8</v></c></row>' +
          '<row r="12"><c r="A12"><v>11</v></c></row>',
      ),
    );
    const options = { addressed: true, rowSpans: read.rowSpans };
    expect(patchedText(xml, patchSheetPieces(xml, changes(), undefined, options).pieces)).toBe(walked);
    expect(fromUtf8(patchSheetBytes(xml, utf8(xml), changes(), undefined, options).bytes)).toBe(walked);
    // A shared formula's master overwritten: the rows after are read (the cells pointing at it get their own).
    const broken: [number, number, CellEdit][] = [[4, 0, { content: { value: 0 } }]];
    const walkedBroken = patchedText(xml, patchSheetPieces(xml, changes(broken)).pieces);
    expect(walkedBroken).toContain('<row r="6"><c r="A6"><f>B2*2</f><v>5</v></c></row>');
    expect(walkedBroken).toContain('<row r="7"><c r="A7"><f>B3*2</f><v>6</v></c></row>');
    expect(patchedText(xml, patchSheetPieces(xml, changes(broken), undefined, options).pieces)).toBe(
      walkedBroken,
    );
    // A row closed by `</row >` (spaces before its ">") gets its new cell before that end.
    const odd: [number, number, CellEdit][] = [[7, 1, { content: { value: 12 } }]];
    const walkedOdd = patchedText(xml, patchSheetPieces(xml, changes(odd)).pieces);
    expect(walkedOdd).toContain('<row r="8"><c r="A8"><v>7</v></c><c r="B8"><v>12</v></c></row >');
    expect(patchedText(xml, patchSheetPieces(xml, changes(odd), undefined, options).pieces)).toBe(walkedOdd);
  });

  it("gives new cells the row's own style in an empty row, closed by its end tag or by itself, on both paths", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="3" customFormat="1" s="2"></row>' +
        '<row r="4" s="1" customFormat="1"/>' +
        '<row r="5"><c r="A5"><v>5</v></c></row>',
    );
    const changes = () =>
      edits([
        [2, 0, { content: { value: 7 } }], // A3
        [2, 2, { content: { value: 8 } }], // C3
        [3, 1, { content: { value: 9 } }], // B4
      ]);
    const expected = sheet(
      '<row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="3" customFormat="1" s="2"><c r="A3" s="2"><v>7</v></c><c r="C3" s="2"><v>8</v></c></row>' +
        '<row r="4" s="1" customFormat="1"><c r="B4" s="1"><v>9</v></c></row>' +
        '<row r="5"><c r="A5"><v>5</v></c></row>',
    );
    expect(patchedText(xml, patchSheetPieces(xml, changes()).pieces)).toBe(expected);
    const read = readSheetXml("S", xml, context, { rowSpans: true });
    const options = { addressed: read.addressed, rowSpans: read.rowSpans };
    expect(patchedText(xml, patchSheetPieces(xml, changes(), undefined, options).pieces)).toBe(expected);
    expect(fromUtf8(patchSheetBytes(xml, utf8(xml), changes(), undefined, options).bytes)).toBe(expected);
  });

  it("has no bytes to write when there is no edit", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(patchSheetBytes(xml, utf8(xml), new Map())).toEqual({ bytes: undefined, contentChanged: false });
  });
});
