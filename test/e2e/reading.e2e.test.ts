/**
 * Issue 16, done when: the pane (built, on the test Office host), the web page and `phuluc check --json` show the
 * same reading and the same year for the same workbook — a table headed in another province's words («TH 2025 |
 * ƯTH 2026 | KH 2027 | ƯTH 2026/TH 2025 (%)») under the title «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027», and a
 * year-less one (relative headers, no title) — and a column's reading corrected in the pane and on the page is
 * kept in the workbook: the next check reads it (the command line too, from the file saved), and the fill writes
 * its formula, which LibreOffice computes. Screenshots at 320 px in test-output/screenshots/reading-*.png.
 *
 * Builds dist/ (the pane and the host) and dist/web first. Without /usr/bin/chromium or LibreOffice the tests are
 * skipped locally and fail under CI=true.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentFromXlsx, xlsxFromDocument } from "../office-host/xlsx";
import { phuluc, tempDir } from "../support/cli";
import { recalculate, resultOf, sofficePath } from "../support/libreoffice";
import { abbreviatedWorkbook, yearlessWorkbook } from "../support/other-provinces";
import { excelJsBytes } from "../support/workbooks";
import { buildPane, hostDocument, openPane, paneDist, resetSyncs, syncLog } from "./pane-support";
import {
  CHROMIUM,
  animationsDone,
  buildWeb,
  isCI,
  isLocal,
  launchChromium,
  root,
  serveFolder,
  webDist,
  type StaticServer,
} from "./support";

const available = existsSync(CHROMIUM) && Boolean(sofficePath());
if (!available && isCI()) {
  throw new Error(
    `${CHROMIUM} or LibreOffice is missing: the reading tests cannot run (apt-get install chromium libreoffice-calc-nogui).`,
  );
}

const screenshots = path.join(root, "test-output/screenshots");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The figure and comparison columns as the pane, the page and the command line word them. */
const ABBREVIATED = ["D: Thực hiện 2025", "E: Ước thực hiện 2026", "F: Kế hoạch 2027", "G = E/D (%)"];
const GROWTH = "G = (E − D)/D (%) (đã sửa)";

let folder: string;
let paneServer: StaticServer;
let webServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  mkdirSync(screenshots, { recursive: true });
  folder = tempDir("phuluc-reading-");
  writeFileSync(path.join(folder, "bieu-viet-tat.xlsx"), await excelJsBytes(abbreviatedWorkbook()));
  writeFileSync(path.join(folder, "bieu-khong-nam.xlsx"), await excelJsBytes(yearlessWorkbook()));
  if (!process.env.PANE_NO_BUILD) {
    buildPane();
    buildWeb();
  }
  paneServer = await serveFolder(paneDist);
  webServer = await serveFolder(webDist);
  browser = await launchChromium();
}, 800_000);

afterAll(async () => {
  await browser?.close();
  await paneServer?.close();
  await webServer?.close();
});

interface CliTable {
  year: number | null;
  yearSource: string | null;
  columns: { column: string; text: string }[];
}
interface CliFile {
  file: string;
  year: number | null;
  yearSource: string | null;
  tables: CliTable[];
}

/** `phuluc check --json` of files: each file's year and its first table's figure and comparison columns. */
async function cliReading(...files: string[]): Promise<{ year: number | null; columns: string[] }[]> {
  const result = await phuluc(["check", "--json", ...files]);
  const report = JSON.parse(result.stdout) as { files: CliFile[] };
  return report.files.map((f) => ({
    year: f.year,
    columns: f.tables[0].columns.filter((c) => /^[D-H]$/.test(c.column)).map((c) => c.text),
  }));
}

/** The reading card's column lines (without the header in «»). */
const cardColumns = (card: Locator): Promise<string[]> =>
  card.getByTestId("reading-column").evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ""));

/** The page's reading strip beside the sheet: its column lines. */
async function stripColumns(page: Page): Promise<string[]> {
  const text = await page.getByTestId("reading-strip-columns").first().textContent();
  return (text ?? "").split(" · ");
}

