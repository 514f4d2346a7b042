/**
 * The parts of a saved .xlsx package as bytes and text, for the tests that assert what the writer left untouched
 * (byte for byte) and what it changed (well-formed, consistent). Not a reader of cells: those are read by the
 * product's one reader (workbooks.ts).
 */
import { strFromU8, unzipSync } from "fflate";

/** Every zip entry of the package (folders left out), by name. */
export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  const all = unzipSync(bytes);
  for (const name of Object.keys(all)) if (name.endsWith("/")) delete all[name];
  return all;
}

export function partText(bytes: Uint8Array, name: string): string {
  const part = parts(bytes)[name];
  if (!part) throw new Error(`no part ${name} in ${Object.keys(parts(bytes)).join(", ")}`);
  return strFromU8(part);
}
