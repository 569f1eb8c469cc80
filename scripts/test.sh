#!/usr/bin/env bash
# The one test command (`npm test`): types and lint per runtime folder, a production build,
# then every test (Node, real keychain, emulator, Chromium) inside an isolated Secret Service.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
export PATH="$(bash scripts/node22-path.sh):$PATH"

step() { printf '\n== %s\n' "$1"; }
failures=0

step "typecheck (one tsconfig per runtime folder)"
npx tsc -b || failures=$((failures + 1))

step "lint (import boundaries per folder)"
npx eslint . || failures=$((failures + 1))

step "build (renderer, main, preload, bridge, CLI)"
node scripts/build.mjs || failures=$((failures + 1))

step "tests (vitest: unit, contract, adapters, emulator, UI in Chromium)"
bash scripts/with-keyring.sh npx vitest run --reporter=default --reporter=json \
  --outputFile.json=test-results/vitest.json "$@"
vitest_status=$?

node -e '
  const fs = require("node:fs");
  let r = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
  try { r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8")); } catch {}
  const checks = Number(process.argv[1]);
  console.log(`\nchecks failed (typecheck, lint, build): ${checks}`);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + checks} failed, ${r.numPendingTests} skipped`);
' "$failures"

if [ "$failures" -ne 0 ] || [ "$vitest_status" -ne 0 ]; then exit 1; fi
