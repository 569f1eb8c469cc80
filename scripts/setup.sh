#!/usr/bin/env bash
# Installs everything Quickmeet needs on Debian: system packages (keychain, Chromium, X for screenshots),
# Node 22 when the system one is older, and the npm dependencies (keytar builds from source).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libsecret-1-dev libsecret-tools gnome-keyring dbus dbus-x11 chromium xvfb xdg-utils fonts-dejavu-core faketime)
missing=()
for p in "${packages[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PATH="$(bash scripts/node22-path.sh):$PATH"
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
# Trust the system's CA bundle too (machines behind a TLS-inspecting proxy install its CA there).
[ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ] && export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
node -e 'require("node:assert")(Number(process.versions.node.split(".")[0]) >= 22)'
if [ "${1:-}" = "--ci" ] || [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
node -e 'require("keytar")' || { echo "keytar did not build: install libsecret-1-dev and run npm ci again." >&2; exit 1; }
