/**
 * The engine check that runs first in taskpane.html (src/taskpane/ie-fallback.js, plain ES5): on Internet Explorer
 * (and EdgeHTML, or without Promise/fetch) it shows a plain message and keeps the React bundle from loading; on
 * Chromium it loads the bundle and shows nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPage, repoRoot, userAgents } from "./helpers";

const script = readFileSync(path.join(repoRoot, "src/taskpane/ie-fallback.js"), "utf8");

/** The shape of taskpane.html: the check in <head>, the loader call at the end of <body>. */
const page = (headExtra = "") => `<!doctype html><html><head><script>${script}</script>${headExtra}</head>
<body><div id="container"><p id="starting">Đang mở…</p></div><script>phulucLoad(["js/taskpane.1234abcd.js"]);</script></body></html>`;

const bundleScripts = (doc: Document) =>
  [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"));

describe("ie-fallback.js", () => {
  it("shows the message on Internet Explorer 11 and loads no bundle", () => {
    const window = loadPage(page(), userAgents.ie11);
    const doc = window.document;
    expect(window.phulucOldEngine).toBe(true);
    const message = doc.getElementById("old-engine");
    expect(message).not.toBeNull();
    expect(message?.getAttribute("role")).toBe("alert");
    const text = message?.textContent ?? "";
    expect(text).toContain("trình duyệt cũ Internet Explorer 11");
    expect(text).toContain("the old Internet Explorer 11 engine");
    // The way out on Office 2016/2019 retail: the WebView2 runtime.
    expect(text).toContain("WebView2 Runtime");
    expect(text).toContain("phuluc");
    // The web page's address, absolute, so that it can be copied into another browser.
    expect(doc.getElementById("web-page-address")?.textContent).toBe(
      "https://example.gov.vn/phuluc/web/app.html",
    );
    // Vietnamese comes first.
    expect(text.indexOf("trình duyệt cũ")).toBeLessThan(text.indexOf("old Internet Explorer 11 engine"));
    expect(doc.getElementById("starting")).toBeNull();
    expect(bundleScripts(doc)).toEqual([]);
  });

  it("sets Office.initialize and calls Office.onReady, so that a host waiting for them shows the message", () => {
    // Office.js as it is when phulucLoad runs (loaded in <head>); the page records what the script does with it.
    const office = `<script>
      window.officeSeen = { initialize: false, onReady: 0 };
      window.Office = {
        onReady: function (callback) { window.officeSeen.onReady++; if (callback) callback({ host: "Excel" }); },
      };
      Object.defineProperty(window.Office, "initialize", {
        set: function (f) { window.officeSeen.initialize = typeof f === "function"; },
        get: function () { return undefined; },
      });
    </script>`;
    for (const agent of [userAgents.ie11, userAgents.edgeLegacy]) {
      const window = loadPage(page(office), agent, { fetch: true });
      expect(window.document.getElementById("old-engine")).not.toBeNull();
      expect((window as unknown as { officeSeen: unknown }).officeSeen).toEqual({
        initialize: true,
        onReady: 1,
      });
    }
    // Without Office.js (it could not load) the message still shows.
    const bare = loadPage(page(), userAgents.ie11);
    expect(bare.document.getElementById("old-engine")).not.toBeNull();
  });

  it("still recognises IE when Office.js has installed its Promise and a fetch polyfill is present", () => {
    const window = loadPage(page(), userAgents.ie11, { fetch: true });
    expect(window.phulucOldEngine).toBe(true);
    expect(window.document.getElementById("old-engine")).not.toBeNull();
  });

  it("shows the message on EdgeHTML (Office 2019's Edge Legacy webview), naming EdgeHTML and not Internet Explorer", () => {
    const window = loadPage(page(), userAgents.edgeLegacy, { fetch: true });
    const message = window.document.getElementById("old-engine");
    expect(message).not.toBeNull();
    expect(message?.getAttribute("data-engine")).toBe("edgehtml");
    const cause = message?.querySelector("p")?.textContent ?? "";
    expect(cause).toContain("Microsoft Edge cũ (EdgeHTML)");
    expect(cause).not.toContain("Internet Explorer");
    expect(message?.textContent).toContain("the old Microsoft Edge engine (EdgeHTML)");
    expect(message?.textContent).toContain("WebView2 Runtime");
    expect(bundleScripts(window.document)).toEqual([]);
  });

  it("shows the message on an engine without fetch, whatever its name", () => {
    const window = loadPage(page(), userAgents.chromium, { fetch: false });
    expect(window.document.getElementById("old-engine")).not.toBeNull();
  });

  it("does nothing on Chromium but load the bundle, in order", () => {
    const window = loadPage(page(), userAgents.chromium);
    const doc = window.document;
    expect(window.phulucOldEngine).toBe(false);
    expect(doc.getElementById("old-engine")).toBeNull();
    expect(doc.getElementById("starting")?.textContent).toBe("Đang mở…");
    const scripts = [...doc.querySelectorAll<HTMLScriptElement>("script[src]")];
    expect(scripts.map((s) => s.getAttribute("src"))).toEqual(["js/taskpane.1234abcd.js"]);
    expect(scripts[0].async).toBe(false);
  });

  it("is plain ES5: no arrow functions, let/const, classes or template literals", () => {
    const code = script
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`/);
    // Trailing commas in calls and parameter lists are ES2017.
    expect(code).not.toMatch(/,\s*\)/);
  });
});
