/**
 * docProps/app.xml lists the workbook's sheets (TitlesOfParts) under headings with counts (HeadingPairs). A sheet the
 * writer adds — an appendix inserted, the settings sheet «phuluc» — is listed there too, the counts and vector sizes
 * agreeing; an app.xml that lists no sheets (LibreOffice's), or none at all, is left as it was.
 */
import { strToU8, zipSync } from "fflate";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { withWorksheetTitle } from "../../src/xlsx/package/app-props";
import { createXlsxPort, XlsxDocument } from "../../src/xlsx";
import { insertTemplates } from "../../src/core/actions";
import { parts, partText } from "../support/package";
import { excelJsBytes } from "../support/workbooks";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** As Excel 2016 writes it for two worksheets and the print titles of the first. */
const EXCEL_APP =
  HEAD +
  "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
  '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Dự báo 2021</vt:lpstr><vt:lpstr>Ghi chú</vt:lpstr><vt:lpstr>\'Dự báo 2021\'!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts>' +
  "<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>";

const LIBREOFFICE_APP =
  HEAD +
  "<Template></Template><TotalTime>0</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application><AppVersion>15.0000</AppVersion></Properties>";

/** A workbook of two sheets whose docProps/app.xml is `app` (none when undefined). */
async function workbookWith(app: string | undefined): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dự báo 2021").getCell("A1").value = "PHỤ LỤC";
  wb.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú";
  const all = parts(await excelJsBytes(wb));
  if (app === undefined) {
    delete all["docProps/app.xml"];
    const rels = new TextDecoder().decode(all["_rels/.rels"]);
    all["_rels/.rels"] = strToU8(rels.replace(/<Relationship [^>]*extended-properties[^>]*\/>/, ""));
    const types = new TextDecoder().decode(all["[Content_Types].xml"]);
    all["[Content_Types].xml"] = strToU8(
      types.replace(/<Override PartName="\/docProps\/app.xml"[^>]*\/>/, ""),
    );
  } else all["docProps/app.xml"] = strToU8(app);
  return zipSync(all);
}

/** Inserts one appendix and stores the settings (which adds the very hidden «phuluc» sheet); returns the saved bytes. */
async function insertAndStore(bytes: Uint8Array): Promise<Uint8Array> {
  const opened = XlsxDocument.open(bytes);
  if (!opened.ok) throw new Error(opened.problem);
  const port = createXlsxPort(opened.document);
  await insertTemplates(port, { templateIds: ["du-bao"], year: 2026, unit: "huyện Mường Ảng" });
  await port.saveSettings({ year: 2026, level: "huyen" });
  return port.save();
}

describe("docProps/app.xml lists the sheets the writer adds", () => {
  it("Excel's: the new sheets join the worksheets' group, before the named ranges; counts and sizes agree", async () => {
    const app = partText(await insertAndStore(await workbookWith(EXCEL_APP)), "docProps/app.xml");
    expect(app).toBe(
      HEAD +
        "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
        '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
        '<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Dự báo 2021</vt:lpstr><vt:lpstr>Ghi chú</vt:lpstr><vt:lpstr>Dự báo 2026</vt:lpstr><vt:lpstr>phuluc</vt:lpstr><vt:lpstr>\'Dự báo 2021\'!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts>' +
        "<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>",
    );
  });

  it("ExcelJS's (worksheets only): the titles appended", async () => {
    const app = partText(await insertAndStore(await excelJsOwn()), "docProps/app.xml");
    expect(app).toContain(
      "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4></vt:variant></vt:vector></HeadingPairs>",
    );
    expect(app).toContain(
      '<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Dự báo 2021</vt:lpstr><vt:lpstr>Ghi chú</vt:lpstr><vt:lpstr>Dự báo 2026</vt:lpstr><vt:lpstr>phuluc</vt:lpstr></vt:vector></TitlesOfParts>',
    );
  });

  it("LibreOffice's, which lists no sheets, and a package without one are left as they were", async () => {
    const saved = await insertAndStore(await workbookWith(LIBREOFFICE_APP));
    expect(partText(saved, "docProps/app.xml")).toBe(LIBREOFFICE_APP);
    const without = parts(await insertAndStore(await workbookWith(undefined)));
    expect(Object.keys(without)).not.toContain("docProps/app.xml");
  });

  it("a heading in the user's language is found by the sheet names under it; names are escaped", () => {
    const localised = EXCEL_APP.replace("<vt:lpstr>Worksheets</vt:lpstr>", "<vt:lpstr>Trang tính</vt:lpstr>");
    const out = withWorksheetTitle(localised, "Chi & tiêu <1>", ["Dự báo 2021", "Ghi chú"]);
    expect(out).toContain("<vt:lpstr>Trang tính</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>");
    expect(out).toContain(
      '<vt:vector size="4" baseType="lpstr"><vt:lpstr>Dự báo 2021</vt:lpstr><vt:lpstr>Ghi chú</vt:lpstr><vt:lpstr>Chi &amp; tiêu &lt;1&gt;</vt:lpstr><vt:lpstr>',
    );
  });

  it("a list whose counts do not add up, or with no group of the workbook's sheets, is left alone", () => {
    const stale = EXCEL_APP.replace("<vt:i4>2</vt:i4>", "<vt:i4>5</vt:i4>");
    expect(withWorksheetTitle(stale, "Mới", ["Dự báo 2021", "Ghi chú"])).toBe(stale);
    const foreign = EXCEL_APP.replace("<vt:lpstr>Worksheets</vt:lpstr>", "<vt:lpstr>Blätter</vt:lpstr>");
    expect(withWorksheetTitle(foreign, "Mới", ["Sheet1"])).toBe(foreign);
  });
});

/** ExcelJS's own app.xml, as the writer meets it in workbooks built by other tools. */
async function excelJsOwn(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dự báo 2021").getCell("A1").value = "PHỤ LỤC";
  wb.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú";
  return excelJsBytes(wb);
}
