#!/usr/bin/env bash
# npm audit, failing on high or critical advisories. When the registry's audit service cannot be
# reached (some mirrors answer 405), say so plainly instead of failing every build on the outage.
set -uo pipefail
out=$(npm audit --audit-level=high 2>&1)
code=$?
if [ $code -eq 0 ]; then
  echo "npm audit: inga sårbarheter på nivå high eller critical."
  exit 0
fi
if grep -q "audit endpoint returned an error\|ENOTFOUND\|ECONNREFUSED\|ETIMEDOUT" <<<"$out"; then
  echo "npm audit: VARNING – registrets granskningstjänst svarar inte här; ingen granskning gjordes:" >&2
  grep -E "audit|405|ENOTFOUND" <<<"$out" | head -3 >&2
  exit 0
fi
echo "$out"
exit $code
