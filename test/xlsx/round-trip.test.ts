/**
 * The round-trip corpus: every template, the seed tables, the shipped sample, files saved by LibreOffice, and a
 * district workbook (an .xlsm) holding a chart, a picture, a pivot table and its cache, a note, conditional formats,
 * a data validation, defined names, hidden and very hidden sheets, formats with escapes, the 1904 flag written
 * "true" and macros — each opened, filled, fixed, given new appendix sheets, undone, marked and cleared, and saved
 * after every step, as the page and `phuluc` do it through the port. After each step:
 * - every part the step did not touch is the one it had before, byte for byte (the zip entries compared);
 * - a written sheet is the same outside its cells (conditional formats, validations, drawings, notes, merges, page
 *   setup), and every written part is well-formed XML;
 * - relationships point at parts that are there, and every part has its content type.
 * At the end LibreOffice opens and recalculates each workbook, and the values are the ones worked out by hand.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, zipSync } from "fflate";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/cli/commands/new";
import {
  applyFixes,
  checkAction,
  fillComparisons,
  insertTemplates,
  markFindings,
  previewFixes,
  undoLastFix,
  clearFindingMarks,
} from "../../src/core/actions";
import { templateIds } from "../../src/core/templates";
import { XlsxDocument } from "../../src/xlsx";
import { isSettingsSheet } from "../../src/xlsx/stored";
import type { XlsxPort } from "../../src/xlsx/port";
import { phuluc, repoRoot, tempDir } from "../support/cli";
import { allTemplatesWorkbook } from "../support/consistent-all";
import { seedAppendicesWorkbook } from "../support/fixtures";
import { convertWithLibreOffice, libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { parts, partText } from "../support/package";
import { addedProblems } from "../support/strict";
import {
  asOpenXmlSdk,
  asStrict,
  NEWER_PARTS,
  newerCells,
  TABLE_REF,
  withNewerParts,
} from "../support/newer-parts";
import {
  edit,
  enrich,
  FORECAST,
  NOTES,
  PLAN,
  RICH_PARTS,
  richCells,
  sheetPart,
  VBA_PROJECT,
} from "../support/rich-workbook";
import { asGoogleSheets, asWps, CELL_IMAGE_CELL, rezipped } from "../support/other-writers";
import { OTHER_KIND_PARTS, scopedNames, sheetOrder, withSheetsOfOtherKinds } from "../support/sheet-kinds";
import { bookOf, excelJsBytes, portOfBytes, readXlsx, rowOfCode, type Book } from "../support/workbooks";
import { readFileSync } from "node:fs";

type Parts = Record<string, Uint8Array>;

const dom = new JSDOM("");

/** Whether the text is well-formed XML (a strict parser's verdict). */
function wellFormed(xml: string): boolean {
  const parsed = new dom.window.DOMParser().parseFromString(xml, "application/xml");
  return parsed.getElementsByTagName("parsererror").length === 0;
}

/** The parts of a worksheet, by sheet name (the one reader's mapping). */
function sheetParts(bytes: Uint8Array): Map<string, string> {
  const opened = XlsxDocument.open(bytes);
  if (!opened.ok) throw new Error(opened.problem);
  return new Map(opened.document.worksheets.map((s) => [s.name, s.part as string]));
}

/** The settings sheet's part, if the workbook has one. */
function settingsPart(bytes: Uint8Array): string | undefined {
  const opened = XlsxDocument.open(bytes);
  if (!opened.ok) throw new Error(opened.problem);
  return opened.document.worksheets.find((s) => isSettingsSheet(s.name, s.state))?.part;
}

/** A sheet's text without its cells and its dimension: what a write of cells must leave as it was. */
function outsideCells(xml: string): string {
  return xml
    .replace(/<(?:\w+:)?sheetData\s*\/>|<((?:\w+:)?sheetData)\b[^>]*>[\s\S]*<\/\1>/, "")
    .replace(/<(?:\w+:)?dimension\b[^>]*\/>/, "");
}

