/**
 * npm's environment without what would make office-addin-debugging start the "dev-server" script itself, as a
 * detached process that outlives the caller (it reads the scripts through npm_package_json, or the npm 6 variables).
 * Shared by `npm start` (start.mjs) and the Excel smoke test (test/excel-smoke/run.mjs).
 */
export function environmentWithoutNpmScripts() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === "npm_package_json" || key.startsWith("npm_package_scripts_")) delete env[key];
  }
  return env;
}
