/**
 * The web page in a real browser (Debian's Chromium through playwright-core): open the sample and a file chosen with
 * the file input, insert the 2026 forecast and the 2027 plan, fill, check, follow a finding to its cell, download,
 * and read the downloaded file back with the checker in Node. Files the page cannot open are told apart and leave
 * the page usable. Every request the page makes is recorded: none may leave this machine.
 *
 * Builds dist/web first (webpack "web", production). Without /usr/bin/chromium the tests are skipped locally and
 * fail under CI=true. Screenshots of the main screens go to test-output/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkAction } from "../../src/core/actions";
import { cellAt } from "../../src/core/model/sheet";
import { SETTINGS_SHEET } from "../../src/xlsx/port";
import { bookOf, portOfBytes } from "../support/workbooks";
import { pasteTable } from "../support/fixtures";
import { asOpenXmlSdk, NEWER_PARTS, newerCells, withNewerParts } from "../support/newer-parts";
import { parts } from "../support/package";
import { enrich, FORECAST, NOTES, PLAN, RICH_PARTS, richCells } from "../support/rich-workbook";
import {
  animationsDone,
  isLocal,
  root,
  chromiumAvailable,
  openFolds,
  screenshotsDir as screenshots,
  setReportYear,
  sidewaysOverflows,
  watchSidewaysOverflow,
  webPageSession,
} from "./support";

const available = chromiumAvailable();

const downloads = path.join(root, "test-output/e2e");

/** Every URL any page of these tests asked for. */
const requested: string[] = [];

const web = webPageSession(available, async () => {
  mkdirSync(downloads, { recursive: true });
});

async function openPage(
  width = 1440,
  height = 900,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await web.browser.newContext({
    acceptDownloads: true,
    viewport: { width, height },
    locale: "vi-VN",
  });
  const page = await context.newPage();
  await watchSidewaysOverflow(page);
  const errors: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${web.server.origin}/app.html`);
  await page.getByRole("heading", { name: "Kéo thả tệp .xlsx vào đây" }).waitFor();
  return { context, page, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`) });

const pane = (page: Page) => page.locator("aside");

/** The page scrolls sideways when its content is wider than the window. */
const sideScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });

async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await sideScroll(page);
  expect(
    scrollWidth,
    `${where}: page ${scrollWidth} px wide in a ${clientWidth} px window`,
  ).toBeLessThanOrEqual(clientWidth);
}
const table = (page: Page, sheet: string) => page.locator(`table[data-sheet="${sheet}"]`);
const cell = (page: Page, sheet: string, address: string) =>
  table(page, sheet).locator(`td[data-cell="${address}"]`);

async function openPaneTab(page: Page, name: string): Promise<void> {
  await pane(page).getByRole("tab", { name }).click();
}

/** Insert view: the 2026 forecast and the 2027 plan (the two tables ticked by default). */
async function insertForecastAndPlan(page: Page): Promise<void> {
  await openPaneTab(page, "Chèn phụ lục");
  const view = pane(page).getByRole("tabpanel", { name: "Chèn phụ lục" });
  // The year is set in Cài đặt, the one place; «Đổi…» opens it — once the pane shows the workbook's own year (the
  // sample's tables say 2021), as an official sees it before changing it.
  await expect.poll(() => view.textContent()).toContain("Năm 2021 (theo tiêu đề cột)");
  await setReportYear(page, view, "2026");
  await expect.poll(() => view.getByRole("list").textContent()).toContain("Kế hoạch 2027");
  await view.getByRole("button", { name: "Chèn", exact: true }).click();
  await view.getByText("Đã thêm 2 trang tính").waitFor();
  await page.getByRole("tab", { name: "Dự báo 2026" }).waitFor();
  await page.getByRole("tab", { name: "Kế hoạch 2027" }).waitFor();
}

async function fillAll(page: Page): Promise<void> {
  await openPaneTab(page, "Công thức");
  const view = pane(page).getByRole("tabpanel", { name: "Công thức" });
  await view.getByRole("radio", { name: "Tất cả các trang" }).check();
  await view.getByRole("button", { name: "Điền công thức" }).click();
  await view.getByText(/Đã điền [\d.]+ công thức/).waitFor();
}

