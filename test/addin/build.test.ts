/**
 * The production build of the add-in (webpack's "taskpane" config) for a server address: a manifest with no
 * localhost left that passes validation against the built files, Office.js for closed networks, and a task pane
 * that keeps React away from Internet Explorer. Builds into a temporary folder (not dist/); takes about a minute.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleFeatures } from "../../src/tools/bundle-features.mjs";
import { loadPage, repoRoot, runNode, tempDir, tool, userAgents, type RunResult } from "./helpers";

const ADDIN_URL = "https://example.gov.vn/phuluc/";
const out = tempDir("phuluc-addin-build-");
let build: RunResult;

beforeAll(async () => {
  const webpackCli = createRequire(__filename).resolve("webpack-cli/bin/cli.js");
  build = await runNode(
    [webpackCli, "--config-name", "taskpane", "--mode", "production", "--output-path", out],
    {
      env: { ADDIN_URL },
      timeout: 280_000,
    },
  );
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(out, file), "utf8");

describe("npm run build with ADDIN_URL", () => {
  it("compiles without errors", () => {
    expect(build.stderr + build.stdout).not.toMatch(/ERROR/);
    expect(build.code).toBe(0);
  });

  it("writes a manifest for the server, with no localhost left", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${ADDIN_URL}taskpane.html?view=check"`);
    expect(manifest).toContain("<AppDomain>https://example.gov.vn</AppDomain>");
  });

  it("writes a manifest that passes validation against the built files", async () => {
    const result = await runNode([
      tool("validate-manifest.mjs"),
      path.join(out, "manifest.xml"),
      "--dist",
      out,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("copies the icons and Microsoft's Office.js with the files it loads", () => {
    for (const file of [
      "assets/icon-32.png",
      "assets/help.html",
      "office-js/office.js",
      "office-js/LICENSE.md",
    ]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    const officeJs = readdirSync(path.join(out, "office-js"));
    expect(officeJs).toEqual(
      expect.arrayContaining([
        "excel-win32-16.01.js",
        "excel-web-16.00.js",
        "o15apptofilemappingtable.js",
        "telemetry",
      ]),
    );
    expect(officeJs.filter((f) => f.endsWith(".debug.js"))).toEqual([]);
    expect(existsSync(path.join(out, "office-js/vi-vn/office_strings.js"))).toBe(true);
    // As Microsoft ships it: not minified again.
    expect(read("office-js/office.js")).toBe(
      readFileSync(path.join(repoRoot, "node_modules/@microsoft/office-js/dist/office.js"), "utf8"),
    );
  });

  it("loads Office.js from the CDN with the local copy as fallback", () => {
    const html = read("taskpane.html");
    const cdnAt = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const fallbackAt = html.indexOf('window.Office||document.write(\'<script src="office-js/office.js">');
    expect(cdnAt).toBeGreaterThan(0);
    expect(fallbackAt).toBeGreaterThan(cdnAt);
    // The engine check runs before Office.js (which installs its own Promise on IE).
    expect(html.indexOf("phulucLoad=")).toBeLessThan(cdnAt);
    expect(read("commands.html")).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("taskpane.html shows the message on IE11 and never loads the bundle there", () => {
    const window = loadPage(read("taskpane.html"), userAgents.ie11);
    expect(window.document.getElementById("old-engine")?.textContent).toContain("Internet Explorer");
    const scripts = [...window.document.querySelectorAll("script[src]")].map(
      (s) => s.getAttribute("src") ?? "",
    );
    expect(scripts.some((s) => s.startsWith("js/taskpane."))).toBe(false);
  });

  it("taskpane.html loads the bundle on Chromium and shows no message", () => {
    const window = loadPage(read("taskpane.html"), userAgents.chromium);
    expect(window.document.getElementById("old-engine")).toBeNull();
    const scripts = [...window.document.querySelectorAll("script[src]")].map(
      (s) => s.getAttribute("src") ?? "",
    );
    const bundle = scripts.find((s) => /^js\/taskpane\.[0-9a-f]{8}\.js$/.test(s));
    expect(bundle).toBeDefined();
    expect(existsSync(path.join(out, bundle ?? ""))).toBe(true);
  });

  it("compiles the function file to ES5, for the IE webview", () => {
    const commands = readdirSync(path.join(out, "js")).find((f) => /^commands\..*\.js$/.test(f));
    expect(commands).toBeDefined();
    const code = read(`js/${commands}`);
    expect(code).not.toMatch(/=>|\bconst\b|\blet\b|\bclass\b|globalThis|`/);
    expect(read("commands.html")).toContain(`js/${commands}`);
  });

  it("probes exactly the syntax the built pane uses, and every newer built-in it calls", () => {
    // The entry and every chunk it loads later (the views are lazy chunks): all of it runs in the pane's engine.
    const chunks = readdirSync(path.join(out, "js")).filter(
      (f) => f.endsWith(".js") && !f.startsWith("commands."),
    );
    expect(chunks.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    const each = chunks.map((f) => bundleFeatures(read(`js/${f}`)));
    const needs = {
      syntax: [...new Set(each.flatMap((n) => n.syntax))].sort(),
      builtins: [...new Set(each.flatMap((n) => n.builtins))].sort(),
    };
    const probe = loadPage(read("taskpane.html"), userAgents.chromium).phulucEngineChecks;
    // Syntax: the probe tests what the bundle has (an engine is never turned away for syntax the pane does not use).
    expect([...(probe?.syntax ?? [])].sort()).toEqual(needs.syntax);
    // Tabster's ES2022 (class static blocks, ??=) is lowered by the build: nothing newer than ES2020 is left, so
    // WebKit 14.1 parses the pane (it needed 16.4 before).
    expect(needs.syntax).not.toContain("class-static-block");
    expect(needs.syntax).not.toContain("logical-assignment");
    expect(needs.syntax).toContain("optional-chaining");
    // Built-ins, found by name: each must be probed, or be a method of the pane's own with that name.
    const probeIdOf: Record<string, string> = {
      WeakRef: "WeakRef",
      globalThis: "globalThis",
      queueMicrotask: "queueMicrotask",
      ResizeObserver: "ResizeObserver",
      ".allSettled": "Promise.allSettled",
      ".matchAll": "String.prototype.matchAll",
      ".fromEntries": "Object.fromEntries",
      ".flatMap": "Array.prototype.flatMap",
    };
    // Read in the bundle: `merges.at(row, col)` (the core's merge index) and tabster's `focusable.findLast({…})`.
    const ownMethods = [".at", ".findLast"];
    const unprobed = needs.builtins.filter(
      (name) => !ownMethods.includes(name) && !probe?.builtins.includes(probeIdOf[name]),
    );
    expect(unprobed, "add these to BUILTINS in src/taskpane/ie-fallback.js").toEqual([]);
  });
});
