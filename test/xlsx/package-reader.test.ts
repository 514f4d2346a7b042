/**
 * The one .xlsx reader (`readPackage`, src/xlsx/package) over a broad corpus of workbooks: every template as
 * `phuluc new` writes it, the demo, the shipped sample, the seed tables, cells of every kind, merges, hidden sheets,
 * stored settings, packages as other writers leave them, bad bytes — each read against literal expectations
 * (computed by no reader), and each as LibreOffice rewrites it (its shared strings, shared formulas and styles)
 * read the same as the original.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/cli/commands/new";
import { demoPlans } from "../../src/core/demo";
import type { CellModel, SheetModel } from "../../src/core/model/sheet";
import { templateIds } from "../../src/core/templates";
import { XlsxDocument } from "../../src/xlsx";
import { readPackage, type PackageRead } from "../../src/xlsx/package";
import { columnLetter } from "../../src/core/model/address";
import type { XlsxPort } from "../../src/xlsx/port";
import { repoRoot, tempDir } from "../support/cli";
import { allTemplatesWorkbook } from "../support/consistent-all";
import { districtInbox } from "../support/district-files";
import { pastedWorkbook, seedAppendicesWorkbook } from "../support/fixtures";
import { convertWithLibreOffice, libreOfficeRequired } from "../support/libreoffice";
import { excelJsBytes, portOfBytes } from "../support/workbooks";
import { tooLargeWorkbook } from "../support/package";

const YEAR = 2025;

/** The reader under test. */
async function packageRead(bytes: Uint8Array): Promise<PackageRead> {
  return readPackage(bytes);
}

/**
 * "Sheet!A1: original {…} / LibreOffice {…}" for each cell without a formula that reads differently after
 * LibreOffice rewrote the workbook (an empty text and no cell count as one; formats are LibreOffice's own).
 */
function valueDifferences(original: SheetModel[], rewritten: SheetModel[]): string[] {
  const out: string[] = [];
  const json = (c: CellModel | undefined) =>
    c === undefined || c.value === ""
      ? "-"
      : JSON.stringify({ value: c.value, formula: c.formula !== undefined });
  for (const sheet of original) {
    const other = rewritten.find((s) => s.name === sheet.name);
    if (!other) {
      out.push(`${sheet.name}: missing`);
      continue;
    }
    const rows = Math.max(sheet.rows.length, other.rows.length);
    for (let r = 0; r < rows; r++) {
      const a = sheet.rows[r] ?? [];
      const b = other.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        // A formula's cached result is LibreOffice's to compute.
        if (a[c]?.formula !== undefined && b[c]?.formula !== undefined) continue;
        if (json(a[c]) !== json(b[c]))
          out.push(
            `${sheet.name}!${columnLetter(c)}${r + 1}: original ${json(a[c])} / LibreOffice ${json(b[c])}`,
          );
      }
    }
  }
  return out;
}

/** The corpus workbook of this name, read. */
async function modelOf(name: string) {
  const read = await packageRead(bytesOf(name));
  if (!read.ok) throw new Error(`the workbook did not load: ${read.problem}`);
  return read.model;
}

