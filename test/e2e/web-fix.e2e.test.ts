/**
 * Sửa nhanh and Hoàn tác on the web page in Chromium: seed 001 pasted as text, fix every number stored as text
 * after the preview, see the sheet after fixing, undo, and download. Screenshots of the preview and of the sheet
 * after fixing go to test-output/screenshots/. Skipped locally without /usr/bin/chromium, fails under CI=true.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedAppendicesWorkbook } from "../support/fixtures";
import { isLocal, chromiumAvailable, screenshotsDir as screenshots, webPageSession } from "./support";

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
