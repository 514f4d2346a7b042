/** File-system edges of the command line: reading a workbook's bytes, writing a result atomically. */
import { promises as fs } from "node:fs";
import path from "node:path";

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: "missing" };

export async function readInputFile(file: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, problem: "missing" };
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch {
    return { ok: false, problem: "missing" };
  }
}

/**
 * Writes next to the target and renames over it, so a reader never sees half a file and a failed write leaves
 * whatever was there before.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * Whether two names reach the same file: the same resolved path, or, when both exist, the same device and inode
 * (another letter case on Windows or macOS, a link, another spelling of a network path).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => undefined), fs.stat(b).catch(() => undefined)]);
  return Boolean(sa && sb && sa.dev === sb.dev && sa.ino === sb.ino);
}
