#!/usr/bin/env bash
# Prints the bin folder of a Node ≥ 22 (for shells such as .ci/run); the logic is in node22.mjs.
exec node "$(dirname "$0")/node22.mjs" --print-bin
