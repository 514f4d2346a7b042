/**
 * A district workbook whose worksheets are mixed with sheets of other kinds, as Excel 365 saves it, for the
 * round-trip corpus: over the rich district workbook (rich-workbook.ts), a chart sheet, an Excel 4 macro sheet and a
 * dialog sheet placed right after the forecast, so the plan and every sheet after it move up three places. Defined
 * names scoped to sheets after them (the plan's print area and titles, a name on the very hidden sheet) say so by
 * their `localSheetId`, which counts every <sheet> of the workbook whatever its kind. The workbook part is written
 * the way Excel 365 writes it: `mc:Ignorable` prefixes, the saved path in `mc:AlternateContent`, `xr:revisionPtr`,
 * and a window whose first tab shown and active tab are sheets after the forecast. Its macros are signed
 * (vbaProjectSignature.bin, related from the macros), and it carries a custom XML part (a bibliography's sources, as
 * Office keeps them) related from the package itself.
 *
 * The chart sheet's name is the caller's: named like a sheet an insert would add, it must not be taken again. With
 * `chartActive`, the workbook was saved with the chart sheet showing: its tab the active and only selected one.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { attach, DECL, edit, FORECAST, MAIN, NOTES, PKG_REL, PLAN, REL, type Parts } from "./rich-workbook";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const TYPES = "application/vnd.openxmlformats-officedocument";

/** The sheets in workbook order once the other kinds are in; `localSheetId` counts them all. */
export function sheetOrder(chartSheet: string): string[] {
  return [FORECAST, chartSheet, "Macro1", "Hộp thoại", PLAN, NOTES, "Ẩn", "Rất ẩn"];
}

/** The parts the other kinds of sheet bring: each must come back byte for byte whatever the actions do. */
export const OTHER_KIND_PARTS = [
  "xl/chartsheets/sheet1.xml",
  "xl/chartsheets/_rels/sheet1.xml.rels",
  "xl/drawings/drawing9.xml",
  "xl/drawings/_rels/drawing9.xml.rels",
  "xl/charts/chart9.xml",
  "xl/macrosheets/sheet1.xml",
  "xl/dialogsheets/sheet1.xml",
  "xl/vbaProjectSignature.bin",
  "xl/_rels/vbaProject.bin.rels",
  "customXml/item1.xml",
  "customXml/itemProps1.xml",
  "customXml/_rels/item1.xml.rels",
  "_rels/.rels",
];

/** The macros' digital signature (stand-in bytes: the writer only has to carry them). */
const SIGNATURE = Uint8Array.from({ length: 512 }, (_, i) => (i * 17 + 3) % 256);

/** The forecast's revenue row as a line chart, on a sheet of its own. */
const CHART =
  `${DECL}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/>` +
  '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
  `<c:val><c:numRef><c:f>'${FORECAST}'!$D$15:$F$15</c:f></c:numRef></c:val></c:ser>` +
  '<c:marker val="1"/><c:axId val="31"/><c:axId val="32"/></c:lineChart>' +
  '<c:catAx><c:axId val="31"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="32"/></c:catAx>' +
  '<c:valAx><c:axId val="32"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="31"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const CHART_DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/>` +
  '<xdr:ext cx="8666667" cy="6293556"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/>' +
  '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
  `<a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData>` +
  "</a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>";

const CHART_SHEET =
  `${DECL}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView zoomScale="115" workbookViewId="0" zoomToFit="1"/></sheetViews>` +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>';

const MACRO_SHEET =
  `${DECL}<xm:macrosheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
  '<dimension ref="A1:A2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
  '<sheetData><row r="1"><c r="A1" t="b"><f>ECHO(FALSE)</f><v>1</v></c></row><row r="2"><c r="A2" t="b"><f>RETURN()</f><v>1</v></c></row></sheetData>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></xm:macrosheet>';

const DIALOG_SHEET =
  `${DECL}<dialogsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
  '<sheetFormatPr defaultRowHeight="15"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></dialogsheet>';

/** The <workbook> start tag and the elements before <sheets> as Excel 365 writes them. */
function excel365Head(xml: string): string {
  const root =
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="${MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" ' +
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" ' +
    'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" ' +
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">' +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    '<workbookPr date1904="true" defaultThemeVersion="166925"/>' +
    `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="D:\\Phong VH-TT\\Ke hoach\\"/></mc:Choice></mc:AlternateContent>` +
    '<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{3B2C1D0E-1111-4222-8333-944455566677}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" firstSheet="1" activeTab="4" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>';
  return xml.replace(/<workbook\b[\s\S]*?(?=<sheets>)/, root);
}

