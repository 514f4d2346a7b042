/**
 * `npm run bench:web`: figures of the web page (and of the task pane when its build is there), printed, never
 * asserted.
 * - JavaScript loaded before the first paint: the scripts the page's HTML loads itself (gzip -9), against the goals
 *   of 200 KB (the page) and 230 KB (the pane) that the build itself enforces (webpack.config.js); the lazy chunks
 *   (the document view, the .xlsx reader and writer, the pane's views) beside them;
 * - time to first paint in headless Chromium (median of 5 fresh loads);
 * - in the page: open, insert the forecast and the plan, fill, check, on a 30-row and a 5 000-row workbook.
 * Needs dist/web (and optionally dist/taskpane.html): the npm script builds the web page first.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, isLocal, launchChromium, root, serveFolder, webDist } from "../e2e/support";
import { fixtureRows, vietnameseExcelValue } from "../support/fixtures";

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The site's own scripts an HTML page loads by itself (src="js/…", or listed for a loader like phulucLoad). */
function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/["'=\s](?:\.\/)?(js\/[^"'\s>]+\.js)/g)) found.add(m[1]);
  return [...found];
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

interface Site {
  label: string;
  dir: string;
  page: string;
  /** The budget of its initial JavaScript, gzipped, in KB of 1 000 bytes. */
  goalKb: number;
}

function bundleFigures(site: Site): void {
  const html = readFileSync(path.join(site.dir, site.page), "utf8");
  const scripts = initialScripts(html);
  let total = 0;
  console.log(`  ${site.label} (${site.page}), before the first paint:`);
  for (const script of scripts) {
    const size = gzipSize(path.join(site.dir, script));
    total += size;
    console.log(`    ${script.padEnd(40)} ${kb(size).padStart(10)} gzip`);
  }
  console.log(`    ${"in all".padEnd(40)} ${kb(total).padStart(10)} gzip (goal: at most ${site.goalKb} KB)`);
  const jsDir = path.join(site.dir, "js");
  const lazy = existsSync(jsDir)
    ? readdirSync(jsDir).filter((f) => f.endsWith(".js") && !scripts.includes(`js/${f}`))
    : [];
  for (const file of lazy) {
    console.log(
      `    later: ${`js/${file}`.padEnd(33)} ${kb(gzipSize(path.join(jsDir, file))).padStart(10)} gzip`,
    );
  }
}

/**
 * First paint and first contentful paint of the page (the static "Đang mở…" line can be that paint), and when the
 * script has drawn the page's own first screen; medians of 5 loads in fresh contexts, requests off this machine
 * blocked.
 */
async function firstPaint(
  browser: Browser,
  url: string,
  withScreen: boolean,
): Promise<{ paint: number; contentful: number; drawn?: number; blocked: number }> {
  const paints: number[] = [];
  const contentful: number[] = [];
  const drawn: number[] = [];
  let blocked = 0;
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route("**/*", (route) => {
      if (isLocal(route.request().url())) return route.continue();
      blocked++;
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    const entries = await page.evaluate(
      () =>
        new Promise<{ paint: number; contentful: number }>((resolve) => {
          const read = () => {
            const paint = performance.getEntriesByName("first-paint")[0]?.startTime;
            const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
            if (paint !== undefined && fcp !== undefined) resolve({ paint, contentful: fcp });
            else requestAnimationFrame(read);
          };
          read();
        }),
    );
    // The page's own first screen: the page replaces its static "Đang mở…" line when its script has run. (Not for
    // the task pane: outside Excel it waits for Office.js until its own time-out.)
    if (withScreen) {
      await page.waitForFunction(() => !document.getElementById("starting"));
      drawn.push(await page.evaluate(() => performance.now()));
    }
    paints.push(entries.paint);
    contentful.push(entries.contentful);
    await context.close();
  }
  return {
    paint: median(paints),
    contentful: median(contentful),
    drawn: withScreen ? median(drawn) : undefined,
    blocked,
  };
}

/** The seed forecast's indicator rows repeated under its header until the table has `rows` data rows, comparisons empty. */
async function forecastWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Dự báo 2021");
  const [header, numbers, ...body] = fixtureRows("seed-001-du-bao-2021");
  ws.addRow(["PHỤ LỤC"]);
  ws.addRow(["DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"]);
  ws.addRow([]);
  ws.addRow(header);
  ws.addRow(numbers.map((c) => vietnameseExcelValue(c)));
  const data = body.filter((cells) => /^\d+$/.test(cells[0]?.trim() ?? ""));
  for (let i = 0; i < rows; i++) {
    const cells = data[i % data.length];
    ws.addRow(cells.slice(0, 6).map((c, col) => (col >= 3 ? vietnameseExcelValue(c) : c.trim())));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Waits until the page's main thread has drawn a frame and run its queued tasks. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function timed(page: Page, label: string, work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  await settled(page);
  const elapsed = performance.now() - start;
  console.log(`    ${label.padEnd(50)} ${ms(elapsed).padStart(9)}`);
  return elapsed;
}

async function workInPage(browser: Browser, origin: string, rows: number): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${origin}/app.html`);
  await page.getByRole("heading", { name: "Kéo thả tệp .xlsx vào đây" }).waitFor();
  const bytes = await forecastWorkbook(rows);
  const pane = page.locator("aside");
  console.log(`  ${rows} data rows (${kb(bytes.length)} .xlsx):`);
  let total = 0;
  total += await timed(page, "open the file (reader and document chunks included)", async () => {
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: `bench-${rows}.xlsx`, mimeType: "application/octet-stream", buffer: bytes });
    await page.locator('table[data-sheet="Dự báo 2021"]').waitFor({ timeout: 600_000 });
  });
  total += await timed(page, "insert the 2026 forecast and the 2027 plan", async () => {
    const view = pane.getByRole("tabpanel", { name: "Chèn phụ lục" });
    await view.getByLabel("Năm báo cáo (N)").fill("2026");
    await view.getByRole("button", { name: "Chèn", exact: true }).click();
    await view.getByText("Đã thêm 2 trang tính").waitFor({ timeout: 600_000 });
  });
  total += await timed(page, "fill every sheet", async () => {
    await pane.getByRole("tab", { name: "Công thức" }).click();
    const view = pane.getByRole("tabpanel", { name: "Công thức" });
    await view.getByRole("radio", { name: "Tất cả các trang" }).check();
    await view.getByRole("button", { name: "Điền công thức" }).click();
    await view.getByText(/Đã điền [\d.]+ công thức/).waitFor({ timeout: 600_000 });
  });
  total += await timed(page, "check", async () => {
    await pane.getByRole("tab", { name: "Kiểm tra" }).click();
    const view = pane.getByRole("tabpanel", { name: "Kiểm tra" });
    await view.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await view.getByText(/lỗi, [\d.]+ cảnh báo|Không phát hiện vấn đề nào/).waitFor({ timeout: 600_000 });
  });
  console.log(`    ${"in all".padEnd(50)} ${ms(total).padStart(9)}`);
  await context.close();
}

async function main(): Promise<void> {
  if (!existsSync(path.join(webDist, "app.html"))) {
    console.log(
      "dist/web/app.html is missing: build it with `npx webpack --config-name web --mode production`.",
    );
    process.exitCode = 1;
    return;
  }
  const taskpaneSite = [
    { label: "task pane", dir: path.join(root, "dist/taskpane"), page: "taskpane.html", goalKb: 230 },
    { label: "task pane", dir: path.join(root, "dist"), page: "taskpane.html", goalKb: 230 },
  ].find((s) => existsSync(path.join(s.dir, s.page)));

  console.log("JavaScript before the first paint (gzip -9)");
  bundleFigures({ label: "web page", dir: webDist, page: "app.html", goalKb: 200 });
  if (taskpaneSite) bundleFigures(taskpaneSite);
  else console.log("  task pane: no build found (npm run build), left out");

  if (!existsSync(CHROMIUM)) {
    console.log(`\n${CHROMIUM} is missing: no browser figures.`);
    return;
  }
  const browser = await launchChromium();
  const web = await serveFolder(webDist);
  const pane = taskpaneSite ? await serveFolder(taskpaneSite.dir) : undefined;
  try {
    console.log("\nTime to first paint, headless Chromium (median of 5 loads)");
    const webPaint = await firstPaint(browser, `${web.origin}/app.html`, true);
    console.log(
      `  web page:  first paint ${ms(webPaint.paint)}, first contentful paint ${ms(webPaint.contentful)},` +
        ` page drawn by its script ${ms(webPaint.drawn ?? 0)}`,
    );
    if (pane) {
      const panePaint = await firstPaint(browser, `${pane.origin}/taskpane.html`, false);
      console.log(
        `  task pane: first paint ${ms(panePaint.paint)}, first contentful paint ${ms(panePaint.contentful)}` +
          ` (outside Excel; ${panePaint.blocked} requests off this machine blocked, e.g. Office.js from the CDN)`,
      );
    }

    console.log("\nIn the page: open, insert, fill, check");
    await workInPage(browser, web.origin, 30);
    await workInPage(browser, web.origin, 5_000);
  } finally {
    await browser.close();
    await web.close();
    await pane?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
