// Vitest's globalSetup: every temporary folder a test run makes (mkdtemp in tests and helpers, the
// bridge's and `--demo`'s data folders, Chromium profiles, child processes) goes under one folder of this
// run, because TMPDIR (TMP, TEMP on Windows) points there; `os.tmpdir()` reads it on every call.
// test/support/temp-per-file.ts gives each test file its own folder inside and removes it after the file.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variable naming this run's folder, for the per-file setup. */
export const TEST_TMP_ROOT = 'QUICKMEET_TEST_TMP_ROOT';

const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

const isEmptyFolder = (path: string): boolean => {
  try {
    return readdirSync(path).length === 0;
  } catch {
    return false;
  }
};

/** Points the temporary folder of the run at a fresh folder; afterwards removes it and fails if a test file left something. */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'quickmeet-tests-'));
  process.env[TEST_TMP_ROOT] = root;
  for (const name of TEMP_VARIABLES) process.env[name] = root;
  return () => {
    // A file whose tests were all skipped runs no afterAll: its empty folder is no leak.
    const left = readdirSync(root)
      .filter((name) => !isEmptyFolder(join(root, name)))
      .map((name) => `${name} (${readdirSync(join(root, name)).slice(0, 5).join(', ')})`);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    if (left.length > 0) throw new Error(`Test files left temporary folders behind (now removed): ${left.join('; ')}`);
  };
}
