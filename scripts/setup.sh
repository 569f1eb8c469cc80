#!/usr/bin/env bash
# Shell spelling of `node scripts/setup.mjs [--ci]` (CI calls it by this name); the logic is in setup.mjs.
exec node "$(dirname "$0")/setup.mjs" "$@"
