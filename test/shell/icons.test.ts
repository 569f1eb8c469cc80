import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './source-files';

interface IconScript {
  iconFiles(): Map<string, Buffer>;
  decodePng(png: Buffer, width: number): Buffer;
  ICO_SIZES: number[];
  STATES: string[];
}
const { tsImport } = (await import('tsx/esm/api')) as { tsImport: (path: string, from: string) => Promise<unknown> };
const script = (await tsImport(join(REPO_ROOT, 'scripts/make-icons.mjs'), import.meta.url)) as IconScript;
const files = script.iconFiles();
const width = (png: Buffer) => png.readUInt32BE(16);
const pixels = (png: Buffer) => script.decodePng(png, width(png));

describe('icon files', () => {
  it('are committed as the drawing code makes them (`npm run icons` refreshes them)', () => {
    for (const [path, expected] of files) {
      const file = join(REPO_ROOT, path);
      expect(existsSync(file), path).toBe(true);
      const committed = readFileSync(file);
      if (path.endsWith('.ico')) expect(committed.equals(expected), path).toBe(true);
      else expect(pixels(committed).equals(pixels(expected)), path).toBe(true);
    }
  });

  it('include a 1024 px app icon (macOS .icns is made from it) and the Linux sizes', () => {
    expect(width(files.get('build/icon.png')!)).toBe(1024);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(width(files.get(`build/icons/${size}x${size}.png`)!)).toBe(size);
  });

  it('include a Windows .ico with every size from 16 to 256 px', () => {
    const ico = files.get('build/icon.ico')!;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, script.ICO_SIZES.length]);
    const sizes = script.ICO_SIZES.map((_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const firstImage = ico.readUInt32LE(6 + 12);
    expect(ico.subarray(firstImage + 1, firstImage + 4).toString('ascii')).toBe('PNG');
  });

  it('have macOS tray templates at 16 and 32 px that are pure black with alpha, one shape per state', () => {
    const shapes = new Set<string>();
    for (const state of script.STATES) {
      const at1x = files.get(`build/tray/${state}Template.png`)!;
      const at2x = files.get(`build/tray/${state}Template@2x.png`)!;
      expect([width(at1x), width(at2x)]).toEqual([16, 32]);
      const raw = pixels(at2x);
      for (let i = 0; i < raw.length; i += 4) expect(raw[i]! + raw[i + 1]! + raw[i + 2]!).toBe(0);
      shapes.add(raw.toString('base64'));
    }
    expect(shapes.size).toBe(script.STATES.length);
  });
});
