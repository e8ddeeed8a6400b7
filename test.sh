#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian's Chromium, axe-core from npm), runs every test
# (unit, web, PostgreSQL, browser) and ends with a line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f Site.Tests/node_modules/axe-core/axe.min.js ]; then
  (cd Site.Tests && npm ci --no-audit --no-fund --silent)
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet test CommunityVoice.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

trx=$(find "$results" -name '*.trx' | head -n 1)
if [ -z "$trx" ]; then
  echo "0 passed, 1 failed"   # the build or the test host failed before any test ran
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
