#!/usr/bin/env bash
# Runs a command with a Node ≥ 22 first on PATH (googleapis and the tests need it).
set -euo pipefail
PATH="$(bash "$(dirname "$0")/node22-path.sh"):$PATH"
export PATH
exec "$@"
