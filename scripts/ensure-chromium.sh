#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (browsers cannot be downloaded here). Install it when
# it is missing and we are root; otherwise stop with the command that would install it.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium saknas – installerar Debians chromium med apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
echo "Chromium saknas ($chromium_path). Installera med: sudo apt-get install -y chromium" >&2
echo "(eller peka CHROMIUM_PATH på en befintlig Chromium)." >&2
exit 1
