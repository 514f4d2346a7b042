/**
 * `npm run bench`: speed figures, printed (never asserted in tests).
 * - findings per second of the checker on a 10 000-row sheet;
 * - `phuluc check` time over a set of district workbooks against the bare ExcelJS load time of the same files
 *   (goal: at most 1.25);
 * - a workbook whose used range reaches row 1 048 576 only through formatting, against the same data unformatted;
 * - the syncs of the Office.js adapter for 30, 5 000 and 50 000 rows on the test host, web and desktop
 *   (excel-syncs.ts).
 * - `phuluc tong-hop` over 700 district workbooks (goal: within 60 s), with the heap before and after.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { readWorkbook } from "../../src/xlsx";
import { run } from "../../src/cli/main";
import { fixtureRows, pasteTable, vietnameseExcelValue } from "../support/fixtures";
import { excelSyncs } from "./excel-syncs";

const quiet = { out: () => undefined, err: () => undefined };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

/** The seed forecast's indicator rows repeated under one header until the sheet has `rows` data rows. */
function bigForecastSheet(workbook: ExcelJS.Workbook, rows: number): void {
  const ws = workbook.addWorksheet("Dự báo lớn");
  const fixture = fixtureRows("seed-001-du-bao-2021");
  const [header, numbers, ...body] = fixture;
  ws.addRow(header);
  ws.addRow(numbers.map((c) => vietnameseExcelValue(c)));
  const data = body.filter((cells) => /^\d+$/.test(cells[0]?.trim() ?? "") || cells[0] === "");
  for (let i = 0; ws.rowCount < rows + 2; i++) {
    const cells = data[i % data.length];
    ws.addRow(cells.map((c, col) => (col >= 3 ? vietnameseExcelValue(c) : c.trim())));
  }
}

async function timeIt<T>(
  label: string,
  fn: () => Promise<T> | T,
  repeat = 3,
): Promise<{ ms: number; value: T }> {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    value = await fn();
    best = Math.min(best, performance.now() - start);
  }
  console.log(`  ${label.padEnd(58)} ${seconds(best)}`);
  return { ms: best, value };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "phuluc-bench-"));
  try {
    console.log("Checker throughput (10 000-row sheet)");
    const big = new ExcelJS.Workbook();
    bigForecastSheet(big, 10_000);
    const bigModel = readWorkbook(big);
    const { ms, value } = await timeIt("checkWorkbook on 10 000 rows", () =>
      checkWorkbook(bigModel, { year: 2021 }),
    );
    console.log(
      `  findings: ${value.issues.length}; findings per second: ${Math.round(value.issues.length / (ms / 1000))}`,
    );
    console.log(`  rows per second: ${Math.round(10_000 / (ms / 1000))}`);

    console.log("\nphuluc check against the bare ExcelJS load (30 district workbooks + the 10 000-row one)");
    const files: string[] = [];
    for (let i = 0; i < 30; i++) {
      const wb = new ExcelJS.Workbook();
      pasteTable(wb.addWorksheet("Dự báo 2021"), {
        fixture: "seed-001-du-bao-2021",
        origin: { row: 4, col: 0 },
        mode: "numbers",
      });
      pasteTable(wb.addWorksheet("Kế hoạch 2022"), {
        fixture: "seed-001-ke-hoach-2022",
        origin: { row: 4, col: 0 },
        mode: "numbers",
      });
      const file = path.join(dir, `huyen-${String(i + 1).padStart(2, "0")}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    const bigFile = path.join(dir, "lon.xlsx");
    await big.xlsx.writeFile(bigFile);
    files.push(bigFile);
    const load = await timeIt("bare ExcelJS load of the files", async () => {
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    });
    const check = await timeIt("phuluc check --json on the same files", () =>
      run(["check", ...files, "--json"], quiet),
    );
    console.log(`  ratio check / load: ${(check.ms / load.ms).toFixed(2)} (goal: at most 1.25)`);

    console.log("\nA used range stretched to row 1 048 576 by formatting");
    const plain = new ExcelJS.Workbook();
    pasteTable(plain.addWorksheet("Dự báo 2021"), {
      fixture: "seed-001-du-bao-2021",
      origin: { row: 4, col: 0 },
      mode: "numbers",
    });
    const plainFile = path.join(dir, "gon.xlsx");
    await plain.xlsx.writeFile(plainFile);
    const formatted = new ExcelJS.Workbook();
    const fws = formatted.addWorksheet("Dự báo 2021");
    pasteTable(fws, { fixture: "seed-001-du-bao-2021", origin: { row: 4, col: 0 }, mode: "numbers" });
    for (let c = 1; c <= 12; c++) fws.getColumn(c).numFmt = "#,##0.0";
    fws.getCell(1_048_576, 8).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    const formattedFile = path.join(dir, "dinh-dang-den-1048576.xlsx");
    await formatted.xlsx.writeFile(formattedFile);
    const a = await timeIt("phuluc check, data only", () => run(["check", plainFile, "--json"], quiet));
    const b = await timeIt("phuluc check, formatted to row 1 048 576", () =>
      run(["check", formattedFile, "--json"], quiet),
    );
    console.log(`  ratio formatted / data only: ${(b.ms / a.ms).toFixed(2)}`);

    await excelSyncs();
    await consolidationBench(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 700 district workbooks (seed 001's two appendices, each district its own name and figures) consolidated. */
async function consolidationBench(dir: string): Promise<void> {
  const count = 700;
  console.log(`\nphuluc tong-hop over ${count} district workbooks (goal: within 60 s)`);
  const inbox = path.join(dir, "tong-hop");
  mkdirSync(inbox);
  for (let i = 1; i <= count; i++) {
    const wb = new ExcelJS.Workbook();
    const forecast = wb.addWorksheet("Dự báo 2021");
    const rows = pasteTable(forecast, {
      fixture: "seed-001-du-bao-2021",
      origin: { row: 4, col: 0 },
      mode: "numbers",
      titleLines: [`(Kèm theo kế hoạch số: /KH-UBND ngày tháng 6 năm 2021 của UBND huyện Số ${i})`],
    });
    // Indicator 1 (the fifth fixture line): each district its own number of postal points.
    forecast.getCell(rows[4] + 1, 6).value = i;
    pasteTable(wb.addWorksheet("Kế hoạch 2022"), {
      fixture: "seed-001-ke-hoach-2022",
      origin: { row: 4, col: 0 },
      mode: "numbers",
    });
    await wb.xlsx.writeFile(path.join(inbox, `huyen-${String(i).padStart(3, "0")}.xlsx`));
  }
  const output = path.join(dir, "tong-hop.xlsx");
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  let code = -1;
  const cpuBefore = process.cpuUsage();
  const { ms } = await timeIt(
    `phuluc tong-hop on ${count} files`,
    async () => {
      code = await run(["tong-hop", inbox, "-o", output], quiet);
    },
    1,
  );
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `  exit code: ${code}; ${(ms / count).toFixed(1)} ms per file; goal met: ${ms <= 60_000 ? "yes" : "no"}`,
  );
  // On a shared machine the wall time includes waiting for a core; the CPU time is what the run itself costs.
  console.log(`  CPU time of the run: ${seconds((cpu.user + cpu.system) / 1000)}`);
  console.log(
    `  heap before ${mb(heapBefore)}, peak during the run ${mb(peak)} (the output workbook included)`,
  );
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