/** The package's relationships resolve to parts it holds, and every part has a content type. */
function consistencyProblems(all: Parts): string[] {
  const problems: string[] = [];
  const names = new Set(Object.keys(all));
  const lower = new Set([...names].map((n) => n.toLowerCase()));
  const types = strFromU8(all["[Content_Types].xml"]);
  const defaults = new Set(
    [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()),
  );
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
  for (const part of overrides)
    if (!lower.has(part.toLowerCase())) problems.push(`override of a missing ${part}`);
  for (const name of names) {
    if (name === "[Content_Types].xml") continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!defaults.has(ext) && !overrides.some((o) => o.toLowerCase() === name.toLowerCase()))
      problems.push(`no content type for ${name}`);
    if (!name.endsWith(".rels")) continue;
    // "xl/_rels/workbook.xml.rels" speaks for "xl/workbook.xml", "_rels/.rels" for the package itself.
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    for (const m of strFromU8(all[name]).matchAll(/<Relationship\b([^>]*)\/>/g)) {
      if (/TargetMode="External"/.test(m[1])) continue;
      const target = /Target="([^"]+)"/.exec(m[1])?.[1] ?? "";
      const steps = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
      const resolved: string[] = [];
      for (const step of steps) {
        if (step === "..") resolved.pop();
        else if (step !== "." && step !== "") resolved.push(step);
      }
      const part = resolved.join("/");
      if (!lower.has(part.toLowerCase())) problems.push(`${name} points at a missing ${part}`);
    }
  }
  return problems;
}

interface Step {
  name: string;
  /** Names of the user sheets the step wrote cells into. */
  wrote: string[];
  /** The step may add sheets (and so change the workbook, its relationships and content types). */
  addsSheets?: boolean;
  /** The step stores a record in the settings sheet (undo, marks). */
  stores?: boolean;
  run: (port: XlsxPort) => Promise<void>;
}

const MECHANICAL = ["number/text", "text/legacy-encoding", "comparison/missing"] as const;

/** The actions, as the page and `phuluc` take them, in order; each step reports the sheets it wrote. */
function steps(): Step[] {
  const list: Step[] = [];
  const fill: Step = {
    name: "fill",
    wrote: [],
    run: async (port) => {
      const report = await fillComparisons(port, { overwrite: false });
      fill.wrote = report.formulasWritten > 0 ? report.sheetsWithTables : [];
    },
  };
  const fix: Step = {
    name: "fix",
    wrote: [],
    stores: true,
    run: async (port) => {
      const { issues } = await checkAction(port);
      const plan = await previewFixes(port, issues, { only: [...MECHANICAL] });
      await applyFixes(port, plan.changes);
      fix.wrote = [...new Set(plan.changes.map((c) => c.sheet))];
    },
  };
  const insert: Step = {
    name: "insert",
    wrote: [],
    addsSheets: true,
    run: async (port) => {
      await insertTemplates(port, {
        templateIds: ["du-bao", "ke-hoach"],
        year: 2026,
        unit: "huyện Mường Ảng",
      });
    },
  };
  const undo: Step = {
    name: "undo",
    wrote: [],
    stores: true,
    run: async (port) => {
      const outcome = await undoLastFix(port);
      undo.wrote = [...new Set((outcome?.restored ?? []).map((c) => c.sheet))];
    },
  };
  const mark: Step = {
    name: "mark",
    wrote: [],
    stores: true,
    run: async (port) => {
      const { issues } = await checkAction(port);
      await markFindings(port, issues);
      mark.wrote = [...new Set(issues.map((f) => f.sheet))];
    },
  };
  const clear: Step = {
    name: "clear marks",
    wrote: [],
    stores: true,
    run: async (port) => {
      const before = await port.loadSettings();
      void before;
      await clearFindingMarks(port);
      clear.wrote = mark.wrote;
    },
  };
  list.push(fill, fix, insert, undo, mark, clear);
  return list;
}

/** Runs the steps over the workbook, saving and opening it again between steps; checks each step's saved package. */
async function roundTrip(start: Uint8Array): Promise<{ saved: Uint8Array[]; names: string[] }> {
  let bytes = start;
  const saved: Uint8Array[] = [];
  const names: string[] = [];
  for (const step of steps()) {
    const port = portOfBytes(bytes);
    await step.run(port);
    const after = port.save();
    expectOnlyTouched(bytes, after, step);
    saved.push(after);
    names.push(step.name);
    bytes = after;
  }
  return { saved, names };
}

