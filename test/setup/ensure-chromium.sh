#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser is downloaded). Install it when
# it is missing and we may; otherwise say exactly what to do.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Chromium not found at $path: installing Debian's chromium package"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
  exit 0
fi
echo "The browser tests need Chromium at $path. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
