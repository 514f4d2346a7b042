/**
 * What the browser tests and the web benchmark share: building the web page, serving a folder on 127.0.0.1, and
 * starting Debian's Chromium through playwright-core with a fresh profile and nothing that phones home.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { isCI } from "../../src/tools/ci.mjs";

export const root = path.resolve(__dirname, "../..");
export const webDist = path.join(root, "dist/web");
export const CHROMIUM = "/usr/bin/chromium";

export { isCI } from "../../src/tools/ci.mjs";

export const screenshotsDir = path.join(root, "test-output/screenshots");

/** Debian's Chromium is installed; without it the browser tests skip locally and fail loudly under CI. */
export function chromiumAvailable(): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && isCI()) {
    throw new Error(`${CHROMIUM} is missing: the browser tests cannot run (apt-get install chromium).`);
  }
  return available;
}

/**
 * One test file's web page: built and served, with a Chromium started, before its tests (after `prepare`, which
 * makes what they need), both closed after them. Nothing happens when `available` is false.
 */
export function webPageSession(
  available: boolean,
  prepare?: () => Promise<void> | void,
): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!available) return;
    mkdirSync(screenshotsDir, { recursive: true });
    await prepare?.();
    buildWeb();
    server = await serveFolder(webDist);
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the web page is not served (Chromium missing?)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is not running");
      return browser;
    },
  };
}

/** Builds dist/web (webpack config "web", production). */
export function buildWeb(timeoutMs = 300_000): void {
  execFileSync("npx", ["webpack", "--config-name", "web", "--mode", "production"], {
    cwd: root,
    stdio: "pipe",
    timeout: timeoutMs,
  });
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a random port (GET and HEAD only, nothing outside `dir`). */
export async function serveFolder(dir: string): Promise<StaticServer> {
  const base = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
    if ((req.method !== "GET" && req.method !== "HEAD") || !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Headless Chromium with a fresh profile; no background traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** True for an address the page may load: this machine, or data held in the page itself. */
export function isLocal(url: string): boolean {
  if (url.startsWith("blob:") || url.startsWith("data:") || url === "about:blank") return true;
  try {
    const { hostname } = new URL(url);
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
  } catch {
    return false;
  }
}

/**
 * Opens every folded line of the check view inside `scope` (many findings of one kind on one sheet shown as one
 * line), so that each finding has its own button.
 */
export async function openFolds(scope: Locator): Promise<void> {
  const shut = scope.locator('[data-testid="finding-fold"][aria-expanded="false"]');
  for (let n = await shut.count(); n > 0; n = await shut.count()) await shut.first().click();
}

/**
 * Records, frame by frame from the page's first script, every moment the page is wider than its window (a layout
 * measured mid-transition once read 603 px at 320: a bar drawn on one line before it wraps). Call before `goto`.
 */
export async function watchSidewaysOverflow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { sidewaysOverflow: string[] }).sidewaysOverflow = seen;
    const tick = () => {
      const root = document.scrollingElement ?? document.documentElement;
      if (root && root.scrollWidth > root.clientWidth) {
        // The element whose right edge makes the page that wide.
        let culprit = "";
        for (const el of Array.from(document.querySelectorAll("body *"))) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && Math.abs(r.right + window.scrollX - root.scrollWidth) <= 2) {
            culprit = `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(" ")[0]}`;
            break;
          }
        }
        seen.push(`${root.scrollWidth} px (${culprit})`);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The overflows `watchSidewaysOverflow` saw since the page loaded. */
export function sidewaysOverflows(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { sidewaysOverflow?: string[] }).sidewaysOverflow ?? []);
}

/** Waits until every animation and transition of the page has finished (before a screenshot). */
export async function animationsDone(page: Page): Promise<void> {
  // A spinner turns for ever: only animations that end are waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Sets the report year in Cài đặt (the one place) through «Đổi…» in `from` (a view of the pane), as an official does:
 * the panel opens with the year focused, then the year is typed. Typing before the panel has taken the focus lost
 * the year now and then (the opening field's focus and the typed text raced), and the test timed out after 30 s.
 */
export async function setReportYear(page: Page, from: Locator, year: string): Promise<void> {
  await from.getByTestId("settings-edit").click();
  const field = page.getByTestId("settings").getByLabel("Năm báo cáo (N)");
  await expect.poll(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
  await animationsDone(page);
  await field.fill(year);
  await expect.poll(() => field.inputValue()).toBe(year);
}
