/**
 * Workbooks the writer had not met before, for the round-trip corpus: what real district files carry besides the
 * parts of rich-workbook.ts, and packages written as other generators write them. Each is built here, as XML written
 * the way Excel (or the Open XML SDK) writes it, over the rich district workbook (its chart, pivot table, note,
 * macros and print titles stay):
 * - `withNewerParts`: an Excel table (a ListObject) on the forecast, the sheet `fill` writes; a threaded comment and
 *   its persons; x14 data validations and conditional formats in the forecast's extLst; a slicer and a timeline on
 *   the notes sheet with their caches on the workbook; a link to another workbook (external link, and a name using
 *   it); print titles and a print area on the plan, an existing sheet other than the first.
 * - `asOpenXmlSdk`: the main namespace bound to a prefix (`<x:worksheet xmlns:x=…>`) in every part that speaks it;
 *   the forecast's rows and cells without `r` where their place follows from the one before; its texts as inline
 *   strings (the title as rich text runs, `xml:space="preserve"`) instead of shared ones.
 * The cells come from `richCells(newerCells)`: the table's cells, and a formula caching a text (`t="str"`).
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import { parts as partsOf } from "./package";
import type ExcelJS from "exceljs";
import {
  attach,
  DECL,
  edit,
  FORECAST,
  intoSheet,
  MAIN,
  NOTES,
  PLAN,
  REL,
  sheetPart,
  text,
  type Parts,
  withRelNamespace,
} from "./rich-workbook";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const THREADED = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";

/** The forecast's table (a ListObject) at K64:L66, below and beside the appendix. */
export const TABLE_REF = "K64:L66";

/** The extra cells: the Excel table's header and rows, and a formula whose cached result is a text. */
export function newerCells(workbook: ExcelJS.Workbook): void {
  const forecast = workbook.getWorksheet(FORECAST) as ExcelJS.Worksheet;
  forecast.getCell("K64").value = "Xã";
  forecast.getCell("L64").value = "Điểm";
  forecast.getCell("K65").value = "Quài Cang";
  forecast.getCell("L65").value = 3;
  forecast.getCell("K66").value = "Quài Tở";
  forecast.getCell("L66").value = 5;
  forecast.getCell("K68").value = { formula: '"Điểm "&L65', result: "Điểm 3" };
  const notes = workbook.getWorksheet(NOTES) as ExcelJS.Worksheet;
  notes.getCell("A6").value = { formula: '"Xã "&A2', result: "Xã Quài Cang" };
}

/** The parts added by `withNewerParts`, each to come back byte for byte whatever the actions do. */
export const NEWER_PARTS = [
  "xl/tables/table1.xml",
  "xl/threadedComments/threadedComment1.xml",
  "xl/persons/person.xml",
  "xl/slicers/slicer1.xml",
  "xl/slicerCaches/slicerCache1.xml",
  "xl/timelines/timeline1.xml",
  "xl/timelineCaches/timelineCache1.xml",
  "xl/externalLinks/externalLink1.xml",
  "xl/externalLinks/_rels/externalLink1.xml.rels",
];

const TABLE =
  `${DECL}<table xmlns="${MAIN}" id="1" name="BangXa" displayName="BangXa" ref="${TABLE_REF}" totalsRowShown="0">` +
  `<autoFilter ref="${TABLE_REF}"/><tableColumns count="2"><tableColumn id="1" name="Xã"/><tableColumn id="2" name="Điểm"/></tableColumns>` +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

const PERSON_ID = "{5D0C6A3E-2F4B-4C8E-9A51-0B7E3D2C1F00}";
const PERSONS =
  `${DECL}<personList xmlns="${THREADED}" xmlns:x="${MAIN}">` +
  `<person displayName="Nguyễn Thị Hà" id="${PERSON_ID}" userId="S::ha.nt@muongang.gov.vn::1f2e" providerId="AD"/></personList>`;

