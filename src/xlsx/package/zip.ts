/**
 * The zip container of an .xlsx package, read and written by hand on top of fflate's deflate: reading takes the
 * central directory once and inflates one entry when asked; writing copies every entry the action did not change
 * as its original compressed bytes (so an untouched part comes back byte for byte, and costs no deflating), and
 * deflates only the parts written anew. ZIP64 archives are read; written archives need no ZIP64 (an .xlsx is far
 * below its 4 GiB and 65 535-entry limits).
 */
import { deflateSync, inflateSync } from "fflate";

/**
 * How entries are inflated, deflated and checksummed. fflate (pure JavaScript) everywhere by default; the command
 * line hands in Node's zlib (src/cli/zip-codec.ts), several times faster on a big sheet, since the page cannot use
 * it and this module must not import Node.
 */
export interface ZipCodec {
  /** Raw deflate data → bytes (`size`: the size the entry declares, 0 when unknown). */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Bytes → raw deflate data, at a level fitting their size. */
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
  /**
   * The same raw deflate data made off the main thread (the command line: in Node's thread pool, a big part in
   * pieces side by side), for writeZipAsync; absent where there is no such thread (the page).
   */
  deflateAsync?(data: Uint8Array): Promise<Uint8Array>;
  /**
   * deflateAsync begun on a part's first bytes while it is still being written (a patched sheet: its first pieces
   * deflated in the thread pool while the patch goes on); the same raw deflate data in the end.
   */
  deflateEarly?(): EarlyDeflate;
}

/** A part's deflate begun while the part is written (ZipCodec.deflateEarly). */
export interface EarlyDeflate {
  /** `data[0, length)` are the part's first bytes for good: pieces of them may be deflated now. */
  progress(data: Uint8Array, length: number): void;
  /** The whole part (starting with the bytes told of): its raw deflate data, as deflateAsync gives it. */
  finish(data: Uint8Array): Promise<Uint8Array>;
}

/** A deflate begun as a part is written, where the codec can (the command line); undefined elsewhere. */
export function deflateEarly(): EarlyDeflate | undefined {
  return codec.deflateEarly?.();
}

/** Deflate level by size: a big sheet is written in a fraction of the time at level 1, a small part at 6. */
function levelFor(size: number): 1 | 6 {
  return size > 4_000_000 ? 1 : 6;
}

const fflateCodec: ZipCodec = {
  inflate: (data, size) => inflateSync(data, size > 0 ? { out: new Uint8Array(size) } : undefined),
  deflate: (data) => deflateSync(data, { level: levelFor(data.length) }),
  crc32: (data) => crc32(data),
};

let codec: ZipCodec = fflateCodec;

/** Uses these functions from now on (the command line's Node zlib); those not given stay fflate's. */
export function useZipCodec(next: Partial<ZipCodec>): void {
  codec = { ...fflateCodec, ...next };
}

/** The bytes are not a zip we can read (a damaged or truncated file). */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  /** The entry's name as stored (case kept). */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry, kept when it is copied. */
  time: number;
  date: number;
  /** Offset of the entry's compressed data in the archive. */
  dataOffset: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const UTF8_NAME = 0x0800;

/**
 * Deflate packs at most 1032:1: an entry claiming more is a damaged header, which would have us allocate gigabytes
 * (or fail with a RangeError past 4 GiB) before finding the data short.
 */
