/**
 * `npm run test:excel`: an opt-in smoke test in real desktop Excel (Windows or macOS), the way Microsoft's
 * office-addin-test-server supports it. Not part of CI or `npm test`.
 *
 * 1. builds the smoke pane (webpack "excel-smoke": test/excel-smoke/smoke.ts) and serves it on https://localhost:3000
 *    with the Office development certificate (office-addin-dev-certs; the system may ask once to trust it);
 * 2. starts office-addin-test-server on https://localhost:4201, which receives the pane's results;
 * 3. sideloads a manifest for the smoke pane (manifest.xml with its own Id and excel-smoke.html) into desktop Excel
 *    with a copy of assets/samples/dan-tu-word.xlsx (office-addin-debugging start … --document);
 * 4. in Excel the pane inserts the demo's sheets, fills the sample's comparison columns, checks the workbook and reads
 *    back what Excel calculated; the runner prints every step and value, compares them with hand-computed values,
 *    then removes the add-in (office-addin-debugging stop) and stops both servers.
 * Exit code 0 when every step passed and every value is right, 1 otherwise.
 *
 * Elsewhere (Linux) there is no desktop Excel: it prints "skipped" and exits 0 (1 with CI=true, where a skip must
 * not pass for a run). Excel on the web cannot be driven from here: use `npm start` and sideload by hand.
 *
 *   npm run test:excel [-- --timeout 300]
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isCI as ciEnvironment } from "../../src/tools/ci.mjs";
import { environmentWithoutNpmScripts } from "../../src/tools/npm-env.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const isCI = ciEnvironment();
const PANE_PORT = 3000;
const RESULTS_PORT = 4201;
const SMOKE_ID = "5d0b6f5e-8a51-4c1e-9f64-2f1c6a7d3e90";

/** What Excel must show, computed by hand from the figures (not by the code under test). */
function expectedValues(results) {
  const forecast = `Dự báo 2026`;
  const plan = `Kế hoạch 2027`;
  const find = (prefix) => Object.keys(results.values).find((k) => k.startsWith(prefix));
  return [
    ["demo forecast, indicator 5, 2 700 / 2 400", find(`${forecast}!G`), 112.5],
    ["demo forecast, indicator 5, 1 320 / 2 700", find(`${forecast}!H`), (1320 / 2700) * 100],
    ["demo plan, indicator 5, 3 000 / 2 700", find(`${plan}!F`), (3000 / 2700) * 100],
    ["sample, indicator 11, 68,8 / 61,8", "Dự báo 2021!G24", (68.8 / 61.8) * 100],
    ["sample, indicator 11, 62,4 / 68,8", "Dự báo 2021!H24", (62.4 / 68.8) * 100],
    ["sample, indicator 16 (no figures): empty", "Dự báo 2021!G31", ""],
    ["sample, typed 48 kept", "Dự báo 2021!H15", 48],
    ["sample plan, 64 000 / 61 935", "Kế hoạch 2022!F25", (64000 / 61935) * 100],
    ["errors and warnings on the demo's sheets (DEMO_MISTAKES)", "check:demo-findings", 15],
  ];
}

function parseArgs(argv) {
  const options = { timeoutSeconds: 300 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--timeout") options.timeoutSeconds = Number(argv[++i]);
    else throw new Error(`Tham số không rõ / unknown argument: ${argv[i]}`);
  }
  return options;
}

function officeAddinDebugging(args) {
  const cli = join(dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: "inherit",
      env: environmentWithoutNpmScripts(),
    });
    child.on("exit", (code) => resolveRun(code ?? 1));
    child.on("error", () => resolveRun(1));
  });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
};

/** Serves dist/excel-smoke over https on localhost:3000. */
function servePane(dir, options) {
  const server = https.createServer(options, (req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname).replace(
      /^\/+/,
      "",
    );
    const file = join(dir, name || "excel-smoke.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolveServe, reject) => {
    server.once("error", reject);
    server.listen(PANE_PORT, "localhost", () => resolveServe(server));
  });
}

