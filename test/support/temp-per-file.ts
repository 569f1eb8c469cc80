// Vitest setup file: each test file gets its own temporary folder inside the run's (temp-root.ts) and
// removes it when the file ends, with everything its tests and helpers made there.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { TEST_TMP_ROOT } from './temp-root';

const root = process.env[TEST_TMP_ROOT];
if (root) {
  const own = mkdtempSync(join(root, 'file-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = own;
  // Registered first, so it runs after the file's own afterAll hooks (Vitest runs them as a stack).
  afterAll(() => rmSync(own, { recursive: true, force: true, maxRetries: 3 }));
}
