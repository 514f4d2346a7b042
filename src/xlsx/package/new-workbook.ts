/**
 * The parts every workbook has, for a workbook made from nothing (`phuluc new`, `demo`, the consolidation, the web
 * page's new and sample workbooks): the content types, the package and workbook relationships, a workbook with no
 * sheet yet, Excel's default styles (or a chosen default font), and the author. Sheets are then added by the same writer that adds them to an official's
 * own workbook.
 */
import { DEFAULT_STYLES } from "./styles";
import { escapeAttr } from "./xml-edit";
import { writeZip } from "./zip";

const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const PARTS: Record<string, string> = {
  "[Content_Types].xml":
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    "</Types>",
  "_rels/.rels":
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    "</Relationships>",
  // The author Excel shows in the file's properties.
  "docProps/core.xml":
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Phụ lục TT&amp;TT</dc:creator></cp:coreProperties>',
  "xl/workbook.xml":
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
    '<sheets/><calcPr calcId="191029"/></workbook>',
  "xl/_rels/workbook.xml.rels":
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml": DEFAULT_STYLES,
};

/** A font of the styles part: name and size in points. */
export interface DefaultFont {
  name: string;
  size: number;
}

/** Excel's default styles with `font` as the first font (the Normal style's, the one column widths are measured in). */
function stylesWith(font: DefaultFont): string {
  const own = `<font><sz val="${font.size}"/><name val="${escapeAttr(font.name)}"/></font>`;
  return DEFAULT_STYLES.replace(/<fonts count="1"><font>.*?<\/font>/, `<fonts count="1">${own}`);
}

/**
 * The bytes of a workbook package without sheets. `defaultFont` replaces Excel's Calibri 11 as the workbook's
 * default font: widths planned in the sheets' own font then print the same in Excel and LibreOffice.
 */
export function blankPackage(defaultFont?: DefaultFont): Uint8Array {
  const encoder = new TextEncoder();
  const parts = defaultFont ? { ...PARTS, "xl/styles.xml": stylesWith(defaultFont) } : PARTS;
  return writeZip(Object.entries(parts).map(([name, text]) => ({ name, data: encoder.encode(text) })));
}
