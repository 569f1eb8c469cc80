// The one test command (`npm test`): types and lint per runtime folder, a production build, then every
// test (Node, real keychain, emulator, Chromium) inside an isolated Secret Service. Extra arguments go
// to Vitest (`npm test -- test/shell`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node22Executable, withNode22 } from './node22.mjs';
import { withKeyring } from './with-keyring.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = node22Executable();
const env = withNode22();
const bin = (path) => join(root, 'node_modules', path);

const step = (title) => console.log(`\n== ${title}`);
let failures = 0;
const check = (args) => {
  const run = spawnSync(node, args, { stdio: 'inherit', cwd: root, env });
  if (run.status !== 0) failures++;
};

step('typecheck (one tsconfig per runtime folder)');
check([bin('typescript/bin/tsc'), '-b']);
step('lint (import boundaries per folder)');
check([bin('eslint/bin/eslint.js'), '.']);
step('build (renderer, main, preload, bridge, CLI)');
check([join(root, 'scripts/build.mjs')]);

step('tests (vitest: unit, contract, adapters, emulator, packaging, UI in Chromium)');
mkdirSync(join(root, 'test-results'), { recursive: true });
const results = join(root, 'test-results/vitest.json');
const vitest = await withKeyring(
  node,
  [
    bin('vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { env },
);

let report = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
try {
  report = JSON.parse(readFileSync(results, 'utf8'));
} catch {
  // No report: Vitest did not get as far as writing one; its own output says why.
}
console.log(`\nchecks failed (typecheck, lint, build): ${failures}`);
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests + failures} failed, ${report.numPendingTests} skipped`,
);
process.exitCode = failures === 0 && vitest === 0 ? 0 : 1;
