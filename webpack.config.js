/**
 * Builds of Phụ lục TT&TT.
 * - "cli": the `phuluc` command, one CommonJS file for Node (dist/cli/phuluc.cjs); npm packages stay external and
 *   are loaded from node_modules, so the bundle is small and builds in seconds (run by `npm install` via prepare).
 * - "taskpane": the Excel add-in as a static site in dist/ (task pane, function file, icons, manifest, Office.js).
 */
const path = require("path");

const tsRule = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: { transpileOnly: true, compilerOptions: { noEmit: false } },
};

/**
 * Tabster (Fluent UI's focus manager, the only package of the pane with syntax newer than ES2020) ships ES2022: class
 * static blocks and `??=`. Lowered to ES2020 like our own code, so that the pane parses in WebKit 14.1+ (older Macs and
 * iPads) and not only from 16.4. The pane then needs of the engine ES2020 syntax and WeakRef (keyborg, tabster):
 * src/taskpane/ie-fallback.js probes exactly that, and test/addin/build.test.ts compares the two on every build.
 */
const tabsterRule = {
  test: /\.m?js$/,
  include: /[\\/]node_modules[\\/]tabster[\\/]/,
  loader: "ts-loader",
  options: {
    transpileOnly: true,
    compilerOptions: { noEmit: false, allowJs: true, target: "ES2020", useDefineForClassFields: true },
  },
};

const cli = {
  name: "cli",
  target: "node20",
  entry: { phuluc: "./src/cli/phuluc.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].cjs",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: { rules: [tsRule] },
  // Everything from node_modules is required at run time rather than bundled.
  externals: [
    ({ request }, callback) =>
      /^[a-z@][^:]*$/i.test(request) && !request.startsWith(".")
        ? callback(null, `commonjs ${request}`)
        : callback(),
  ],
  externalsPresets: { node: true },
  plugins: [
    new (require("webpack").BannerPlugin)({ banner: "#!/usr/bin/env node", raw: true }),
    {
      // The executable bit, so `npx phuluc` can run the file directly.
      apply: (compiler) =>
        compiler.hooks.afterEmit.tap("chmod", () =>
          require("fs").chmodSync(path.resolve(__dirname, "dist/cli/phuluc.cjs"), 0o755),
        ),
    },
  ],
  optimization: { minimize: false },
  devtool: false,
  stats: "errors-warnings",
};

/** The benchmark behind `npm run bench` (test/bench/bench.ts), built the same way as the command line. */
const bench = {
  ...cli,
  name: "bench",
  entry: { bench: "./test/bench/bench.ts" },
  output: { path: path.resolve(__dirname, "dist/bench"), filename: "[name].cjs", clean: true },
  // The fixtures are found relative to their source folder; `npm run bench` runs from the repository root.
  node: { __dirname: true },
  plugins: [],
};

/**
 * The initial JavaScript of an entry (the chunks its page loads before the first paint), gzipped as a server sends it:
 * printed after every production build, and an error when over its budget. Lazy chunks (the pane's views, the web
 * page's document view and .xlsx reader) are not counted: they load after the first paint.
 */
class InitialJsBudgetPlugin {
  constructor(entry, budgetBytes) {
    this.entry = entry;
    this.budget = budgetBytes;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InitialJsBudgetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialJsBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          if (compiler.options.mode !== "production") return;
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = entrypoint.getFiles().filter((f) => f.endsWith(".js"));
          let gzipped = 0;
          for (const file of files)
            gzipped += require("zlib").gzipSync(compilation.getAsset(file).source.buffer(), {
              level: 9,
            }).length;
          const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
          const line = `${compiler.options.name}: initial JavaScript of «${this.entry}» ${kb(gzipped)} gzipped (budget ${kb(this.budget)}; ${files.join(", ")})`;
          console.log(line);
          if (gzipped > this.budget) compilation.errors.push(new WebpackError(`Over budget: ${line}`));
        },
      );
    });
  }
}

// ---- The Excel add-in ------------------------------------------------------------------------------------------
/**
 * "taskpane": the add-in as a static site in dist/: taskpane.html (+ js/taskpane.*.js), commands.html (the function
 * file), assets/ (icons, help page), manifest.xml, and office-js/ (Microsoft's Office.js from @microsoft/office-js,
 * used when the CDN is unreachable: closed government networks).
 * - `npm run build` (production): the manifest's https://localhost:3000/ becomes ADDIN_URL (an https address ending
 *   in "/"); without ADDIN_URL the manifest keeps localhost, with a warning. OFFICE_JS=local makes the pages load
 *   Office.js only from office-js/ (no wait on an unreachable CDN).
 * - `npm start` / `npm run dev-server`: the same config served from memory on https://localhost:3000.
 * React and Fluent UI only ever reach engines that can run them: taskpane.html checks the engine first
 * (src/taskpane/ie-fallback.js) and the function file is compiled to ES5.
 * The site shares dist/ with the other builds, so cleaning removes only this config's own files.
 */
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The development address written in manifest.xml. */
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const ieFallbackFile = path.resolve(__dirname, "src/taskpane/ie-fallback.js");
/** What the taskpane config writes into dist/ (and so may clean). */
const addinOutputs =
  /^(js\/(taskpane|commands)\b|taskpane\.html$|commands\.html$|manifest\.xml$|assets\/|office-js\/)/;

