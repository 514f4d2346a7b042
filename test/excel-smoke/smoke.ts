/// <reference types="office-js" />
/**
 * The pane of `npm run test:excel` (test/excel-smoke/run.mjs), sideloaded into desktop Excel with a copy of
 * assets/samples/dan-tu-word.xlsx open. Through the product's own Excel adapter and core actions it:
 * 1. inserts the demo's two sheets (this year's forms filled with seed 001's figures, src/core/demo);
 * 2. fills the comparison columns of the pasted-from-Word sample's sheets;
 * 3. checks the workbook;
 * then reads back what Excel calculated in a few comparison cells and sends everything to office-addin-test-server,
 * where the runner compares it with hand-computed values. Test code: it reads cells with Excel.run directly.
 */
import { sendTestResults } from "office-addin-test-helpers";
import { checkAction, fillComparisons } from "../../src/core/actions";
import { demoPlans } from "../../src/core/demo";
import { createExcelPort } from "../../src/excel";

export interface SmokeStep {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SmokeResults {
  steps: SmokeStep[];
  /** "Sheet!A1" → the value Excel shows after calculating (number, "" or an error text). */
  values: Record<string, number | string | boolean>;
  syncs?: number;
}

const YEAR = 2026;
const log = (line: string) => {
  const pre = document.getElementById("log");
  if (pre) pre.textContent += `${line}\n`;
};

/** The row (1-based) of a catalog code in a sheet's hidden code column. */
async function rowOfCode(sheetName: string, code: string): Promise<number | undefined> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheetName).getUsedRange();
    used.load("values,rowIndex");
    await context.sync();
    const index = used.values.findIndex((row) => row.includes(code));
    return index < 0 ? undefined : used.rowIndex + index + 1;
  });
}

async function readValues(addresses: string[]): Promise<Record<string, number | string | boolean>> {
  return Excel.run(async (context) => {
    const ranges = addresses.map((address) => {
      const [sheet, cell] = address.split("!");
      const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
      range.load("values");
      return range;
    });
    await context.sync();
    const values: Record<string, number | string | boolean> = {};
    addresses.forEach(
      (address, i) => (values[address] = ranges[i].values[0][0] as number | string | boolean),
    );
    return values;
  });
}

async function step(results: SmokeResults, name: string, work: () => Promise<string>): Promise<boolean> {
  try {
    const detail = await work();
    results.steps.push({ name, ok: true, detail });
    log(`✓ ${name}: ${detail}`);
    return true;
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    results.steps.push({ name, ok: false, detail });
    log(`✗ ${name}: ${detail}`);
    return false;
  }
}

async function run(): Promise<void> {
  const results: SmokeResults = { steps: [], values: {} };
  const port = createExcelPort();
  const plans = demoPlans(YEAR);
  await step(results, "insert", async () => {
    await port.addSheets(plans);
    return plans.map((p) => p.name).join(", ");
  });
  await step(results, "fill", async () => {
    const summary = await fillComparisons(port, {
      sheets: ["Dự báo 2021", "Kế hoạch 2022"],
      overwrite: false,
    });
    return JSON.stringify(summary).slice(0, 300);
  });
  await step(results, "check", async () => {
    const checked = await checkAction(port, { year: YEAR, level: "huyen" });
    const onDemo = checked.issues.filter(
      (i) => plans.some((p) => p.name === i.sheet) && i.severity !== "info",
    );
    results.values["check:demo-findings"] = onDemo.length;
    return `${checked.issues.length} findings, ${onDemo.length} errors and warnings on the demo's sheets`;
  });
  await step(results, "read back", async () => {
    const forecast = plans[0].name;
    const plan = plans[1].name;
    const f5 = await rowOfCode(forecast, "ict.05");
    const p5 = await rowOfCode(plan, "ict.05");
    const addresses = [
      `${forecast}!G${f5}`,
      `${forecast}!H${f5}`,
      `${plan}!F${p5}`,
      "Dự báo 2021!G24",
      "Dự báo 2021!H24",
      "Dự báo 2021!G31",
      "Dự báo 2021!H15",
      "Kế hoạch 2022!F25",
    ];
    Object.assign(results.values, await readValues(addresses));
    return addresses.join(", ");
  });
  await sendTestResults(results, 4201);
  log("Đã gửi kết quả / results sent");
}

Office.onReady(() => {
  run().catch((error: unknown) => log(`✗ ${String(error)}`));
});
