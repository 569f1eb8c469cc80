// Draws every icon file from the same code the app uses for its tray (electron/shell/tray-icon-image.ts)
// and writes them under build/ (electron-builder's buildResources) plus a contact sheet for the README.
// Run `npm run icons` after changing the drawing; test/shell/icons.test.ts fails while they differ.
//   build/icon.png           1024 px app icon (electron-builder derives the macOS .icns from it)
//   build/icon.ico           Windows app icon: 16, 24, 32, 48, 64, 128, 256 px
//   build/icons/NxN.png      Linux app icon sizes (hicolor theme)
//   build/tray/…             tray images: macOS templates 16 pt @1x/@2x per state, Windows/Linux colour 16/32 px
//   docs/screenshots/icons.png  every tray state at 2x on a light and a dark bar, and the app icon
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const { renderTrayIconPng, encodePng } = await tsImport('../electron/shell/tray-icon-image.ts', import.meta.url);

export const STATES = ['idle', 'busy', 'live', 'error', 'signed-out'];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

/** A Windows .ico holding one PNG per size (PNG entries are valid in ICO since Windows Vista). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

/** Every icon file, by path relative to the repository. */
export function iconFiles() {
  const files = new Map();
  files.set('build/icon.png', renderTrayIconPng('idle', 1024));
  files.set('build/icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: renderTrayIconPng('idle', size) }))));
  for (const size of LINUX_SIZES) files.set(`build/icons/${size}x${size}.png`, renderTrayIconPng('idle', size));
  for (const state of STATES) {
    files.set(`build/tray/${state}Template.png`, renderTrayIconPng(state, 16, 'template'));
    files.set(`build/tray/${state}Template@2x.png`, renderTrayIconPng(state, 32, 'template'));
    files.set(`build/tray/${state}.png`, renderTrayIconPng(state, 16));
    files.set(`build/tray/${state}@2x.png`, renderTrayIconPng(state, 32));
  }
  files.set('docs/screenshots/icons.png', contactSheet());
  return files;
}

/** The tray states on a light and a dark bar (templates tinted as macOS does), then the app icon. */
function contactSheet() {
  const cell = 48;
  const icon = 128;
  const width = STATES.length * cell * 2 + 16 + icon + 16;
  const height = Math.max(cell * 2, icon) + 16;
  const pixels = Buffer.alloc(width * height * 4, 0);
  const fill = (x0, y0, w, h, rgb) => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) pixels.set([...rgb, 255], (y * width + x) * 4);
  };
  const blit = (png, size, x0, y0, tint) => {
    const raw = decodePng(png, size);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const s = (y * size + x) * 4;
        const a = raw[s + 3] / 255;
        if (a === 0) continue;
        const d = ((y0 + y) * width + x0 + x) * 4;
        const src = tint ?? [raw[s], raw[s + 1], raw[s + 2]];
        for (let c = 0; c < 3; c++) pixels[d + c] = Math.round(src[c] * a + pixels[d + c] * (1 - a));
        pixels[d + 3] = 255;
      }
    }
  };
  fill(0, 0, width, height, [255, 255, 255]);
  fill(0, 8, STATES.length * cell * 2, cell, [236, 236, 236]); // light bar
  fill(0, 8 + cell, STATES.length * cell * 2, cell, [40, 40, 40]); // dark bar
  STATES.forEach((state, i) => {
    const x = i * cell * 2;
    blit(renderTrayIconPng(state, 32, 'template'), 32, x + 8, 8 + 8, [0, 0, 0]);
    blit(renderTrayIconPng(state, 32), 32, x + 8 + cell, 8 + 8);
    blit(renderTrayIconPng(state, 32, 'template'), 32, x + 8, 8 + cell + 8, [255, 255, 255]);
    blit(renderTrayIconPng(state, 32), 32, x + 8 + cell, 8 + cell + 8);
  });
  blit(renderTrayIconPng('idle', icon), icon, STATES.length * cell * 2 + 16, 8);
  const rows = [];
  for (let y = 0; y < height; y++)
    rows.push(Buffer.concat([Buffer.from([0]), pixels.subarray(y * width * 4, (y + 1) * width * 4)]));
  return encodePngRect(width, height, rows);
}

function encodePngRect(width, height, rows) {
  // encodePng writes square images; patch the height into its IHDR, and the IHDR's CRC, for the sheet.
  const png = encodePng(width, rows);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** Raw RGBA of a PNG written by encodePng (filter 0 on every row). */
export function decodePng(png, width) {
  let offset = 8;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + width * 4;
  const out = Buffer.alloc((raw.length / stride) * width * 4);
  for (let y = 0; y < raw.length / stride; y++) raw.copy(out, y * width * 4, y * stride + 1, (y + 1) * stride);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, bytes] of iconFiles()) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  console.log('Icons written under build/ and docs/screenshots/icons.png.');
}
