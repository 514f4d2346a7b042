/**
 * Runs the built `phuluc` executable (dist/cli/phuluc.cjs), which the vitest global setup (build-cli.ts) rebuilds
 * whenever a source is newer.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(__dirname, "../..");
export const phulucBin = path.join(repoRoot, "dist/cli/phuluc.cjs");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function phuluc(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  if (!existsSync(phulucBin)) throw new Error("dist/cli/phuluc.cjs is missing: run `npm run build:cli`");
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [phulucBin, ...args],
      { cwd: options.cwd ?? repoRoot },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function tempDir(prefix = "phuluc-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
