// Vitest setup file: each test file gets its own temporary folder inside the run's (temp-root.ts) and
// removes it when the file ends, with everything its tests and helpers made there.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll } from 'vitest';
import { TEST_TMP_ROOT } from './temp-root';

const root = process.env[TEST_TMP_ROOT];
if (root) {
  const own = mkdtempSync(join(root, 'file-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = own;
  // Registered first, so it runs after the file's own afterAll hooks (Vitest runs them as a stack).
  // A helper process still ending (Chromium's crash handler, a spawned CLI) may write once more: remove
  // again until the folder stays gone, for at most a few seconds.
  afterAll(async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      rmSync(own, { recursive: true, force: true, maxRetries: 3 });
      await delay(100);
      if (!existsSync(own)) return;
    }
  });
}