/** The parts of `after` that differ from `before` are those the step may change, and are sound. */
function expectOnlyTouched(before: Uint8Array, after: Uint8Array, step: Step): void {
  const [a, b] = [parts(before), parts(after)];
  const beforeSheets = sheetParts(before);
  const allowed = new Set<string>(["xl/styles.xml"]);
  for (const name of step.wrote) allowed.add(beforeSheets.get(name) as string);
  const settings = settingsPart(after);
  if (step.stores && settings) allowed.add(settings);
  // Changed content asks for recalculation (workbook.xml) and drops the calculation chain with its declarations.
  allowed.add("xl/workbook.xml");
  if (step.stores || step.addsSheets || step.wrote.length > 0) {
    allowed.add("xl/_rels/workbook.xml.rels");
    allowed.add("[Content_Types].xml");
  }
  // The properties list the sheets: only a step that added one may change them.
  if (sheetParts(after).size > beforeSheets.size) allowed.add("docProps/app.xml");
  const changed: string[] = [];
  for (const [name, data] of Object.entries(a)) {
    if (!(name in b)) {
      expect(name, `${step.name}: removed ${name}`).toBe("xl/calcChain.xml");
      continue;
    }
    if (Buffer.from(data).equals(b[name])) continue;
    changed.push(name);
    expect(allowed.has(name), `${step.name}: ${name} changed`).toBe(true);
  }
  const added = Object.keys(b).filter((name) => !(name in a));
  if (!step.addsSheets && !step.stores) expect(added, `${step.name}: parts added`).toEqual([]);
  for (const name of [...changed, ...added]) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    expect(wellFormed(strFromU8(b[name])), `${step.name}: ${name} is well-formed`).toBe(true);
  }
  // A written sheet keeps everything but its cells: conditional formats, validations, drawings, notes, merges.
  for (const name of step.wrote) {
    const part = beforeSheets.get(name) as string;
    if (!changed.includes(part)) continue;
    const [x, y] = [outsideCells(strFromU8(a[part])), outsideCells(strFromU8(b[part]))];
    expect(y, `${step.name}: ${name} outside its cells`).toBe(x);
  }
  expect(consistencyProblems(b), step.name).toEqual([]);
  expect(addedProblems(before, after), `${step.name}: what Excel would repair`).toEqual([]);
  expect(listedWorksheets(b), `${step.name}: docProps/app.xml`).toEqual(
    listedWorksheets(a) && [...sheetParts(after).keys()],
  );
}

/**
 * The worksheets docProps/app.xml lists under «Worksheets» (the titles of that heading's group), or undefined when
 * it lists none.
 */
function listedWorksheets(all: Parts): string[] | undefined {
  const app = all["docProps/app.xml"] && strFromU8(all["docProps/app.xml"]);
  const pairs = app && /<HeadingPairs>([\s\S]*?)<\/HeadingPairs>/.exec(app)?.[1];
  const titles = app && /<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(app)?.[1];
  if (!pairs || !titles) return undefined;
  const counts = [...pairs.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)</g)];
  const names = [...titles.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
  let from = 0;
  for (const [, heading, count] of counts) {
    if (heading === "Worksheets") return names.slice(from, from + Number(count));
    from += Number(count);
  }
  return undefined;
}

const corpus = new Map<string, Uint8Array>();
const results = new Map<string, { saved: Uint8Array[]; names: string[] }>();

async function newTemplate(id: string): Promise<Uint8Array> {
  const port = buildWorkbook([id], { year: 2025, level: "huyen", unit: "huyện Tuần Giáo" });
  await port.saveSettings({ year: 2025, level: "huyen" });
  return port.save();
}