async function download(page: Page, expectedName: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải xuống" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(expectedName);
  const saved = path.join(downloads, expectedName);
  await file.saveAs(saved);
  await page.getByText(`Đã lưu ${expectedName}.`).waitFor();
  return new Uint8Array(readFileSync(saved));
}

/** The seed forecast pasted into a workbook with its comparison columns left empty, for the page to fill. */
async function unfilledForecast(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Dự báo 2021");
  const rows = pasteTable(ws, {
    fixture: "seed-001-du-bao-2021",
    origin: { row: 4, col: 0 },
    mode: "numbers",
    titleLines: ["PHỤ LỤC", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"],
  });
  for (const r of rows.slice(2)) for (const c of [7, 8]) ws.getCell(r + 1, c).value = null;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.skipIf(!available)("the web page in Chromium", () => {
  it("works on the sample: insert 2026/2027, fill, check, follow a finding, download", async () => {
    const { context, page, errors } = await openPage();
    await shot(page, "01-welcome");
    // The reader and writer of .xlsx files are not part of the first paint, and ExcelJS is in no bundle.
    expect(requested.filter((u) => /exceljs|xlsx\./.test(u))).toEqual([]);

    await page.getByRole("button", { name: "Mở tệp mẫu" }).first().click();
    await table(page, "Dự báo 2021").waitFor();
    expect(requested.some((u) => /\/js\/xlsx\./.test(u))).toBe(true);
    expect(requested.filter((u) => /exceljs/.test(u))).toEqual([]);
    await expect.poll(() => page.getByRole("tab", { name: "Kế hoạch 2022" }).count()).toBe(1);
    await expect
      .poll(() => cell(page, "Dự báo 2021", "B15").textContent())
      .toBe("Tổng doanh thu dịch vụ bưu chính");
    // Vietnamese numbers, and the checker's findings on the cells from the start.
    expect(await cell(page, "Dự báo 2021", "D15").textContent()).toBe("2.400");
    expect(await table(page, "Dự báo 2021").locator("td[data-severity=error]").count()).toBeGreaterThan(0);
    expect(
      await table(page, "Dự báo 2021").locator("td[data-severity=error]").first().getAttribute("title"),
    ).toMatch(/^Lỗi: /);
    await shot(page, "02-sample");

    await insertForecastAndPlan(page);
    await page.getByRole("tab", { name: "Dự báo 2026" }).click();
    await table(page, "Dự báo 2026").waitFor();
    // Template formulas: no engine in the page, so their value is computed by the core or the formula is shown.
    expect(await table(page, "Dự báo 2026").locator("td[data-formula]").count()).toBeGreaterThan(20);
    await shot(page, "03-inserted");

    await fillAll(page);

    await openPaneTab(page, "Kiểm tra");
    const checkView = pane(page).getByRole("tabpanel", { name: "Kiểm tra" });
    await checkView.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await checkView.getByText(/lỗi, [\d.]+ cảnh báo/).waitFor();
    // Follow the first finding in the sample's plan sheet (its folded lines opened).
    const planGroup = checkView.locator("h4", { hasText: "Kế hoạch 2022" }).first().locator("xpath=..");
    await openFolds(planGroup);
    const findingButton = planGroup.getByTestId("finding").first();
    const address = ((await findingButton.locator("span").first().textContent()) ?? "").trim();
    expect(address).toMatch(/^[A-Z]+\d+$/);
    await findingButton.click();
    await expect
      .poll(() => page.getByRole("tab", { name: "Kế hoạch 2022" }).getAttribute("aria-selected"))
      .toBe("true");
    const target = cell(page, "Kế hoạch 2022", address);
    await expect.poll(() => target.getAttribute("aria-selected")).toBe("true");
    expect(await target.getAttribute("data-severity")).toMatch(/error|warning|info/);
    expect(await target.isVisible()).toBe(true);
    expect(await page.getByTestId("cell-address").textContent()).toBe(address);
    expect(await page.getByTestId("cell-findings").textContent()).not.toBe("");
    await shot(page, "04-finding");

    // Colour the findings into the workbook, then save it.
    await checkView.getByRole("button", { name: "Đánh dấu ô" }).click();
    await checkView.getByText(/Đã tô màu [\d.]+ ô/).waitFor();
    const bytes = await download(page, "mau-phu-luc-Tuan-Giao-2021-2022-phuluc.xlsx");
    await shot(page, "05-downloaded");
    expect(errors).toEqual([]);
    await context.close();

    // The file as Excel will open it: the inserted sheets with their formulas, and the checker reads it.
    const port = portOfBytes(bytes);
    const { names } = await port.sheetNames();
    expect(names).toEqual(["Dự báo 2021", "Kế hoạch 2022", "Dự báo 2026", "Kế hoạch 2027"]);
    const model = await port.read(["Dự báo 2026", "Kế hoạch 2027"]);
    for (const sheet of model.sheets) {
      const formulas = sheet.rows.flatMap((row) => (row ?? []).filter((c) => c?.formula !== undefined));
      expect(formulas.length, sheet.name).toBeGreaterThan(20);
    }
    const result = await checkAction(port, { level: "huyen" });
    expect(result.issues.some((f) => f.sheet === "Kế hoạch 2022" && f.cell === address)).toBe(true);
    // The marks were saved with the file (the port remembers them to clear them later).
    expect(bookOf(bytes).sheet("Kế hoạch 2022").look(address).fill).toMatch(/^(FFC7CE|FFEB9C|DDEBF7)$/);
  }, 180_000);

  it("opens a chosen file, fills its formulas and shows their values; refuses what it cannot open", async () => {
    const { context, page, errors } = await openPage();
    const input = page.getByTestId("file-input");

    await input.setInputFiles({
      name: "bao-cao-huyen.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await unfilledForecast(),
    });
    await table(page, "Dự báo 2021").waitFor();
    expect(await page.getByTestId("doc-title").textContent()).toContain("bao-cao-huyen.xlsx");
    expect(await cell(page, "Dự báo 2021", "G15").textContent()).toBe("");

    // Indicator 5: 2 400, 1 320, 2 700 → column 7 = 112,5 and column 8 = 48,9, computed by the page.
    await openPaneTab(page, "Công thức");
    const view = pane(page).getByRole("tabpanel", { name: "Công thức" });
    await view.getByRole("button", { name: "Điền công thức" }).click();
    await view.getByText(/Đã điền [\d.]+ công thức trong 1 trang tính/).waitFor();
    await expect.poll(() => cell(page, "Dự báo 2021", "G15").textContent()).toBe("112,5");
    expect(await cell(page, "Dự báo 2021", "H15").textContent()).toBe("48,9");
    expect(await cell(page, "Dự báo 2021", "G15").getAttribute("title")).toContain("=");
    await cell(page, "Dự báo 2021", "G15").click();
    await expect.poll(() => page.getByTestId("cell-address").textContent()).toBe("G15");
    expect(await page.getByTestId("cell-bar").textContent()).toMatch(/=IF\(/);
    await shot(page, "06-filled");

    // Files the page cannot open: a clear message, and the open workbook stays.
    const refused = async (name: string, buffer: Buffer, problem: string, text: RegExp) => {
      await input.setInputFiles({ name, mimeType: "application/octet-stream", buffer });
      const alert = page.locator(`[data-problem="${problem}"]`);
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(text);
      expect(await alert.textContent()).toContain(name);
      expect(await table(page, "Dự báo 2021").count()).toBe(1);
    };
    await refused(
      "ghi-chu.txt",
      Buffer.from("Không phải bảng tính"),
      "not-xlsx",
      /không phải tệp Excel \.xlsx/,
    );
    await refused("cu.xls", cfb(false), "not-xlsx", /không phải tệp Excel \.xlsx/);
    await refused("co-mat-khau.xlsx", cfb(true), "encrypted", /có mật khẩu/);
    await shot(page, "07-refused");
    await refused(
      "hong.xlsx",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
      "corrupt",
      /bị hỏng/,
    );
    expect(await page.getByText("Tệp đang mở vẫn giữ nguyên.").count()).toBe(1);

    // Work not downloaded yet is not dropped without asking.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole("button", { name: "Mở tệp mẫu" }).first().click();
    expect(await asked).toContain("chưa tải xuống");
    expect(await page.getByTestId("doc-title").textContent()).toContain("bao-cao-huyen.xlsx");

    const bytes = await download(page, "bao-cao-huyen-phuluc.xlsx");
    expect(errors).toEqual([]);
    await context.close();

    const [sheet] = (await portOfBytes(bytes).read(["Dự báo 2021"])).sheets;
    const g15 = cellAt(sheet, 14, 6);
    expect(g15?.formula).toMatch(/F15/);
    expect(g15?.formula).toMatch(/D15/);
  }, 180_000);

  it("fills a district .xlsm written as the Open XML SDK writes it and gives it new appendices, keeping every other part", async () => {
    // A table on the filled sheet, threaded comments, x14 validations, a slicer, a pivot table, a chart, macros.
    const original = asOpenXmlSdk(withNewerParts(enrich(await richCells(newerCells))));
    const { context, page, errors } = await openPage();
    await page.getByTestId("file-input").setInputFiles({
      name: "huyen.xlsm",
      mimeType: "application/vnd.ms-excel.sheet.macroEnabled.12",
      buffer: Buffer.from(original),
    });
    await table(page, FORECAST).waitFor();
    await expect.poll(() => cell(page, FORECAST, "D15").textContent()).toBe("2.400");
    await insertForecastAndPlan(page);
    await fillAll(page);
    const bytes = await download(page, "huyen-phuluc.xlsm");
    expect(errors).toEqual([]);
    await context.close();

    // Read back through the one reader: the comparisons filled, the new appendices there, the rest as it came.
    const [before, after] = [parts(original), parts(bytes)];
    for (const part of [...RICH_PARTS, ...NEWER_PARTS])
      expect(Buffer.from(after[part]).equals(before[part]), part).toBe(true);
    const book = bookOf(bytes);
    expect(book.names).toEqual([FORECAST, PLAN, NOTES, "Ẩn", "Rất ẩn", "Dự báo 2026", "Kế hoạch 2027"]);
    expect(book.sheet(FORECAST).formula("G15")).toBe(
      'IF(AND(ISNUMBER(F15),ISNUMBER(D15)),IF(D15=0,"",F15/D15*100),"")',
    );
    expect(book.sheet(FORECAST).value("K68")).toBe("Điểm 3");
    expect(book.sheet(NOTES).numberFormat("D2")).toBe("0.0\\%");
  }, 180_000);

  it("opens a file dropped on the page, and speaks English when asked", async () => {
    const { context, page, errors } = await openPage();
    const bytes = await unfilledForecast();
    const dataTransfer = await page.evaluateHandle((base64) => {
      const data = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], "keo-tha.xlsx", { type: "application/octet-stream" }));
      return transfer;
    }, bytes.toString("base64"));
    await page.dispatchEvent("body", "dragenter", { dataTransfer });
    await page.getByText("Thả tệp để mở").waitFor();
    await shot(page, "08-dropping");
    await page.dispatchEvent("body", "drop", { dataTransfer });
    await table(page, "Dự báo 2021").waitFor();
    expect(await page.getByTestId("doc-title").textContent()).toContain("keo-tha.xlsx");
    expect(await page.getByText("Thả tệp để mở").count()).toBe(0);

    // The language buttons switch the page and the pane, and the choice is kept in the workbook's settings.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Open an .xlsx file…" }).waitFor();
    await pane(page).getByRole("tab", { name: "Insert" }).waitFor();
    await shot(page, "09-english");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await pane(page).getByRole("tab", { name: "Chèn phụ lục" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("fits 320 px: every view without sideways scrolling, badges in their pills, message bars above the work", async () => {
    const { context, page, errors } = await openPage(320);
    await expectNoSideScroll(page, "welcome");
    await page.screenshot({ path: path.join(screenshots, "web-320-welcome.png"), fullPage: true });

    await page.getByTestId("web-sample").click();
    await table(page, "Dự báo 2021").waitFor();
    await expectNoSideScroll(page, "sample");
    // The four views on one line: every switcher item at the height of the first.
    const tops = await Promise.all(
      ["insert", "formulas", "check", "targets"].map(
        async (id) => (await page.getByTestId(`view-${id}`).boundingBox())?.y,
      ),
    );
    expect(new Set(tops).size, `switcher rows at ${tops.join(", ")}`).toBe(1);

    const views: [string, () => Promise<void>][] = [
      [
        "insert",
        // The sample's own year (2021, from its headers): its two tables are there already, none offered again.
        async () => {
          const present = pane(page).getByTestId("panel-insert").getByTestId("insert-present");
          await expect.poll(() => present.textContent()).toContain("Dự báo 2021, Kế hoạch 2022");
        },
      ],
      [
        "formulas",
        async () => {
          const view = pane(page).getByTestId("panel-formulas");
          await view.getByRole("button", { name: "Điền công thức" }).click();
          await view.getByText(/Đã điền [\d.]+ công thức/).waitFor();
        },
      ],
      [
        "check",
        async () => {
          const view = pane(page).getByTestId("panel-check");
          await view.getByRole("button", { name: "Kiểm tra", exact: true }).click();
          await view.getByText(/lỗi, [\d.]+ cảnh báo/).waitFor();
        },
      ],
      [
        "targets",
        async () => {
          await expect.poll(() => pane(page).getByTestId("target-card").count()).toBeGreaterThan(0);
        },
      ],
    ];
    for (const [id, ready] of views) {
      await page.getByTestId(`view-${id}`).click();
      await ready();
      await expectNoSideScroll(page, id);
      await animationsDone(page);
      await pane(page).screenshot({ path: path.join(screenshots, `web-320-${id}.png`) });
    }

    // Every status badge holds its text, and stays inside its card.
    const badges = await pane(page)
      .getByTestId("target-card")
      .evaluateAll((cards) =>
        cards.map((card) => {
          const badge = card.querySelector(".fui-Badge") as HTMLElement;
          const outer = card.getBoundingClientRect();
          const inner = badge.getBoundingClientRect();
          return {
            text: badge.textContent,
            spills: badge.scrollWidth > badge.clientWidth || badge.scrollHeight > badge.clientHeight,
            outside: inner.left < outer.left || inner.right > outer.right,
          };
        }),
      );
    expect(badges.some((b) => b.text === "Chưa báo cáo")).toBe(true);
    expect(badges.filter((b) => b.spills || b.outside)).toEqual([]);
    // The full name on demand.
    const firstName = pane(page).getByTestId("target-card").first().getByRole("button");
    await firstName.click();
    expect(await firstName.getAttribute("aria-expanded")).toBe("true");

    // The download's message bar sits above the work, never over it, and follows the language switch.
    await download(page, "mau-phu-luc-Tuan-Giao-2021-2022-phuluc.xlsx");
    const notice = page.getByTestId("page-notice");
    const bar = await notice.boundingBox();
    for (const below of [page.locator("section").first(), pane(page)]) {
      const box = await below.boundingBox();
      expect(bar && box && bar.y + bar.height <= box.y + 0.5).toBe(true);
    }
    await page.getByTestId("web-lang-en").click();
    await expect
      .poll(() => notice.textContent())
      .toContain("Saved mau-phu-luc-Tuan-Giao-2021-2022-phuluc.xlsx.");
    await page.getByTestId("view-targets").click();
    await expect.poll(() => pane(page).getByTestId("target-card").count()).toBeGreaterThan(0);
    await expectNoSideScroll(page, "targets in English");
    await animationsDone(page);
    await page.screenshot({ path: path.join(screenshots, "web-320-english.png"), fullPage: true });
    // Never wider than the window, not even for a frame while a bar or a view was being laid out.
    expect(await sidewaysOverflows(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it("at 1280 px keeps the comparison columns in view and says «Phụ lục TT&TT» once", async () => {
    const { context, page, errors } = await openPage(1280, 800);
    await page.getByTestId("web-sample").click();
    await table(page, "Dự báo 2021").waitFor();
    const scroller = await table(page, "Dự báo 2021").evaluate((t) =>
      t.parentElement!.getBoundingClientRect(),
    );
    // Columns 7=6/4 and 8=5/6 (G and H), whole, inside the sheet's area.
    for (const address of ["G6", "H6"]) {
      const box = (await cell(page, "Dự báo 2021", address).boundingBox())!;
      expect(box.x + box.width, address).toBeLessThanOrEqual(scroller.right + 0.5);
    }
    expect(await cell(page, "Dự báo 2021", "H6").textContent()).toBe("8=5/6");
    // The name on the page's header only (the pane keeps it for screen readers, out of sight).
    const shown = await page
      .getByText("Phụ lục TT&TT", { exact: true })
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).getBoundingClientRect().width > 1).length);
    expect(shown).toBe(1);
    // «Chưa chọn ô nào» is a sentence in the page's type, not the cell bar's monospaced one.
    const font = await page.getByTestId("cell-none").evaluate((e) => getComputedStyle(e).fontFamily);
    expect(font).not.toMatch(/mono|consolas|courier/i);
    await animationsDone(page);
    await shot(page, "10-1280");
    expect(await sidewaysOverflows(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("at 360 px gives the grid most of the screen and keeps the merged titles on it", async () => {
    const { context, page, errors } = await openPage(360, 640);
    await page.getByTestId("web-sample").click();
    await table(page, "Dự báo 2021").waitFor();
    const grid = await table(page, "Dự báo 2021").evaluate((t) => t.parentElement!.getBoundingClientRect());
    expect(grid.height, "the grid's height").toBeGreaterThanOrEqual(300);
    // The titles merged over the whole table: their text within the screen, not centred 500 px to the right.
    for (const [address, text] of [
      ["A1", "PHỤ LỤC"],
      ["A2", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"],
    ]) {
      const target = cell(page, "Dự báo 2021", address);
      expect(await target.textContent()).toBe(text);
      const words = await target.evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const box = range.getBoundingClientRect();
        return { left: box.left, right: box.right };
      });
      expect(words.left, address).toBeGreaterThanOrEqual(0);
      expect(words.right, address).toBeLessThanOrEqual(360);
    }
    await expectNoSideScroll(page, "360");
    await animationsDone(page);
    await page.screenshot({ path: path.join(screenshots, "web-360-sheet.png") });
    expect(await sidewaysOverflows(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens a workbook whose stored settings say lang: "fr" with a working pane in Vietnamese', async () => {
    const { context, page, errors } = await openPage();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Trang 1").getCell("A1").value = "Phụ lục";
    workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" }).getCell("A1").value = JSON.stringify({
      settings: { lang: "fr", year: 2024 },
    });
    await page.getByTestId("file-input").setInputFiles({
      name: "cai-dat-la.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await table(page, "Trang 1").waitFor();
    await pane(page).getByRole("tab", { name: "Chèn phụ lục" }).waitFor();
    await page.getByTestId("view-targets").click();
    await pane(page)
      .getByText(/^Năm 2024, cấp huyện: /)
      .waitFor();
    expect(await page.getByTestId("start-problem").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("sent nothing anywhere: every request stayed on this machine", () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !isLocal(url))).toEqual([]);
  });
});

/** An OLE compound file header, with an "EncryptionInfo" stream name when `encrypted` (how a password-protected .xlsx starts). */
function cfb(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  if (encrypted) Buffer.from("EncryptionInfo", "utf16le").copy(body, 512);
  return Buffer.concat([header, body]);
}
