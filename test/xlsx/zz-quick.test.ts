import { readFileSync, readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { loadWorkbook, createXlsxPort } from "../../src/xlsx";
import { readPackage } from "../../src/xlsx/package";

const files = [
  "assets/samples/dan-tu-word.xlsx",
  ...readdirSync("test-output/e2e").filter((f) => f.endsWith(".xlsx")).map((f) => `test-output/e2e/${f}`),
  "/tmp/prof/mau.xlsx", "/tmp/prof/lo/out/a.xlsx", "/tmp/prof/lo/out/b.xlsx",
];
for (const file of files)
  it(file, async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) throw new Error("bad");
    const port = createXlsxPort(loaded.workbook);
    const expected = await port.read();
    const settings = await port.loadSettings();
    const got = readPackage(bytes);
    if (!got.ok) throw new Error(got.problem);
    expect(got.model.settings).toEqual(settings);
    expect(got.model.sheets).toEqual(expected.sheets);
  });