/**
 * The workbook (rich-workbook.ts's `enrich`) with a chart sheet named `chartSheet`, a macro sheet and a dialog sheet
 * after the forecast, and names scoped to the sheets after them.
 */
export function withSheetsOfOtherKinds(
  bytes: Uint8Array,
  chartSheet: string,
  options: { chartActive?: boolean } = {},
): Uint8Array {
  const parts: Parts = unzipSync(bytes);
  const chart = options.chartActive
    ? CHART_SHEET.replace("<sheetView ", '<sheetView tabSelected="1" ')
    : CHART_SHEET;
  if (options.chartActive)
    for (const name of Object.keys(parts))
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
        const xml = strFromU8(parts[name]);
        if (/tabSelected="1"/.test(xml)) edit(parts, name, (x) => x.replace(/ tabSelected="1"/, ""));
      }
  attach(parts, "xl/workbook.xml", [
    { id: "rIdCs1", type: `${REL}/chartsheet`, target: "chartsheets/sheet1.xml", body: chart },
    {
      id: "rIdMs1",
      type: "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
      target: "macrosheets/sheet1.xml",
      body: MACRO_SHEET,
    },
    { id: "rIdDs1", type: `${REL}/dialogsheet`, target: "dialogsheets/sheet1.xml", body: DIALOG_SHEET },
  ]);
  attach(parts, "xl/chartsheets/sheet1.xml", [
    { id: "rId1", type: `${REL}/drawing`, target: "../drawings/drawing9.xml", body: CHART_DRAWING },
  ]);
  attach(parts, "xl/drawings/drawing9.xml", [
    { id: "rId1", type: `${REL}/chart`, target: "../charts/chart9.xml", body: CHART },
  ]);
  edit(parts, "xl/workbook.xml", (xml) => {
    // After the forecast (the first sheet): the three other kinds; the ids of the sheets after them are higher.
    const others =
      `<sheet name="${chartSheet}" sheetId="21" r:id="rIdCs1"/><sheet name="Macro1" sheetId="22" r:id="rIdMs1"/>` +
      '<sheet name="Hộp thoại" sheetId="23" r:id="rIdDs1"/>';
    const sheets = xml.replace(/(<sheets><sheet\b[^>]*\/>)/, `$1${others}`);
    const names =
      `<definedName name="_xlnm.Print_Area" localSheetId="4">'${PLAN}'!$A$1:$H$60</definedName>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="4">'${PLAN}'!$5:$6</definedName>` +
      '<definedName name="Auto_Open">Macro1!$A$1</definedName>' +
      '<definedName name="DauTrang" localSheetId="7">\'Rất ẩn\'!$A$1</definedName>';
    const head = excel365Head(sheets).replace("</definedNames>", `${names}</definedNames>`);
    return options.chartActive ? head.replace('activeTab="4"', 'activeTab="1"') : head;
  });
  parts["xl/vbaProjectSignature.bin"] = SIGNATURE;
  parts["xl/_rels/vbaProject.bin.rels"] = strToU8(
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>`,
  );
  attach(parts, "customXml/item1.xml", [
    {
      id: "rId1",
      type: `${REL}/customXmlProps`,
      target: "itemProps1.xml",
      body:
        `${DECL}<ds:datastoreItem ds:itemID="{5E0B6F4A-1C2D-4E3F-9A8B-7C6D5E4F3A2B}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
        '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>',
    },
  ]);
  parts["customXml/item1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"/>',
  );
  edit(parts, "_rels/.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdCx1" Type="${REL}/customXml" Target="customXml/item1.xml"/></Relationships>`,
    ),
  );
  edit(parts, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/>' +
        `<Override PartName="/customXml/itemProps1.xml" ContentType="${TYPES}.customXmlProperties+xml"/>` +
        `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${TYPES}.spreadsheetml.chartsheet+xml"/>` +
        '<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>' +
        `<Override PartName="/xl/dialogsheets/sheet1.xml" ContentType="${TYPES}.spreadsheetml.dialogsheet+xml"/>` +
        `<Override PartName="/xl/drawings/drawing9.xml" ContentType="${TYPES}.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart9.xml" ContentType="${TYPES}.drawingml.chart+xml"/></Types>`,
    ),
  );
  return zipSync(parts);
}

/** Each defined name scoped to a sheet, as «name@sheet»: the sheet its `localSheetId` counts to. */
export function scopedNames(workbookXml: string): string[] {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1]);
  return [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)</g)]
    .filter((m) => /localSheetId=/.test(m[1]))
    .map((m) => {
      const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
      const at = Number(/localSheetId="(\d+)"/.exec(m[1])?.[1]);
      return `${name}@${sheets[at]}`;
    });
}