beforeAll(async () => {
  for (const id of templateIds) corpus.set(`template ${id}`, await newTemplate(id));
  corpus.set("all templates, filled", (await allTemplatesWorkbook(2025)).save());
  corpus.set("seed, numbers", await excelJsBytes(seedAppendicesWorkbook("numbers")));
  corpus.set("seed, text", await excelJsBytes(seedAppendicesWorkbook("text")));
  corpus.set("sample", new Uint8Array(readFileSync(path.join(repoRoot, "assets/samples/dan-tu-word.xlsx"))));
  const cells = await richCells();
  corpus.set("district with every part", enrich(cells));
  corpus.set(OTHER_KINDS, withSheetsOfOtherKinds(enrich(cells), "Biểu đồ doanh thu"));
  corpus.set(CHART_SHEET_CLASH, withSheetsOfOtherKinds(enrich(cells), "DỰ BÁO 2026"));
  corpus.set(WPS, asWps(enrich(cells)));
  corpus.set(GOOGLE, asGoogleSheets(enrich(cells)));
  corpus.set(REZIPPED, rezipped(asWps(enrich(cells)), "Nén lại bằng WinRAR — gửi qua thư điện tử"));
  const newer = await richCells(newerCells);
  corpus.set("district, newer parts", withNewerParts(enrich(newer)));
  corpus.set("district as the Open XML SDK writes it", asOpenXmlSdk(withNewerParts(enrich(newer))));
  corpus.set("district, newer parts (Strict)", asStrict(withNewerParts(enrich(newer))));
  if (libreOfficeRequired) {
    const dir = tempDir("phuluc-round-");
    const inputs = ["seed, numbers", "seed, text", "all templates, filled"].map((name, i) => {
      const file = path.join(dir, `lo-${i}.xlsx`);
      writeFileSync(file, corpus.get(name) as Uint8Array);
      return file;
    });
    const cellsFile = path.join(dir, "rich-cells.xlsx");
    writeFileSync(cellsFile, cells);
    const newerFile = path.join(dir, "newer-cells.xlsx");
    writeFileSync(newerFile, newer);
    const [seedNumbers, seedText, templates, richByLibreOffice, newerByLibreOffice] =
      await convertWithLibreOffice([...inputs, cellsFile, newerFile]);
    corpus.set("seed, numbers (LibreOffice)", new Uint8Array(readFileSync(seedNumbers)));
    corpus.set("seed, text (LibreOffice)", new Uint8Array(readFileSync(seedText)));
    corpus.set("all templates, filled (LibreOffice)", new Uint8Array(readFileSync(templates)));
    corpus.set(
      "district with every part (LibreOffice)",
      enrich(new Uint8Array(readFileSync(richByLibreOffice))),
    );
    corpus.set(
      "district, newer parts (LibreOffice)",
      withNewerParts(enrich(new Uint8Array(readFileSync(newerByLibreOffice)))),
    );
  }
}, 240_000);

const OTHER_KINDS = "district with chart, macro and dialog sheets among its worksheets (Excel 365)";
const CHART_SHEET_CLASH = "district whose chart sheet is named like a new appendix";
const WPS = "district as WPS Office saves it";
const GOOGLE = "district as Google Sheets exports it";
const REZIPPED = "district as WPS Office saves it, passed on by a zip tool";
const NAMES = [
  ...templateIds.map((id) => `template ${id}`),
  "all templates, filled",
  "seed, numbers",
  "seed, text",
  "sample",
  "district with every part",
  "district, newer parts",
  "district as the Open XML SDK writes it",
  "district, newer parts (Strict)",
  OTHER_KINDS,
  CHART_SHEET_CLASH,
  WPS,
  GOOGLE,
  REZIPPED,
];
const LIBREOFFICE_NAMES = [
  "seed, numbers (LibreOffice)",
  "seed, text (LibreOffice)",
  "all templates, filled (LibreOffice)",
  "district with every part (LibreOffice)",
  "district, newer parts (LibreOffice)",
];

describe("open, fill, fix, insert, undo, mark, clear, save: only what each step touches changes", () => {
  it.each(NAMES)("%s", async (name) => {
    results.set(name, await roundTrip(corpus.get(name) as Uint8Array));
  });
  it.runIf(libreOfficeRequired).each(LIBREOFFICE_NAMES)("%s", async (name) => {
    results.set(name, await roundTrip(corpus.get(name) as Uint8Array));
  });
});

describe("the district workbook with every part", () => {
  for (const name of ["district with every part", "district with every part (LibreOffice)"]) {
    it.runIf(name === "district with every part" || libreOfficeRequired)(
      `${name}: keeps its chart, picture, pivot table, note, macros, validations, names and formats`,
      () => {
        const original = parts(corpus.get(name) as Uint8Array);
        const { saved } = results.get(name) ?? { saved: [] };
        expect(saved.length).toBe(6);
        for (const bytes of saved) {
          const now = parts(bytes);
          for (const part of RICH_PARTS)
            expect(Buffer.from(now[part]).equals(original[part]), part).toBe(true);
          // Still a workbook with macros; the 1904 flag, the print titles and the named range are there.
          const types = strFromU8(now["[Content_Types].xml"]);
          expect(types).toContain(
            'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
          );
          const workbook = strFromU8(now["xl/workbook.xml"]);
          expect(workbook).toMatch(/<workbookPr[^>]*date1904="true"/);
          expect(workbook).toContain(
            `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${FORECAST}'!$5:$6</definedName>`,
          );
          expect(workbook).toContain(`<definedName name="SoLieu">'${NOTES}'!$B$2:$B$3</definedName>`);
          expect(workbook).toContain('<pivotCache cacheId="7" r:id="rIdPc"/>');
          expect(Buffer.from(now["xl/vbaProject.bin"]).equals(Buffer.from(VBA_PROJECT))).toBe(true);
        }
        // The hidden sheets stay hidden; the formats with escapes read as Excel shows them, untouched and touched.
        const last = bookOf(saved[saved.length - 1]);
        const states = (book: Book) => {
          const of = new Map(book.document.worksheets.map((s) => [s.name, s.state]));
          return [of.get("Ẩn"), of.get("Rất ẩn")];
        };
        // (LibreOffice saved the very hidden sheet of the cells it rewrote as merely hidden.)
        expect(states(last)).toEqual(states(bookOf(corpus.get(name) as Uint8Array)));
        expect(states(last)[0]).toBe("hidden");
        expect(last.sheet(NOTES).numberFormat("D2")).toBe("0.0\\%");
        expect(last.sheet(NOTES).numberFormat("D3")).toBe("#,##0\\ \\h\\a");
        expect(last.sheet(FORECAST).numberFormat("B7")).toBe("0.0\\%");
        // The insert step gave it the appendices of 2026 with their own print titles beside the forecast's.
        expect(last.names).toEqual(
          expect.arrayContaining(["Dự báo 2026", "Kế hoạch 2027", FORECAST, PLAN, NOTES]),
        );
        expect(strFromU8(parts(saved[saved.length - 1])["xl/workbook.xml"])).toMatch(
          /<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Dự báo 2026'!\$5:\$6<\/definedName>/,
        );
      },
    );
  }
});

