#!/usr/bin/env bash
# Shell spelling of `node scripts/with-keyring.mjs COMMAND [ARGS…]`, which holds the logic.
exec node "$(dirname "$0")/with-keyring.mjs" "$@"
