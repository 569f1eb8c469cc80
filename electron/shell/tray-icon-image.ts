import { crc32, deflateSync } from 'node:zlib';
import type { TrayIcon } from '../core/tray/tray-model';
import type { PlatformPolicy } from './platform-policy';

type Rgba = readonly [number, number, number, number];
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
 * `colour`: a disc in the state's colour with a white camera (Windows, Linux, the app icon).
 * `template`: a black camera on transparent pixels, state told by shape (macOS tints template images
 * for the light or dark menu bar; only their alpha counts): outlined when signed out, a dot when live,
 * a slash on error, a gap in the lens while busy.
 */
export type TrayIconStyle = 'colour' | 'template';

const WHITE: Rgba = [255, 255, 255, 255];
const BLACK: Rgba = [0, 0, 0, 255];
const SUBSAMPLES = 4;

const inCameraBody = (u: number, v: number) => u >= 0.2 && u <= 0.62 && v >= 0.3 && v <= 0.7;
const inCameraLens = (u: number, v: number) => u > 0.62 && u <= 0.84 && Math.abs(v - 0.5) <= (u - 0.62) * 0.9 + 0.06;
const inCamera = (u: number, v: number) => inCameraBody(u, v) || inCameraLens(u, v);

/** The pixel at (u, v) in [0, 1)² for a state and style, or undefined for transparent. */
function paint(state: TrayIcon, style: TrayIconStyle, u: number, v: number): Rgba | undefined {
  if (style === 'colour') {
    const [r, g, b] = TRAY_ICON_COLOURS[state];
    if ((u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.25) return undefined;
    return inCamera(u, v) ? WHITE : [r, g, b, 255];
  }
  // Template: the glyph spans the whole square so that it reads at 16 pt.
  const x = 0.08 + u * 0.84;
  const y = v;
  if (state === 'live' && (u - 0.86) ** 2 + (v - 0.16) ** 2 <= 0.014) return BLACK;
  if (state === 'error' && Math.abs(u - v) < 0.07) return undefined;
  if (state === 'error' && Math.abs(u - v) < 0.12) return BLACK;
  if (!inCamera(x, y)) return undefined;
  if (state === 'signed-out' && inCameraBody(x, y) && x > 0.27 && x < 0.55 && y > 0.38 && y < 0.62) return undefined;
  if (state === 'busy' && inCameraLens(x, y) && x > 0.66 && x < 0.72) return undefined;
  return BLACK;
}

/** Draws a tray icon as an RGBA PNG of `size`² pixels, anti-aliased by 4×4 supersampling. */
export function renderTrayIconPng(state: TrayIcon, size = 32, style: TrayIconStyle = 'colour'): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const p = paint(state, style, (x + (sx + 0.5) / SUBSAMPLES) / size, (y + (sy + 0.5) / SUBSAMPLES) / size);
          if (!p) continue;
          r += p[0] * p[3];
          g += p[1] * p[3];
          b += p[2] * p[3];
          a += p[3];
        }
      }
      const n = SUBSAMPLES * SUBSAMPLES;
      row.set(
        a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / n)],
        1 + x * 4,
      );
    }
    rows.push(row);
  }
  return encodePng(size, rows);
}

/** One resolution of a tray image, for `nativeImage.addRepresentation`. */
export interface TrayImageRepresentation {
  readonly scaleFactor: number;
  readonly buffer: Buffer;
}

/** The tray image of a state for the platform: 1× and 2× of its point size, template on macOS. */
export function trayImageRepresentations(
  policy: PlatformPolicy['tray'],
  state: TrayIcon,
): ReadonlyArray<TrayImageRepresentation> {
  const style: TrayIconStyle = policy.templateImage ? 'template' : 'colour';
  return [1, 2].map((scaleFactor) => ({
    scaleFactor,
    buffer: renderTrayIconPng(state, policy.iconPoints * scaleFactor, style),
  }));
}

/** Wraps raw RGBA scanlines (each prefixed by filter byte 0) into a PNG. */
export function encodePng(size: number, rows: ReadonlyArray<Buffer>): Buffer {
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
