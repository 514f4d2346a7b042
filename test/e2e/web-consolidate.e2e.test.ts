/**
 * The web page's consolidation in Chromium: several district files chosen at once (the province inbox of
 * test/support/district-files.ts), the districts that went in and the files kept out (with their reasons) listed, the
 * consolidated workbook downloaded, read back in Node and recalculated by LibreOffice. Nothing leaves the machine.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/cli";
import { districtInbox } from "../support/district-files";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { a1Address, consolidatedColumn, formulaOf, readXlsx, rowOfCode, sheet } from "../support/workbooks";
import { isLocal, chromiumAvailable, screenshotsDir as screenshots, webPageSession } from "./support";

const available = chromiumAvailable();

let inbox: string;

const web = webPageSession(available, async () => {
  inbox = tempDir("phuluc-web-tong-hop-");
  await districtInbox(inbox);
});

describe.skipIf(!available)("consolidation in the web page", () => {
  it("reads several district files at once and downloads the consolidated workbook", async () => {
    const context = await web.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const requested: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${web.server.origin}/app.html`);

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