describe("the district workbook as WPS Office saves it, and as a zip tool passes it on", () => {
  it.each([WPS, REZIPPED])(
    "%s: keeps its cell picture, custom properties and phonetic runs; its properties list the new sheets",
    (name) => {
      const original = parts(corpus.get(name) as Uint8Array);
      const { saved } = results.get(name) ?? { saved: [] };
      expect(saved.length).toBe(6);
      for (const bytes of saved) {
        const now = parts(bytes);
        for (const part of [
          ...RICH_PARTS,
          "docProps/custom.xml",
          "xl/cellimages.xml",
          "xl/sharedStrings.xml",
        ])
          expect(Buffer.from(now[part]).equals(original[part]), part).toBe(true);
        expect(strFromU8(now["xl/_rels/workbook.xml.rels"])).toContain(
          '<Relationship Id="rIdCi" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/>',
        );
        // The picture's cell beside the forecast's table, which fill writes, is as WPS wrote it.
        const forecast = strFromU8(now[sheetPart(now, FORECAST)]);
        expect(forecast).toContain(CELL_IMAGE_CELL);
      }
      // After the insert, WPS's heading («工作表») counts the settings sheet and the two new appendices too.
      const app = strFromU8(parts(saved[2])["docProps/app.xml"]);
      expect(app).toContain("<vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>8</vt:i4>");
      expect(app).toContain(
        '<vt:vector size="8" baseType="lpstr"><vt:lpstr>Dự báo 2021</vt:lpstr><vt:lpstr>Kế hoạch 2022</vt:lpstr><vt:lpstr>Ghi chú</vt:lpstr><vt:lpstr>Ẩn</vt:lpstr><vt:lpstr>Rất ẩn</vt:lpstr><vt:lpstr>phuluc</vt:lpstr><vt:lpstr>Dự báo 2026</vt:lpstr><vt:lpstr>Kế hoạch 2027</vt:lpstr></vt:vector>',
      );
    },
  );
});

describe("the district workbook as Google Sheets exports it", () => {
  it("is given no document properties, and reads after every step as the steps left it", async () => {
    const { saved } = results.get(GOOGLE) ?? { saved: [] };
    expect(saved.length).toBe(6);
    for (const bytes of saved)
      expect(Object.keys(parts(bytes)).filter((n) => n.startsWith("docProps/"))).toEqual([]);
    // The figures written «22.0» read as numbers: the fill's formulas compute 100 where the seed has 22 of 22.
    const last = bookOf(saved[saved.length - 1]);
    expect(last.sheet(FORECAST).value("D9")).toBe(22);
    expect(last.sheet(FORECAST).formula("G9")).toBe(
      'IF(AND(ISNUMBER(F9),ISNUMBER(D9)),IF(D9=0,"",F9/D9*100),"")',
    );
    expect(last.names).toEqual(
      expect.arrayContaining(["Dự báo 2026", "Kế hoạch 2027", FORECAST, PLAN, NOTES]),
    );
  });
});

