/**
 * Draws the add-in's icons into assets/ as PNG files, with nothing but Node's zlib: a tiny rasterizer (shapes tested
 * per sub-pixel, 4×4 supersampling) and a PNG writer (signature, IHDR, IDAT, IEND, CRC-32 computed here).
 *
 *   node src/tools/make-icons.mjs [outDir]      (default: assets/ at the repository root)
 *
 * The output is deterministic: running it again gives the same bytes, so the committed PNGs can be checked against it.
 * - icon-<16|32|64|80|128>.png: the add-in's icon, a white table on the brand blue (#1F4E79) with "PL" under it
 *   (16 px: the table alone, letters would be a smudge at that size).
 * - insert-<16|32|80>.png, check-<16|32|80>.png: the ribbon buttons "Chèn phụ lục" and "Kiểm tra": the table with a
 *   green badge holding a plus or a check mark.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { Buffer } from "node:buffer";

const BRAND = [0x1f, 0x4e, 0x79];
const HEADER = [0xbd, 0xd7, 0xee];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x41];
const SUPERSAMPLE = 4;

// ---- PNG writer -------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (width × height × 4 bytes, rows top to bottom) → PNG file bytes (8-bit RGBA, no interlace). */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter method, interlace: all 0
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Shapes (unit square, y down) and rasterizer -----------------------------------------------------------------

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Points within width/2 of the segment. */
function stroke(x0, y0, x1, y1, width) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / len2));
    return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (width / 2) ** 2;
  };
}

/** The right half of a ring: the bowl of the letter P. */
const halfRing = (cx, cy, outer, inner) => (x, y) => {
  const d2 = (x - cx) ** 2 + (y - cy) ** 2;
  return x >= cx && d2 <= outer * outer && d2 >= inner * inner;
};

const both = (a, b) => (x, y) => a(x, y) && b(x, y);

/** Paints the layers ([shape, rgb] in order, later on top) into a size × size RGBA buffer, antialiased. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let colour = null;
          for (const [shape, rgb] of layers) if (shape(x, y)) colour = rgb;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        out[i] = Math.round(r / covered);
        out[i + 1] = Math.round(g / covered);
        out[i + 2] = Math.round(b / covered);
        out[i + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return out;
}

// ---- Designs ----------------------------------------------------------------------------------------------------

/** Snaps a unit coordinate to the pixel grid, so that grid lines stay crisp at every size. */
const snapper = (size) => (v) => Math.round(v * size) / size;

/** A table: white body, light-blue header row, brand-blue rules (one header rule, one row rule, two column rules). */
function table(size, x0, y0, x1, y1, { outline }) {
  const s = snapper(size);
  const line = Math.max(1, Math.round(size * 0.04)) / size;
  [x0, y0, x1, y1] = [s(x0), s(y0), s(x1), s(y1)];
  const radius = Math.max(1 / size, (x1 - x0) * 0.05);
  const headerBottom = s(y0 + (y1 - y0) * 0.3);
  const rowRule = s(y0 + (y1 - y0) * 0.65);
  const colRule1 = s(x0 + (x1 - x0) * 0.3);
  const colRule2 = s(x0 + (x1 - x0) * 0.65);
  const layers = [];
  if (outline) {
    layers.push([roundRect(x0, y0, x1, y1, radius), BRAND]);
    [x0, y0, x1, y1] = [x0 + line, y0 + line, x1 - line, y1 - line];
  }
  const body = roundRect(x0, y0, x1, y1, outline ? Math.max(0, radius - line) : radius);
  layers.push([body, WHITE]);
  layers.push([both(body, (x, y) => y < headerBottom), HEADER]);
  layers.push([rect(x0, headerBottom, x1, headerBottom + line), BRAND]);
  layers.push([rect(x0, rowRule, x1, rowRule + line), BRAND]);
  layers.push([rect(colRule1, y0, colRule1 + line, y1), BRAND]);
  layers.push([rect(colRule2, y0, colRule2 + line, y1), BRAND]);
  return layers;
}

/** Bold "PL", top at `top`, bottom at `bottom`, centred horizontally. */
function letters(top, bottom) {
  const height = bottom - top;
  const t = height * 0.22; // stroke
  const bowl = height * 0.62; // height of the P's bowl
  const radius = bowl / 2;
  const bar = height * 0.36; // straight part of the bowl's bars
  const pWidth = bar + radius;
  const gap = height * 0.25;
  const lWidth = height * 0.55;
  const px = (1 - (pWidth + gap + lWidth)) / 2;
  const lx = px + pWidth + gap;
  return [
    [rect(px, top, px + t, bottom), WHITE],
    [rect(px, top, px + bar, top + t), WHITE],
    [rect(px, top + bowl - t, px + bar, top + bowl), WHITE],
    [halfRing(px + bar, top + radius, radius, radius - t), WHITE],
    [rect(lx, top, lx + t, bottom), WHITE],
    [rect(lx, bottom - t, lx + lWidth, bottom), WHITE],
  ];
}

function appIcon(size) {
  const inset = size >= 64 ? 1 / 32 : 0;
  const background = [roundRect(inset, inset, 1 - inset, 1 - inset, 0.2), BRAND];
  if (size <= 16) return [background, ...table(size, 2 / 16, 3 / 16, 14 / 16, 13 / 16, { outline: false })];
  return [background, ...table(size, 0.16, 0.12, 0.84, 0.5, { outline: false }), ...letters(0.58, 0.87)];
}

function buttonIcon(size, badge) {
  const layers = table(size, 0.04, 0.08, 0.84, 0.78, { outline: true });
  const [cx, cy] = [0.72, 0.72];
  layers.push([circle(cx, cy, 0.28), WHITE], [circle(cx, cy, 0.23), GREEN]);
  const w = Math.max(1.4 / size, 0.075);
  if (badge === "plus") {
    layers.push([rect(cx - 0.13, cy - w / 2, cx + 0.13, cy + w / 2), WHITE]);
    layers.push([rect(cx - w / 2, cy - 0.13, cx + w / 2, cy + 0.13), WHITE]);
  } else {
    layers.push([stroke(cx - 0.12, cy + 0.0, cx - 0.04, cy + 0.09, w), WHITE]);
    layers.push([stroke(cx - 0.04, cy + 0.09, cx + 0.12, cy - 0.09, w), WHITE]);
  }
  return layers;
}

/** Every icon file: name → { size, layers }. */
export function iconSet() {
  const icons = {};
  for (const size of [16, 32, 64, 80, 128]) icons[`icon-${size}.png`] = { size, layers: appIcon(size) };
  for (const size of [16, 32, 80]) {
    icons[`insert-${size}.png`] = { size, layers: buttonIcon(size, "plus") };
    icons[`check-${size}.png`] = { size, layers: buttonIcon(size, "check") };
  }
  return icons;
}

export function makeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [name, { size, layers }] of Object.entries(iconSet())) {
    writeFileSync(join(outDir, name), encodePng(size, size, render(size, layers)));
    written.push(name);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const outDir = resolve(process.argv[2] ?? join(root, "assets"));
  const written = makeIcons(outDir);
  console.log(`${written.length} icons → ${outDir}: ${written.join(", ")}`);
}
