#!/usr/bin/env bash
# One command from a fresh clone to a running Quickmeet in demo mode: installs what is missing, builds,
# then starts the Electron app when its runtime is present, else the browser preview.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$(bash scripts/node22-path.sh):$PATH"
node scripts/build.mjs
if node -e 'process.exit(require("node:fs").existsSync(require("electron")) ? 0 : 1)' 2>/dev/null; then
  exec npx electron .
fi
echo "The Electron runtime is not installed here; serving the same app to your browser instead."
exec node dist/bridge/start-bridge.js