/** Why ADDIN_URL cannot replace the development address, or null when it can. */
function addinUrlProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `ADDIN_URL "${url}" is not a URL`;
  }
  if (parsed.protocol !== "https:")
    return `ADDIN_URL "${url}" must be https: Office loads add-ins over https only`;
  if (!url.endsWith("/")) return `ADDIN_URL "${url}" must end with "/" (the folder that holds taskpane.html)`;
  if (parsed.search || parsed.hash) return `ADDIN_URL "${url}" must not have a query or a fragment`;
  return null;
}

/** The manifest with the development address replaced: full URLs by ADDIN_URL, the bare origin (AppDomain) by its origin. */
function productionManifest(xml, addinUrl) {
  const devOrigin = DEV_URL.slice(0, -1);
  return xml.split(DEV_URL).join(addinUrl).split(devOrigin).join(new URL(addinUrl).origin);
}

/** Emits manifest.xml, rewritten for ADDIN_URL in production builds. */
class AddinManifestPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const { Compilation, WebpackError } = compiler.webpack;
    const source = path.resolve(__dirname, "manifest.xml");
    compiler.hooks.thisCompilation.tap("AddinManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(source);
          let xml = fs.readFileSync(source, "utf8");
          const addinUrl = process.env.ADDIN_URL;
          if (compiler.options.mode === "production") {
            if (!addinUrl) {
              compilation.warnings.push(
                new WebpackError(
                  `ADDIN_URL is not set: dist/manifest.xml still points to ${DEV_URL}. ` +
                    `Build for a server with ADDIN_URL=https://host/path/ npm run build. ` +
                    `(Chưa đặt ADDIN_URL: manifest vẫn trỏ về ${DEV_URL}.)`,
                ),
              );
            } else if (addinUrlProblem(addinUrl)) {
              compilation.errors.push(new WebpackError(addinUrlProblem(addinUrl)));
            } else {
              xml = productionManifest(xml, addinUrl);
            }
          }
          compilation.emitAsset("manifest.xml", new RawSource(xml));
        },
      );
    });
  }
}

/** Office.js from the CDN with the local copy as fallback, or (OFFICE_JS=local) the local copy only. */
const officeJsParameters = () => ({
  officeJsCdn: process.env.OFFICE_JS === "local" ? null : OFFICE_JS_CDN,
  officeJsLocal: "office-js/office.js",
});

/** Office.js as Microsoft ships it (its licence asks for the original form): not minified again. */
const officeJsCopy = (from) => ({
  from,
  context: officeJsDist,
  to: "office-js/[path][name][ext]",
  info: { minimized: true },
});
// (For a glob, [path] is the folder below officeJsDist; for a plain file it is empty, so nested files name their folder.)

const taskpane = {
  name: "taskpane",
  // ES5 runtime: commands.js must run in the Internet Explorer webview. The pane's own code is ES2020 and never
  // loaded there.
  target: ["web", "es5"],
  entry: {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "js/[name].[contenthash:8].js",
    publicPath: "auto",
    clean: { keep: (file) => !addinOutputs.test(file.replace(/\\/g, "/")) },
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [
      {
        ...tsRule,
        include: path.resolve(__dirname, "src/commands"),
        // TypeScript 6 deprecates ES5 output; IE needs it. (TypeScript 7 drops it: then a Babel pass or hand-written ES5.)
        options: {
          transpileOnly: true,
          compilerOptions: { noEmit: false, target: "ES5", ignoreDeprecations: "6.0" },
        },
      },
      { ...tsRule, exclude: [/node_modules/, path.resolve(__dirname, "src/commands")] },
      tabsterRule,
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      // The template loads the bundle itself, through the engine check.
      inject: false,
      templateParameters: (compilation, assets, assetTags, options) => {
        compilation.fileDependencies.add(ieFallbackFile);
        return {
          compilation,
          htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          ieFallback: fs.readFileSync(ieFallbackFile, "utf8"),
          ...officeJsParameters(),
        };
      },
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
      templateParameters: officeJsParameters(),
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets", to: "assets" },
        officeJsCopy("office.js"),
        { ...officeJsCopy("LICENSE.md"), context: path.dirname(officeJsDist) },
        // The files office.js loads next to itself: the host's script, the Office 2013 mapping, the locale strings
        // and the telemetry sink (without their .debug twins).
        { ...officeJsCopy("excel*.js"), globOptions: { ignore: ["**/*.debug.js"] } },
        officeJsCopy("o15apptofilemappingtable.js"),
        { ...officeJsCopy("telemetry/oteljs_agave.js"), to: "office-js/telemetry/[name][ext]" },
        officeJsCopy("*/office_strings.js"),
      ],
    }),
    new AddinManifestPlugin(),
    // The pane's first paint: React, Fluent UI, the title, the settings and the tabs (each view is a lazy chunk).
    new InitialJsBudgetPlugin("taskpane", 230_000),
  ],
  // Sizes are watched gzipped by InitialJsBudgetPlugin; webpack's own hints count uncompressed bytes.
  performance: false,
  devServer: {
    port: 3000,
    // The add-in's files are served from memory; assets/ and office-js/ are copied into it like in dist/.
    static: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    client: { overlay: { warnings: false } },
  },
  stats: "errors-warnings",
};

