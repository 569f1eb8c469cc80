import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where the committed baselines live, one PNG per screenshot name. */
export const BASELINE_DIR = join(repoRoot, 'test/ui/screenshots');
/** Where a mismatch leaves the actual picture and the diff. */
export const MISMATCH_DIR = join(repoRoot, 'test-results/screenshots');

/** How far apart two colours may be and still count as the same pixel (pixelmatch's YIQ threshold, 0–1; its default). */
const PIXEL_THRESHOLD = 0.1;
/**
 * The share of pixels that may differ before a screen counts as changed: anti-aliased text edges and a
 * sticky bar landing one pixel apart in a full-page capture (a full-width line), not a moved button.
 */
export const MAX_DIFFERENT_SHARE = 0.002;

/** True when the run re-records baselines (`npm run test:screenshots:update`) instead of comparing with them. */
export const updatingScreenshots = (env: NodeJS.ProcessEnv = process.env) => env.QUICKMEET_UPDATE_SCREENSHOTS === '1';

/** What became of one comparison. */
export type BaselineOutcome = 'matched' | 'recorded';

export interface BaselineOptions {
  readonly baselineDir?: string;
  readonly mismatchDir?: string;
  readonly update?: boolean;
  /** Whether a missing baseline is recorded (a developer's run) or fails (CI, where nobody looks at it); default: not under CI. */
  readonly recordMissing?: boolean;
}

/**
 * Compares a screenshot with its committed baseline. A missing baseline is recorded on a developer's run
 * (and must then be looked at and committed), as is every picture when updating; under CI it fails, so a
 * screen never passes unseen. On a mismatch the actual picture and a diff (changed
 * pixels in red) are written to `mismatchDir`, and the error names both.
 */
export function matchBaseline(name: string, actualPng: Buffer, options: BaselineOptions = {}): BaselineOutcome {
  const baselineDir = options.baselineDir ?? BASELINE_DIR;
  const mismatchDir = options.mismatchDir ?? MISMATCH_DIR;
  const baselinePath = join(baselineDir, `${name}.png`);
  const update = 'Run `npm run test:screenshots:update` if the change is intended, look at the new baseline, and commit it.';
  if (!(options.update ?? updatingScreenshots()) && !existsSync(baselinePath) && !(options.recordMissing ?? !process.env.CI)) {
    mkdirSync(mismatchDir, { recursive: true });
    const actualPath = join(mismatchDir, `${name}.actual.png`);
    writeFileSync(actualPath, actualPng);
    throw new Error(`Screenshot "${name}" has no baseline in ${baselineDir}. Actual: ${actualPath}. ${update}`);
  }
  if ((options.update ?? updatingScreenshots()) || !existsSync(baselinePath)) {
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, actualPng);
    return 'recorded';
  }
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(actualPng);
  const actualPath = join(mismatchDir, `${name}.actual.png`);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    mkdirSync(mismatchDir, { recursive: true });
    writeFileSync(actualPath, actualPng);
    throw new Error(
      `Screenshot "${name}" is ${actual.width}×${actual.height}, its baseline ${expected.width}×${expected.height}. ` +
        `Actual: ${actualPath}; baseline: ${baselinePath}. ${update}`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  const allowed = Math.floor(actual.width * actual.height * MAX_DIFFERENT_SHARE);
  if (different > allowed) {
    mkdirSync(mismatchDir, { recursive: true });
    const diffPath = join(mismatchDir, `${name}.diff.png`);
    writeFileSync(actualPath, actualPng);
    writeFileSync(diffPath, PNG.sync.write(diff));
    throw new Error(
      `Screenshot "${name}" differs from its baseline in ${different} pixels (at most ${allowed} may). ` +
        `Actual: ${actualPath}; diff: ${diffPath}; baseline: ${baselinePath}. ${update}`,
    );
  }
  return 'matched';
}
