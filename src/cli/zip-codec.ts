/**
 * Node's zlib for the .xlsx package's zip entries (src/xlsx/package/zip.ts): the same raw deflate as fflate, done in
 * native code, several times faster on a sheet of a hundred thousand rows. The web page keeps fflate.
 */
import zlib from "node:zlib";
import { useZipCodec } from "../xlsx/package/zip";

/** Deflate level by size: a big sheet at level 1 (fast), a small part at 6 (small), as fflate does. */
const levelFor = (size: number) => (size > 4_000_000 ? 1 : 6);

export function useNodeZlib(): void {
  useZipCodec({
    // Deflate packs at most 1032:1: more output than that is a damaged or hostile entry, stopped before it fills
    // the memory.
    // (A Buffer is a Uint8Array: no copy.)
    inflate: (data) => zlib.inflateRawSync(data, { maxOutputLength: data.length * 1032 + 1024 }),
    deflate: (data) => zlib.deflateRawSync(data, { level: levelFor(data.length) }),
    // zlib.crc32 is Node 20.15+ and 22.2+; fflate's own checksum before.
    ...(typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array) => zlib.crc32(data) >>> 0 } : {}),
  });
}