describe("district workbooks with a chart sheet, a macro sheet and a dialog sheet among the worksheets", () => {
  it.each([
    [OTHER_KINDS, "Biểu đồ doanh thu", "Dự báo 2026"],
    [CHART_SHEET_CLASH, "DỰ BÁO 2026", "Dự báo 2026 (2)"],
  ])("%s: keeps them, and every name scoped to a sheet after them", (name, chartSheet, newForecast) => {
    const original = parts(corpus.get(name) as Uint8Array);
    const { saved } = results.get(name) ?? { saved: [] };
    expect(saved.length).toBe(6);
    const scoped = [
      `_xlnm.Print_Titles@${FORECAST}`,
      `_xlnm.Print_Area@${PLAN}`,
      `_xlnm.Print_Titles@${PLAN}`,
      "DauTrang@Rất ẩn",
    ];
    expect(scopedNames(strFromU8(original["xl/workbook.xml"]))).toEqual(scoped);
    for (const bytes of saved) {
      const now = parts(bytes);
      for (const part of OTHER_KIND_PARTS)
        expect(Buffer.from(now[part]).equals(original[part]), part).toBe(true);
      // Sheets are added after all the others: every localSheetId still counts to the sheet it named.
      expect(scopedNames(strFromU8(now["xl/workbook.xml"])).slice(0, 4)).toEqual(scoped);
      expect(strFromU8(now["xl/workbook.xml"])).toContain('firstSheet="1" activeTab="4"');
    }
    // The insert named its forecast around the chart sheet's name (Excel compares names ignoring case), and its
    // print titles are its own.
    const inserted = bookOf(saved[2]).document.sheets.map((s) => s.name);
    expect(inserted.slice(0, 8)).toEqual(sheetOrder(chartSheet));
    expect(inserted).toEqual(expect.arrayContaining([newForecast, "Kế hoạch 2027"]));
    expect(scopedNames(strFromU8(parts(saved[2])["xl/workbook.xml"]))).toEqual(
      expect.arrayContaining([`_xlnm.Print_Titles@${newForecast}`, "_xlnm.Print_Titles@Kế hoạch 2027"]),
    );
  });
});

/** The workbook declared a template (.xltx; .xltm when it has macros), as Excel saves one. */
function asTemplate(bytes: Uint8Array): Uint8Array {
  const all = parts(bytes);
  edit(all, "[Content_Types].xml", (xml) =>
    xml.replace(/(PartName="\/xl\/workbook.xml" ContentType="[^"]*)\.sheet\./, "$1.template."),
  );
  return zipSync(all);
}

const workbookType = (bytes: Uint8Array) =>
  /PartName="\/xl\/workbook.xml" ContentType="([^"]+)"/.exec(partText(bytes, "[Content_Types].xml"))?.[1];

describe("a template (.xltx, .xltm) filled, fixed and given new sheets", () => {
  it("is saved as the workbook made from it, which Excel opens as .xlsx or .xlsm", async () => {
    const template = asTemplate(await excelJsBytes(seedAppendicesWorkbook("numbers")));
    expect(workbookType(template)).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    );
    const { saved } = await roundTrip(template);
    for (const bytes of saved)
      expect(workbookType(bytes)).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      );
  });

  it("phuluc fill turns an .xltm into an .xlsm its macros kept", async () => {
    const dir = tempDir("phuluc-template-");
    const input = path.join(dir, "mau.xltm");
    writeFileSync(input, asTemplate(corpus.get("district with every part") as Uint8Array));
    const output = path.join(dir, "da-dien.xlsm");
    expect((await phuluc(["fill", input, "-o", output])).code).toBe(0);
    const bytes = readFileSync(output);
    expect(workbookType(bytes)).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(Buffer.from(parts(bytes)["xl/vbaProject.bin"]).equals(Buffer.from(VBA_PROJECT))).toBe(true);
  });
});

describe("a workbook saved with its chart sheet showing", () => {
  it("opens on the cell the page selected, that sheet's tab alone selected (no two tabs grouped)", async () => {
    const bytes = withSheetsOfOtherKinds(enrich(await richCells()), "Biểu đồ", { chartActive: true });
    const tabs = (all: Parts) =>
      Object.keys(all)
        .filter(
          (n) => /^xl\/(work|chart)sheets\/[^/]+\.xml$/.test(n) && /tabSelected="1"/.test(strFromU8(all[n])),
        )
        .sort();
    expect(tabs(parts(bytes))).toEqual(["xl/chartsheets/sheet1.xml"]);
    const port = portOfBytes(bytes);
    await port.select(PLAN, "D12");
    const saved = parts(port.save());
    const plan = sheetParts(port.save()).get(PLAN) as string;
    expect(tabs(saved)).toEqual([plan]);
    expect(strFromU8(saved["xl/workbook.xml"])).toContain('activeTab="4"');
    expect(bookOf(port.save()).sheet(PLAN).layout.activeCell).toBe("D12");
  });
});

