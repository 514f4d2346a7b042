/**
 * Node's zlib for the .xlsx package's zip entries (src/xlsx/package/zip.ts): the same raw deflate as fflate, done in
 * native code, several times faster on a sheet of a hundred thousand rows. The web page keeps fflate.
 */
import { constants } from "node:buffer";
import zlib from "node:zlib";
import { useZipCodec } from "../xlsx/package/zip";

/** Deflate level by size: a big sheet at level 1 (fast), a small part at 6 (small), as fflate does. */
const levelFor = (size: number) => (size > 4_000_000 ? 1 : 6);

export function useNodeZlib(): void {
  useZipCodec({
    // No more than the size the entry declares (the reader refuses a workbook by the declared sizes), and no more
    // than deflate can pack (1032:1): a damaged or hostile entry is stopped before it fills the memory. (A Buffer
    // is a Uint8Array: no copy.)
    inflate: (data, size) =>
      zlib.inflateRawSync(data, {
        maxOutputLength: Math.min(size > 0 ? size : data.length * 1032 + 1024, constants.MAX_LENGTH),
      }),
    deflate: (data) => zlib.deflateRawSync(data, { level: levelFor(data.length) }),
    // zlib.crc32 is Node 20.15+ and 22.2+; fflate's own checksum before.
    ...(typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array) => zlib.crc32(data) >>> 0 } : {}),
  });
}
