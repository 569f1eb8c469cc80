import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { matchBaseline, MAX_DIFFERENT_SHARE } from '../support/screenshot-baseline';

/** A white 100×50 PNG with `dots` black pixels along the top row and an optional black box. */
function picture(options: { dots?: number; box?: boolean; width?: number } = {}): Buffer {
  const width = options.width ?? 100;
  const png = new PNG({ width, height: 50 });
  png.data.fill(255);
  const black = (x: number, y: number) => png.data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  for (let x = 0; x < (options.dots ?? 0); x++) black(x * 2, 0);
  if (options.box) for (let y = 10; y < 30; y++) for (let x = 10; x < 40; x++) black(x, y);
  return PNG.sync.write(png);
}

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'quickmeet-baseline-'));
  return { baselineDir: join(root, 'baselines'), mismatchDir: join(root, 'out'), update: false, recordMissing: true };
}

describe('screenshot baselines', () => {
  it('records a missing baseline, then matches the same picture', () => {
    const dirs = folders();
    expect(matchBaseline('tray', picture(), dirs)).toBe('recorded');
    expect(readFileSync(join(dirs.baselineDir, 'tray.png'))).toEqual(picture());
    expect(matchBaseline('tray', picture(), dirs)).toBe('matched');
  });

  it('fails on a missing baseline where missing ones are not recorded (CI), leaving the actual behind', () => {
    const dirs = { ...folders(), recordMissing: false };
    expect(() => matchBaseline('tray', picture(), dirs)).toThrow(/"tray" has no baseline .*tray\.actual\.png/);
    expect(existsSync(join(dirs.baselineDir, 'tray.png'))).toBe(false);
    expect(readFileSync(join(dirs.mismatchDir, 'tray.actual.png'))).toEqual(picture());
    expect(matchBaseline('tray', picture(), { ...dirs, update: true })).toBe('recorded');
  });

  it('tolerates a few stray pixels but not a changed region, and leaves the actual and a diff behind', () => {
    const dirs = folders();
    matchBaseline('tray', picture(), dirs);
    const allowed = Math.floor(100 * 50 * MAX_DIFFERENT_SHARE);
    expect(matchBaseline('tray', picture({ dots: allowed }), dirs)).toBe('matched');
    expect(() => matchBaseline('tray', picture({ box: true }), dirs)).toThrow(/differs from its baseline in 600 pixels .*tray\.diff\.png/);
    expect(readFileSync(join(dirs.mismatchDir, 'tray.actual.png'))).toEqual(picture({ box: true }));
    const diff = PNG.sync.read(readFileSync(join(dirs.mismatchDir, 'tray.diff.png')));
    expect([diff.width, diff.height]).toEqual([100, 50]);
  });

  it('fails on a changed size, and updating replaces the baseline instead of comparing', () => {
    const dirs = folders();
    matchBaseline('tray', picture(), dirs);
    expect(() => matchBaseline('tray', picture({ width: 120 }), dirs)).toThrow(/is 120×50, its baseline 100×50/);
    expect(existsSync(join(dirs.mismatchDir, 'tray.actual.png'))).toBe(true);
    expect(matchBaseline('tray', picture({ box: true }), { ...dirs, update: true })).toBe('recorded');
    expect(matchBaseline('tray', picture({ box: true }), dirs)).toBe('matched');
  });
});