const THREAD =
  `${DECL}<ThreadedComments xmlns="${THREADED}" xmlns:x="${MAIN}">` +
  `<threadedComment ref="B9" dT="2024-03-05T08:15:00.00" personId="${PERSON_ID}" id="{0A1B2C3D-0000-4000-8000-000000000001}"><text>Số liệu của Bưu điện tỉnh</text></threadedComment>` +
  `<threadedComment ref="B9" dT="2024-03-06T09:30:00.00" personId="${PERSON_ID}" id="{0A1B2C3D-0000-4000-8000-000000000002}" parentId="{0A1B2C3D-0000-4000-8000-000000000001}"><text>Đã đối chiếu &amp; khớp.</text></threadedComment>` +
  "</ThreadedComments>";

/** x14 conditional formats (a data bar) and a list validation whose source is on another sheet, as Excel 2010+ writes them. */
const FORECAST_EXT =
  `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
  `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{1B5E2A60-7C3D-4E8F-9A0B-1C2D3E4F5A6B}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>F7:F60</xm:sqref></x14:conditionalFormatting>` +
  "</x14:conditionalFormattings></ext>" +
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
  `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>'${NOTES}'!$A$2:$A$3</xm:f></x14:formula1><xm:sqref>K65:K66</xm:sqref></x14:dataValidation>` +
  "</x14:dataValidations></ext>";

const SLICER = `${DECL}<slicers xmlns="${X14}" xmlns:x="${MAIN}"><slicer name="Xã" cache="Slicer_Xa" caption="Xã" rowHeight="241300"/></slicers>`;
const SLICER_CACHE =
  `${DECL}<slicerCacheDefinition xmlns="${X14}" xmlns:x="${MAIN}" name="Slicer_Xa" sourceName="Xã">` +
  '<pivotTables><pivotTable tabId="3" name="BangTongHop"/></pivotTables><data><tabular pivotCacheId="7"><items count="2"><i x="0" s="1"/><i x="1" s="1"/></items></tabular></data></slicerCacheDefinition>';
const TIMELINE_NS = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main";
const TIMELINE = `${DECL}<timelines xmlns="${TIMELINE_NS}" xmlns:x="${MAIN}"><timeline name="Ngày" cache="NativeTimeline_Ngay" caption="Ngày" level="2" selectionLevel="2" scrollPosition="2024-01-01T00:00:00"/></timelines>`;
const TIMELINE_CACHE =
  `${DECL}<timelineCacheDefinition xmlns="${TIMELINE_NS}" xmlns:x="${MAIN}" name="NativeTimeline_Ngay" sourceName="Ngày">` +
  '<pivotTables><pivotTable tabId="3" name="BangTongHop"/></pivotTables><state minimalRefreshVersion="6" lastRefreshVersion="6" pivotCacheId="7" filterType="unknown"><bounds startDate="2024-01-01T00:00:00" endDate="2025-01-01T00:00:00"/></state></timelineCacheDefinition>';

const EXTERNAL_LINK =
  `${DECL}<externalLink xmlns="${MAIN}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Tổng hợp"/></sheetNames>` +
  '<sheetDataSet><sheetData sheetId="0"><row r="3"><cell r="D3"><v>2700</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';

const MS_REL_2007 = "http://schemas.microsoft.com/office/2007/relationships";
const MS_REL_2011 = "http://schemas.microsoft.com/office/2011/relationships";
const MS_REL_2017 = "http://schemas.microsoft.com/office/2017/10/relationships";

/** Appends `ext` elements to the part's extLst (made before the root's end when there is none). */
function withExt(xml: string, root: string, exts: string): string {
  if (/<extLst>/.test(xml)) return xml.replace("</extLst>", `${exts}</extLst>`);
  return xml.replace(`</${root}>`, `<extLst>${exts}</extLst></${root}>`);
}

/** The rich workbook (rich-workbook.ts `enrich`) with the newer parts added. */
export function withNewerParts(richPackage: Uint8Array): Uint8Array {
  const parts: Parts = partsOf(richPackage);
  const forecast = sheetPart(parts, FORECAST);
  const notes = sheetPart(parts, NOTES);

  // The forecast: its Excel table, threaded comments on its noted B9, x14 formats and validations.
  attach(parts, forecast, [
    { id: "rIdT1", type: `${REL}/table`, target: "../tables/table1.xml", body: TABLE },
    {
      id: "rIdTc1",
      type: `${MS_REL_2017}/threadedComment`,
      target: "../threadedComments/threadedComment1.xml",
      body: THREAD,
    },
  ]);
  edit(parts, forecast, (xml) =>
    withExt(
      intoSheet(xml, '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts>', ["extLst"]),
      "worksheet",
      FORECAST_EXT,
    ),
  );

  // The notes sheet: a slicer and a timeline over its pivot table.
  attach(parts, notes, [
    { id: "rIdS1", type: `${MS_REL_2007}/slicer`, target: "../slicers/slicer1.xml", body: SLICER },
    { id: "rIdTl1", type: `${MS_REL_2011}/timeline`, target: "../timelines/timeline1.xml", body: TIMELINE },
  ]);
  edit(parts, notes, (xml) =>
    withExt(
      withRelNamespace(xml),
      "worksheet",
      `<ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="${X14}"><x14:slicerList><x14:slicer r:id="rIdS1"/></x14:slicerList></ext>` +
        `<ext uri="{7E03D99C-DC04-49d9-9315-930204A7B6E9}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineRefs><x15:timelineRef r:id="rIdTl1"/></x15:timelineRefs></ext>`,
    ),
  );

  // The workbook: persons, slicer and timeline caches, an external link, print titles and area of the plan.
  parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = strToU8(
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///C:/SoLieu/Tinh%20Dien%20Bien.xlsx" TargetMode="External"/></Relationships>`,
  );
  attach(parts, "xl/workbook.xml", [
    { id: "rIdPs", type: `${MS_REL_2017}/person`, target: "persons/person.xml", body: PERSONS },
    {
      id: "rIdSc",
      type: `${MS_REL_2007}/slicerCache`,
      target: "slicerCaches/slicerCache1.xml",
      body: SLICER_CACHE,
    },
    {
      id: "rIdTlc",
      type: `${MS_REL_2011}/timelineCache`,
      target: "timelineCaches/timelineCache1.xml",
      body: TIMELINE_CACHE,
    },
    {
      id: "rIdEx",
      type: `${REL}/externalLink`,
      target: "externalLinks/externalLink1.xml",
      body: EXTERNAL_LINK,
    },
  ]);
  edit(parts, "xl/workbook.xml", (xml) => {
    const planAt = [...xml.matchAll(/<sheet\b[^>]*>/g)].findIndex((m) => m[0].includes(`name="${PLAN}"`));
    const names =
      `<definedName name="_xlnm.Print_Area" localSheetId="${planAt}">'${PLAN}'!$A$1:$H$60</definedName>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="${planAt}">'${PLAN}'!$5:$6</definedName>` +
      `<definedName name="DanSoTinh">[1]'Tổng hợp'!$D$3</definedName>`;
    const out = xml
      .replace(
        "</sheets>",
        '</sheets><externalReferences><externalReference r:id="rIdEx"/></externalReferences>',
      )
      .replace("</definedNames>", `${names}</definedNames>`);
    return withExt(
      out,
      "workbook",
      `<ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="${X14}"><x14:slicerCaches><x14:slicerCache r:id="rIdSc"/></x14:slicerCaches></ext>` +
        `<ext uri="{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineCacheRefs><x15:timelineCacheRef r:id="rIdTlc"/></x15:timelineCacheRefs></ext>`,
    );
  });
  edit(parts, "[Content_Types].xml", (xml) => {
    const overrides: [string, string][] = [
      ["/xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"],
      ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
      ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
      ["/xl/slicers/slicer1.xml", "application/vnd.ms-excel.slicer+xml"],
      ["/xl/slicerCaches/slicerCache1.xml", "application/vnd.ms-excel.slicerCache+xml"],
      ["/xl/timelines/timeline1.xml", "application/vnd.ms-excel.timeline+xml"],
      ["/xl/timelineCaches/timelineCache1.xml", "application/vnd.ms-excel.timelineCache+xml"],
      [
        "/xl/externalLinks/externalLink1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
      ],
    ];
    return xml.replace(
      "</Types>",
      `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
    );
  });
  return zipSync(parts);
}

/** Binds the main namespace to the prefix `x:` and names every element of it so, as the Open XML SDK writes. */
function prefixed(xml: string): string {
  const declared = new RegExp(`\\sxmlns="${MAIN.replace(/[./]/g, "\\$&")}"`);
  if (!declared.test(xml)) return xml;
  // Elements of other namespaces carry their own prefix (or declare their own default, as an x14 part): only the
  // unprefixed names of a part whose default namespace is the main one are renamed.
  return xml
    .replace(declared, ` xmlns:x="${MAIN}"`)
    .replace(
      /<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g,
      (_m, slash: string, name: string) => `<${slash}x:${name}`,
    );
}

/** The zero-based column of a cell reference ("K64" → 10). */
function columnOf(ref: string): number {
  let col = 0;
  for (const c of /^[A-Z]+/.exec(ref)?.[0] ?? "") col = col * 26 + c.charCodeAt(0) - 64;
  return col - 1;
}

/** Drops the `r` of rows and cells whose place follows from the one before (the first row 1, a row's first cell A). */
function withoutPlaces(xml: string): string {
  let lastRow = 0;
  return xml.replace(
    /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g,
    (whole, attrs: string, body: string | undefined) => {
      const r = Number(/\sr="(\d+)"/.exec(attrs)?.[1]);
      const follows = r === lastRow + 1;
      lastRow = r;
      if (body === undefined) return whole;
      let lastCol = -1;
      const cells = body.replace(/<c r="([A-Z]+)\d+"/g, (cell, letters: string) => {
        const col = columnOf(letters);
        const next = col === lastCol + 1;
        lastCol = col;
        return next ? "<c" : cell;
      });
      return `<row${follows ? attrs.replace(/\sr="\d+"/, "") : attrs}>${cells}</row>`;
    },
  );
}

/** The sheet's shared-string cells as inline strings (the items' runs kept: rich text stays rich). */
function inlined(xml: string, items: string[]): string {
  return xml.replace(
    /<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, before: string, after: string, index: string) =>
      `<c${before} t="inlineStr"${after}><is>${items[Number(index)]}</is></c>`,
  );
}

/** The shared strings' items, each as the XML inside its <si>. */
function sharedItems(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
}

/** The workbook as the Open XML SDK writes it (see the module's comment). */
export function asOpenXmlSdk(bytes: Uint8Array): Uint8Array {
  const parts: Parts = partsOf(bytes);
  const forecast = sheetPart(parts, FORECAST);
  const items = sharedItems(text(parts, "xl/sharedStrings.xml"));
  // The title typed as rich text: its first word bold, the rest kept with its spaces.
  const title = items.findIndex((item) => item.includes("DỰ BÁO KHẢ NĂNG"));
  if (title < 0) throw new Error("no title among the shared strings");
  const titleText = /<t[^>]*>([^<]*)<\/t>/.exec(items[title])?.[1] ?? "";
  const space = titleText.indexOf(" ");
  items[title] =
    `<r><rPr><b/><sz val="12"/><rFont val="Times New Roman"/></rPr><t>${titleText.slice(0, space)}</t></r>` +
    `<r><rPr><sz val="12"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">${titleText.slice(space)}</t></r>`;
  edit(parts, forecast, (xml) => withoutPlaces(inlined(xml, items)));
  for (const name of Object.keys(parts)) {
    if (!/\.xml$/.test(name) || name.startsWith("docProps/")) continue;
    const before = strFromU8(parts[name]);
    const after = prefixed(before);
    if (after !== before) parts[name] = strToU8(after);
  }
  return zipSync(parts);
}

/** Transitional namespaces and relationship types → their ISO/IEC 29500 Strict names, as Excel saves «Strict Open XML». */
const STRICT: [string, string][] = [
  [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
  ],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"],
  [
    "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  ],
];

/** The workbook as Excel saves it in Strict Open XML: every namespace and relationship type in its Strict name. */
export function asStrict(bytes: Uint8Array): Uint8Array {
  const parts: Parts = partsOf(bytes);
  for (const name of Object.keys(parts)) {
    if (!/\.(xml|rels)$/.test(name) || name === "[Content_Types].xml") continue;
    let xml = strFromU8(parts[name]);
    for (const [transitional, strict] of STRICT) xml = xml.split(transitional).join(strict);
    parts[name] = strToU8(xml);
  }
  edit(parts, "xl/workbook.xml", (xml) => xml.replace(/<workbook\b/, '<workbook conformance="strict"'));
  return zipSync(parts);
}