function sheetOf(sheets: SheetModel[], name: string): SheetModel {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet «${name}» in ${sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** The cell at an A1 address (a single letter column is enough here). */
function at(sheet: SheetModel, address: string): CellModel | undefined {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return sheet.rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
}

/** The workbook's package with some of its parts' text edited (for what ExcelJS cannot write). */
function patched(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (!files[name]) throw new Error(`no part ${name}`);
    const before = strFromU8(files[name]);
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${name} changed nothing`);
    files[name] = strToU8(after);
  }
  return zipSync(files);
}

// ---------------------------------------------------------------------------------------------------------------
// The hand-made workbooks

/** Every kind of cell value and formula ExcelJS writes. */
function oddCellsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ô lạ");
  ws.getCell("A1").value = { richText: [{ text: "Tổng " }, { font: { bold: true }, text: "cộng" }] };
  ws.getCell("A2").value = { text: "Cổng TTĐT", hyperlink: "https://example.gov.vn/" };
  ws.getCell("A3").value = true;
  ws.getCell("A4").value = false;
  ws.getCell("A5").value = { error: "#DIV/0!" };
  ws.getCell("A6").value = { error: "#N/A" };
  ws.getCell("A7").value = new Date(Date.UTC(2021, 5, 30));
  ws.getCell("A7").numFmt = "dd/mm/yyyy";
  ws.getCell("A8").value = new Date(Date.UTC(2021, 5, 30, 18, 0, 0));
  ws.getCell("A9").value = 44377.75;
  ws.getCell("A9").numFmt = "d/m/yyyy h:mm";
  ws.getCell("A10").value = 0.5;
  ws.getCell("A10").numFmt = "h:mm";
  ws.getCell("A11").value = " a < b & c > \"d\" 'e' \nf\r\ng\th _x0041_ ";
  ws.getCell("A12").value = "Số điểm cung cấp dịch vụ bưu chính công cộng";
  ws.getCell("A13").value = "Ủy ban nhân dân xã".normalize("NFD");
  ws.getCell("A14").value = "";
  ws.getCell("A15").value = "   ";
  ws.getCell("A16").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("A17").value = "4.300";
  ws.getCell("A17").numFmt = "@";
  ws.getCell("A18").value = { text: "liên kết", hyperlink: "#'Ô lạ'!A1" };

  ws.getCell("B1").value = 1e-7;
  ws.getCell("B2").value = 123456789.123;
  ws.getCell("B3").value = -0.5;
  ws.getCell("B4").value = 0;
  ws.getCell("B5").value = 0.85;
  ws.getCell("B5").numFmt = "0%";
  ws.getCell("B6").value = 0.8512;
  ws.getCell("B6").numFmt = "0.00%";
  ws.getCell("B7").value = 4300000;
  ws.getCell("B7").numFmt = "#,##0";
  ws.getCell("B8").value = 112.5;
  ws.getCell("B8").numFmt = "#,##0.0";
  ws.getCell("B9").value = 12;
  ws.getCell("B9").numFmt = '0" người"';
  ws.getCell("B10").value = 1.5;
  ws.getCell("B10").numFmt = "General";
  ws.getCell("B11").value = 2 ** 53;
  ws.getCell("B12").value = 1e21;
  ws.getCell("B13").value = 0.1 + 0.2;

  ws.getCell("C1").value = { formula: "B1*2", result: 2e-7 };
  ws.getCell("C2").value = { formula: '"a"&"b"', result: "ab" };
  ws.getCell("C3").value = { formula: "1=1", result: true };
  ws.getCell("C4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("C5").value = { formula: "SUM(B1:B4)" } as ExcelJS.CellFormulaValue;
  ws.getCell("C6").value = { formula: "DATE(2021,6,30)", result: new Date(Date.UTC(2021, 5, 30)) };
  ws.getCell("C6").numFmt = "dd/mm/yyyy";
  ws.getCell("C7").value = { formula: "B5*2", result: 1.7 };
  ws.getCell("C7").numFmt = "0%";
  ws.getCell("C8").value = { formula: '""', result: "" };
  ws.getCell("C9").value = { formula: "'Ô lạ'!B1+Sheet2!A1", result: 3 };
  // Falsy cached results: ExcelJS drops them (a formula cell's value getter copies only truthy fields).
  ws.getCell("C10").value = { formula: "B4*2", result: 0 };
  ws.getCell("C11").value = { formula: "1=2", result: false };
  ws.getCell("C12").value = { formula: 'IF(1,"")', result: "" };
  ws.getCell("C13").value = { formula: "B3*2", result: -1 };
  ws.getCell("C13").numFmt = "0%";
  // A hyperlink on a cell the edit below turns into a formula.
  ws.getCell("A19").value = { text: "sẽ là công thức", hyperlink: "https://example.gov.vn/b" };

  // Shared formulas: master F4/D4 in row 4, slid down to rows 5 and 6 (row 6 without a cached result).
  ws.getCell("D4").value = 4;
  ws.getCell("F4").value = 2;
  ws.getCell("D5").value = 8;
  ws.getCell("F5").value = 2;
  ws.getCell("H4").value = {
    formula: "F4/D4",
    result: 0.5,
    shareType: "shared",
    ref: "H4:H6",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("H5").value = { sharedFormula: "H4", result: 0.25 };
  ws.getCell("H6").value = { sharedFormula: "H4" } as ExcelJS.CellSharedFormulaValue;
  // A shared formula across columns with absolute and mixed references.
  ws.getCell("I10").value = {
    formula: "$D4+D$4+SUM(D4:F4)",
    result: 1,
    shareType: "shared",
    ref: "I10:K10",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("J10").value = { sharedFormula: "I10", result: 2 };
  ws.getCell("K10").value = { sharedFormula: "I10", result: 3 };
  // A shared formula over a block, with a string literal that looks like a reference, a quoted sheet name, a
  // function named with digits, a lowercase reference and a range.
  ws.getCell("I12").value = {
    formula: `IF(D12="","Q1",D12*$B$1+'Ô lạ'!B1+LOG10(D12)+SUM(D12:E12)+e12)`,
    result: 1,
    shareType: "shared",
    ref: "I12:J13",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("J12").value = { sharedFormula: "I12", result: 2 };
  ws.getCell("I13").value = { sharedFormula: "I12", result: 3 };
  ws.getCell("J13").value = { sharedFormula: "I12", result: 4 };
  // An array formula.
  ws.getCell("J1").value = {
    formula: "D4:D5*2",
    shareType: "array",
    ref: "J1:J2",
    result: 8,
  } as ExcelJS.CellFormulaValue;

  const second = wb.addWorksheet("Sheet2");
  second.getCell("A1").value = 1;
  return wb;
}

/** Number formats ExcelJS takes for dates (any y m d h s b outside quotes and brackets) and others. */
const FORMATS = [
  "#,##0\\ \\h\\a",
  '0.0" ha"',
  "[$-42A]dd/mm/yyyy",
  "[h]:mm",
  "dd/mm/yyyy;@",
  "[Red]#,##0",
  '#,##0" ngày"',
  "0.0%;[Red]-0.0%",
  "yyyy",
  "mmm",
  "General",
  "@",
  "0.0\\%",
];

function numberFormatsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Định dạng");
  FORMATS.forEach((format, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = 44377.5;
    cell.numFmt = format;
  });
  ws.getColumn(3).numFmt = "0.000";
  ws.getCell("C1").value = 1;
  return wb;
}

/** Built-in format ids ExcelJS knows and does not know, a custom id never defined, and styles from rows and columns. */
const EXTRA_FORMAT_IDS = [5, 14, 22, 27, 37, 44, 49, 300];

function builtInFormats(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const styles = strFromU8(files["xl/styles.xml"]);
  const count = Number(/<cellXfs count="(\d+)">/.exec(styles)?.[1]);
  if (!count) throw new Error("no cellXfs count");
  const xfs = EXTRA_FORMAT_IDS.map(
    (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  );
  const cells = EXTRA_FORMAT_IDS.map(
    (_, i) => `<c r="${String.fromCharCode(65 + i)}20" s="${count + i}"><v>44377.5</v></c>`,
  );
  return patched(bytes, {
    "xl/styles.xml": (xml) =>
      xml
        .replace(/<cellXfs count="\d+">/, `<cellXfs count="${count + xfs.length}">`)
        .replace("</cellXfs>", `${xfs.join("")}</cellXfs>`),
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(
        "</sheetData>",
        `<row r="20">${cells.join("")}</row>` +
          '<row r="21" s="1" customFormat="1"><c r="A21"><v>7</v></c></row>' +
          '<row r="22"><c r="C22"><v>8</v></c></row></sheetData>',
      ),
  });
}

/** What a sheet carries besides cells, which the readers pass over: notes, validations, conditional formats, a
 * table, names, frozen panes, an autofilter, print titles. */
function decoratedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trang trí", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  ws.addTable({
    name: "BangChiTieu",
    ref: "A1",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "Chỉ tiêu", totalsRowLabel: "Tổng" },
      { name: "Năm 2024", totalsRowFunction: "sum" },
      { name: "Năm 2025", totalsRowFunction: "sum" },
    ],
    rows: [
      ["Bưu chính", 21, 22],
      ["Viễn thông", 1.5, 2.5],
    ],
  });
  ws.getCell("B2").note = "Ghi chú của chuyên viên";
  ws.getCell("C2").dataValidation = { type: "whole", operator: "greaterThan", formulae: [0] };
  ws.addConditionalFormatting({
    ref: "B2:C3",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: [0],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  ws.getCell("E1").value = "lọc";
  ws.getCell("E2").value = 1;
  ws.autoFilter = "E1:E2";
  wb.definedNames.add("'Trang trí'!$B$2:$B$3", "SoLieu");
  ws.getCell("F1").value = { formula: "SUM(SoLieu)", result: 22.5 };
  ws.pageSetup.printTitlesRow = "1:1";
  const phuluc = wb.addWorksheet("phuluc", { state: "veryHidden" });
  phuluc.getCell("A1").value = JSON.stringify({ settings: { year: 2026, level: "huyen" } });
  // The settings sheet before a user sheet.
  wb.addWorksheet("Sau").getCell("A1").value = "sau cài đặt";
  return wb;
}

/** Merges of every shape, over values and formulas. */
function mergesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Gộp ô");
  ws.getCell("A1").value = "Tiêu đề gộp ngang";
  ws.mergeCells("A1:E1");
  ws.getCell("A3").value = "Dọc";
  ws.mergeCells("A3:A6");
  ws.getCell("C3").value = { formula: "1+1", result: 2 };
  ws.mergeCells("C3:E6");
  ws.mergeCells("G3:H3"); // an empty merge
  ws.getCell("B3").value = 7;
  ws.getCell("B8").value = "sau";
  return wb;
}

/** Sheets of every visibility and awkward names, with settings kept the way the port keeps them. */
async function sheetsAndSettingsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Bảng "số liệu" của xã\'s').getCell("A1").value = "tên lạ";
  wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("B2").value = 2;
  wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("C3").value = 3;
  wb.addWorksheet("Trống");
  wb.addWorksheet("2025 (1)").getCell("A1").value = "số";
  const port = portOfBytes(await excelJsBytes(wb));
  await port.saveSettings({ year: YEAR, level: "xa", unit: "xã Quài Tở", lang: "en" });
  return port.save();
}

/** Settings, marks and an undo record long enough for the stored JSON to run over A1 into A2 and A3. */
async function longSettingsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu");
  for (let r = 1; r <= 400; r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = r * c;
  const port = portOfBytes(await excelJsBytes(wb));
  await port.saveSettings({ year: 2030, level: "tinh", unit: "tỉnh Điện Biên" });
  const marks = [];
  for (let r = 0; r < 400; r++)
    for (let c = 0; c < 5; c++)
      marks.push({
        sheet: "Dữ liệu",
        cell: `${String.fromCharCode(65 + c)}${r + 1}`,
        severity: "error" as const,
      });
  await port.mark(marks);
  return port.save();
}

/** A user's own visible sheet named "phuluc": a user sheet, and no settings. */
function userPhulucWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Bảng").getCell("A1").value = 1;
  wb.addWorksheet("phuluc").getCell("A1").value = JSON.stringify({ settings: { year: 2024 } });
  return wb;
}

/** A very hidden "phuluc" sheet holding what is not our JSON. */
function badSettingsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Bảng").getCell("A1").value = 1;
  const ws = wb.addWorksheet("phuluc", { state: "veryHidden" });
  ws.getCell("A1").value = '{"settings": {"year": 20255, "level": "xã", "lang": "fr", "unit": 5}';
  return wb;
}

function formattedToTheEndWorkbook(): ExcelJS.Workbook {
  const wb = seedAppendicesWorkbook("numbers");
  const ws = wb.worksheets[0];
  for (let c = 1; c <= 12; c++) ws.getColumn(c).numFmt = "#,##0.0";
  ws.getCell(1_048_576, 8).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell(1_048_576, 9).value = "cuối";
  return wb;
}

function date1904Workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("1904");
  ws.getCell("A1").value = new Date(Date.UTC(2021, 5, 30));
  ws.getCell("A1").numFmt = "dd/mm/yyyy";
  ws.getCell("A2").value = 1000;
  ws.getCell("A3").value = { formula: "A1+1", result: new Date(Date.UTC(2021, 6, 1)) };
  ws.getCell("A3").numFmt = "yyyy-mm-dd";
  return wb;
}

function demoWorkbook(): Uint8Array {
  return XlsxDocument.fromPlans(demoPlans(YEAR)).save();
}

/** A template as `phuluc new` writes it: its sheets and the settings it was made with. */
async function newTemplateWorkbook(id: string): Promise<Uint8Array> {
  const port = buildWorkbook([id], { year: YEAR, level: "huyen", unit: "huyện Tuần Giáo" });
  await port.saveSettings({ year: YEAR, level: "huyen", unit: "huyện Tuần Giáo" });
  return port.save();
}

async function allTemplatesWithSettings(): Promise<Uint8Array> {
  const port: XlsxPort = await allTemplatesWorkbook(YEAR);
  await port.saveSettings({ year: YEAR, level: "huyen" });
  return port.save();
}

// ---------------------------------------------------------------------------------------------------------------
// Edits ExcelJS cannot make: the package as other writers leave it

/**
 * Cells as other writers store them: inline strings (plain and rich), formulas with results typed "str", "b" and
 * "e", numbers with spaces or an exponent, a "d" (ISO date) cell, a number that is not one, an empty <v/>, a string
 * result with an entity escaped twice, and a formula on a hyperlinked cell.
 */
function otherWritersCells(bytes: Uint8Array): Uint8Array {
  const sst = strFromU8(unzipSync(bytes)["xl/sharedStrings.xml"]);
  const unique = Number(/uniqueCount="(\d+)"/.exec(sst)?.[1]);
  if (!unique) throw new Error("no uniqueCount");
  // Shared strings with phonetic runs, escapes in both cases, and an empty text.
  const strings = [
    '<si><t>chữ</t><rPh sb="0" eb="1"><t>PH</t></rPh><phoneticPr fontId="1"/></si>',
    "<si><t>a_x000D_b_x000d_c_x0009_</t></si>",
    '<si><r><t>x</t></r><r><rPr><i/></rPr><t xml:space="preserve"> y</t></r><rPh sb="0" eb="1"><t>Z</t></rPh></si>',
    "<si><t/></si>",
    "<si><t>dòng 1\r\ndòng 2</t></si>",
  ];
  const shared = strings.map(
    (_, i) => `<c r="${String.fromCharCode(65 + i)}32" t="s"><v>${unique + i}</v></c>`,
  );
  return patched(bytes, {
    "xl/sharedStrings.xml": (xml) =>
      xml
        .replace(/uniqueCount="\d+"/, `uniqueCount="${unique + strings.length}"`)
        .replace("</sst>", `${strings.join("")}</sst>`),
    "xl/worksheets/sheet1.xml": (xml) =>
      xml
        .replace(
          "</sheetData>",
          '<row r="30"><c r="A30" t="inlineStr"><is><t xml:space="preserve"> nội dòng &amp; </t></is></c>' +
            '<c r="B30" t="inlineStr"><is><r><t>giàu </t></r><r><rPr><b/></rPr><t>chữ</t></r></is></c>' +
            '<c r="C30" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
            '<c r="D30" t="b"><f>TRUE()</f><v>1</v></c>' +
            '<c r="E30" t="e"><f>NA()</f><v>#N/A</v></c>' +
            '<c r="F30" t="n"><v>  42 </v></c>' +
            '<c r="G30"><v>1.5E-3</v></c>' +
            '<c r="H30" t="d"><v>2021-06-30</v></c>' +
            '<c r="I30"><v>12abc</v></c>' +
            '<c r="J30"><v></v></c>' +
            '<c r="K30" t="str"><f>"a&amp;b"</f><v>a&amp;amp;b</v></c>' +
            '<c r="L30" t="str"><v>chuỗi</v></c>' +
            '<c r="M30" t="b"><v>0</v></c>' +
            '<c r="N30" t="inlineStr"><is><t>_x0041_</t></is></c>' +
            `</row><row r="32">${shared.join("")}</row></sheetData>`,
        )
        .replace(/<c r="A19"[^>]*>.*?<\/c>/, '<c r="A19" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>'),
  });
}

/** Rows and cells without their (optional) r attribute: ExcelJS cannot load them. */
function withoutAddresses(bytes: Uint8Array): Uint8Array {
  return patched(bytes, {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace("</sheetData>", "<row><c><v>6</v></c><c><v>7</v></c></row></sheetData>"),
  });
}

function coveredValue(bytes: Uint8Array): Uint8Array {
  // Gộp ô: B1 lies inside A1:E1; give it a value as LibreOffice keeps hidden contents.
  return patched(bytes, {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(/<c r="B1"[^>]*\/>/, '<c r="B1" t="inlineStr"><is><t>che</t></is></c>'),
  });
}

/** Relationship targets written as absolute paths (as some writers do). */
function absoluteTargets(bytes: Uint8Array): Uint8Array {
  return patched(bytes, {
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml
        .replace(/Target="worksheets\//g, 'Target="/xl/worksheets/')
        .replace('Target="sharedStrings.xml"', 'Target="/xl/sharedStrings.xml"'),
  });
}

/** The first two sheets' parts swapped: a sheet is found by its relationship, not by its part's number. */
function swappedParts(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const first = files["xl/worksheets/sheet1.xml"];
  files["xl/worksheets/sheet1.xml"] = files["xl/worksheets/sheet2.xml"];
  files["xl/worksheets/sheet2.xml"] = first;
  return zipSync(files);
}

/** The sheets listed in workbook.xml in another order than their ids and files. */
function reorderedSheets(bytes: Uint8Array): Uint8Array {
  return patched(bytes, {
    "xl/workbook.xml": (xml) => {
      const sheets = xml.match(/<sheet [^>]*\/>/g) ?? [];
      if (sheets.length < 2) throw new Error("need two sheets");
      return xml.replace(sheets.join(""), [...sheets].reverse().join(""));
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Bad bytes

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(withEncryptionInfo: boolean): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(CFB_MAGIC, 0);
  if (withEncryptionInfo) {
    const name = "EncryptionInfo";
    for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------------

/** The workbooks written by our own writer and by ExcelJS (another program), by name; each also goes through LibreOffice when marked. */
const corpus = new Map<string, Uint8Array>();
const throughLibreOffice: string[] = [];
/** The province's inbox of district reports (test/support/district-files.ts), one of them not a workbook. */
const districtFiles = new Map<string, Uint8Array>();

async function add(name: string, workbook: ExcelJS.Workbook | Uint8Array, libreOffice = false) {
  corpus.set(name, workbook instanceof Uint8Array ? workbook : await excelJsBytes(workbook));
  if (libreOffice) throughLibreOffice.push(name);
}

const SAMPLE = path.join(repoRoot, "assets/samples/dan-tu-word.xlsx");

const written = [
  ...templateIds.map((id) => `new ${id}`),
  "new all templates, filled",
  "demo",
  "sample dan-tu-word",
  "seed pasted as numbers",
  "seed pasted as text",
  "seed pasted twice on one sheet",
  "odd cells",
  "merges",
  "sheets and settings",
  "long settings",
  "user sheet named phuluc",
  "bad settings JSON",
  "formatted to row 1 048 576",
  "date1904",
  "other writers' cells",
  "value under a merge",
  "sheets reordered",
  "number formats",
  "built-in and row and column formats",
  "decorated",
  "absolute relationship targets",
  "sheet parts swapped",
];

beforeAll(async () => {
  for (const id of templateIds) await add(`new ${id}`, await newTemplateWorkbook(id), true);
  await add("new all templates, filled", await allTemplatesWithSettings(), true);
  await add("demo", demoWorkbook(), true);
  await add("sample dan-tu-word", new Uint8Array(readFileSync(SAMPLE)), true);
  await add("seed pasted as numbers", seedAppendicesWorkbook("numbers"), true);
  await add("seed pasted as text", seedAppendicesWorkbook("text"));
  await add(
    "seed pasted twice on one sheet",
    pastedWorkbook([
      {
        name: "Hai bảng",
        tables: [
          {
            fixture: "seed-001-du-bao-2021",
            origin: { row: 2, col: 1 },
            mode: "text",
            titleLines: ["PHỤ LỤC"],
          },
          { fixture: "seed-001-ke-hoach-2022", origin: { row: 60, col: 0 }, mode: "numbers" },
        ],
      },
    ]),
  );
  await add("odd cells", oddCellsWorkbook(), true);
  await add("merges", mergesWorkbook(), true);
  await add("sheets and settings", await sheetsAndSettingsWorkbook(), true);
  await add("long settings", await longSettingsWorkbook());
  await add("user sheet named phuluc", userPhulucWorkbook());
  await add("bad settings JSON", badSettingsWorkbook());
  await add("formatted to row 1 048 576", formattedToTheEndWorkbook(), true);
  await add("date1904", date1904Workbook(), true);
  await add("number formats", numberFormatsWorkbook(), true);
  await add("decorated", decoratedWorkbook(), true);
  const odd = corpus.get("odd cells");
  const merges = corpus.get("merges");
  const sheets = corpus.get("sheets and settings");
  if (!odd || !merges || !sheets) throw new Error("corpus incomplete");
  await add("other writers' cells", otherWritersCells(odd));
  await add("value under a merge", coveredValue(merges));
  await add("sheets reordered", reorderedSheets(sheets));
  await add("built-in and row and column formats", builtInFormats(bytesOf("number formats")));
  await add("absolute relationship targets", absoluteTargets(sheets));
  await add("sheet parts swapped", swappedParts(sheets));
  await add("rows and cells without addresses", withoutAddresses(merges));

  for (const file of await districtInbox(tempDir("phuluc-inbox-")))
    districtFiles.set(path.basename(file), new Uint8Array(readFileSync(file)));

  if (!libreOfficeRequired) return;
  const dir = tempDir("phuluc-pkg-");
  const files = throughLibreOffice.map((name, i) => {
    const file = path.join(dir, `book-${i}.xlsx`);
    writeFileSync(file, corpus.get(name) as Uint8Array);
    return file;
  });
  const converted = await convertWithLibreOffice(files);
  throughLibreOffice.forEach((name, i) => corpus.set(`${name} (LibreOffice)`, readFileSync(converted[i])));
});

function bytesOf(name: string): Uint8Array {
  const bytes = corpus.get(name);
  if (!bytes) throw new Error(`no workbook «${name}» in the corpus`);
  return bytes;
}

describe("readPackage reads every workbook of the corpus", () => {
  it.each(written)("%s", async (name) => {
    const model = await modelOf(name);
    expect(model.sheets.length).toBeGreaterThan(0);
    // Nothing read is NaN or a damaged cell; every cell has a value or a formula.
    for (const sheet of model.sheets)
      for (const cells of sheet.rows)
        for (const cell of cells ?? []) {
          if (!cell) continue;
          expect(cell.value === null && cell.formula === undefined, `${sheet.name}`).toBe(false);
          expect(Number.isNaN(cell.value), `${sheet.name}`).toBe(false);
        }
  });
});

const recalculated = [
  ...templateIds.map((id) => `new ${id}`),
  "new all templates, filled",
  "demo",
  "sample dan-tu-word",
  "seed pasted as numbers",
  "odd cells",
  "merges",
  "sheets and settings",
  "formatted to row 1 048 576",
  "date1904",
  "number formats",
  "decorated",
];

/**
 * What LibreOffice's rewrite changes in a workbook's cells without formulas, by workbook (LibreOffice's own doing,
 * each read right on both sides): it fills the second cell of an array formula's range with its value (read as a
 * result of the array's formula), writes
 * booleans and errors as formulas (TRUE(), FALSE(), #DIV/0!, #N/A), writes a typed "_x0041_" escaped so it reads as
 * typed where the original left it to read as "A", and keeps 15 significant digits.
 */
const LIBREOFFICE_CHANGES: Record<string, string[]> = {
  "odd cells": [
    'Ô lạ!J2: original - / LibreOffice {"value":16,"formula":true}',
    'Ô lạ!A3: original {"value":true,"formula":false} / LibreOffice {"value":true,"formula":true}',
    'Ô lạ!A4: original {"value":false,"formula":false} / LibreOffice {"value":false,"formula":true}',
    'Ô lạ!A5: original {"value":"#DIV/0!","formula":false} / LibreOffice {"value":"#DIV/0!","formula":true}',
    'Ô lạ!A6: original {"value":"#N/A","formula":false} / LibreOffice {"value":"#N/A","formula":true}',
    'Ô lạ!A11: original {"value":" a < b & c > \\"d\\" \'e\' \\nf\\ng\\th A ","formula":false} / LibreOffice {"value":" a < b & c > \\"d\\" \'e\' \\nf\\ng\\th _x0041_ ","formula":false}',
    'Ô lạ!B11: original {"value":9007199254740992,"formula":false} / LibreOffice {"value":9007199254740990,"formula":false}',
    'Ô lạ!B13: original {"value":0.30000000000000004,"formula":false} / LibreOffice {"value":0.3,"formula":false}',
  ],
};

describe("readPackage reads the district reports of a province's inbox", () => {
  it("reads each file, and says the damaged one is no workbook", async () => {
    const outcomes: string[] = [];
    for (const [name, bytes] of districtFiles) {
      const read = await packageRead(bytes);
      outcomes.push(`${name} ${read.ok ? read.model.sheets.map((s) => s.name).join("|") : read.problem}`);
    }
    expect(outcomes.sort()).toEqual([
      "1-tuan-giao.xlsx Dự báo 2021|Kế hoạch 2022|TTCS 2021",
      "2-muong-ang.xlsx Dự báo 2021|Kế hoạch 2022",
      "3-tua-chua.xlsx Dự báo 2021|Kế hoạch 2022",
      "4-hong.xlsx not-xlsx",
      "5-muong-ang-gui-lai.xlsx Dự báo 2021|Kế hoạch 2022",
      "6-dien-bien-2020.xlsx Dự báo 2020|Kế hoạch 2021",
    ]);
  });
});

describe.runIf(libreOfficeRequired)(
  "readPackage reads a workbook LibreOffice rewrote as it read the original",
  () => {
    it.each(recalculated)("%s (LibreOffice)", async (name) => {
      const original = await modelOf(name);
      const rewritten = await modelOf(`${name} (LibreOffice)`);
      expect(rewritten.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
      expect(valueDifferences(original.sheets, rewritten.sheets)).toEqual(LIBREOFFICE_CHANGES[name] ?? []);
      expect(rewritten.settings).toEqual(original.settings);
    });

    it("keeps the settings of a workbook LibreOffice saved (it makes the very hidden sheet merely hidden)", async () => {
      const model = await modelOf("sheets and settings (LibreOffice)");
      expect(model.settings).toEqual({ year: YEAR, level: "xa", unit: "xã Quài Tở", lang: "en" });
      expect(model.sheets.map((s) => s.name)).not.toContain("phuluc");
    });

    it("reads LibreOffice's shared formulas slid to each cell, with their recalculated results", async () => {
      const model = await modelOf("new all templates, filled (LibreOffice)");
      const formulas = model.sheets.flatMap((s) =>
        s.rows.flatMap((r) => (r ?? []).filter((c) => c?.formula)),
      );
      expect(formulas.length).toBeGreaterThan(50);
      expect(formulas.filter((c) => c?.value === null)).toEqual([]);
      const odd = sheetOf((await modelOf("odd cells (LibreOffice)")).sheets, "Ô lạ");
      expect(at(odd, "H5")).toMatchObject({ formula: "F5/D5", value: 0.25 });
      expect(at(odd, "H6")).toMatchObject({ formula: "F6/D6" });
      expect(at(odd, "C4")).toMatchObject({ value: "#DIV/0!" });
      expect(at(odd, "B5")).toEqual({ value: 0.85, numberFormat: "0%" });
    });
  },
);

describe("readPackage, literal expectations", () => {
  it("reads values of every kind", async () => {
    const s = sheetOf((await modelOf("odd cells")).sheets, "Ô lạ");
    expect(at(s, "A1")).toEqual({ value: "Tổng cộng" });
    expect(at(s, "A2")).toEqual({ value: "Cổng TTĐT" });
    expect(at(s, "A3")).toEqual({ value: true });
    expect(at(s, "A4")).toEqual({ value: false });
    expect(at(s, "A5")).toEqual({ value: "#DIV/0!" });
    expect(at(s, "A6")).toEqual({ value: "#N/A" });
    expect(at(s, "A7")).toEqual({ value: "2021-06-30", numberFormat: "dd/mm/yyyy" });
    expect(at(s, "A9")).toEqual({ value: "2021-06-30", numberFormat: "d/m/yyyy h:mm" });
    expect(at(s, "A11")?.value).toBe(" a < b & c > \"d\" 'e' \nf\ng\th A ");
    expect(at(s, "A12")).toEqual({ value: "Số điểm cung cấp dịch vụ bưu chính công cộng" });
    expect(at(s, "A13")).toEqual({ value: "Ủy ban nhân dân xã".normalize("NFD") });
    expect(at(s, "A14")).toEqual({ value: "" });
    expect(at(s, "A15")).toEqual({ value: "   " });
    expect(at(s, "A16")).toBeUndefined();
    expect(at(s, "A17")).toEqual({ value: "4.300", numberFormat: "@" });
    expect(s.rows[0].slice(1, 2)).toEqual([{ value: 1e-7 }]);
    expect(at(s, "B2")).toEqual({ value: 123456789.123 });
    expect(at(s, "B3")).toEqual({ value: -0.5 });
    expect(at(s, "B4")).toEqual({ value: 0 });
    expect(at(s, "B5")).toEqual({ value: 0.85, numberFormat: "0%" });
    expect(at(s, "B6")).toEqual({ value: 0.8512, numberFormat: "0.00%" });
    expect(at(s, "B7")).toEqual({ value: 4300000, numberFormat: "#,##0" });
    expect(at(s, "B8")).toEqual({ value: 112.5, numberFormat: "#,##0.0" });
    expect(at(s, "B9")).toEqual({ value: 12, numberFormat: '0" người"' });
    expect(at(s, "B10")).toEqual({ value: 1.5 });
    expect(at(s, "B13")).toEqual({ value: 0.30000000000000004 });
  });

  it("reads formulas without '=', their cached results, and shared formulas slid to each cell", async () => {
    const s = sheetOf((await modelOf("odd cells")).sheets, "Ô lạ");
    expect(at(s, "C1")).toEqual({ value: 2e-7, formula: "B1*2" });
    expect(at(s, "C2")).toEqual({ value: "ab", formula: '"a"&"b"' });
    expect(at(s, "C3")).toEqual({ value: true, formula: "1=1" });
    expect(at(s, "C4")).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(at(s, "C5")).toEqual({ value: null, formula: "SUM(B1:B4)" });
    expect(at(s, "C6")).toEqual({
      value: "2021-06-30",
      formula: "DATE(2021,6,30)",
      numberFormat: "dd/mm/yyyy",
    });
    expect(at(s, "C7")).toEqual({ value: 1.7, formula: "B5*2", numberFormat: "0%" });
    expect(at(s, "C9")).toEqual({ value: 3, formula: "'Ô lạ'!B1+Sheet2!A1" });
    expect(at(s, "C13")).toEqual({ value: -1, formula: "B3*2", numberFormat: "0%" });
    expect(at(s, "H4")).toEqual({ value: 0.5, formula: "F4/D4" });
    expect(at(s, "H5")).toEqual({ value: 0.25, formula: "F5/D5" });
    expect(at(s, "H6")).toEqual({ value: null, formula: "F6/D6" });
    expect(at(s, "J10")).toEqual({ value: 2, formula: "$D4+E$4+SUM(E4:G4)" });
    expect(at(s, "K10")).toEqual({ value: 3, formula: "$D4+F$4+SUM(F4:H4)" });
    expect(at(s, "J1")).toEqual({ value: 8, formula: "D4:D5*2" });
    expect(at(s, "J13")?.value).toBe(4);
    expect(at(s, "J13")?.formula).toContain("E13*$B$1+'Ô lạ'!C2+LOG10(E13)+SUM(E13:F13)+");
  });

  it("reads escaped formats, text in shared formulas, hyperlinked formulas and 1904 dates as Excel shows them", async () => {
    const odd = sheetOf((await modelOf("odd cells")).sheets, "Ô lạ");
    // Text inside a shared formula is not a reference: it does not slide.
    expect(at(odd, "J12")?.formula).toBe('IF(E12="","Q1",E12*$B$1+\'Ô lạ\'!C1+LOG10(E12)+SUM(E12:F12)+F12)');
    // A formula's cached result of 0 is 0, not "no result".
    expect(at(odd, "C10")).toEqual({ value: 0, formula: "B4*2" });
    const other = sheetOf((await modelOf("other writers' cells")).sheets, "Ô lạ");
    expect(at(other, "A19")).toEqual({ value: "xy", formula: '"x"&"y"' });
    expect(at(other, "K30")?.value).toBe("a&amp;b");
    expect(at(other, "N30")).toEqual({ value: "A" });
    const formats = (await modelOf("number formats")).sheets[0];
    // Escaped letters are text, not date codes; an escaped % is a sign, not a percent format.
    expect(at(formats, "A1")).toEqual({ value: 44377.5, numberFormat: "#,##0\\ \\h\\a" });
    expect(at(formats, "A13")).toEqual({ value: 44377.5, numberFormat: "0.0\\%" });
    if (libreOfficeRequired) {
      // LibreOffice writes date1904="true", and escapes what it takes for literal text in formats.
      const dates = (await modelOf("date1904 (LibreOffice)")).sheets[0];
      expect(at(dates, "A1")).toEqual({ value: "2021-06-30", numberFormat: "dd/mm/yyyy" });
      expect(at(dates, "A3")).toEqual({
        value: "2021-07-01",
        formula: "A1+1",
        numberFormat: "yyyy\\-mm\\-dd",
      });
      const odd = sheetOf((await modelOf("odd cells (LibreOffice)")).sheets, "Ô lạ");
      expect(at(odd, "A9")).toEqual({ value: "2021-06-30", numberFormat: "d/m/yyyy\\ h:mm" });
      const lo = (await modelOf("number formats (LibreOffice)")).sheets[0];
      expect(at(lo, "A8")).toEqual({ value: 44377.5, numberFormat: "0.0%;[RED]\\-0.0%" });
      expect(at(lo, "A13")).toEqual({ value: 44377.5, numberFormat: "0.0\\%" });
    }
  });

  it("reads cells as other writers store them", async () => {
    const s = sheetOf((await modelOf("other writers' cells")).sheets, "Ô lạ");
    expect(at(s, "A30")).toEqual({ value: " nội dòng & " });
    expect(at(s, "B30")).toEqual({ value: "giàu chữ" });
    expect(at(s, "C30")).toEqual({ value: "xy", formula: '"x"&"y"' });
    expect(at(s, "D30")).toEqual({ value: true, formula: "TRUE()" });
    expect(at(s, "E30")).toEqual({ value: "#N/A", formula: "NA()" });
    expect(at(s, "G30")).toEqual({ value: 0.0015 });
    // An ISO date in a General cell: its serial, as Excel shows it (a date format would show "2021-06-30").
    expect(at(s, "H30")).toEqual({ value: 44377 });
    expect(at(s, "L30")).toEqual({ value: "chuỗi" });
    expect(at(s, "M30")).toEqual({ value: false });
    expect(at(s, "A32")).toEqual({ value: "chữ" });
    expect(at(s, "C32")).toEqual({ value: "x y" });
    expect(at(s, "E32")).toEqual({ value: "dòng 1\ndòng 2" });
  });

  it("leaves out the cells a merge covers and lists the merges zero-based in file order", async () => {
    const s = sheetOf((await modelOf("merges")).sheets, "Gộp ô");
    // ExcelJS wrote them in this order (not the order of the mergeCells calls): the file's order is kept.
    const xml = strFromU8(unzipSync(bytesOf("merges"))["xl/worksheets/sheet1.xml"]);
    expect([...xml.matchAll(/<mergeCell ref="([A-Z0-9:]+)"/g)].map((m) => m[1])).toEqual([
      "A1:E1",
      "C3:E6",
      "G3:H3",
      "A3:A6",
    ]);
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 2, left: 2, bottom: 5, right: 4 },
      { top: 2, left: 6, bottom: 2, right: 7 },
      { top: 2, left: 0, bottom: 5, right: 0 },
    ]);
    expect(s.rows[0]).toEqual([{ value: "Tiêu đề gộp ngang" }]);
    expect(s.rows[2]).toEqual([{ value: "Dọc" }, { value: 7 }, { value: 2, formula: "1+1" }]);
    expect(s.rows[1]).toBeUndefined();
    expect(s.rows[7]).toEqual([undefined, { value: "sau" }]);
    expect(s.rows.length).toBe(8);
    const covered = sheetOf((await modelOf("value under a merge")).sheets, "Gộp ô");
    expect(covered.rows[0]).toEqual([{ value: "Tiêu đề gộp ngang" }]);
  });

  it("gives the user sheets in workbook order, hidden ones included, and the stored settings", async () => {
    const model = await modelOf("sheets and settings");
    expect(model.sheets.map((s) => s.name)).toEqual([
      'Bảng "số liệu" của xã\'s',
      "Ẩn",
      "Rất ẩn",
      "Trống",
      "2025 (1)",
    ]);
    expect(model.sheets[3]).toEqual({ name: "Trống", rows: [], merges: [] });
    expect(model.settings).toEqual({ year: YEAR, level: "xa", unit: "xã Quài Tở", lang: "en" });
    const reordered = await modelOf("sheets reordered");
    expect(reordered.sheets.map((s) => s.name)).toEqual([
      "2025 (1)",
      "Trống",
      "Rất ẩn",
      "Ẩn",
      'Bảng "số liệu" của xã\'s',
    ]);
    expect(reordered.settings).toEqual({ year: YEAR, level: "xa", unit: "xã Quài Tở", lang: "en" });
    expect((await modelOf("long settings")).settings).toEqual({
      year: 2030,
      level: "tinh",
      unit: "tỉnh Điện Biên",
    });
    expect((await modelOf("absolute relationship targets")).sheets.map((x) => x.name)).toEqual(
      model.sheets.map((x) => x.name),
    );
    const swapped = await modelOf("sheet parts swapped");
    expect(swapped.sheets.slice(0, 2)).toEqual([
      { name: 'Bảng "số liệu" của xã\'s', rows: [undefined, [undefined, { value: 2 }]], merges: [] },
      { name: "Ẩn", rows: [[{ value: "tên lạ" }]], merges: [] },
    ]);
    const decorated = await modelOf("decorated");
    expect(decorated.sheets.map((x) => x.name)).toEqual(["Trang trí", "Sau"]);
    expect(decorated.settings).toEqual({ year: 2026, level: "huyen" });
    expect(decorated.sheets[0].rows[0]).toEqual([
      { value: "Chỉ tiêu" },
      { value: "Năm 2024" },
      { value: "Năm 2025" },
      undefined,
      { value: "lọc" },
      { value: 22.5, formula: "SUM(SoLieu)" },
    ]);
    const own = await modelOf("user sheet named phuluc");
    expect(own.sheets.map((s) => s.name)).toEqual(["Bảng", "phuluc"]);
    expect(own.settings).toEqual({});
    expect((await modelOf("bad settings JSON")).settings).toEqual({});
    expect((await modelOf("new du-bao")).settings).toEqual({
      year: YEAR,
      level: "huyen",
      unit: "huyện Tuần Giáo",
    });
  });

  it("reads a sheet formatted down to row 1 048 576 as its data and that last cell", async () => {
    const s = (await modelOf("formatted to row 1 048 576")).sheets[0];
    expect(s.rows.length).toBe(1_048_576);
    const last = s.rows[1_048_575];
    expect(last.length).toBe(9);
    expect(last[8]).toEqual({ value: "cuối", numberFormat: "#,##0.0" });
    expect(Object.keys(last)).toEqual(["8"]);
    expect(Object.keys(s.rows).length).toBeLessThan(100);
  });

  it("reads number formats and dates in them", async () => {
    const s = (await modelOf("number formats")).sheets[0];
    expect(at(s, "A3")).toEqual({ value: "2021-06-30", numberFormat: "[$-42A]dd/mm/yyyy" });
    expect(at(s, "A5")).toEqual({ value: "2021-06-30", numberFormat: "dd/mm/yyyy;@" });
    expect(at(s, "A6")).toEqual({ value: 44377.5, numberFormat: "[Red]#,##0" });
    expect(at(s, "A7")).toEqual({ value: 44377.5, numberFormat: '#,##0" ngày"' });
    expect(at(s, "A8")).toEqual({ value: 44377.5, numberFormat: "0.0%;[Red]-0.0%" });
    expect(at(s, "A11")).toEqual({ value: 44377.5 });
    expect(at(s, "A12")).toEqual({ value: 44377.5, numberFormat: "@" });
    expect(at(s, "C1")).toEqual({ value: 1, numberFormat: "0.000" });
    const b = (await modelOf("built-in and row and column formats")).sheets[0];
    expect(at(b, "A20")).toMatchObject({ value: 44377.5 });
    expect(at(b, "G20")).toEqual({ value: 44377.5, numberFormat: "@" });
    expect(at(b, "H20")).toEqual({ value: 44377.5 });
    expect(b.rows[20]).toEqual([{ value: 7 }]);
    expect(b.rows[21]).toEqual([undefined, undefined, { value: 8 }]);
  });

  it("reads the dates of a 1904 workbook", async () => {
    const s = (await modelOf("date1904")).sheets[0];
    expect(at(s, "A1")).toEqual({ value: "2021-06-30", numberFormat: "dd/mm/yyyy" });
    expect(at(s, "A2")).toEqual({ value: 1000 });
    expect(at(s, "A3")).toEqual({ value: "2021-07-01", formula: "A1+1", numberFormat: "yyyy-mm-dd" });
  });
});

describe("readPackage, bad bytes", () => {
  it("reads rows and cells written without their addresses (valid OOXML ExcelJS cannot load) one after another", async () => {
    const bytes = bytesOf("rows and cells without addresses");
    const read = await packageRead(bytes);
    if (!read.ok) throw new Error(read.problem);
    const rows = read.model.sheets[0].rows;
    expect(rows[rows.length - 1].map((c) => c?.value)).toEqual([6, 7]);
  });

  const cases: [string, () => Promise<Uint8Array>, string][] = [
    ["empty", async () => new Uint8Array(0), "not-xlsx"],
    ["text", async () => strToU8("STT\tChỉ tiêu\tĐơn vị\n1\tBưu chính\tđiểm\n"), "not-xlsx"],
    [
      "random bytes",
      async () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251),
      "not-xlsx",
    ],
    ["an old .xls (OLE compound file)", async () => oleFile(false), "not-xlsx"],
    ["an encrypted workbook (OLE with EncryptionInfo)", async () => oleFile(true), "encrypted"],
    ["a zip holding no workbook", async () => zipSync({ "hello.txt": strToU8("xin chào") }), "corrupt"],
    [
      "a .docx-like zip",
      async () =>
        zipSync({
          "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
          "word/document.xml": strToU8("<document/>"),
        }),
      // A Word document renamed .xlsx is not an Excel file (it is not a damaged one).
      "not-xlsx",
    ],
    [
      "a truncated workbook",
      async () => {
        const bytes = await excelJsBytes(seedAppendicesWorkbook("numbers"));
        return bytes.slice(0, Math.floor(bytes.length / 2));
      },
      "corrupt",
    ],
    [
      "a workbook whose sheets declare more than 90 MB of XML (refused before inflating)",
      tooLargeWorkbook,
      "too-large",
    ],
    [
      "a workbook without worksheets",
      async () => {
        const files = unzipSync(await excelJsBytes(userPhulucWorkbook()));
        for (const name of Object.keys(files)) if (name.startsWith("xl/worksheets/")) delete files[name];
        files["xl/workbook.xml"] = strToU8(
          strFromU8(files["xl/workbook.xml"]).replace(/<sheets>.*<\/sheets>/s, "<sheets/>"),
        );
        return zipSync(files);
      },
      "corrupt",
    ],
  ];
  it.each(cases)("%s", async (_name, make, problem) => {
    expect(await packageRead(await make())).toEqual({ ok: false, problem });
  });
});

describe("readPackage, packages other writers make (review)", () => {
  /** A workbook of one sheet "S" built by hand, each part's bytes given by `encode`. */
  function handWorkbook(sheetXml: string, encode: (xml: string) => Uint8Array = strToU8): Uint8Array {
    return zipSync(handParts(sheetXml, encode));
  }
  function handParts(
    sheetXml: string,
    encode: (xml: string) => Uint8Array = strToU8,
  ): Record<string, Uint8Array> {
    return {
      "_rels/.rels": encode(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/workbook.xml": encode(
        '<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": encode(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": encode(sheetXml),
    };
  }
  const sheetXml =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Số hộ</t></is></c><c r="B1"><v>12</v></c></row></sheetData></worksheet>';
  const valuesOf = (read: PackageRead) => {
    if (!read.ok) throw new Error(read.problem);
    return read.model.sheets[0].rows[0].map((c) => c?.value);
  };

  function utf16(xml: string, bigEndian: boolean): Uint8Array {
    const text = "\uFEFF" + xml.replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>');
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
      bytes[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
    }
    return bytes;
  }

  it("reads parts written in UTF-16 (little or big endian, with their byte order mark), as XML allows", async () => {
    expect(valuesOf(await packageRead(handWorkbook(sheetXml, (xml) => utf16(xml, false))))).toEqual([
      "Số hộ",
      12,
    ]);
    expect(valuesOf(await packageRead(handWorkbook(sheetXml, (xml) => utf16(xml, true))))).toEqual([
      "Số hộ",
      12,
    ]);
  });

  it("reads parts written in UTF-8 with a byte order mark", async () => {
    const bom = (xml: string) => strToU8("\uFEFF" + xml);
    expect(valuesOf(await packageRead(handWorkbook(sheetXml, bom)))).toEqual(["Số hộ", 12]);
  });

  /**
   * A ZIP64 archive of deflated entries, written by hand (fflate writes no ZIP64); `claimed` gives an entry an
   * uncompressed size in its ZIP64 extra field other than its real one, as a damaged header would.
   */
  function zip64(files: Record<string, Uint8Array>, claimed: Record<string, number> = {}): Uint8Array {
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    const header = (size: number) => {
      const bytes = new Uint8Array(size);
      return { bytes, view: new DataView(bytes.buffer) };
    };
    for (const [name, data] of Object.entries(files)) {
      const nameBytes = strToU8(name);
      const packed = deflateSync(data);
      const local = header(30 + nameBytes.length);
      local.view.setUint32(0, 0x04034b50, true);
      local.view.setUint16(4, 45, true);
      local.view.setUint16(6, 0x0800, true);
      local.view.setUint16(8, 8, true);
      local.view.setUint32(18, packed.length, true);
      local.view.setUint32(22, data.length, true);
      local.view.setUint16(26, nameBytes.length, true);
      local.bytes.set(nameBytes, 30);
      const cd = header(46 + nameBytes.length + 12);
      cd.view.setUint32(0, 0x02014b50, true);
      cd.view.setUint16(4, 45, true);
      cd.view.setUint16(6, 45, true);
      cd.view.setUint16(8, 0x0800, true);
      cd.view.setUint16(10, 8, true);
      cd.view.setUint32(20, packed.length, true);
      cd.view.setUint32(24, 0xffffffff, true);
      cd.view.setUint16(28, nameBytes.length, true);
      cd.view.setUint16(30, 12, true);
      cd.view.setUint32(42, offset, true);
      cd.bytes.set(nameBytes, 46);
      const extra = 46 + nameBytes.length;
      cd.view.setUint16(extra, 1, true);
      cd.view.setUint16(extra + 2, 8, true);
      cd.view.setBigUint64(extra + 4, BigInt(claimed[name] ?? data.length), true);
      chunks.push(local.bytes, packed);
      central.push(cd.bytes);
      offset += local.bytes.length + packed.length;
    }
    const cdSize = central.reduce((n, c) => n + c.length, 0);
    const count = central.length;
    const record = header(56);
    record.view.setUint32(0, 0x06064b50, true);
    record.view.setBigUint64(4, 44n, true);
    record.view.setUint16(12, 45, true);
    record.view.setUint16(14, 45, true);
    record.view.setBigUint64(24, BigInt(count), true);
    record.view.setBigUint64(32, BigInt(count), true);
    record.view.setBigUint64(40, BigInt(cdSize), true);
    record.view.setBigUint64(48, BigInt(offset), true);
    const locator = header(20);
    locator.view.setUint32(0, 0x07064b50, true);
    locator.view.setBigUint64(8, BigInt(offset + cdSize), true);
    locator.view.setUint32(16, 1, true);
    const end = header(22);
    end.view.setUint32(0, 0x06054b50, true);
    end.view.setUint16(8, count, true);
    end.view.setUint16(10, count, true);
    end.view.setUint32(12, cdSize, true);
    end.view.setUint32(16, 0xffffffff, true);
    const parts = [...chunks, ...central, record.bytes, locator.bytes, end.bytes];
    const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  it("reads a ZIP64 package, and calls one whose header claims an impossible size damaged (no RangeError)", async () => {
    expect(valuesOf(await packageRead(zip64(handParts(sheetXml))))).toEqual(["Số hộ", 12]);
    const lying = zip64(handParts(sheetXml), { "xl/worksheets/sheet1.xml": 2 ** 34 });
    expect(await packageRead(lying)).toEqual({ ok: false, problem: "corrupt" });
  });
});
