/**
 * The command line's zip codec (src/cli/zip-codec.ts): a big part deflated in Node's thread pool in pieces put end to
 * end is one deflate stream, which another inflater (fflate's) reads back to the very bytes.
 */
import { inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { useNodeZlib } from "../../src/cli/zip-codec";
import { entryData, rawData, readZip, useZipCodec, writeZipAsync } from "../../src/xlsx/package/zip";

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
});
