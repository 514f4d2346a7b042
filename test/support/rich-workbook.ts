/**
 * A district workbook holding every kind of part an official's file may carry besides its cells, for the round-trip
 * corpus: seed 001's two appendices (the forecast's comparisons left empty for `fill`, numbers pasted as text for
 * `fix`) with a chart and a picture drawn over the forecast, a note (comment and its VML shape) on a forecast cell,
 * conditional formats and a data validation on both appendices, a pivot table and its cache on a notes sheet, a
 * formula listed in the calculation chain, a hidden and a very hidden sheet, defined names (print titles of the
 * forecast, a named range), number formats with escapes (`0.0\%`, `#,##0\ \h\a`) on touched and untouched sheets,
 * LibreOffice's 1904 flag written "true", and macros (vbaProject.bin: the workbook is an .xlsm).
 *
 * The cells are typed by ExcelJS (or come from LibreOffice's rewrite of them); every other part is XML written here,
 * as Excel writes it, so that what the writer must keep is known byte for byte.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import ExcelJS from "exceljs";
import { pasteTable } from "./fixtures";
import { resolvePart } from "../../src/xlsx/package/parts";
import { parts as partsOf } from "./package";
import { WORKSHEET_CHILDREN } from "./schema";
import { excelJsBytes } from "./workbooks";

export const FORECAST = "Dự báo 2021";
export const PLAN = "Kế hoạch 2022";
export const NOTES = "Ghi chú";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A 1 × 1 PNG (a red dot). */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

/** The rich district workbook's parts other than its cells: each must come back as it was, whatever was done. */
export const RICH_PARTS = [
  "xl/charts/chart1.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/media/image1.png",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/vbaProject.bin",
];

/** Stand-in macros: an OLE compound file header and bytes (the writer only has to carry them). */
export const VBA_PROJECT = (() => {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 256;
  return bytes;
})();

/** The cells, typed by ExcelJS: the two appendices, a notes sheet with a pivot's source, a hidden and a very hidden sheet. */
function cellsWorkbook(extra?: (workbook: ExcelJS.Workbook) => void): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const forecast = workbook.addWorksheet(FORECAST);
  const rows = pasteTable(forecast, {
    fixture: "seed-001-du-bao-2021",
    origin: { row: 4, col: 0 },
    mode: "numbers",
    titleLines: ["PHỤ LỤC", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"],
  });
  // The comparison columns left empty for `fill` (the seed typed them).
  for (const r of rows.slice(2)) for (const c of [7, 8]) forecast.getCell(r + 1, c).value = null;
  // A figure pasted as text, for `fix`.
  forecast.getCell("D12").value = "88,8";
  pasteTable(workbook.addWorksheet(PLAN), {
    fixture: "seed-001-ke-hoach-2022",
    origin: { row: 4, col: 0 },
    mode: "numbers",
    titleLines: ["PHỤ LỤC", "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022"],
  });
  const notes = workbook.addWorksheet(NOTES);
  notes.addRow(["Xã", "Điểm"]);
  notes.addRow(["Quài Cang", 3]);
  notes.addRow(["Quài Tở", 5]);
  notes.getCell("D1").value = { formula: "SUM(B2:B3)", result: 8 };
  notes.getCell("D2").value = 85;
  notes.getCell("D3").value = 44377.5;
  workbook.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "ẩn";
  workbook.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "rất ẩn";
  extra?.(workbook);
  return workbook;
}

export type Parts = Record<string, Uint8Array>;

