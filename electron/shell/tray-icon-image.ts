import { crc32, deflateSync } from 'node:zlib';
import type { TrayIcon } from '../core/tray/tray-model';

type Rgb = readonly [number, number, number];

/** Colour per tray icon state. */
export const TRAY_ICON_COLOURS: Readonly<Record<TrayIcon, Rgb>> = {
  idle: [26, 115, 232],
  busy: [249, 171, 0],
  live: [30, 142, 62],
  error: [217, 48, 37],
  'signed-out': [128, 134, 139],
};

/**
 * Draws the tray icon as a PNG: a filled disc in the state's colour with a white camera glyph. Drawn in
 * code so the packaged app needs no image files and every state has an icon.
 */
export function renderTrayIconPng(state: TrayIcon, size = 32): Buffer {
  const [r, g, b] = TRAY_ICON_COLOURS[state];
  const rows: Buffer[] = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const inDisc = (x - c) ** 2 + (y - c) ** 2 <= (size / 2) ** 2;
      const u = x / size;
      const v = y / size;
      const body = u >= 0.22 && u <= 0.6 && v >= 0.33 && v <= 0.67;
      const lens = u > 0.6 && u <= 0.8 && Math.abs(v - 0.5) <= (u - 0.6) * 0.9 + 0.06;
      const pixel = body || lens ? [255, 255, 255, 255] : inDisc ? [r, g, b, 255] : [0, 0, 0, 0];
      row.set(pixel, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
