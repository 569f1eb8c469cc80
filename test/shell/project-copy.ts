import { execFile } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './source-files';

/** What `scripts/build.mjs` reads. */
const BUILD_INPUTS = ['electron', 'shared', 'renderer', 'packages', 'scripts', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json', 'package.json'];

/**
 * Copies the sources a production build needs (and `extra` entries) into `dir`, links node_modules,
 * and builds there as `npm run build` does: without the test runner's NODE_ENV=test, which makes
 * React build for development.
 */
export async function buildProjectCopy(dir: string, extra: ReadonlyArray<string> = []): Promise<void> {
  for (const entry of [...BUILD_INPUTS, ...extra]) cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'junction');
  const { NODE_ENV: _, ...env } = process.env;
  await promisify(execFile)(process.execPath, [join(dir, 'scripts/build.mjs')], { cwd: dir, env });
}