/** The workbook part without the main namespace's prefix (the Open XML SDK's `x:`), for comparing its elements. */
function unprefixed(xml: string): string {
  return xml.replace(/<(\/?)x:/g, "<$1");
}

const NEWER = [
  "district, newer parts",
  "district as the Open XML SDK writes it",
  "district, newer parts (Strict)",
  "district, newer parts (LibreOffice)",
];

describe("district workbooks with newer parts, and as the Open XML SDK writes them", () => {
  for (const name of NEWER) {
    it.runIf(!name.includes("LibreOffice") || libreOfficeRequired)(
      `${name}: keeps its table, threaded comments, x14 formats, slicer, timeline, external link and print titles`,
      () => {
        const original = parts(corpus.get(name) as Uint8Array);
        const { saved } = results.get(name) ?? { saved: [] };
        expect(saved.length).toBe(6);
        const forecastPart = sheetParts(corpus.get(name) as Uint8Array).get(FORECAST) as string;
        for (const bytes of saved) {
          const now = parts(bytes);
          for (const part of [...RICH_PARTS, ...NEWER_PARTS, "xl/worksheets/_rels/sheet1.xml.rels"])
            expect(Buffer.from(now[part]).equals(original[part]), part).toBe(true);
          const workbook = unprefixed(strFromU8(now["xl/workbook.xml"]));
          expect(workbook).toContain(
            '<externalReferences><externalReference r:id="rIdEx"/></externalReferences>',
          );
          expect(workbook).toContain(
            `<definedName name="_xlnm.Print_Area" localSheetId="1">'${PLAN}'!$A$1:$H$60</definedName>`,
          );
          expect(workbook).toContain(
            `<definedName name="_xlnm.Print_Titles" localSheetId="1">'${PLAN}'!$5:$6</definedName>`,
          );
          expect(workbook).toContain(
            `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${FORECAST}'!$5:$6</definedName>`,
          );
          expect(workbook).toContain(`<definedName name="DanSoTinh">[1]'Tổng hợp'!$D$3</definedName>`);
          expect(workbook).toContain('<x14:slicerCaches><x14:slicerCache r:id="rIdSc"/></x14:slicerCaches>');
          // The forecast, written by fill and fix, still holds its table and its x14 formats and validations.
          const forecast = unprefixed(strFromU8(now[forecastPart]));
          expect(forecast).toContain('<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts>');
          expect(forecast).toContain("<xm:sqref>F7:F60</xm:sqref>");
          expect(forecast).toContain(`<xm:f>'${NOTES}'!$A$2:$A$3</xm:f>`);
        }
        // What was filled is read back through the one reader: the comparisons' formulas, the table's cells, the
        // formula caching a text, the title typed as rich text.
        const filled = bookOf(saved[0]).sheet(FORECAST);
        expect(filled.formula("G15")).toBe(
          'IF(AND(ISNUMBER(F15),ISNUMBER(D15)),IF(D15=0,"",F15/D15*100),"")',
        );
        expect([filled.value("K64"), filled.value("L65"), filled.value("K66")]).toEqual(["Xã", 3, "Quài Tở"]);
        expect(filled.value("K68")).toBe("Điểm 3");
        expect(filled.value("A4")).toBe("DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021");
        expect(TABLE_REF).toBe("K64:L66");
        // Fixed: «88,8» typed as text is the number; undone: the text again.
        expect(bookOf(saved[1]).sheet(FORECAST).value("D12")).toBe(88.8);
        expect(bookOf(saved[3]).sheet(FORECAST).value("D12")).toBe("88,8");
        // Inserted: the new sheets are there, listed in the properties where the workbook lists its sheets.
        expect(bookOf(saved[2]).names).toEqual(
          expect.arrayContaining(["Dự báo 2026", "Kế hoạch 2027", FORECAST, PLAN, NOTES]),
        );
      },
    );
  }
});

