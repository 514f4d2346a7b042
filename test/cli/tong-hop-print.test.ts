/**
 * `phuluc tong-hop` on 4 and on 30 district files: the consolidated sheets' page setup as written in the package
 * (scale instead of one page wide, print titles A:C and the header rows, page breaks between year groups, A4
 * landscape), kept by LibreOffice when it opens the file, and printed by it on many readable pages instead of one
 * strip.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, tempDir } from "../support/cli";
import { manyDistricts } from "../support/district-files";
import { convertWithLibreOffice, libreOfficeRequired, sofficePath } from "../support/libreoffice";

/** The package's parts as text. */
function parts(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The worksheet part of a sheet name. */
function sheetXml(p: Record<string, string>, name: string): string {
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(p["xl/workbook.xml"]);
  const target = new RegExp(`Id="${sheet?.[1]}"[^>]*Target="([^"]+)"`).exec(p["xl/_rels/workbook.xml.rels"]);
  const part = target?.[1].replace(/^\/?(xl\/)?/, "xl/");
  if (!part || !p[part]) throw new Error(`no part for ${name}`);
  return p[part];
}

const breaksOf = (xml: string) => [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));

let four: string;
let thirty: string;

beforeAll(async () => {
  const root = tempDir("phuluc-in-");
  for (const [n, name] of [
    [4, "bon"],
    [30, "ba-muoi"],
  ] as const) {
    const inbox = path.join(root, name);
    mkdirSync(inbox);
    await manyDistricts(inbox, n);
    const out = path.join(root, `tong-hop-${n}.xlsx`);
    const result = await phuluc(["tong-hop", inbox, "-o", out]);
    expect(result.code, result.stderr).toBe(0);
    if (n === 4) four = out;
    else thirty = out;
  }
}, 240_000);

describe("the consolidated sheets' page setup", () => {
  it("4 districts: A4 landscape at 80 %, a page per year group, A:C and the header rows repeated", () => {
    const p = parts(four);
    const xml = sheetXml(p, "Dự báo 2021");
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*scale="80"/);
    // Not shrunk to one page wide.
    expect(xml).not.toMatch(/fitToPage="1"/);
    expect(breaksOf(xml)).toEqual([11, 19, 27]);
    // The defined name's text (an apostrophe may be written as itself or as &apos;: the same XML).
    expect(p["xl/workbook.xml"].replaceAll("&apos;", "'")).toContain(
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Dự báo 2021'!$A:$C,'Dự báo 2021'!$5:$6</definedName>",
    );
    expect(breaksOf(sheetXml(p, "Kế hoạch 2022"))).toEqual([11, 19]);
    // Widths are measured in the sheets' own font, as the pages were planned.
    expect(p["xl/styles.xml"]).toMatch(
      /<fonts [^>]*><font><sz val="12"\/><name val="Times New Roman"\/><\/font>/,
    );
  });

  it("the status sheet: the files' state on one page, the targets' grid on the next, STT and district repeated", () => {
    for (const file of [four, thirty]) {
      const p = parts(file);
      const xml = sheetXml(p, "Tình trạng");
      expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      // 90 %: the type at 10,8 points, where one page wide shrank it to half.
      expect(xml).toMatch(/<pageSetup [^>]*scale="90"/);
      expect(xml).not.toMatch(/fitToPage="1"/);
      // Column H (zero-based 7), the first target, starts the second page.
      expect(breaksOf(xml)).toEqual([7]);
      expect(p["xl/workbook.xml"].replaceAll("&apos;", "'")).toContain(
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Tình trạng'!$A:$B,'Tình trạng'!$4:$4</definedName>",
      );
    }
  });

  it("30 districts: a set of districts a page", () => {
    const xml = sheetXml(parts(thirty), "Dự báo 2021");
    expect(xml).toMatch(/<pageSetup [^>]*scale="80"/);
    expect(breaksOf(xml)).toEqual([10, 17, 23, 29, 37, 44, 51, 57, 63, 71, 78, 85, 91, 97, 105]);
  });

  it.runIf(libreOfficeRequired)(
    "LibreOffice keeps the setup and prints many readable pages, not one strip",
    async () => {
      const [converted] = await convertWithLibreOffice([four]);
      const xml = sheetXml(parts(converted), "Dự báo 2021");
      expect(xml).toMatch(/<pageSetup [^>]*scale="80"/);
      expect(breaksOf(xml)).toEqual([11, 19, 27]);
      const status = sheetXml(parts(converted), "Tình trạng");
      expect(status).toMatch(/<pageSetup [^>]*scale="90"/);
      expect(breaksOf(status)).toEqual([7]);

      // The PDF: before, the whole workbook printed on 5 pages (one per sheet and a strip); now the forecast
      // alone takes 4 pages across (3 year groups and the comparisons), each at least 2 down.
      const soffice = sofficePath() as string;
      const out = tempDir("phuluc-pdf-");
      await promisify(execFile)(
        soffice,
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${path.join(tmpdir(), `phuluc-lo-pdf-${process.pid}`)}`,
          "--convert-to",
          "pdf",
          "--outdir",
          out,
          four,
          thirty,
        ],
        { timeout: 180_000 },
      );
      const pages = (file: string) =>
        (readFileSync(path.join(out, file), "latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
      expect(pages("tong-hop-4.xlsx".replace(".xlsx", ".pdf"))).toBeGreaterThanOrEqual(20);
      expect(pages("tong-hop-30.xlsx".replace(".xlsx", ".pdf"))).toBeGreaterThanOrEqual(60);
    },
    240_000,
  );
});
