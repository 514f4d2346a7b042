/**
 * Sửa nhanh and Hoàn tác on the web page in Chromium: seed 001 pasted as text, fix every number stored as text
 * after the preview, see the sheet after fixing, undo, and download. Then a district's .xlsm holding a chart, a
 * pivot table, notes, macros and more: filled, fixed and given new appendix sheets on the page, and downloaded with
 * every other part as it came. Screenshots of the preview and of the sheet after fixing go to
 * test-output/screenshots/. Skipped locally without /usr/bin/chromium, fails under CI=true.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedAppendicesWorkbook } from "../support/fixtures";
import { parts } from "../support/package";
import { strFromU8 } from "fflate";
import { FORECAST, NOTES, PLAN, RICH_PARTS, richDistrictWorkbook, sheetPart } from "../support/rich-workbook";
import { bookOf } from "../support/workbooks";
import {
  isLocal,
  chromiumAvailable,
  screenshotsDir as screenshots,
  setReportYear,
  webPageSession,
} from "./support";

const available = chromiumAvailable();

const requested: string[] = [];

const web = webPageSession(available);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`) });
const pane = (page: Page) => page.locator("aside");
const cell = (page: Page, sheet: string, address: string) =>
  page.locator(`table[data-sheet="${sheet}"]`).locator(`td[data-cell="${address}"]`);

/** What the grid shows of a cell: its text, how it is aligned (a number to the right), its check mark. */
const look = (page: Page, sheet: string, address: string) =>
  cell(page, sheet, address).evaluate((td) => ({
    text: td.textContent,
    align: getComputedStyle(td).textAlign,
    severity: td.getAttribute("data-severity"),
  }));

describe.skipIf(!available)("quick fixes on the web page", () => {
  it("previews, fixes, checks again and undoes", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "vi-VN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${web.server.origin}/app.html`);
    await page.getByTestId("file-input").setInputFiles({
      name: "dan-tu-word.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await seedAppendicesWorkbook("text").xlsx.writeBuffer()),
    });
    await page.locator('table[data-sheet="Dự báo 2021"]').waitFor();
    // Pasted as text: shown as typed, aligned as text.
    expect(await look(page, "Dự báo 2021", "D12")).toMatchObject({ text: "88,8" });
    expect((await look(page, "Dự báo 2021", "D12")).align).not.toBe("right");

    await pane(page).getByRole("tab", { name: "Kiểm tra" }).click();
    const view = pane(page).getByRole("tabpanel", { name: "Kiểm tra" });
    await view.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const panel = view.getByRole("region", { name: "Sửa nhanh" });
    await expect.poll(async () => (await look(page, "Dự báo 2021", "D12")).severity).toBe("warning");
    await panel.getByRole("button", { name: "Sửa tất cả (247)" }).click();
    const preview = panel.getByRole("region", { name: "Xem trước: 247 ô sẽ thay đổi" });
    await preview.getByText("Dự báo 2021!D12").waitFor();
    expect(await preview.textContent()).toContain("Dự báo 2021!D12: “88,8” → 88,8");
    await shot(page, "fix-01-preview");

    await preview.getByRole("button", { name: "Áp dụng (247)" }).click();
    await panel.getByText("Đã sửa 247 ô. Đã kiểm tra lại.").waitFor();
    await panel.getByRole("button", { name: "Hoàn tác lần sửa trước (247 ô)" }).waitFor();
    // Checked again: the numbers stored as text are gone from the list.
    await expect.poll(() => panel.getByRole("button", { name: "Sửa tất cả (247)" }).count()).toBe(0);
    // The cells are numbers now: 88,8 and 4.300 right-aligned as numbers, no longer marked.
    expect(await look(page, "Dự báo 2021", "D12")).toEqual({ text: "88,8", align: "right", severity: null });
    expect(await look(page, "Dự báo 2021", "D13")).toEqual({ text: "4.300", align: "right", severity: null });
    await shot(page, "fix-02-after");

    await panel.getByRole("button", { name: "Hoàn tác lần sửa trước (247 ô)" }).click();
    await panel.getByText(/^Đã hoàn tác 247 ô/).waitFor();
    await panel.getByRole("button", { name: "Sửa tất cả (247)" }).waitFor();
    // Text again, as pasted, and marked again by the check that follows the undo.
    await expect.poll(async () => (await look(page, "Dự báo 2021", "D12")).severity).toBe("warning");
    const undone = await look(page, "Dự báo 2021", "D12");
    expect(undone.text).toBe("88,8");
    expect(undone.align).not.toBe("right");
    await shot(page, "fix-03-undone");

    expect(errors).toEqual([]);
    expect(requested.filter((url) => !isLocal(url))).toEqual([]);
    await context.close();
  }, 240_000);
});