export function text(parts: Parts, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

export function edit(parts: Parts, name: string, change: (xml: string) => string): void {
  const before = text(parts, name);
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${name} changed nothing`);
  parts[name] = strToU8(after);
}

/** The part of the sheet named `name` (by the workbook's relationships). */
export function sheetPart(parts: Parts, name: string): string {
  const workbook = text(parts, "xl/workbook.xml");
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(workbook)?.[0];
  const id = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(rels)?.[0];
  const file = target && /Target="([^"]+)"/.exec(target)?.[1];
  if (!file) throw new Error(`no part for sheet ${name}`);
  return file.startsWith("/") ? file.slice(1) : `xl/${file}`;
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds relationships to a part's rels (made when absent); their ids must be free. */
export function addRels(parts: Parts, part: string, rels: string): void {
  const name = relsOf(part);
  if (!parts[name]) parts[name] = strToU8(`${DECL}<Relationships xmlns="${PKG_REL}"></Relationships>`);
  edit(parts, name, (xml) => xml.replace("</Relationships>", `${rels}</Relationships>`));
}

/** Adds parts and the relationships from `source` to them (targets relative to the source, as Excel writes them). */
export function attach(
  parts: Parts,
  source: string,
  attached: { id: string; type: string; target: string; body: string }[],
): void {
  for (const a of attached) parts[resolvePart(source, a.target)] = strToU8(a.body);
  addRels(
    parts,
    source,
    attached.map((a) => `<Relationship Id="${a.id}" Type="${a.type}" Target="${a.target}"/>`).join(""),
  );
}

/** The worksheet's root with the relationships' namespace bound to `r:` (ExcelJS leaves it out when unused). */
export function withRelNamespace(xml: string): string {
  return /xmlns:r=/.test(xml.slice(0, 800))
    ? xml
    : xml.replace(/<worksheet /, `<worksheet xmlns:r="${REL}" `);
}

/** Puts a child into a sheet before the first of `before` present (the schema's order), else before its end. */
export function intoSheet(xml: string, element: string, before: string[]): string {
  for (const name of before) {
    const at = xml.search(new RegExp(`<${name}[ />]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace("</worksheet>", `${element}</worksheet>`);
}

/** The worksheet's children after its conditional formats, in the schema's order. */
const AFTER_CONDITIONAL = WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf("dataValidations"));
const AFTER_VALIDATIONS = AFTER_CONDITIONAL.slice(1);
const AFTER_DRAWING = AFTER_CONDITIONAL.slice(AFTER_CONDITIONAL.indexOf("legacyDrawing"));
const AFTER_LEGACY = AFTER_CONDITIONAL.slice(AFTER_CONDITIONAL.indexOf("tableParts"));

