#!/usr/bin/env bash
# One command from a fresh clone to a running Quickmeet in demo mode: installs what is missing, builds,
# then starts the Electron app when its runtime is present, else the same window in the browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$(bash scripts/node22-path.sh):$PATH"
if node -e 'import("./scripts/start-electron.mjs").then((m) => process.exit(m.findElectronBinary() ? 0 : 1))'; then
  exec node scripts/start-electron.mjs
fi
echo "The Electron runtime is not installed here; serving the same app to your browser instead."
node scripts/build.mjs
exec node dist/bridge/start-bridge.js
