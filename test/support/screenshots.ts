import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { matchBaseline, updatingScreenshots } from './screenshot-baseline';
import { steadyScreenshot } from './steady-screenshot';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Takes a steady screenshot of `page`, saves it as test-results/NAME.png and compares it with its
 * baseline (a mismatch throws, naming the actual and the diff). When updating, the README's picture
 * of the same name, if there is one, is refreshed too. `mask` covers regions whose content depends on
 * timing the test does not control (Playwright paints them one colour). Answers the saved path.
 */
export async function saveScreenshot(page: Page, name: string, mask: ReadonlyArray<Locator> = []): Promise<string> {
  const shot = await steadyScreenshot(page, mask);
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  const path = join(repoRoot, 'test-results', `${name}.png`);
  writeFileSync(path, shot);
  const readmePicture = join(repoRoot, 'docs/screenshots', `${name}.png`);
  if (updatingScreenshots() && existsSync(readmePicture)) writeFileSync(readmePicture, shot);
  matchBaseline(name, shot);
  return path;
}
