#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret Service),
# with HOME and XDG folders isolated so no existing keyring or settings are touched.
set -euo pipefail
if [ "$#" -eq 0 ]; then echo "usage: with-keyring.sh COMMAND [ARGS…]" >&2; exit 2; fi
sandbox=$(mktemp -d -t quickmeet-keyring.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/data" "$sandbox/cache" "$sandbox/config" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
export QUICKMEET_REAL_HOME="${HOME:-}"
export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CACHE_HOME="$sandbox/cache" \
  XDG_CONFIG_HOME="$sandbox/config" XDG_RUNTIME_DIR="$sandbox/runtime"
# npm and node keep working from the real caches.
export npm_config_cache="${npm_config_cache:-$QUICKMEET_REAL_HOME/.npm}"
password=$(head -c 24 /dev/urandom | base64)
exec dbus-run-session -- bash -c '
  printf "%s" "$0" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  export QUICKMEET_KEYRING=1
  exec "$@"' "$password" "$@"
