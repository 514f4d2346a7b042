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

/**
 * The package with one entry's uncompressed size, as its zip directory declares it, changed: a workbook that claims
 * to hold more than it does (the reader judges a workbook's size by its directory, before inflating anything).
 */
export function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  let found = false;
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const same = nameLength === encoded.length && encoded.every((b, i) => out[at + 46 + i] === b);
    if (!same) continue;
    view.setUint32(at + 24, size, true);
    found = true;
  }
  if (!found) throw new Error(`no entry ${name}`);
  return out;
}

/**
 * A workbook whose sheet declares 95 MB of XML (more than the reader takes), plausibly: its compressed bytes (random
 * figures, which deflate cannot pack much) could hold that much.
 */
export async function tooLargeWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lớn");
  let seed = 7;
  for (let r = 1; r <= 6000; r++)
    ws.addRow(Array.from({ length: 8 }, () => (seed = (seed * 48271) % 2147483647) / 1000));
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return withDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 95_000_000);
}
