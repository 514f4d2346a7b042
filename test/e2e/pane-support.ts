/**
 * What the pane's end-to-end tests share: building dist/ (the pane as `npm run build` makes it, and the test Office
 * host), opening dist/taskpane.html or dist/commands.html in Chromium with the host served where Office.js loads,
 * recording every request that would leave this machine, and the host's workbooks for the tests.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { HostDocument } from "../office-host/snapshot";
import type { OfficeHostHandle, SyncRecord } from "../office-host/host";
import { documentFromXlsx } from "../office-host/xlsx";
import { fixtureRows, seedAppendicesWorkbook } from "../support/fixtures";
import { isLocal, root } from "./support";

export const paneDist = path.join(root, "dist");
/** The host's browser bundle (webpack "office-host"), kept out of dist/. */
export const hostBundle = path.join(root, "test-output/office-host/office-host.js");

/** Builds the pane (webpack "taskpane", production, as `npm run build`) and the host bundle ("office-host"). */
export function buildPane(timeoutMs = 400_000): void {
  execFileSync(
    "npx",
    ["webpack", "--config-name", "taskpane", "--config-name", "office-host", "--mode", "production"],
    { cwd: root, stdio: "pipe", timeout: timeoutMs },
  );
}

/** Office.js as the pages ask for it: Microsoft's CDN or the local copy in office-js/. */
const OFFICE_JS = /\/office\.js(\?.*)?$/;

export interface PaneOptions {
  width: number;
  apiVersion: number;
  document: HostDocument;
  /** "taskpane.html?view=check", "commands.html" … Default "taskpane.html". */
  page?: string;
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  /** Requests that would have left this machine (aborted). */
  external: string[];
  /** The document the next load opens; `reload` keeps it in step with the host. */
  state: { document: HostDocument };
  reload(): Promise<void>;
}

export async function openPane(browser: Browser, origin: string, options: PaneOptions): Promise<PaneSession> {
  const bundle = readFileSync(hostBundle, "utf8");
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    locale: "vi-VN",
  });
  const state = { document: options.document };
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (OFFICE_JS.test(new URL(url).pathname)) {
      const prefix = `globalThis.__officeHostOptions = ${JSON.stringify({
        apiVersion: options.apiVersion,
        document: state.document,
      })};\n`;
      await route.fulfill({ contentType: "text/javascript; charset=utf-8", body: prefix + bundle });
    } else if (isLocal(url)) {
      await route.continue();
    } else {
      external.push(url);
      await route.abort();
    }
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${origin}/${options.page ?? "taskpane.html"}`);
  return {
    context,
    page,
    errors,
    external,
    state,
    async reload() {
      state.document = await hostDocument(page);
      await page.reload();
    },
  };
}

type HostWindow = { officeHost: OfficeHostHandle };

export const hostDocument = (page: Page): Promise<HostDocument> =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.document());
export const resetSyncs = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.resetCounters());
export const syncLog = (page: Page): Promise<SyncRecord[]> =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.syncLog());
export const hostErrors = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as HostWindow).officeHost.errors]);
export const activeSheet = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.active());
export const selection = (page: Page) =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.selection());
/** The entries of Excel's own undo stack (ExcelApi 1.20; always 0 below). */
export const undoDepth = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.book.undoStack.length);
/** The user presses Ctrl+Z in Excel: false when there was nothing to undo. */
export const pressCtrlZ = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as HostWindow).officeHost.undo());
/** The user clicks a sheet tab in Excel. */
export const activateSheet = (page: Page, name: string): Promise<void> =>
  page.evaluate((n) => {
    const book = (window as unknown as HostWindow).officeHost.book;
    book.active = book.sheets.find((s) => s.name === n);
  }, name);
/** The user types a number into a cell in Excel (replacing any formula). */
export const typeNumber = (
  page: Page,
  sheet: string,
  row: number,
  col: number,
  value: number,
): Promise<void> =>
  page.evaluate(
    ([n, r, c, v]) => {
      const book = (window as unknown as HostWindow).officeHost.book;
      const cell = book.sheets.find((s) => s.name === n)!.touch(r as number, c as number);
      cell.formula = undefined;
      cell.value = v as number;
    },
    [sheet, row, col, value] as const,
  );

/**
 * Seed 001's two appendices as typed in ("Dự báo 2021", "Kế hoạch 2022", tables at A5), with the forecast's
 * comparison columns (G, H) left empty except on row 15, where 112,5 and 48 are typed: the pane fills the others and
 * lists G15 and H15 as kept.
 */
export function seedDocument(): HostDocument {
  const workbook = seedAppendicesWorkbook("numbers");
  const forecast = workbook.getWorksheet("Dự báo 2021")!;
  forecast.eachRow((row, r) => {
    if (r >= 7 && r !== 15) for (const c of [7, 8]) row.getCell(c).value = null;
  });
  return documentFromXlsx(workbook);
}

/**
 * A forecast sheet of `rows` indicator rows under the seed's title and header (comparison columns empty), plus the
 * seed's plan sheet: the 5 000-row workbook of the sync-count test.
 */
export function largeDocument(rows: number): HostDocument {
  const seed = seedAppendicesWorkbook("numbers");
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Dự báo 2021");
  ws.getCell("A3").value = "PHỤ LỤC";
  ws.getCell("A4").value = "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021";
  const [header, numbers] = fixtureRows("seed-001-du-bao-2021");
  ws.getRow(5).values = header;
  ws.getRow(6).values = numbers;
  for (let i = 0; i < rows; i++) {
    ws.getRow(7 + i).values = [i + 1, `Chỉ tiêu số ${i + 1}`, "Điểm", 100 + i, 50 + i, 110 + i];
  }
  const plan = workbook.addWorksheet("Kế hoạch 2022");
  seed.getWorksheet("Kế hoạch 2022")!.eachRow((row, r) => {
    plan.getRow(r).values = row.values as ExcelJS.CellValue[];
  });
  return documentFromXlsx(workbook);
}