async function noSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Chooses «growth» for column G in a reading card and saves it. */
async function correctG(card: Locator): Promise<void> {
  await card.getByRole("button", { name: "Sửa cách đọc cột G" }).click();
  const editor = card.getByTestId("reading-editor");
  await editor.getByRole("combobox", { name: "Cột G ghi" }).selectOption("growth");
  expect(await editor.getByTestId("reading-preview").textContent()).toBe(`Sẽ đọc: ${GROWTH}`);
  await editor.getByRole("button", { name: "Lưu cách đọc" }).click();
  await expect.poll(() => cardColumns(card)).toContain(GROWTH);
}

async function openPage(
  width: number,
): Promise<{ page: Page; close: () => Promise<void>; requested: string[] }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width, height: 900 },
    locale: "vi-VN",
  });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(`${webServer.origin}/app.html`);
  return { page, close: () => context.close(), requested };
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({
    name,
    mimeType: XLSX,
    buffer: readFileSync(path.join(folder, name)),
  });
  await page.locator('table[data-sheet="Biểu 01"]').waitFor();
}

/** The year-less workbook's columns, relative to a report year N nothing tells. */
const YEARLESS = [
  "D: Thực hiện năm N-1",
  "E: Kế hoạch năm N",
  "F: Ước thực hiện năm N",
  "G: Kế hoạch năm N+1",
  "H = F/D (%)",
];

