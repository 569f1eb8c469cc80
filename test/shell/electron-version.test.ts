import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './source-files';

const installed = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
const installedMajor = Number(installed.version.split('.')[0]);

describe('Electron is current (E16)', () => {
  it('installs Electron 45 or later, as the project requires', () => {
    expect(installedMajor).toBeGreaterThanOrEqual(45);
  });

  it('is within the three supported majors of the latest release', async (context) => {
    let latest: string;
    try {
      const { stdout } = await promisify(execFile)('npm', ['view', 'electron', 'dist-tags.latest'], { timeout: 15_000 });
      latest = stdout.trim();
    } catch {
      return context.skip('the npm registry is not reachable');
    }
    expect(installedMajor).toBeGreaterThan(Number(latest.split('.')[0]) - 3);
  });

  it('runs on a Node at least as new as the one Electron requires', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });
});
