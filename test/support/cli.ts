/**
 * Runs the built `phuluc` executable (dist/cli/phuluc.cjs), which the vitest global setup (build-cli.ts) rebuilds
 * whenever a source is newer.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
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
  return runCommand(process.execPath, [phulucBin, ...args], options.cwd);
}

function runCommand(command: string, args: string[], cwd = repoRoot): Promise<CliResult> {
  if (!existsSync(phulucBin)) throw new Error("dist/cli/phuluc.cjs is missing: run `npm run build:cli`");
  return new Promise((resolve) => {
    execFile(command, args, { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The user "nobody": file permissions apply to it (they never stop root, which the test machine runs as). */
export const NOBODY = 65534;

/** True when `phulucAsUser` can run as a user without root: not root already, or root with setpriv (util-linux). */
export const userWithoutRoot = process.getuid?.() !== 0 || existsSync("/usr/bin/setpriv");

/**
 * `phuluc` run as a user without root, so that permissions matter: as "nobody" through setpriv when the tests run as
 * root, as the current user otherwise. The working folder and the files the command touches must be reachable by
 * that user (see `sharedTempDir`).
 */
export function phulucAsUser(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  if (process.getuid?.() !== 0) return phuluc(args, options);
  return runCommand(
    "/usr/bin/setpriv",
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, phulucBin, ...args],
    options.cwd,
  );
}

/** A temporary folder every user may enter and write in (mkdtemp makes it private to its owner). */
export function sharedTempDir(prefix = "phuluc-test-"): string {
  const dir = tempDir(prefix);
  chmodSync(dir, 0o777);
  return dir;
}

export function tempDir(prefix = "phuluc-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** A finding of `phuluc check --json`, as the tests read it. */
export interface CheckJsonIssue {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  indicator: string | null;
  message: string;
  expected: unknown;
  actual: unknown;
}

/** `phuluc check --json`, as the tests read it. */
export interface CheckJson {
  files: {
    file: string;
    error?: string;
    issues: CheckJsonIssue[];
    targets: { code: string; status: string }[];
  }[];
  summary: {
    files: number;
    unreadable: number;
    errors: number;
    warnings: number;
    emptyTables: number;
    skipped: string[];
  };
}
