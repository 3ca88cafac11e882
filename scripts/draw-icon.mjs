// Draws the extension icon, images/icon.png (256×256): a term sheet page with a check-mark badge on
// a deep teal tile. Shapes are measured as signed distances and sampled 4×4 per pixel for smooth
// edges; the PNG is written with node:zlib only, so the icon is rebuilt with `node scripts/draw-icon.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4;

const hex = (value) => [1, 3, 5].map((at) => parseInt(value.slice(at, at + 2), 16));
const mix = (a, b, t) => a.map((channel, i) => channel + (b[i] - channel) * t);

const TILE_TOP = hex('#12808C');
const TILE_BOTTOM = hex('#0B3C5D');
const PAGE = hex('#FFFFFF');
const FOLD = hex('#C9DEE6');
const TEXT = hex('#B3CAD5');
const BADGE = hex('#14A38B');
const CHECK = hex('#FFFFFF');

// Signed distances (negative inside) of the shapes.
function roundedBox(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

// The page, with its top-right corner folded down along the line x - y = FOLD_LINE.
const PAGE_BOX = [62, 40, 182, 206];
const FOLD_SIZE = 34;
const FOLD_LINE = PAGE_BOX[2] - FOLD_SIZE - PAGE_BOX[1];
const BADGE_CENTRE = [178, 180];
const BADGE_RADIUS = 44;

/** The colour layers at one sample point, painted in order. */
function layers(x, y) {
  const tileAlpha = roundedBox(x, y, 8, 8, 248, 248, 48) <= 0;
  const out = [];
  if (tileAlpha) out.push(mix(TILE_TOP, TILE_BOTTOM, y / SIZE));
  const inPage = roundedBox(x, y, ...PAGE_BOX, 12) <= 0 && x - y <= FOLD_LINE;
  if (inPage) out.push(PAGE);
  // The flap: the half of the corner square below the fold line.
  const inCorner = roundedBox(x, y, PAGE_BOX[2] - FOLD_SIZE, PAGE_BOX[1], PAGE_BOX[2], PAGE_BOX[1] + FOLD_SIZE, 4) <= 0;
  if (inCorner && x - y <= FOLD_LINE) out.push(FOLD);
  for (const [top, right] of [
    [86, 136],
    [110, 160],
    [134, 124],
    [158, 104],
  ]) {
    if (roundedBox(x, y, 84, top, right, top + 10, 5) <= 0) out.push(TEXT);
  }
  // A ring in the tile colour separates the badge from the page.
  if (circle(x, y, ...BADGE_CENTRE, BADGE_RADIUS + 7) <= 0) out.push(mix(TILE_TOP, TILE_BOTTOM, y / SIZE));
  if (circle(x, y, ...BADGE_CENTRE, BADGE_RADIUS) <= 0) out.push(BADGE);
  const check = Math.min(segment(x, y, 156, 182, 172, 198), segment(x, y, 172, 198, 201, 164));
  if (check <= 7.5 && circle(x, y, ...BADGE_CENTRE, BADGE_RADIUS) <= 0) out.push(CHECK);
  return out;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const stack = layers(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (stack.length === 0) continue;
        const [cr, cg, cb] = stack[stack.length - 1];
        r += cr;
        g += cg;
        b += cb;
        a += 1;
      }
    }
    const at = 1 + px * 4;
    if (a > 0) {
      // Colours are averaged over the covered samples only, so edges fade to transparent, not to black.
      row[at] = Math.round(r / a);
      row[at + 1] = Math.round(g / a);
      row[at + 2] = Math.round(b / a);
      row[at + 3] = Math.round((255 * a) / SAMPLES ** 2);
    }
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