describe.runIf(libreOfficeRequired)(
  "LibreOffice opens and recalculates every workbook of the round trip",
  () => {
    it("computes the values worked out by hand", async () => {
      const dir = tempDir("phuluc-round-lo-");
      const files: string[] = [];
      const which: string[] = [];
      for (const [name, { saved, names }] of results) {
        saved.forEach((bytes, i) => {
          const file = path.join(dir, `${files.length}.xlsx`);
          writeFileSync(file, bytes);
          files.push(file);
          which.push(`${name} / ${names[i]}`);
        });
      }
      expect(files.length).toBe((NAMES.length + LIBREOFFICE_NAMES.length) * 6);
      const books = await recalculate(files);
      const byName = new Map(which.map((w, i) => [w, books[i]]));
      const book = (name: string): Book => {
        const found = byName.get(name);
        if (!found) throw new Error(`no recalculated ${name}`);
        return found;
      };
      for (const base of [
        "district with every part",
        "district with every part (LibreOffice)",
        "seed, numbers",
        ...NEWER,
      ]) {
        // Filled: indicator 5 (2 400 · 1 320 · 2 700) gives 112,5 and 48,89 — where the seed typed 48, it is kept.
        const filled = book(`${base} / fill`);
        expect(resultOf(filled, FORECAST, "G15")).toBeCloseTo(112.5, 9);
        if (base === "seed, numbers") expect(resultOf(filled, FORECAST, "H15")).toBe(48);
        else expect(resultOf(filled, FORECAST, "H15")).toBeCloseTo((1320 / 2700) * 100, 9);
        // Inserted: the 2026 forecast's comparison of an empty row is empty, never #DIV/0!.
        const inserted = book(`${base} / insert`);
        const ws = inserted.sheet("Dự báo 2026");
        expect(resultOf(inserted, "Dự báo 2026", `G${rowOfCode(ws, "ict.05")}`)).toBe("");
      }
      // The rich districts: «88,8» typed as text is 88,8 after the fix, and «88,8» again after the undo.
      for (const rich of ["district with every part", ...NEWER]) {
        expect(resultOf(book(`${rich} / fix`), FORECAST, "D12"), rich).toBe(88.8);
        expect(resultOf(book(`${rich} / undo`), FORECAST, "D12"), rich).toBe("88,8");
        // Its notes sheet's formula, listed in the dropped calculation chain, is computed: 3 + 5.
        expect(resultOf(book(`${rich} / clear marks`), NOTES, "D1"), rich).toBe(8);
      }
      // The formulas caching a text are computed again: on the forecast's table, and on the notes sheet.
      for (const rich of NEWER) {
        expect(resultOf(book(`${rich} / clear marks`), FORECAST, "K68"), rich).toBe("Điểm 3");
        expect(resultOf(book(`${rich} / clear marks`), NOTES, "A6"), rich).toBe("Xã Quài Cang");
      }
      // Every workbook of the corpus opened: each has its sheets after LibreOffice.
      for (const [name, recalculated] of byName) expect(recalculated.names.length, name).toBeGreaterThan(0);
    }, 600_000);
  },
);

describe("phuluc fill and fix on the district workbooks", () => {
  it.each(["district with every part", ...NEWER.filter((name) => !name.includes("LibreOffice"))])(
    "%s: fill and fix it as an .xlsm, keep every other part, and refuse an .xlsx output",
    async (name) => {
      const dir = tempDir("phuluc-xlsm-");
      const input = path.join(dir, "huyen.xlsm");
      writeFileSync(input, corpus.get(name) as Uint8Array);
      const refused = await phuluc(["fill", input, "-o", path.join(dir, "ra.xlsx")]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("có macro: tệp kết quả");
      const filled = path.join(dir, "da-dien.xlsm");
      expect((await phuluc(["fill", input, "-o", filled])).code).toBe(0);
      const fixed = path.join(dir, "da-sua.xlsm");
      expect((await phuluc(["fix", filled, "-o", fixed, "--yes"])).code).toBe(0);
      const [a, b] = [parts(readFileSync(input)), parts(readFileSync(fixed))];
      const kept = name === "district with every part" ? RICH_PARTS : [...RICH_PARTS, ...NEWER_PARTS];
      for (const part of kept) expect(Buffer.from(b[part]).equals(a[part]), part).toBe(true);
      // The properties list the sheets, the settings sheet the fix added to hold its undo record among them.
      expect(listedWorksheets(b)).toEqual([FORECAST, PLAN, NOTES, "Ẩn", "Rất ẩn", "phuluc"]);
      const out = readXlsx(fixed);
      expect(out.sheet(FORECAST).value("D12")).toBe(88.8);
      expect(out.sheet(FORECAST).formula("G15")).toMatch(/F15\/D15\*100/);
      expect(partText(readFileSync(fixed), "[Content_Types].xml")).toContain("macroEnabled.main+xml");
    },
    120_000,
  );
});