/** manifest.xml for the smoke pane: its own Id and name, every pane URL on excel-smoke.html. */
function smokeManifest(dir) {
  const xml = readFileSync(join(root, "manifest.xml"), "utf8")
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${SMOKE_ID}</Id>`)
    .replace(/taskpane\.html(\?view=[a-z]+)?/g, "excel-smoke.html")
    .replace(/(<DisplayName DefaultValue=")[^"]*"/, '$1Phụ lục TT&amp;TT (kiểm thử)"');
  const file = join(dir, "manifest-excel-smoke.xml");
  writeFileSync(file, xml);
  return file;
}

function close(value, expected) {
  if (typeof expected === "number") return typeof value === "number" && Math.abs(value - expected) < 1e-6;
  return value === expected;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.log(
      [
        "Bỏ qua / skipped: needs desktop Excel.",
        "   Kiểm thử này cần Excel cài trên Windows hoặc macOS; máy này không có. Các kiểm thử khác: npm test.",
        "   This smoke test needs desktop Excel on Windows or macOS, which this machine does not have. Other tests: npm test.",
      ].join("\n"),
    );
    if (isCI)
      console.log("   CI=true: một lần bỏ qua không được tính là đạt / with CI=true a skip does not pass.");
    return isCI ? 1 : 0;
  }

  console.log("Dựng ngăn kiểm thử… / building the smoke pane…");
  const build = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--config-name", "excel-smoke", "--mode", "development"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (build.status !== 0) return 1;

  const work = mkdtempSync(join(tmpdir(), "phuluc-excel-smoke-"));
  const manifest = smokeManifest(work);
  const document = join(work, "dan-tu-word.xlsx");
  copyFileSync(join(root, "assets/samples/dan-tu-word.xlsx"), document);

  const devCerts = require("office-addin-dev-certs");
  const pane = await servePane(join(root, "dist/excel-smoke"), await devCerts.getHttpsServerOptions());
  const { TestServer } = require("office-addin-test-server");
  const testServer = new TestServer(RESULTS_PORT);
  await testServer.startTestServer(true);
  let sideloaded = false;
  try {
    console.log("Nạp vào Excel… / sideloading into Excel…");
    const code = await officeAddinDebugging([
      "start",
      manifest,
      "desktop",
      "--app",
      "excel",
      "--document",
      document,
      "--no-debug",
      "--no-live-reload",
    ]);
    if (code !== 0) {
      console.error("Không nạp được vào Excel. / Could not sideload into Excel.");
      return 1;
    }
    sideloaded = true;
    console.log(
      `Chờ kết quả (tối đa ${options.timeoutSeconds} giây; trên macOS, nếu ngăn không tự mở: Trang đầu › Chèn phụ lục) / ` +
        `waiting for results (up to ${options.timeoutSeconds} s; on macOS, if the pane does not open: Home › Insert appendix)`,
    );
    const results = await Promise.race([
      testServer.getTestResults(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("no results from Excel in time")), options.timeoutSeconds * 1000),
      ),
    ]);
    let ok = true;
    for (const step of results.steps) {
      console.log(`${step.ok ? "✓" : "✗"} ${step.name}: ${step.detail}`);
      ok &&= step.ok;
    }
    for (const [what, key, expected] of expectedValues(results)) {
      const value = key === undefined ? undefined : results.values[key];
      const good = close(value, expected);
      ok &&= good;
      console.log(
        `${good ? "✓" : "✗"} ${what}: ${key} = ${JSON.stringify(value)} (expected ${JSON.stringify(expected)})`,
      );
    }
    console.log(ok ? "Đạt / passed" : "Không đạt / failed");
    return ok ? 0 : 1;
  } finally {
    if (sideloaded) await officeAddinDebugging(["stop", manifest, "desktop"]);
    await testServer.stopTestServer();
    pane.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
