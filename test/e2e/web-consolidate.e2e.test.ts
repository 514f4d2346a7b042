/**
 * The web page's consolidation in Chromium: several district files chosen at once (the province inbox of
 * test/support/district-files.ts), the files kept out listed with their reasons, the consolidated workbook downloaded
 * and read back in Node. Nothing leaves the machine.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/cli";
import { districtInbox } from "../support/district-files";
import { readXlsx, rowOfCode, sheet } from "../support/workbooks";
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
    // Mường Ảng's estimate of postal points, pasted as text "30", is consolidated as the number 30.
    const row = rowOfCode(ws, "ict.01");
    const values = (ws.model.rows[row - 1] ?? []).map((c) => c?.value);
    expect(values).toContain(30);
    expect(loaded.names).toEqual(["Tình trạng", "Dự báo 2021", "Kế hoạch 2022", "TTCS 2021"]);

    expect(errors).toEqual([]);
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    await context.close();
  }, 120_000);
});
