/**
 * What Excel would repair, looked for (test/support/strict.ts) in every workbook our actions write beyond the
 * round-trip corpus's steps (round-trip.test.ts checks those after each step): the workbooks we make new (each
 * template, a province's consolidation), the province cases fixed, filled, filled again over
 * what was there and downloaded from the page opened on a cell, and `phuluc fill --overwrite`, `phuluc fix` and
 * `phuluc new` on the command line. A workbook we make has no problem at all; one we change has none it did not have.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/cli/commands/new";
import { applyFixes, fillComparisons, insertTemplates, previewFixes } from "../../src/core/actions";
import { checkWorkbook } from "../../src/core/check";
import { templateIds } from "../../src/core/templates";
import { XlsxDocument } from "../../src/xlsx";
import { createXlsxPort } from "../../src/xlsx/port";
import { phuluc, tempDir } from "../support/cli";
import { districtInbox } from "../support/district-files";
import { newerCells, withNewerParts } from "../support/newer-parts";
import { PROVINCE_CASES, caseWorkbook } from "../support/province-workbooks";
import { enrich, richCells } from "../support/rich-workbook";
import { addedProblems, strictProblems } from "../support/strict";
import { excelJsBytes } from "../support/workbooks";

describe("the workbooks we make new have nothing Excel would repair", () => {
  it.each(templateIds)("template %s", async (id) => {
    const port = buildWorkbook([id], { year: 2026, level: "huyen", unit: "huyện Tuần Giáo" });
    await port.saveSettings({ year: 2026, level: "huyen" });
    expect(strictProblems(port.save())).toEqual([]);
  });

  it("every template in one workbook, and the page's new file given its appendices", async () => {
    const all = buildWorkbook([...templateIds], { year: 2026, level: "tinh", unit: "tỉnh Điện Biên" });
    expect(strictProblems(all.save())).toEqual([]);
    // The page's «new file» (src/web/workbook-io.ts: newPort) is a workbook without sheets the official inserts into.
    const port = createXlsxPort(XlsxDocument.blank());
    await insertTemplates(port, { templateIds: [...templateIds], year: 2026, unit: "huyện Mường Ảng" });
    expect(strictProblems(port.save())).toEqual([]);
  });

  it("a province's consolidation (phuluc tong-hop), and phuluc new", async () => {
    const dir = tempDir("phuluc-strict-");
    await districtInbox(dir);
    const output = path.join(dir, "tong-hop.xlsx");
    expect((await phuluc(["tong-hop", dir, "-o", output])).code).toBeLessThan(3);
    expect(strictProblems(readFileSync(output))).toEqual([]);
    const made = path.join(dir, "moi.xlsx");
    const args = ["new", "du-bao", "ke-hoach", "chuyen-doi-so", "--year", "2026", "-o", made];
    expect((await phuluc(args)).code).toBe(0);
    expect(strictProblems(readFileSync(made))).toEqual([]);
  }, 120_000);
});

describe("the province cases, fixed, filled, filled over and downloaded from the page", () => {
  it("gain nothing Excel would repair", async () => {
    const added: string[] = [];
    for (const c of PROVINCE_CASES) {
      const input = await excelJsBytes(caseWorkbook(c));
      // Opened and saved as the page does it (src/web/workbook-io.ts: openBytes, saveBytes).
      const opened = XlsxDocument.open(input);
      if (!opened.ok) throw new Error(`${c.id}: ${opened.problem}`);
      const port = createXlsxPort(opened.document);
      const asText = checkWorkbook(await port.read()).issues.filter((f) => f.code === "number/text");
      await applyFixes(port, (await previewFixes(port, asText)).changes);
      await fillComparisons(port, { overwrite: false });
      const filled = port.save();
      added.push(...addedProblems(input, filled).map((p) => `${c.id} fill: ${p}`));
      await fillComparisons(port, { overwrite: true });
      const { names } = await port.sheetNames();
      await port.select(names[0], "D7");
      added.push(...addedProblems(filled, port.save()).map((p) => `${c.id} fill over: ${p}`));
    }
    expect(added).toEqual([]);
  }, 300_000);
});

describe("phuluc fill --overwrite and fix on the district workbook with newer parts", () => {
  it("write nothing Excel would repair", async () => {
    const dir = tempDir("phuluc-strict-cli-");
    const input = path.join(dir, "huyen.xlsm");
    const original = withNewerParts(enrich(await richCells(newerCells)));
    writeFileSync(input, original);
    const filled = path.join(dir, "da-dien.xlsm");
    expect((await phuluc(["fill", input, "-o", filled])).code).toBe(0);
    const over = path.join(dir, "dien-lai.xlsm");
    expect((await phuluc(["fill", filled, "--overwrite", "-o", over])).code).toBe(0);
    const fixed = path.join(dir, "da-sua.xlsm");
    expect((await phuluc(["fix", over, "-o", fixed, "--yes"])).code).toBe(0);
    expect(addedProblems(original, readFileSync(filled))).toEqual([]);
    expect(addedProblems(readFileSync(filled), readFileSync(over))).toEqual([]);
    expect(addedProblems(readFileSync(over), readFileSync(fixed))).toEqual([]);
    // The overwrite wrote: the fill's comparisons are there again, in the forecast.
    expect(readFileSync(over).equals(readFileSync(filled))).toBe(false);
  }, 120_000);
});