describe.skipIf(!available)(
  "the reading and the year, the same in the pane, on the page and on the command line",
  () => {
    it("reads both workbooks alike everywhere, at 320 px without sideways scroll", async () => {
      const cli = await cliReading(
        path.join(folder, "bieu-viet-tat.xlsx"),
        path.join(folder, "bieu-khong-nam.xlsx"),
      );
      expect(cli).toEqual([
        { year: 2026, columns: ABBREVIATED },
        { year: null, columns: YEARLESS },
      ]);

      // The pane at 320 px on the test Office host, opened on Kiểm tra.
      for (const [name, workbook, columns, year] of [
        ["abbreviated", abbreviatedWorkbook(), ABBREVIATED, "Năm 2026 (theo tiêu đề cột)"],
        ["yearless", yearlessWorkbook(), YEARLESS, "Năm chưa rõ"],
      ] as const) {
        const session = await openPane(browser, paneServer.origin, {
          width: 320,
          apiVersion: 12,
          document: documentFromXlsx(workbook),
          page: "taskpane.html?view=check",
        });
        const { page } = session;
        const card = page.getByTestId("panel-check").getByTestId("reading-card");
        await card.waitFor();
        await expect.poll(() => cardColumns(card)).toEqual(columns);
        expect(await card.getByTestId("reading-year").textContent()).toBe(year);
        // Nothing tells the year-less one's year: it is asked, not defaulted.
        const notice = page.getByTestId("year-notice");
        if (name === "yearless") {
          expect(await notice.getAttribute("data-kind")).toBe("ask");
          // The year's field and its confirm button side by side, neither under the other.
          const field = await page.getByTestId("year-ask-input").boundingBox();
          const confirm = await page.getByTestId("year-ask-confirm").boundingBox();
          expect(
            field && confirm && (field.x + field.width <= confirm.x || field.y + field.height <= confirm.y),
          ).toBe(true);
        } else expect(await notice.count()).toBe(0);
        await noSideScroll(page);
        await animationsDone(page);
        await page.screenshot({ path: path.join(screenshots, `reading-pane-${name}.png`), fullPage: true });
        expect(session.errors).toEqual([]);
        expect(session.external).toEqual([]);
        await session.context.close();
      }

      // The page at 320 px: the strip beside the sheet, and the page's pane.
      const { page, close, requested } = await openPage(320);
      for (const [name, file, columns, year] of [
        ["abbreviated", "bieu-viet-tat.xlsx", ABBREVIATED, "Năm 2026 (theo tiêu đề cột)"],
        ["yearless", "bieu-khong-nam.xlsx", YEARLESS, "Năm chưa rõ"],
      ] as const) {
        await openFile(page, file);
        await expect.poll(() => stripColumns(page)).toEqual(columns);
        await page.getByTestId("reading-strip-edit").click();
        const card = page.locator("aside").getByTestId("panel-check").getByTestId("reading-card");
        await expect.poll(() => cardColumns(card)).toEqual(columns);
        expect(await card.getByTestId("reading-year").textContent()).toBe(year);
        await noSideScroll(page);
        await animationsDone(page);
        await page.screenshot({ path: path.join(screenshots, `reading-web-${name}.png`), fullPage: true });
      }
      expect(requested.filter((u) => !isLocal(u))).toEqual([]);
      await close();
    }, 300_000);

    it("keeps a correction made in the pane: the next check and fill use it, LibreOffice computes the growth", async () => {
      const session = await openPane(browser, paneServer.origin, {
        width: 320,
        apiVersion: 12,
        document: documentFromXlsx(abbreviatedWorkbook()),
        page: "taskpane.html?view=check",
      });
      const { page } = session;
      const check = page.getByTestId("panel-check");
      const card = check.getByTestId("reading-card");
      await expect.poll(() => cardColumns(card)).toEqual(ABBREVIATED);
      await resetSyncs(page);
      await correctG(card);
      // Saved in the document's settings (not an Excel sync): no sync at all.
      expect((await syncLog(page)).length).toBe(0);
      await animationsDone(page);
      await page.screenshot({ path: path.join(screenshots, "reading-pane-corrected.png"), fullPage: true });

      // The check reads G as a growth: (2 700 − 2 400)/2 400 × 100 = 12,5 expected in the empty G4.
      await check.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      await expect.poll(() => check.textContent(), { timeout: 60_000 }).toContain("12,5");
      expect(await check.textContent()).not.toContain("112,5");

      // Reloaded (the pane opened again): the correction is the workbook's.
      await session.reload();
      const again = page.getByTestId("panel-check").getByTestId("reading-card");
      await expect.poll(() => cardColumns(again)).toContain(GROWTH);

      // The fill writes the growth formula, which LibreOffice computes.
      await page.getByTestId("view-formulas").click();
      const formulas = page.getByTestId("panel-formulas");
      await formulas.getByRole("radio", { name: "Tất cả các trang" }).check();
      await formulas.getByRole("button", { name: "Điền công thức" }).click();
      await formulas.getByText(/^Đã điền 1 công thức/).waitFor();
      const saved = path.join(folder, "pane-filled.xlsx");
      await xlsxFromDocument(await hostDocument(page)).xlsx.writeFile(saved);
      const [book] = await recalculate([saved]);
      expect(resultOf(book, "Biểu 01", "G4")).toBe(12.5);
      expect(session.errors).toEqual([]);
      expect(session.external).toEqual([]);
      await session.context.close();
    }, 300_000);

    it("keeps a correction made on the page in the file: phuluc check reads it, the fill uses it", async () => {
      const { page, close, requested } = await openPage(1280);
      await openFile(page, "bieu-viet-tat.xlsx");
      await expect.poll(() => stripColumns(page)).toEqual(ABBREVIATED);
      await page.getByTestId("reading-strip-edit").click();
      const card = page.locator("aside").getByTestId("panel-check").getByTestId("reading-card");
      await correctG(card);
      // The strip beside the sheet follows.
      await expect.poll(() => stripColumns(page)).toContain(GROWTH);

      // Filled on the page, downloaded: the file keeps the correction and the growth formula.
      await page.locator("aside").getByTestId("view-formulas").click();
      const formulas = page.locator("aside").getByTestId("panel-formulas");
      await formulas.getByRole("radio", { name: "Tất cả các trang" }).check();
      await formulas.getByRole("button", { name: "Điền công thức" }).click();
      await formulas.getByText(/^Đã điền 1 công thức/).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Tải xuống" }).click(),
      ]);
      const saved = path.join(folder, "web-corrected.xlsx");
      await download.saveAs(saved);
      const [read] = await cliReading(saved);
      expect(read).toEqual({ year: 2026, columns: [...ABBREVIATED.slice(0, 3), GROWTH] });
      const [book] = await recalculate([saved]);
      expect(resultOf(book, "Biểu 01", "G4")).toBe(12.5);
      expect(requested.filter((u) => !isLocal(u))).toEqual([]);
      await close();
    }, 300_000);
  },
);
