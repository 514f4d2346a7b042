/**
 * Vitest global setup: the CLI tests run the built `dist/cli/phuluc.cjs`, so it is rebuilt before any test runs when
 * it is missing or older than a source it is built from (src/, the webpack config, package.json). `npm test` builds
 * it first and this finds it fresh; a direct `npx vitest run test/cli/…` after an edit never tests a stale binary.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
export const cliBundle = path.join(root, "dist/cli/phuluc.cjs");

/** The newest modification time among the files under `dir` (0 for none). */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or a source is newer than it. */
export function cliBundleStale(): boolean {
  if (!existsSync(cliBundle)) return true;
  const built = statSync(cliBundle).mtimeMs;
  const sources = Math.max(
    newestUnder(path.join(root, "src")),
    ...["webpack.config.js", "package.json", "tsconfig.json"].map(
      (f) => statSync(path.join(root, f)).mtimeMs,
    ),
  );
  return sources > built;
}

export default function setup(): void {
  if (!cliBundleStale()) return;
  execFileSync("npx", ["webpack", "--config-name", "cli", "--mode", "production"], {
    cwd: root,
    stdio: "pipe",
    timeout: 300_000,
  });
  // webpack leaves an unchanged bundle unwritten (compareBeforeEmit): mark it as built from these sources.
  const now = new Date();
  utimesSync(cliBundle, now, now);
}
