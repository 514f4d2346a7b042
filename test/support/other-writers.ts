/**
 * The rich district workbook as other writers officials use leave it, for the round-trip corpus:
 * - `asWps`: as WPS Office (Kingsoft) saves it — its custom properties (KSOProductBuildVer, ICV), a picture placed
 *   in a cell (`xl/cellimages.xml` and its relationships, the cell a `_xlfn.DISPIMG(…)` formula caching its own
 *   text), phonetic runs in the shared strings (`<rPh>`, `<phoneticPr>`), a TCVN3 font (.VnTime) in the styles, its
 *   namespace's extLst on the workbook, and the properties' worksheets under its own heading («工作表»).
 * - `asGoogleSheets`: as Google Sheets exports it — no document properties (`docProps/` and their relationships
 *   and content types absent), no `<dimension>` or row `spans` in the sheets, and
 *   whole numbers written as decimals (`<v>22.0</v>`).
 * - `rezipped`: as a zip tool or a mail gateway passes it on — the entries in another order (the content types
 *   last), an entry for each folder, extra fields (Info-ZIP's time and owner) and a comment on every entry, and a
 *   comment on the archive.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { parts as partsOf } from "./package";
import { attach, DECL, edit, FORECAST, REL, sheetPart, type Parts } from "./rich-workbook";

const ETC = "http://www.wps.cn/officeDocument/2017/etCustomData";
/** The picture's name in the cell image store, which the cell's DISPIMG formula names. */
export const CELL_IMAGE = "ID_5B0D3E2A1C8F4A6E9B7D";
/** The forecast cell holding the picture, beside the table, as WPS writes it. */
export const CELL_IMAGE_CELL = `<c r="K9" t="str"><f>_xlfn.DISPIMG("${CELL_IMAGE}",1)</f><v>=DISPIMG("${CELL_IMAGE}",1)</v></c>`;

function withOverrides(parts: Parts, overrides: [string, string][]): void {
  edit(parts, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
    ),
  );
}

const CUSTOM_PROPERTIES =
  `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.13431</vt:lpwstr></property>' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8A1B2C3D4E5F40718293A4B5C6D7E8F9_13</vt:lpwstr></property></Properties>';

const CELL_IMAGES =
  `${DECL}<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="${REL}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="${ETC}">` +
  `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${CELL_IMAGE}" descr="logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
  '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="190500" cy="190500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>';

/** The rich workbook (its package's bytes) as WPS Office saves it. */
export function asWps(richPackage: Uint8Array): Uint8Array {
  const parts: Parts = partsOf(richPackage);
  parts["docProps/custom.xml"] = strToU8(CUSTOM_PROPERTIES);
  edit(parts, "_rels/.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdKso" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    ),
  );
  attach(parts, "xl/workbook.xml", [
    {
      id: "rIdCi",
      type: "http://www.wps.cn/officeDocument/2020/cellImage",
      target: "cellimages.xml",
      body: CELL_IMAGES,
    },
  ]);
  parts["xl/_rels/cellimages.xml.rels"] = strToU8(
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="media/image1.png"/></Relationships>`,
  );
  withOverrides(parts, [
    ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
    ["/xl/cellimages.xml", "application/vnd.wps-officedocument.cellimage+xml"],
  ]);
  edit(parts, sheetPart(parts, FORECAST), (xml) =>
    xml.replace(/(<row r="9"[^>]*>[\s\S]*?)(<\/row>)/, `$1${CELL_IMAGE_CELL}$2`),
  );
  edit(parts, "xl/sharedStrings.xml", (xml) =>
    xml
      .replace(
        "<si><t>STT</t></si>",
        '<si><t>STT</t><rPh sb="0" eb="3"><t>エスティーティー</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
      )
      .replace(
        "<si><t>Đơn vị tính</t></si>",
        '<si><t>Đơn vị tính</t><phoneticPr fontId="1" type="noConversion"/></si>',
      ),
  );
  edit(parts, "xl/styles.xml", (xml) =>
    xml.replace(
      /<fonts count="(\d+)"([^>]*)>([\s\S]*?)<\/fonts>/,
      (_m, n: string, rest: string, fonts: string) =>
        `<fonts count="${Number(n) + 1}"${rest}>${fonts}<font><sz val="12"/><name val=".VnTime"/><charset val="0"/></font></fonts>`,
    ),
  );
  edit(parts, "xl/workbook.xml", (xml) =>
    xml.replace(
      "</workbook>",
      `<extLst><ext uri="{A1B2C3D4-0000-4C5D-8E9F-0123456789AB}" xmlns:etc="${ETC}"><etc:fileSettings/></ext></extLst></workbook>`,
    ),
  );
  edit(parts, "docProps/app.xml", (xml) =>
    xml
      .replace("<Application>Microsoft Excel</Application>", "<Application>WPS 表格</Application>")
      .replace("<vt:lpstr>Worksheets</vt:lpstr>", "<vt:lpstr>工作表</vt:lpstr>"),
  );
  return zipSync(parts);
}

/** The package's bytes as Google Sheets exports them (see the module comment). */
export function asGoogleSheets(bytes: Uint8Array): Uint8Array {
  const parts: Parts = partsOf(bytes);
  for (const name of Object.keys(parts)) {
    if (name.startsWith("docProps/")) delete parts[name];
    else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name))
      edit(parts, name, (xml) =>
        xml
          .replace(/<dimension [^>]*\/>/, "")
          .replace(/ spans="[^"]*"/g, "")
          .replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>)<v>(\d+)<\/v>/g, "$1<v>$2.0</v>"),
      );
  }
  edit(parts, "_rels/.rels", (xml) => xml.replace(/<Relationship [^>]*Target="\/?docProps\/[^"]*"\/>/g, ""));
  edit(parts, "[Content_Types].xml", (xml) =>
    xml.replace(/<Override PartName="\/docProps\/[^"]*"[^>]*\/>/g, ""),
  );
  return zipSync(parts);
}

/** Info-ZIP's extended timestamp (0x5455) and Unix owner (0x7875) extra fields. */
const EXTRA = {
  0x5455: new Uint8Array([1, 0x18, 0x2b, 0xe7, 0x65]),
  0x7875: new Uint8Array([1, 4, 0xe8, 3, 0, 0, 4, 0xe8, 3, 0, 0]),
};

/** The package's bytes as a zip tool passes them on (see the module comment); every entry's content the same. */
export function rezipped(bytes: Uint8Array, archiveComment: string): Uint8Array {
  const parts = partsOf(bytes);
  const entries: Zippable = {};
  const folders = new Set<string>();
  for (const name of Object.keys(parts).reverse()) {
    const folder = name.includes("/") ? name.slice(0, name.lastIndexOf("/") + 1) : "";
    if (folder && !folders.has(folder)) {
      folders.add(folder);
      entries[folder] = new Uint8Array(0);
    }
    entries[name] = [parts[name], { comment: `tệp ${name}`, extra: EXTRA, level: 9 }];
  }
  const zip = zipSync(entries);
  // The end of central directory record closes the archive: its last field is the comment's length.
  const comment = strToU8(archiveComment);
  const out = new Uint8Array(zip.length + comment.length);
  out.set(zip);
  out.set(comment, zip.length);
  new DataView(out.buffer).setUint16(zip.length - 2, comment.length, true);
  return out;
}
