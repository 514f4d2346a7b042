/**
 * The web page's consolidation in Chromium: several district files chosen at once (the province inbox of
 * test/support/district-files.ts), the districts that went in and the files kept out (with their reasons) listed, the
 * consolidated workbook downloaded, read back in Node and recalculated by LibreOffice. Files that do not tell their
 * figures' year are listed as needing confirmation, confirmed right in the dialog (at 320 px) and taken in, the status
 * sheet saying so, the districts' files untouched. Nothing leaves the machine.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/cli";
import { districtInbox } from "../support/district-files";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { RELATIVE_HEADER } from "../support/other-provinces";
import {
  a1Address,
  consolidatedColumn,
  excelJsBytes,
  formulaOf,
  readXlsx,
  rowOfCode,
  sheet,
} from "../support/workbooks";
import { isLocal, chromiumAvailable, screenshotsDir as screenshots, webPageSession } from "./support";

const available = chromiumAvailable();

let inbox: string;

const web = webPageSession(available, async () => {
  inbox = tempDir("phuluc-web-tong-hop-");
  await districtInbox(inbox);
});

/** The page at `width` px, its requests and errors recorded. */
async function openPage(width: number) {
  const context = await web.browser.newContext({
    acceptDownloads: true,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${web.server.origin}/app.html`);
  return { context, page, requested, errors };
}

describe.skipIf(!available)("consolidation in the web page", () => {
  it("reads several district files at once and downloads the consolidated workbook", async () => {
    const { context, page, requested, errors } = await openPage(1440);

    const files = readdirSync(inbox)
      .sort()
      .map((f) => path.join(inbox, f));
    await page.getByTestId("consolidate-input").setInputFiles(files);
    const dialog = page.getByTestId("consolidate-dialog");
    await dialog.getByTestId("consolidate-summary").waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId("consolidate-summary").textContent()).toBe(
      "Năm 2021: 3 huyện được tổng hợp, 3 tệp không đưa vào tổng.",
    );
    // The districts that went in, as well as the files left out.
    expect(await dialog.getByTestId("consolidate-included").locator("li").allTextContents()).toEqual([
      "huyện Tuần Giáo (1-tuan-giao.xlsx)",
      "huyện Mường Ảng (2-muong-ang.xlsx)",
      "huyện Tủa Chùa (3-tua-chua.xlsx)",
    ]);
    const keptOut = await dialog.getByTestId("consolidate-kept-out").textContent();
    expect(keptOut).toContain("4-hong.xlsx: không phải tệp .xlsx");
    expect(keptOut).toContain("5-muong-ang-gui-lai.xlsx: cùng huyện với tệp 2-muong-ang");
    expect(keptOut).toContain("6-dien-bien-2020.xlsx: báo cáo năm 2020, không phải năm 2021");
    await page.screenshot({ path: path.join(screenshots, "20-consolidated.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByTestId("consolidate-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("tong-hop-2021.xlsx");
    const saved = path.join(tempDir(), "tong-hop-2021.xlsx");
    await download.saveAs(saved);
    const loaded = readXlsx(saved);
    const ws = sheet(loaded, "Dự báo 2021");
    // Mường Ảng's estimate of postal points, pasted as text "30", is consolidated as the number 30 in its own
    // column under the estimate; the province total adds the three districts' estimates.
    const row = rowOfCode(ws, "ict.01");
    const estimate = "Ước thực hiện cả năm 2021";
    const muongAng = a1Address(row, consolidatedColumn(ws, estimate, "huyện Mường Ảng"));
    expect(ws.value(muongAng)).toBe(30);
    const total = a1Address(row, consolidatedColumn(ws, estimate, "Toàn tỉnh"));
    const first = a1Address(row, consolidatedColumn(ws, estimate, "huyện Tuần Giáo"));
    const last = a1Address(row, consolidatedColumn(ws, estimate, "huyện Tủa Chùa"));
    expect(formulaOf(ws, total)).toBe(`IF(COUNT(${first}:${last})=0,"",SUM(${first}:${last}))`);
    if (libreOfficeRequired) {
      const [recalculated] = await recalculate([saved]);
      // 22 (Tuần Giáo, as published) + 30 (Mường Ảng) + 10 (Tủa Chùa).
      expect(resultOf(recalculated, "Dự báo 2021", total)).toBe(62);
    }
    expect(loaded.names).toEqual(["Tình trạng", "Dự báo 2021", "Kế hoạch 2022", "TTCS 2021"]);

    expect(errors).toEqual([]);
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    await context.close();
  }, 120_000);
});

/** A district's Biểu 01 with the revenue row (ict.05) under `header`. */
async function districtFile(
  folder: string,
  name: string,
  district: string,
  header: string[],
  figures: number[],
) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows([
    [`UBND ${district.toUpperCase()}`],
    header,
    ["1", "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", ...figures],
  ]);
  const file = path.join(folder, name);
  writeFileSync(file, await excelJsBytes(wb));
  return file;
}

describe.skipIf(!available)("confirming a year in the page's consolidation", () => {
  it("lists the files needing a year with what to do, takes them in once confirmed, and says so on the status sheet", async () => {
    const folder = tempDir("phuluc-web-xac-nhan-");
    const files = [
      await districtFile(
        folder,
        "1-muong-ang.xlsx",
        "huyện Mường Ảng",
        ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027"],
        [1000, 1100, 1200],
      ),
      await districtFile(
        folder,
        "2-dien-bien-dong.xlsx",
        "huyện Điện Biên Đông",
        RELATIVE_HEADER,
        [300, 310, 320, 330],
      ),
      await districtFile(
        folder,
        "3-nam-po.xlsx",
        "huyện Nậm Pồ",
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"],
        [700, 730],
      ),
    ];
    const before = files.map((f) => readFileSync(f));
    const { context, page, requested, errors } = await openPage(320);

    await page.getByTestId("consolidate-input").setInputFiles(files);
    const dialog = page.getByTestId("consolidate-dialog");
    const summary = dialog.getByTestId("consolidate-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toBe("Năm 2026: 1 huyện được tổng hợp, 2 tệp không đưa vào tổng.");
    const confirm = dialog.getByTestId("consolidate-confirm");
    expect(await confirm.textContent()).toContain("Cần xác nhận năm hoặc loại số liệu (2 tệp)");
    const needing = dialog.getByTestId("consolidate-confirm-file");
    expect(await needing.evaluateAll((els) => els.map((e) => e.getAttribute("data-file")))).toEqual([
      "2-dien-bien-dong.xlsx",
      "3-nam-po.xlsx",
    ]);
    // The consolidation's year is shown to be confirmed, never applied unseen.
    const dienBienDong = needing.filter({ hasText: "2-dien-bien-dong.xlsx" });
    expect(await dienBienDong.getByTestId("consolidate-confirm-year").inputValue()).toBe("2026");
    await page.screenshot({ path: path.join(screenshots, "21-consolidate-confirm-320.png"), fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await dienBienDong.getByTestId("consolidate-confirm-button").click();
    await expect
      .poll(() => summary.textContent())
      .toBe("Năm 2026: 2 huyện được tổng hợp, 1 tệp không đưa vào tổng.");
    expect(await dialog.getByTestId("consolidate-included").locator("li").allTextContents()).toEqual([
      "huyện Mường Ảng (1-muong-ang.xlsx)",
      "huyện Điện Biên Đông (2-dien-bien-dong.xlsx; năm do bạn xác nhận khi tổng hợp)",
    ]);

    // «Thực hiện» and «Kế hoạch» name no year: each column's year is asked; the button waits for both.
    const namPo = dialog.getByTestId("consolidate-confirm-file").filter({ hasText: "3-nam-po.xlsx" });
    const button = namPo.getByTestId("consolidate-confirm-button");
    expect(await button.isDisabled()).toBe(true);
    await namPo.locator('[data-column="Biểu 01!D"]').selectOption("2026");
    expect(await button.isDisabled()).toBe(true);
    await namPo.locator('[data-column="Biểu 01!E"]').selectOption("2027");
    await button.click();
    await expect
      .poll(() => summary.textContent())
      .toBe("Năm 2026: 3 huyện được tổng hợp, 0 tệp không đưa vào tổng.");
    expect(await dialog.getByTestId("consolidate-confirm").count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByTestId("consolidate-download").click(),
    ]);
    const saved = path.join(folder, "tong-hop-2026.xlsx");
    await download.saveAs(saved);
    const status = sheet(readXlsx(saved), "Tình trạng");
    const texts = ["A", "B", "C", "D", "E", "F", "G"].flatMap((c) => [...status.columnTexts(c).values()]);
    expect(texts.filter((t) => t.includes("người tổng hợp xác nhận"))).toEqual([
      "Có (năm 2026 do người tổng hợp xác nhận, tệp của huyện chưa ghi)",
      // Nậm Pồ's year-less columns were read with the years confirmed here: said, with the columns.
      "Có (năm 2026 và cách đọc cột Biểu 01!D, Biểu 01!E do người tổng hợp xác nhận, tệp của huyện chưa ghi)",
    ]);
    // The districts' files are as they were.
    expect(files.map((f) => readFileSync(f))).toEqual(before);
    expect(errors).toEqual([]);
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    await context.close();
  }, 120_000);
});