function chartXml(sheet: string): string {
  const ref = (cells: string) => `<c:f>'${sheet}'!${cells}</c:f>`;
  return (
    `${DECL}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A}" xmlns:r="${REL}">` +
    '<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Điểm phục vụ bưu chính</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>' +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef>${ref("$B$9")}</c:strRef></c:tx>` +
    `<c:cat><c:strRef>${ref("$D$5:$F$5")}</c:strRef></c:cat><c:val><c:numRef>${ref("$D$9:$F$9")}</c:numRef></c:val></c:ser>` +
    '<c:axId val="111"/><c:axId val="222"/></c:barChart>' +
    '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>' +
    '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function anchor(from: [number, number], to: [number, number], body: string): string {
  const mark = ([col, row]: [number, number]) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor><xdr:from>${mark(from)}</xdr:from><xdr:to>${mark(to)}</xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

const DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A}">` +
  anchor(
    [10, 4],
    [17, 20],
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
  ) +
  anchor(
    [10, 22],
    [12, 26],
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Hình 1"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
      `<xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>',
  ) +
  "</xdr:wsDr>";

const COMMENTS =
  `${DECL}<comments xmlns="${MAIN}"><authors><author>Chuyên viên</author></authors><commentList>` +
  '<comment ref="B9" authorId="0"><text><r><t xml:space="preserve">Số liệu của Bưu điện tỉnh</t></r></text></comment>' +
  "</commentList></comments>";

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:100pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 8, 2, 4, 15, 12, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>8</x:Row><x:Column>1</x:Column></x:ClientData>' +
  "</v:shape></xml>";

function pivotCache(): { definition: string; records: string } {
  return {
    definition:
      `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="0" recordCount="2">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="${NOTES}"/></cacheSource>` +
      '<cacheFields count="2"><cacheField name="Xã" numFmtId="0"><sharedItems count="2"><s v="Quài Cang"/><s v="Quài Tở"/></sharedItems></cacheField>' +
      '<cacheField name="Điểm" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="5"/></cacheField>' +
      "</cacheFields></pivotCacheDefinition>",
    records:
      `${DECL}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="2">` +
      '<r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="5"/></r></pivotCacheRecords>',
  };
}

const PIVOT_TABLE =
  `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="BangTongHop" cacheId="7" dataCaption="Giá trị" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" outline="1" outlineData="1" indent="0">` +
  '<location ref="F1:G4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>' +
  '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>' +
  '<pivotField dataField="1" showAll="0"/></pivotFields>' +
  '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>' +
  '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Tổng Điểm" fld="1" baseField="0" baseItem="0"/></dataFields>' +
  '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>' +
  "</pivotTableDefinition>";

/** Styles: two formats with escapes, as cell styles the notes and the forecast use. Returns their style indexes. */
function escapedFormats(parts: Parts): [number, number] {
  let first = 0;
  edit(parts, "xl/styles.xml", (xml) => {
    const numFmts =
      '<numFmt numFmtId="190" formatCode="0.0\\%"/><numFmt numFmtId="191" formatCode="#,##0\\ \\h\\a"/>';
    let out = /<numFmts count="\d+">/.test(xml)
      ? xml.replace(/<numFmts count="(\d+)">/, (_m, n) => `<numFmts count="${Number(n) + 2}">${numFmts}`)
      : xml.replace(/(<styleSheet[^>]*>)/, `$1<numFmts count="2">${numFmts}</numFmts>`);
    const count = Number(/<cellXfs count="(\d+)"/.exec(out)?.[1]);
    first = count;
    const xfs =
      '<xf numFmtId="190" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="191" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
    out = out
      .replace(/<cellXfs count="\d+">/, `<cellXfs count="${count + 2}">`)
      .replace("</cellXfs>", `${xfs}</cellXfs>`);
    return out;
  });
  return [first, first + 1];
}

/** Gives the cell (present in the part) a style index. */
function styleCell(parts: Parts, part: string, ref: string, style: number): void {
  edit(parts, part, (xml) =>
    xml.replace(new RegExp(`<c r="${ref}"( s="\\d+")?`), `<c r="${ref}" s="${style}"`),
  );
}

/**
 * The rich workbook from its cells' package (ExcelJS's, or LibreOffice's rewrite of it): every part added as XML.
 * Returns the package's bytes (an .xlsm).
 */
export function enrich(cellsPackage: Uint8Array): Uint8Array {
  const parts: Parts = partsOf(cellsPackage);
  const forecast = sheetPart(parts, FORECAST);
  const plan = sheetPart(parts, PLAN);
  const notes = sheetPart(parts, NOTES);

  // Number formats with escapes: on the notes sheet (untouched by the actions) and a forecast cell (touched).
  const [percentSign, hectares] = escapedFormats(parts);
  styleCell(parts, notes, "D2", percentSign);
  styleCell(parts, notes, "D3", hectares);
  styleCell(parts, forecast, "B7", percentSign);

  // Conditional formats and a data validation on both appendices.
  for (const part of [forecast, plan]) {
    edit(parts, part, (xml) =>
      intoSheet(
        xml,
        '<conditionalFormatting sqref="G7:H60"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>',
        AFTER_CONDITIONAL,
      ),
    );
    edit(parts, part, (xml) =>
      intoSheet(
        xml,
        '<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorTitle="Số liệu" error="Nhập số không âm" sqref="D7:F60"><formula1>0</formula1></dataValidation></dataValidations>',
        AFTER_VALIDATIONS,
      ),
    );
  }
  edit(parts, "xl/styles.xml", (xml) =>
    /<dxfs count="0"\s*\/>/.test(xml)
      ? xml.replace(
          /<dxfs count="0"\s*\/>/,
          '<dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font></dxf></dxfs>',
        )
      : /<dxfs count="(\d+)">/.test(xml)
        ? xml.replace(
            /<dxfs count="(\d+)">/,
            (_m, n) => `<dxfs count="${Number(n) + 1}"><dxf><font><b/><color rgb="FF9C0006"/></font></dxf>`,
          )
        : xml.replace(
            "</cellStyles>",
            '</cellStyles><dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font></dxf></dxfs>',
          ),
  );

  // A chart and a picture over the forecast, and a note on its B9.
  parts["xl/charts/chart1.xml"] = strToU8(chartXml(FORECAST));
  parts["xl/drawings/drawing1.xml"] = strToU8(DRAWING);
  parts["xl/media/image1.png"] = PNG;
  parts["xl/drawings/_rels/drawing1.xml.rels"] = strToU8(
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
  );
  parts["xl/comments1.xml"] = strToU8(COMMENTS);
  parts["xl/drawings/vmlDrawing1.vml"] = strToU8(VML);
  addRels(
    parts,
    forecast,
    `<Relationship Id="rIdD1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rIdV1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rIdC1" Type="${REL}/comments" Target="../comments1.xml"/>`,
  );
  edit(parts, forecast, (xml) =>
    intoSheet(
      intoSheet(withRelNamespace(xml), '<drawing r:id="rIdD1"/>', AFTER_DRAWING),
      '<legacyDrawing r:id="rIdV1"/>',
      AFTER_LEGACY,
    ),
  );

  // A pivot table on the notes sheet, its cache on the workbook.
  const cache = pivotCache();
  parts["xl/pivotCache/pivotCacheDefinition1.xml"] = strToU8(cache.definition);
  parts["xl/pivotCache/pivotCacheRecords1.xml"] = strToU8(cache.records);
  parts["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = strToU8(
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  parts["xl/pivotTables/pivotTable1.xml"] = strToU8(PIVOT_TABLE);
  parts["xl/pivotTables/_rels/pivotTable1.xml.rels"] = strToU8(
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  addRels(
    parts,
    notes,
    `<Relationship Id="rIdP1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`,
  );

  // The workbook: macros, the pivot cache, a calculation chain, defined names, the 1904 flag as LibreOffice writes it.
  parts["xl/vbaProject.bin"] = VBA_PROJECT;
  parts["xl/calcChain.xml"] = strToU8(`${DECL}<calcChain xmlns="${MAIN}"><c r="D1" i="3"/></calcChain>`);
  edit(parts, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' +
        `<Relationship Id="rIdPc" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
        `<Relationship Id="rIdCc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  edit(parts, "xl/workbook.xml", (xml) => {
    let out = /<workbookPr[^>]*date1904/.test(xml)
      ? xml.replace(/date1904="[^"]*"/, 'date1904="true"')
      : /<workbookPr\b/.test(xml)
        ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="true"')
        : xml.replace(/(<workbook[^>]*>)/, '$1<workbookPr date1904="true"/>');
    const names =
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${FORECAST}'!$5:$6</definedName>` +
      `<definedName name="SoLieu">'${NOTES}'!$B$2:$B$3</definedName>`;
    out = /<definedNames>/.test(out)
      ? out.replace("<definedNames>", `<definedNames>${names}`)
      : out.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
    const pivotCaches = '<pivotCaches><pivotCache cacheId="7" r:id="rIdPc"/></pivotCaches>';
    out = /<extLst>/.test(out)
      ? out.replace("<extLst>", `${pivotCaches}<extLst>`)
      : out.replace("</workbook>", `${pivotCaches}</workbook>`);
    return /xmlns:r=/.test(out.slice(0, 800))
      ? out
      : out.replace(/<workbook /, `<workbook xmlns:r="${REL}" `);
  });
  edit(parts, "[Content_Types].xml", (xml) => {
    let out = xml.replace(
      /(<Override PartName="\/xl\/workbook.xml" ContentType=")[^"]+"/,
      '$1application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
    const defaults: [string, string][] = [
      ["bin", "application/vnd.ms-office.vbaProject"],
      ["png", "image/png"],
      ["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"],
    ];
    for (const [ext, type] of defaults)
      if (!new RegExp(`Extension="${ext}"`, "i").test(out))
        out = out.replace(/(<Types[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${type}"/>`);
    const overrides: [string, string][] = [
      ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
      ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ["/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"],
      [
        "/xl/pivotCache/pivotCacheDefinition1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
      ],
      [
        "/xl/pivotCache/pivotCacheRecords1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
      ],
      [
        "/xl/pivotTables/pivotTable1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
      ],
      ["/xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"],
    ];
    return out.replace(
      "</Types>",
      `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
    );
  });
  return zipSync(parts);
}

/** The rich district workbook's cells as ExcelJS writes them (with `extra` cells typed last). */
export async function richCells(extra?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  return excelJsBytes(cellsWorkbook(extra));
}

/** The rich district workbook (an .xlsm) over ExcelJS's cells. */
export async function richDistrictWorkbook(): Promise<Uint8Array> {
  return enrich(await richCells());
}