describe.skipIf(!available)(
  "a district's .xlsm with a chart, a pivot table, notes and macros on the web page",
  () => {
    it("is filled, fixed and given the 2026 appendices, and downloads as .xlsm with every other part as it came", async () => {
      const context = await web.browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1440, height: 900 },
        locale: "vi-VN",
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${web.server.origin}/app.html`);
      const original = await richDistrictWorkbook();
      await page.getByTestId("file-input").setInputFiles({
        name: "huyen-muong-ang.xlsm",
        mimeType: "application/vnd.ms-excel.sheet.macroEnabled.12",
        buffer: Buffer.from(original),
      });
      await page.locator(`table[data-sheet="${FORECAST}"]`).waitFor();
      // Nothing refused, nothing warned about: the page keeps what it does not touch.
      expect(await page.getByText(/biểu đồ, bảng tổng hợp/).count()).toBe(0);

      // Fill the comparison columns of every sheet.
      await pane(page).getByRole("tab", { name: "Công thức" }).click();
      const formulas = pane(page).getByRole("tabpanel", { name: "Công thức" });
      await formulas.getByRole("radio", { name: "Tất cả các trang" }).check();
      await formulas.getByRole("button", { name: "Điền công thức" }).click();
      await formulas.getByText(/Đã điền [\d.]+ công thức/).waitFor();
      // Fix the figure pasted as text.
      await pane(page).getByRole("tab", { name: "Kiểm tra" }).click();
      const check = pane(page).getByRole("tabpanel", { name: "Kiểm tra" });
      await check.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      const fixes = check.getByRole("region", { name: "Sửa nhanh" });
      await fixes
        .getByRole("button", { name: /^Sửa tất cả \(\d+\)/ })
        .first()
        .click();
      await fixes.getByRole("button", { name: /^Áp dụng \(\d+\)/ }).click();
      await fixes.getByText(/^Đã sửa \d+ ô\. Đã kiểm tra lại\./).waitFor();
      // Insert the 2026 forecast and the 2027 plan (the year is set in Cài đặt; «Đổi…» opens it).
      await pane(page).getByRole("tab", { name: "Chèn phụ lục" }).click();
      const insert = pane(page).getByRole("tabpanel", { name: "Chèn phụ lục" });
      await setReportYear(page, insert, "2026");
      await expect.poll(() => insert.getByRole("list").textContent()).toContain("Kế hoạch 2027");
      await insert.getByRole("button", { name: "Chèn", exact: true }).click();
      await insert.getByText("Đã thêm 2 trang tính").waitFor();

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Tải xuống" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("huyen-muong-ang-phuluc.xlsm");
      const file = path.join(screenshots, "..", "e2e-huyen-muong-ang-phuluc.xlsm");
      await download.saveAs(file);
      const saved = new Uint8Array(readFileSync(file));
      const [before, after] = [parts(original), parts(saved)];
      // Every part but those the three actions write (the two appendices, styles, the workbook's list of sheets and
      // its relationships, content types and properties) comes back byte for byte: the chart, picture, note, pivot
      // table and cache, macros, the notes sheet with its escaped formats, the hidden sheets, the theme.
      const [forecastPart, planPart] = [sheetPart(before, FORECAST), sheetPart(before, PLAN)];
      const written = [forecastPart, planPart, "xl/styles.xml", "xl/workbook.xml"];
      written.push(
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "docProps/app.xml",
        "xl/calcChain.xml",
      );
      const kept = Object.keys(before).filter((part) => !written.includes(part));
      expect(kept).toEqual(expect.arrayContaining([...RICH_PARTS, sheetPart(before, NOTES)]));
      for (const part of kept) expect(Buffer.from(after[part]).equals(before[part]), part).toBe(true);
      // The written appendices keep their conditional formats and data validations as they were.
      const element = (bytes: Uint8Array, tag: string) =>
        new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`).exec(strFromU8(bytes))?.[0];
      for (const part of [forecastPart, planPart]) {
        expect(element(after[part], "dataValidations"), part).toBe(
          '<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorTitle="Số liệu" error="Nhập số không âm" sqref="D7:F60"><formula1>0</formula1></dataValidation></dataValidations>',
        );
        expect(element(after[part], "conditionalFormatting"), part).toBe(
          '<conditionalFormatting sqref="G7:H60"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>',
        );
      }
      const book = bookOf(saved);
      expect(book.names).toEqual(expect.arrayContaining([FORECAST, "Dự báo 2026", "Kế hoạch 2027"]));
      expect(book.sheet(FORECAST).value("D12")).toBe(88.8);
      expect(book.sheet(FORECAST).formula("G15")).toMatch(/F15\/D15\*100/);
      // Formats with escapes read as they were typed, on the written forecast and the untouched notes sheet.
      expect(book.sheet(FORECAST).cell("B7")?.numberFormat).toBe("0.0\\%");
      expect(book.sheet(NOTES).cell("D2")?.numberFormat).toBe("0.0\\%");
      expect(book.sheet(NOTES).cell("D3")?.numberFormat).toBe("#,##0\\ \\h\\a");
      expect(errors).toEqual([]);
      expect(requested.filter((url) => !isLocal(url))).toEqual([]);
      await context.close();
    }, 300_000);
  },
);
