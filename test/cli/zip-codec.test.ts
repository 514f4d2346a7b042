/**
 * The command line's zip codec (src/cli/zip-codec.ts): a big part deflated in Node's thread pool in pieces put end to
 * end is one deflate stream, which another inflater (fflate's) reads back to the very bytes.
 */
import { inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { useNodeZlib } from "../../src/cli/zip-codec";
import {
  deflateEarly,
  entryData,
  rawData,
  readZip,
  useZipCodec,
  writeZipAsync,
} from "../../src/xlsx/package/zip";

/** Rows of a sheet's XML, 20 MB of them (three pieces of the codec's 8 MB), each row a little different. */
function bigSheetXml(): Uint8Array {
  const rows: string[] = [];
  let size = 0;
  for (let r = 1; size < 20_000_000; r++) {
    const row = `<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 100_003}</v></c><c r="B${r}" t="inlineStr"><is><t>Chỉ tiêu ${r}</t></is></c></row>`;
    rows.push(row);
    size += row.length;
  }
  return new TextEncoder().encode(rows.join(""));
}

describe("zip codec of the command line", () => {
  it("deflates a big part in pieces side by side into one stream that inflates back to the same bytes", async () => {
    const data = bigSheetXml();
    const small = new TextEncoder().encode("<workbook/>");
    useNodeZlib();
    try {
      const zip = await writeZipAsync([
        { name: "xl/worksheets/sheet1.xml", data },
        { name: "xl/workbook.xml", data: small },
      ]);
      const entries = readZip(zip);
      expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
        ["xl/worksheets/sheet1.xml", 8, data.length],
        ["xl/workbook.xml", 0, 11],
      ]);
      // fflate, not the codec that wrote it, reads the stream.
      const back = inflateSync(rawData(zip, entries[0]), { out: new Uint8Array(data.length) });
      expect(back.length).toBe(data.length);
      expect(Buffer.from(back).equals(Buffer.from(data))).toBe(true);
      expect(Buffer.from(entryData(zip, entries[1])).toString()).toBe("<workbook/>");
      expect(entries[0].compressedSize).toBeLessThan(data.length / 4);
    } finally {
      useZipCodec({});
    }
  });

  it("deflates a part begun while it was written (its first bytes told in steps, then outgrown) to the same zip", async () => {
    const data = bigSheetXml();
    useNodeZlib();
    try {
      const whole = await writeZipAsync([{ name: "xl/worksheets/sheet1.xml", data }]);
      const early = deflateEarly();
      expect(early).toBeDefined();
      // As a patch writes: its buffer holds the bytes so far and room after them, tells of them row by row, and is
      // outgrown (copied to a bigger one) before the end; the room past what it told of is still being written.
      const first = new Uint8Array(12_000_000);
      first.set(data.subarray(0, 12_000_000));
      first.fill(0x3f, 11_000_000);
      for (let told = 1_000_000; told <= 11_000_000; told += 1_000_000) early?.progress(first, told);
      const zip = await writeZipAsync([
        { name: "xl/worksheets/sheet1.xml", data, ...(early ? { early } : {}) },
      ]);
      expect(zip.length).toBe(whole.length);
      expect(Buffer.from(zip).equals(Buffer.from(whole))).toBe(true);
      const [entry] = readZip(zip);
      const back = inflateSync(rawData(zip, entry), { out: new Uint8Array(data.length) });
      expect(Buffer.from(back).equals(Buffer.from(data))).toBe(true);
    } finally {
      useZipCodec({});
    }
  });

  it("begins no deflate early without the command line's codec (the page)", () => {
    expect(deflateEarly()).toBeUndefined();
  });

  it("reads back to the same bytes a big part that packs worse than its output buffers expect", async () => {
    // 9 MB of pseudo-random hexadecimal digits (two pieces): deflate packs them about 2:1, more than one output
    // buffer a piece.
    const data = new Uint8Array(9_000_000);
    const digits = new TextEncoder().encode("0123456789abcdef");
    let seed = 12345;
    for (let i = 0; i < data.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      data[i] = digits[seed >>> 28];
    }
    useNodeZlib();
    try {
      const zip = await writeZipAsync([{ name: "xl/media/image1.bin", data }]);
      const [entry] = readZip(zip);
      expect([entry.name, entry.method, entry.size]).toEqual(["xl/media/image1.bin", 8, 9_000_000]);
      expect(entry.compressedSize).toBeGreaterThan(3_500_000);
      const back = inflateSync(rawData(zip, entry), { out: new Uint8Array(data.length) });
      expect(Buffer.from(back).equals(Buffer.from(data))).toBe(true);
    } finally {
      useZipCodec({});
    }
  });
});
