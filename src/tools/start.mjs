/**
 * `npm start`: serves the add-in from memory on https://localhost:3000 (webpack's "taskpane" config in development
 * mode, live reload), then
 * - on Windows and macOS, where desktop Excel is, sideloads it with `office-addin-debugging start manifest.xml`;
 * - elsewhere (Linux), prints how to sideload it into Excel on the web, in Vietnamese then English.
 * `https://localhost:3000/` answers with a small page (Vietnamese first) linking the pane and the web page.
 * Ctrl+C, SIGTERM, or the end of the process that started it (`npm start` runs this under a shell that npm signals,
 * and that shell dies without passing SIGTERM on) stop the server and the sideloading child: nothing keeps serving.
 * office-addin-debugging is run without npm's environment, so that it does not start a second, detached dev server
 * from the package's "dev-server" script (which Ctrl+C would never reach).
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
import { isCI } from "./ci.mjs";
import { environmentWithoutNpmScripts } from "./npm-env.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const manifest = join(root, "manifest.xml");
const DEV_PORT = 3000;

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

/** The page at `/`: what this server serves, Vietnamese first. */
function landingPage() {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Phụ lục TT&amp;TT — máy chủ phát triển / development server</title>
<style>body{font-family:"Segoe UI",-apple-system,Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5;color:#201f1e}
h1{font-size:20px;color:#1F4E79}li{margin:.4em 0}small{color:#605e5c}</style></head>
<body>
<h1>Phụ lục TT&amp;TT — máy chủ phát triển</h1>
<ul>
<li><a href="taskpane.html">Ngăn làm việc</a> (taskpane.html): chạy bên trong Excel sau khi nạp <code>manifest.xml</code>; mở ở đây chỉ thấy lời nhắn mở trong Excel.</li>
<li><a href="web/app.html">Trang web</a> (web/app.html): mở tệp .xlsx ngay trong trình duyệt, bấm <em>Mở tệp mẫu</em> để thử.</li>
</ul>
<p>Dừng máy chủ: Ctrl+C trong cửa sổ đang chạy <code>npm start</code>.</p>
<h2 lang="en" style="font-size:16px">English</h2>
<ul lang="en">
<li><a href="taskpane.html">Task pane</a> (taskpane.html): runs inside Excel once <code>manifest.xml</code> is sideloaded; opened here it only says to open it in Excel.</li>
<li><a href="web/app.html">Web page</a> (web/app.html): opens an .xlsx file in the browser; click <em>Mở tệp mẫu</em> (open the sample) to try it.</li>
</ul>
<p>Stop the server: Ctrl+C in the window running <code>npm start</code>.</p>
<p><small>Phụ lục TT&amp;TT</small></p>
</body></html>
`;
}

/** Serves the landing page at `/` (and /index.html); everything else goes on to webpack's middleware. */
function landingMiddleware(req, res, next) {
  const pathname = (req.url ?? "/").split("?")[0];
  if ((req.method === "GET" || req.method === "HEAD") && (pathname === "/" || pathname === "/index.html")) {
    const body = Buffer.from(landingPage(), "utf8");
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": body.length,
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  next();
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
      setupMiddlewares: (middlewares) => [
        { name: "phuluc-landing", middleware: landingMiddleware },
        ...middlewares,
      ],
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

/** Children still running (the sideloading command), ended with the server. */
const children = new Set();

function runOfficeAddinDebugging(args) {
  const cli = join(dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: "inherit",
      env: environmentWithoutNpmScripts(),
    });
    children.add(child);
    child.on("exit", (code) => {
      children.delete(child);
      resolveRun(code ?? 1);
    });
    child.on("error", () => {
      children.delete(child);
      resolveRun(1);
    });
  });
}

/**
 * Stops the server (and any child) once, whatever asked: a signal, or the parent process gone. A server that does
 * not close within a few seconds (a build under way) is left to the process exit.
 */
function stopOnExit(server) {
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nĐang dừng máy chủ (${why})… / Stopping the server (${why})…`);
    for (const child of children) child.kill("SIGTERM");
    const forced = setTimeout(() => process.exit(0), 5_000);
    forced.unref();
    try {
      await server.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGHUP", () => stop("SIGHUP"));
  // `npm start` signals the shell it started, and a shell that does not pass SIGTERM on leaves this process behind,
  // re-parented: notice and stop. (Windows has no such re-parenting; Ctrl+C reaches every process of the console.)
  if (process.platform !== "win32") {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) stop("parent process ended");
    }, 500).unref();
  }
}

/** What the server serves and where, said once it is up. */
function servedLines(base, security, options) {
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
  return lines;
}

/** `--check`: the pane and the page are served (then the server stops); 0 when they are, else 1. */
async function checkServed(base, server, stats) {
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

  console.log(servedLines(base, security, options).join("\n"));

  if (options.check) return checkServed(base, server, stats);

  stopOnExit(server);

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
