/**
 * `npm start`: serves the add-in from memory on https://localhost:3000 (webpack's "taskpane" config in development
 * mode, live reload), then
 * - on Windows and macOS, where desktop Excel is, sideloads it with `office-addin-debugging start manifest.xml`;
 * - elsewhere (Linux), prints how to sideload it into Excel on the web, in Vietnamese then English.
 * Never prompts: with CI=true, or where the certificate could only be trusted through an interactive sudo, it uses a
 * certificate of its own (node_modules/.cache/phuluc-dev-certs) and says how to accept it in the browser; if even that
 * fails, it serves plain http and says what that cannot do.
 *
 *   node src/tools/start.mjs [--no-sideload] [--port N] [--check]
 *     --no-sideload  serve only (`npm run dev-server`)
 *     --port N       another port (the manifest expects 3000: for tests and busy machines)
 *     --check        build, serve, fetch taskpane.html once, report and stop (a smoke test)
 *     --hints        print the sideloading steps and stop (`npm run sideload:hints`)
 */
import { spawn, spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import http from "node:http";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const manifest = join(root, "manifest.xml");
const DEV_PORT = 3000;

const isCI = () => !!process.env.CI && !["false", "0"].includes(process.env.CI.toLowerCase());
const hasDesktopExcel = () => process.platform === "win32" || process.platform === "darwin";

function parseArgs(argv) {
  const options = { sideload: true, port: DEV_PORT, check: false, hints: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-sideload") options.sideload = false;
    else if (arg === "--check") options.check = true;
    else if (arg === "--hints") options.hints = true;
    else if (arg === "--port") options.port = Number(argv[++i]);
    else throw new Error(`Tham số không rõ / unknown argument: ${arg}`);
  }
  if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535)
    throw new Error("--port N: 1–65535");
  return options;
}

// ---- Certificates -------------------------------------------------------------------------------------------------

/** Whether office-addin-dev-certs can trust its CA without asking anyone (no password prompt, no dialog in CI). */
function canInstallCertificates() {
  if (isCI()) return false;
  if (hasDesktopExcel()) return true; // Windows and macOS ask through the system's own dialog, as Microsoft's template does
  if (process.platform !== "linux") return false;
  const updater = ["/usr/sbin/update-ca-certificates", "/usr/sbin/update-ca-trust"].some((f) =>
    existsSync(f),
  );
  const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 10_000 });
  return updater && sudo.status === 0;
}

/** A certificate for localhost of our own, reused while valid: the browser is asked to accept it once. */
async function ownCertificate() {
  const dir = join(root, "node_modules", ".cache", "phuluc-dev-certs");
  const files = {
    ca: join(dir, "ca.crt"),
    cert: join(dir, "localhost.crt"),
    key: join(dir, "localhost.key"),
  };
  const valid = () => {
    try {
      const cert = new X509Certificate(readFileSync(files.cert));
      return existsSync(files.key) && new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
    } catch {
      return false;
    }
  };
  if (!valid()) {
    rmSync(dir, { recursive: true, force: true });
    const { generateCertificates } = require("office-addin-dev-certs");
    await quietly(() => generateCertificates(files.ca, files.cert, files.key, 365));
  }
  return { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key), dir };
}

/** Runs `work` with console.log silenced (office-addin-dev-certs narrates in English only). */
async function quietly(work) {
  const log = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

/** { type: "https", options, trusted, note } or { type: "http", note }. */
async function serverSecurity() {
  if (canInstallCertificates()) {
    try {
      const devCerts = require("office-addin-dev-certs");
      const options = await devCerts.getHttpsServerOptions();
      return { type: "https", options, trusted: true };
    } catch (error) {
      console.warn(
        `Không cài được chứng chỉ phát triển của Microsoft, dùng chứng chỉ riêng. / ` +
          `Could not install Microsoft's development certificate; using one of our own.\n  ${firstLine(error)}`,
      );
    }
  }
  try {
    const own = await ownCertificate();
    return {
      type: "https",
      options: { ca: own.ca, cert: own.cert, key: own.key },
      trusted: false,
      dir: own.dir,
    };
  } catch (error) {
    return { type: "http", note: firstLine(error) };
  }
}

const firstLine = (error) => String(error instanceof Error ? error.message : error).split("\n")[0];

// ---- Messages -----------------------------------------------------------------------------------------------------

function sideloadHints({ base, trusted, type }) {
  const manifestPath = relative(process.cwd(), manifest) || manifest;
  const acceptVi = trusted
    ? []
    : [
        `   Nếu trình duyệt cảnh báo chứng chỉ: mở ${base}taskpane.html một lần và chọn tiếp tục (chứng chỉ tự ký, chỉ dùng khi phát triển).`,
      ];
  const acceptEn = trusted
    ? []
    : [
        `   If the browser warns about the certificate: open ${base}taskpane.html once and proceed (a self-signed development certificate).`,
      ];
  const httpVi =
    type === "http"
      ? [
          "   Lưu ý: máy chủ chạy http, Excel chỉ nạp phần bổ trợ qua https; chỉ xem thử được các trang trong trình duyệt.",
        ]
      : [];
  const httpEn =
    type === "http"
      ? [
          "   Note: the server runs plain http, and Excel loads add-ins over https only; the pages can only be previewed in a browser.",
        ]
      : [];
  return [
    "Nạp phần bổ trợ vào Excel trên web:",
    ...acceptVi,
    ...httpVi,
    "   1. Mở một sổ tính trong Excel trên web (https://www.office.com).",
    "   2. Thẻ Trang đầu › Phần bổ trợ › Tải lên phần bổ trợ của tôi (có bản: Phần bổ trợ khác › Phần bổ trợ của tôi › Tải lên).",
    `   3. Chọn tệp ${manifestPath}. Nhóm «Phụ lục TTTT» hiện trên thẻ Trang đầu: Chèn phụ lục, Kiểm tra.`,
    "",
    "Sideload into Excel on the web:",
    ...acceptEn,
    ...httpEn,
    "   1. Open a workbook in Excel on the web (https://www.office.com).",
    "   2. Home › Add-ins › Upload My Add-in (in some versions: More Add-ins › My Add-ins › Upload My Add-in).",
    `   3. Choose ${manifestPath}. The group "ICT appendix" appears on the Home tab: Insert appendix, Check.`,
  ];
}

// ---- Server -------------------------------------------------------------------------------------------------------

async function startServer(port, security) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const configs = require(join(root, "webpack.config.js"));
  const config = configs.find((c) => c.name === "taskpane");
  const web = configs.find((c) => c.name === "web");
  // The pane and the web page from one server: the page at /web/app.html, as deployed beside the pane.
  const compiler = webpack([
    { ...config, mode: "development", infrastructureLogging: { level: "warn" } },
    { ...web, mode: "development", output: { ...web.output, publicPath: "/web/" }, devServer: undefined },
  ]);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      host: "localhost",
      hot: false,
      liveReload: true,
      server: security.type === "https" ? { type: "https", options: security.options } : { type: "http" },
    },
    compiler,
  );
  const firstBuild = new Promise((resolveBuild) =>
    compiler.hooks.done.tap("phuluc-start", (stats) => resolveBuild(stats)),
  );
  await server.start();
  const stats = await firstBuild;
  return { server, stats };
}

