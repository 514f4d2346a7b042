/**
 * The pane's engine probe and never-hang watch (src/taskpane/ie-fallback.js) in Debian's Chromium, on a page shaped
 * like taskpane.html, served from memory at the add-in's address. Old engines are simulated in Chromium:
 * - a missing built-in is removed by an init script (delete window.WeakRef): real, as far as the probe can tell;
 * - missing syntax is simulated by an init script that makes `Function` throw a SyntaxError for the probe's snippet
 *   (optional chaining), with a Safari 13.0 user agent: the probe's verdict and message are real, the old parser is
 *   not (Chromium still parses everything);
 * - a bundle that an engine cannot parse is a bundle with a real syntax error, served where the bundle would be.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, isCI, launchChromium } from "../e2e/support";
import { repoRoot } from "./helpers";

const available = existsSync(CHROMIUM);
if (!available && isCI()) {
  throw new Error(`${CHROMIUM} is missing: the browser tests cannot run (apt-get install chromium).`);
}

const script = readFileSync(path.join(repoRoot, "src/taskpane/ie-fallback.js"), "utf8");
const BASE = "https://example.gov.vn/phuluc/";
const BUNDLE = "js/taskpane.1234abcd.js";
const SAFARI_13_1 =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1 Safari/605.1.15";
const SAFARI_13_0 =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.3 Safari/605.1.15";

/** taskpane.html's shape: the probe in <head>, "Opening…" in #container, the loader call at the end of <body>. */
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script>${script}</script></head>
<body><div id="container"><p id="starting">Đang mở Phụ lục TT&amp;TT…</p></div>
<script>phulucLoad(${JSON.stringify([BUNDLE])});</script></body></html>`;

/** A bundle that starts: it replaces "Opening…", as the pane's first render does. */
const STARTING_BUNDLE = `document.getElementById("container").innerHTML = '<main id="pane">pane</main>';`;

let browser: Browser;
beforeAll(async () => {
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Run {
  page: Page;
  context: BrowserContext;
  bundleRequests: number;
}

/** Opens the page with `bundle` (or a 404 when null) where the bundle is, after the init scripts. */
async function open(
  bundle: string | null,
  options: { init?: string; userAgent?: string; startTimeoutMs?: number } = {},
): Promise<Run> {
  const context = await browser.newContext({ userAgent: options.userAgent });
  const run = { context, bundleRequests: 0 } as Run;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === `${BASE}taskpane.html`)
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: page });
    if (url === `${BASE}${BUNDLE}`) {
      run.bundleRequests++;
      return bundle === null
        ? route.fulfill({ status: 404, body: "" })
        : route.fulfill({ status: 200, contentType: "text/javascript", body: bundle });
    }
    return route.fulfill({ status: 404, body: "" });
  });
  if (options.startTimeoutMs !== undefined)
    await context.addInitScript(`window.phulucStartTimeoutMs = ${options.startTimeoutMs};`);
  if (options.init) await context.addInitScript(options.init);
  run.page = await context.newPage();
  await run.page.goto(`${BASE}taskpane.html`);
  return run;
}

const message = (run: Run) => run.page.locator("#old-engine");

describe.runIf(available)("the pane's engine probe in Chromium", () => {
  it("loads the bundle on today's Chromium and never replaces a pane that started", async () => {
    const run = await open(STARTING_BUNDLE, { startTimeoutMs: 2_000 });
    await run.page.locator("#pane").waitFor();
    expect(await run.page.evaluate(() => (window as { phulucOldEngine?: boolean }).phulucOldEngine)).toBe(
      false,
    );
    await run.page.waitForTimeout(2_500); // past the watch's time
    expect(await message(run).count()).toBe(0);
    expect(run.bundleRequests).toBe(1);
    await run.context.close();
  });

  it("without WeakRef: the message names the engine and the missing built-in, and loads no bundle", async () => {
    const run = await open(STARTING_BUNDLE, { init: "delete window.WeakRef;" });
    await message(run).waitFor();
    expect(await message(run).getAttribute("data-engine")).toBe("chromium");
    expect(await message(run).getAttribute("data-why")).toBe("engine");
    expect(await run.page.locator("#engine-detail").textContent()).toContain("WeakRef");
    const text = (await message(run).textContent()) ?? "";
    expect(text).toContain("Microsoft Edge WebView2 (Chromium)");
    expect(text).not.toMatch(/Internet Explorer/);
    expect(text.indexOf("Cách khắc phục")).toBeLessThan(text.indexOf("English"));
    expect(await run.page.locator("#web-page-address").textContent()).toBe(`${BASE}web/app.html`);
    expect(run.bundleRequests).toBe(0);
    await run.context.close();
  });

  it("Safari 13.1 (no WeakRef): names Safari and the way out, not Internet Explorer", async () => {
    const run = await open(STARTING_BUNDLE, { userAgent: SAFARI_13_1, init: "delete window.WeakRef;" });
    await message(run).waitFor();
    expect(await message(run).getAttribute("data-engine")).toBe("webkit");
    expect(await run.page.locator("#engine-detail").textContent()).toContain("WeakRef");
    const text = (await message(run).textContent()) ?? "";
    expect(text).toContain("Safari (WebKit)");
    expect(text).toContain("Safari 14.1");
    expect(text).not.toMatch(/Internet Explorer|EdgeHTML/);
    expect(run.bundleRequests).toBe(0);
    await run.context.close();
  });

  it("an engine without optional chaining (simulated: Safari 13.0): the probe's syntax check turns it away", async () => {
    const run = await open(STARTING_BUNDLE, {
      userAgent: SAFARI_13_0,
      init: `(() => {
        const RealFunction = Function;
        window.Function = function (...args) {
          if (String(args[args.length - 1]).includes("?.")) throw new SyntaxError("Unexpected token '.'");
          return RealFunction(...args);
        };
      })();`,
    });
    await message(run).waitFor();
    expect(await message(run).getAttribute("data-engine")).toBe("webkit");
    expect(await run.page.locator("#engine-detail").textContent()).toContain("optional chaining (?.)");
    expect(await message(run).textContent()).not.toMatch(/Internet Explorer/);
    expect(run.bundleRequests).toBe(0);
    await run.context.close();
  });

  it("a bundle the engine cannot parse gets the message at once, not an endless «Opening…»", async () => {
    // The watch's timer is a minute here: what answers is the parse error itself.
    const run = await open("class A { static { this.a = 1; } }\nlet broken = ;", { startTimeoutMs: 60_000 });
    await message(run).waitFor({ timeout: 5_000 });
    expect(await message(run).getAttribute("data-why")).toBe("failed");
    expect(await run.page.locator("#engine-detail").textContent()).toContain("SyntaxError");
    expect(await run.page.locator("#starting").count()).toBe(0);
    await run.context.close();
  });

  it("a bundle that does not load gets the message", async () => {
    const run = await open(null, { startTimeoutMs: 60_000 });
    await message(run).waitFor({ timeout: 5_000 });
    expect(await message(run).getAttribute("data-why")).toBe("failed");
    expect(await run.page.locator("#engine-detail").textContent()).toContain("could not load");
    await run.context.close();
  });

  it("a bundle that loads but never starts gets the message when the watch runs out", async () => {
    const run = await open("/* loads, never renders */", { startTimeoutMs: 500 });
    await message(run).waitFor({ timeout: 5_000 });
    expect(await message(run).getAttribute("data-why")).toBe("failed");
    expect(await run.page.locator("#engine-detail").textContent()).toContain("no start after");
    await run.context.close();
  });
});
