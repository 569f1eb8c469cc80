// Re-records the screenshot baselines in test/ui/screenshots/ (and the README's pictures of the same
// names in docs/screenshots/): runs the UI tests with QUICKMEET_UPDATE_SCREENSHOTS=1. Extra arguments go
// to Vitest, e.g. `npm run test:screenshots:update -- test/ui/settings.test.ts` for one file's screens.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node22Executable, withNode22 } from './node22.mjs';
import { withKeyring } from './with-keyring.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = process.argv.slice(2);
const status = await withKeyring(node22Executable(), [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...(files.length > 0 ? files : ['test/ui'])], {
  env: { ...withNode22(), QUICKMEET_UPDATE_SCREENSHOTS: '1' },
});
console.log(status === 0 ? '\nBaselines recorded in test/ui/screenshots/: look at the changed pictures before committing them.' : '\nSome UI tests failed; their baselines may be missing or stale.');
process.exitCode = status;