export function plausibleSize(size: number, compressed: number): boolean {
  return size <= compressed * 1032 + 1024;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(v: DataView, at: number): number {
  const value = v.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError("A ZIP64 size beyond reach");
  return Number(value);
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/** The entries of the archive's central directory, in their order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const v = view(bytes);
  const length = bytes.length;
  // The end record is in the last 22 bytes plus at most a 65 535-byte comment.
  let end = -1;
  for (let i = length - 22; i >= 0 && i >= length - 22 - 65_535; i--) {
    if (v.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("No end of central directory");
  let count = v.getUint16(end + 10, true);
  let directory = v.getUint32(end + 16, true);
  if (
    (count === 0xffff || directory === 0xffffffff) &&
    end >= 20 &&
    v.getUint32(end - 20, true) === LOCATOR64
  ) {
    const record = u64(v, end - 12);
    if (record + 56 > length || v.getUint32(record, true) !== END64)
      throw new ZipError("No ZIP64 end record");
    count = u64(v, record + 32);
    directory = u64(v, record + 48);
  }
  const entries: ZipEntry[] = [];
  let at = directory;
  for (let n = 0; n < count; n++) {
    if (at + 46 > length || v.getUint32(at, true) !== CENTRAL)
      throw new ZipError("A damaged central directory");
    const flags = v.getUint16(at + 8, true);
    const method = v.getUint16(at + 10, true);
    const time = v.getUint16(at + 12, true);
    const date = v.getUint16(at + 14, true);
    const crc = v.getUint32(at + 16, true);
    let compressedSize = v.getUint32(at + 20, true);
    let size = v.getUint32(at + 24, true);
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    let offset = v.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > length) throw new ZipError("A damaged central directory");
    const nameBytes = bytes.subarray(at + 46, nameEnd);
    const name = (flags & UTF8_NAME ? utf8 : latin1).decode(nameBytes);
    // ZIP64: the sizes and offset that do not fit 32 bits are in the extra field 0x0001, in this order.
    for (let e = nameEnd; e + 4 <= nameEnd + extraLength;) {
      const id = v.getUint16(e, true);
      const dataLength = v.getUint16(e + 2, true);
      if (id === 1) {
        let p = e + 4;
        if (size === 0xffffffff) {
          size = u64(v, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(v, p);
          p += 8;
        }
        if (offset === 0xffffffff) offset = u64(v, p);
      }
      e += 4 + dataLength;
    }
    if (offset + 30 > length || v.getUint32(offset, true) !== LOCAL) throw new ZipError("A damaged entry");
    const dataOffset = offset + 30 + v.getUint16(offset + 26, true) + v.getUint16(offset + 28, true);
    if (dataOffset + compressedSize > length) throw new ZipError("An entry past the end of the file");
    entries.push({ name, method, crc, compressedSize, size, time, date, dataOffset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes as stored. */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** The entry's bytes, inflated. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const raw = rawData(bytes, entry);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new ZipError(`Compression method ${entry.method} is not supported`);
  if (!plausibleSize(entry.size, entry.compressedSize)) throw new ZipError("An entry's size is impossible");
  try {
    return codec.inflate(raw, entry.size);
  } catch (error) {
    throw new ZipError(
      `An entry cannot be inflated: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

// ---- Writing -------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * An entry to write: copied as it was stored (`raw`), or new bytes to deflate (`data`; `deflated` when that was done
 * already, `crc` when its checksum was taken).
 */
export type OutEntry =
  | { name: string; copy: ZipEntry; from: Uint8Array }
  | { name: string; data: Uint8Array; deflated?: Uint8Array; crc?: number; early?: EarlyDeflate };

/** Parts from this size on are deflated off the main thread by writeZipAsync (the smaller ones cost next to nothing). */
const DEFLATE_ASYNC_FROM = 1 << 20;

/**
 * writeZip, the big new parts deflated off the main thread when the codec can (the command line): what the caller
 * does until it awaits the bytes runs meanwhile, and a big sheet's pieces are deflated side by side.
 */
export async function writeZipAsync(entries: readonly OutEntry[]): Promise<Uint8Array> {
  const deflateAsync = codec.deflateAsync;
  if (!deflateAsync) return writeZip(entries);
  const big = (entry: OutEntry) =>
    "data" in entry && entry.deflated === undefined && entry.data.length >= DEFLATE_ASYNC_FROM;
  // The big parts' deflating started first, their checksums taken on this thread meanwhile (not after it).
  const deflating = entries.map((entry) =>
    "data" in entry && big(entry)
      ? entry.early
        ? entry.early.finish(entry.data)
        : deflateAsync(entry.data)
      : undefined,
  );
  const checked = entries.map((entry) =>
    "data" in entry && big(entry) && entry.crc === undefined
      ? { ...entry, crc: codec.crc32(entry.data) }
      : entry,
  );
  const ready = await Promise.all(
    checked.map(async (entry, i) => {
      const deflated = deflating[i];
      return deflated && "data" in entry ? { ...entry, deflated: await deflated } : entry;
    }),
  );
  return writeZip(ready);
}

/** 1980-01-01 00:00, as Excel dates the entries it writes: saving the same workbook twice gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** What one entry is stored as: its method, checksum, sizes, dates and the bytes that follow its local header. */
interface PackedEntry {
  method: number;
  crc: number;
  size: number;
  packed: Uint8Array;
  time: number;
  date: number;
}

/** A copied entry as it was stored; new bytes deflated, or stored when deflating would make them grow. */
function packEntry(entry: OutEntry): PackedEntry {
  if ("copy" in entry) {
    const { method, crc, size, time, date } = entry.copy;
    return { method, crc, size, time, date, packed: rawData(entry.from, entry.copy) };
  }
  const size = entry.data.length;
  const crc = entry.crc ?? codec.crc32(entry.data);
  const deflated = entry.deflated ?? codec.deflate(entry.data);
  // Tiny parts may grow when deflated: stored then.
  return deflated.length < size
    ? { method: 8, crc, size, time: DOS_TIME, date: DOS_DATE, packed: deflated }
    : { method: 0, crc, size, time: DOS_TIME, date: DOS_DATE, packed: entry.data };
}

function localHeader(name: Uint8Array, p: PackedEntry): Uint8Array {
  const local = new Uint8Array(30 + name.length);
  const lv = view(local);
  lv.setUint32(0, LOCAL, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, UTF8_NAME, true);
  lv.setUint16(8, p.method, true);
  lv.setUint16(10, p.time, true);
  lv.setUint16(12, p.date, true);
  lv.setUint32(14, p.crc, true);
  lv.setUint32(18, p.packed.length, true);
  lv.setUint32(22, p.size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  return local;
}

function centralHeader(name: Uint8Array, p: PackedEntry, offset: number): Uint8Array {
  const cd = new Uint8Array(46 + name.length);
  const cv = view(cd);
  cv.setUint32(0, CENTRAL, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, UTF8_NAME, true);
  cv.setUint16(10, p.method, true);
  cv.setUint16(12, p.time, true);
  cv.setUint16(14, p.date, true);
  cv.setUint32(16, p.crc, true);
  cv.setUint32(20, p.packed.length, true);
  cv.setUint32(24, p.size, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, offset, true);
  cd.set(name, 46);
  return cd;
}

function endRecord(count: number, centralSize: number, centralOffset: number): Uint8Array {
  const end = new Uint8Array(22);
  const ev = view(end);
  ev.setUint32(0, END, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, centralOffset, true);
  return end;
}

export function writeZip(entries: readonly OutEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const packed = packEntry(entry);
    if (offset > 0xfffffffe || packed.packed.length > 0xfffffffe || packed.size > 0xfffffffe)
      throw new ZipError("The workbook is too large for a zip without ZIP64");
    const local = localHeader(name, packed);
    chunks.push(local, packed.packed);
    central.push(centralHeader(name, packed, offset));
    offset += local.length + packed.packed.length;
  }
  if (entries.length > 0xffff) throw new ZipError("Too many parts for a zip without ZIP64");
  let centralSize = 0;
  for (const c of central) centralSize += c.length;
  const end = endRecord(entries.length, centralSize, offset);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...chunks, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