function fetchPage(url) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolveFetch, reject) => {
    const request = client.get(url, { rejectUnauthorized: false, timeout: 30_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolveFetch({ status: response.statusCode, body }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

function runOfficeAddinDebugging(args) {
  const cli = join(dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
    child.on("exit", (code) => resolveRun(code ?? 1));
    child.on("error", () => resolveRun(1));
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.hints) {
    console.log(
      sideloadHints({ base: `https://localhost:${DEV_PORT}/`, trusted: false, type: "https" }).join("\n"),
    );
    return 0;
  }
  const security = await serverSecurity();
  const base = `${security.type}://localhost:${options.port}/`;
  console.log(`Phụ lục TT&TT: đang dựng bản phát triển… / building the development bundle…`);

  let started;
  try {
    started = await startServer(options.port, security);
  } catch (error) {
    if (error?.code === "EADDRINUSE") {
      console.error(
        `Cổng ${options.port} đang bận: có thể máy chủ phát triển đã chạy (npm stop, hoặc đóng cửa sổ đó). / ` +
          `Port ${options.port} is busy: the development server may already be running (npm stop, or close that window).`,
      );
      return 1;
    }
    throw error;
  }
  const { server, stats } = started;
  if (stats.hasErrors()) {
    console.error(stats.toString("errors-only"));
    console.error("Bản dựng có lỗi (xem trên). / The build has errors (above).");
  }

  const lines = [
    "",
    `Máy chủ phát triển / development server: ${base}  (Ctrl+C để dừng / to stop)`,
    `   Ngăn làm việc / task pane:  ${base}taskpane.html`,
    `   Trang web / web page:        ${base}web/app.html  (mở tệp .xlsx ngay trong trình duyệt / open an .xlsx in the browser)`,
    `   Manifest:                   ${manifest}`,
  ];
  if (security.type === "https" && !security.trusted) {
    lines.push(`   Chứng chỉ tự ký / self-signed certificate: ${security.dir}`);
  }
  if (security.type === "http") {
    lines.push(
      `   Không tạo được chứng chỉ, máy chủ chạy http. / No certificate could be made, serving plain http: ${security.note}`,
    );
  }
  if (options.port !== DEV_PORT) {
    lines.push(
      `   manifest.xml trỏ tới cổng ${DEV_PORT}, không phải ${options.port}. / manifest.xml points to port ${DEV_PORT}, not ${options.port}.`,
    );
  }
  console.log(lines.join("\n"));

  if (options.check) {
    const page = await fetchPage(`${base}taskpane.html`);
    const app = await fetchPage(`${base}web/app.html`);
    await server.stop();
    const ok =
      page.status === 200 && page.body.includes("phulucLoad(") && app.status === 200 && !stats.hasErrors();
    console.log(
      ok
        ? `Kiểm tra: ${base}taskpane.html trả về 200. / Check: served fine.`
        : `Kiểm tra thất bại / check failed: HTTP ${page.status} (taskpane.html), ${app.status} (web/app.html)`,
    );
    return ok ? 0 : 1;
  }

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  if (options.sideload && hasDesktopExcel() && !isCI() && options.port === DEV_PORT) {
    console.log("Đang nạp phần bổ trợ vào Excel… / Sideloading into Excel…");
    const code = await runOfficeAddinDebugging([
      "start",
      manifest,
      "desktop",
      "--app",
      "excel",
      "--dev-server-port",
      String(options.port),
    ]);
    if (code === 0) return null; // keep serving
    console.log("\nKhông mở được Excel trên máy này. / Could not open desktop Excel.\n");
  }
  if (options.sideload || !hasDesktopExcel())
    console.log(["", ...sideloadHints({ base, trusted: security.trusted, type: security.type })].join("\n"));
  return null; // keep serving until Ctrl+C
}

main().then(
  (code) => {
    if (code !== null) process.exit(code);
  },
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
