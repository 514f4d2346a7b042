/**
 * Node's zlib for the .xlsx package's zip entries (src/xlsx/package/zip.ts): the same raw deflate as fflate, done in
 * native code, several times faster on a sheet of a hundred thousand rows; a big part is deflated in Node's thread
 * pool, in pieces side by side. The web page keeps fflate.
 */
import { constants } from "node:buffer";
import zlib from "node:zlib";
import { useZipCodec, type EarlyDeflate } from "../xlsx/package/zip";

/** Deflate level by size: a big sheet at level 1 (fast), a small part at 6 (small), as fflate does. */
const levelFor = (size: number) => (size > 4_000_000 ? 1 : 6);

/** Bytes per piece of a big part deflated in the thread pool (a 30 MB sheet: four pieces at once). */
const PIECE = 8 << 20;

function deflatePiece(piece: Uint8Array, level: number, last: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(
      piece,
      {
        level,
        // Every piece but the last ends on a byte boundary without closing the stream (as pigz does), so the
        // pieces put end to end are one deflate stream; each starts without the last one's window (a few bytes
        // more).
        finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        // The whole output in one buffer as a sheet's XML packs (more than 3:1), so the thread goes on without
        // waiting for the main thread between buffers; not a buffer of the piece's own size, which the output never
        // fills: five 8 MB buffers at once are memory Node reports to V8, which then starts a full collection of
        // the heap (the fill's model) to free it.
        chunkSize: Math.ceil(piece.length / 3) + 1024,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

/**
 * A big part deflated in the thread pool, in pieces deflated side by side and put end to end: each piece of PIECE
 * bytes sent as soon as bytes follow it (a patched sheet's, while the patch goes on), the last one, which ends the
 * stream, with the whole part. The pieces and levels are the same whenever they are sent: one sent early has more
 * than a piece before its end, so the part is over 4 MB and deflated at level 1 as a whole.
 */
function deflateEarly(): EarlyDeflate {
  const pieces: Promise<Buffer>[] = [];
  let sent = 0;
  const send = (data: Uint8Array, length: number) => {
    while (length > sent + PIECE) {
      const piece = deflatePiece(data.subarray(sent, sent + PIECE), levelFor(length), false);
      // A part whose deflate is never finished (the patch changed nothing, or a save without the thread pool)
      // drops its pieces unread; a failure of one that is finished is thrown by finish.
      piece.catch(() => undefined);
      pieces.push(piece);
      sent += PIECE;
    }
  };
  return {
    progress: send,
    async finish(data) {
      if (data.length < sent) throw new Error("A part shorter than its bytes deflated early");
      send(data, data.length);
      pieces.push(deflatePiece(data.subarray(sent), levelFor(data.length), true));
      return Buffer.concat(await Promise.all(pieces));
    },
  };
}

/** A big part deflated in the thread pool, in pieces deflated side by side and put end to end. */
function deflateAsync(data: Uint8Array): Promise<Uint8Array> {
  return deflateEarly().finish(data);
}

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
    deflateAsync,
    deflateEarly,
    // zlib.crc32 is Node 20.15+ and 22.2+; fflate's own checksum before.
    ...(typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array) => zlib.crc32(data) >>> 0 } : {}),
  });
}
