#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser is downloaded). Install it when
# it is missing and we may; otherwise say exactly what to do.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$path" ] || need+=(chromium)
# The print test reads Chromium's PDF with poppler's pdftotext.
command -v pdftotext >/dev/null 2>&1 || [ -n "${PDFTOTEXT_PATH:-}" ] || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing what the browser and print tests need: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
  exit 0
fi
echo "The tests need ${need[*]}: install them (Debian: apt-get install ${need[*]}), or set CHROMIUM_PATH / PDFTOTEXT_PATH." >&2
exit 1
