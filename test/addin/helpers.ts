/** What the add-in's tests share: running the Node tools under src/tools, temp folders, and jsdom. */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(__dirname, "../..");
export const tool = (name: string) => path.join(repoRoot, "src/tools", name);

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a Node script with no terminal on stdin (so nothing can prompt), CI=true unless `env` says otherwise. */
export function runNode(
  args: string[],
  options: { env?: Record<string, string>; timeout?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      args,
      {
        cwd: repoRoot,
        env: { ...process.env, CI: "true", ...options.env },
        timeout: options.timeout ?? 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

export function tempDir(prefix = "phuluc-addin-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** The slice of jsdom the tests use (jsdom ships no types here). */
export interface DomWindow {
  document: Document;
  navigator: Navigator;
  phulucOldEngine?: boolean;
  phulucLoad?: (files: string[]) => void;
  fetch?: unknown;
  ResizeObserver?: unknown;
  phulucEngine?: { kind: string; missing: string[] };
  phulucEngineChecks?: { syntax: string[]; builtins: string[] };
}
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { url: string; runScripts: "dangerously"; beforeParse?: (window: DomWindow) => void },
  ) => { window: DomWindow };
}

export const userAgents = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  chromium:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0",
};

/**
 * Loads `html` in jsdom with its inline scripts running, as the engine `userAgent` names. A modern engine gets a
 * fetch function and a ResizeObserver (jsdom has neither; Chromium has both).
 */
export function loadPage(html: string, userAgent: string, options: { fetch?: boolean } = {}): DomWindow {
  const { JSDOM } = createRequire(__filename)("jsdom") as JsdomModule;
  const dom = new JSDOM(html, {
    url: "https://example.gov.vn/phuluc/taskpane.html?view=check",
    runScripts: "dangerously",
    beforeParse(window) {
      Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
      if (options.fetch ?? !/Trident|Edge\//.test(userAgent))
        window.fetch = () => Promise.reject(new Error("offline"));
      if (!/Trident|Edge\//.test(userAgent)) window.ResizeObserver = class {};
    },
  });
  return dom.window;
}
