/**
 * Builds of Phụ lục TT&TT.
 * - "cli": the `phuluc` command, one CommonJS file for Node (dist/cli/phuluc.cjs); npm packages stay external and
 *   are loaded from node_modules, so the bundle is small and builds in seconds (run by `npm install` via prepare).
 */
const path = require("path");

const tsRule = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: { transpileOnly: true, compilerOptions: { noEmit: false } },
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
  externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request) && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback())],
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

module.exports = [cli, bench];