// ---- The web page ----------------------------------------------------------------------------------------------
/**
 * "web": the web page as a static site in dist/web/: app.html and js/. The first chunk is the shell (React, Fluent
 * UI, the header and the welcome); the pane and the sheets (js/document.*.js) and the .xlsx reader and writer with
 * the consolidation (js/xlsx.*.js) are lazy chunks loaded with the first file, so the first paint does not wait for
 * them. The sample's data (test/fixtures/*.tsv) is bundled as text. ExcelJS is in no bundle.
 * `npx webpack --config-name web --mode production`; preview: `npx webpack serve --config-name web` (port 3001).
 */
const web = {
  name: "web",
  target: ["web", "es2020"],
  entry: { app: "./src/web/main.tsx" },
  output: {
    path: path.resolve(__dirname, "dist/web"),
    filename: "js/[name].[contenthash:8].js",
    chunkFilename: "js/[name].[contenthash:8].js",
    publicPath: "auto",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: { rules: [tsRule, tabsterRule, { test: /\.tsv$/, type: "asset/source" }] },
  plugins: [
    new HtmlWebpackPlugin({ filename: "app.html", template: "./src/web/app.html", chunks: ["app"] }),
    new InitialJsBudgetPlugin("app", 200_000),
  ],
  performance: false,
  devServer: { port: 3001, static: false, client: { overlay: { warnings: false } } },
  stats: "errors-warnings",
};

/** The benchmark behind `npm run bench:web` (test/bench/web-bench.ts), built like "bench". */
const benchWeb = {
  ...bench,
  name: "bench-web",
  entry: { "web-bench": "./test/bench/web-bench.ts" },
  output: { path: path.resolve(__dirname, "dist/bench-web"), filename: "[name].cjs", clean: true },
};

/**
 * "sample": the script behind `npm run sample`, which writes assets/samples/dan-tu-word.xlsx (the pasted-from-Word workbook
 * of the README's "try it" step) from the web page's sample builder; built like "bench", with the TSV data as text.
 */
const sample = {
  ...bench,
  name: "sample",
  entry: { "make-sample": "./src/tools/make-sample.ts" },
  output: { path: path.resolve(__dirname, "dist/sample"), filename: "[name].cjs", clean: true },
  module: { rules: [tsRule, { test: /\.tsv$/, type: "asset/source" }] },
};

/**
 * "excel-smoke": the pane of the opt-in Excel smoke test (`npm run test:excel`, test/excel-smoke/run.mjs), which runs
 * insert, fill and check inside desktop Excel and posts the results to office-addin-test-server. Never in CI.
 */
const excelSmoke = {
  name: "excel-smoke",
  target: ["web", "es2020"],
  entry: { smoke: "./test/excel-smoke/smoke.ts" },
  output: { path: path.resolve(__dirname, "dist/excel-smoke"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: { rules: [tsRule] },
  plugins: [
    new HtmlWebpackPlugin({ filename: "excel-smoke.html", template: "./test/excel-smoke/smoke.html" }),
  ],
  devtool: "source-map",
  stats: "errors-warnings",
};

/**
 * "office-host": the test Office host (test/office-host/) as one script for the browser, served by the pane's
 * end-to-end tests where Office.js would load. Written to test-output/office-host/, never into dist/ (which is
 * deployed). Not part of `npm run build`.
 */
const officeHost = {
  name: "office-host",
  target: ["web", "es2020"],
  entry: { "office-host": "./test/office-host/browser.ts" },
  output: { path: path.resolve(__dirname, "test-output/office-host"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: { rules: [tsRule] },
  optimization: { minimize: false },
  devtool: false,
  stats: "errors-warnings",
};

module.exports = [cli, bench, taskpane, web, benchWeb, sample, excelSmoke, officeHost];
