#!/usr/bin/env bash
# ./build.sh test   installs what the tests need, builds with warnings as errors, checks both migration
#                   sets, runs every test (unit, bUnit, integration, Playwright) and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

usage() { echo "usage: ./build.sh test" >&2; exit 2; }
[ "${1:-}" = "test" ] || usage

step() { printf '\n== %s\n' "$*"; }

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  step "Installing Debian chromium (Playwright drives it; it cannot download its own browsers here)"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-liberation >/dev/null
}

results=artifacts/test-results
summary() {
  local trx
  trx=$(ls -t "$results"/*.trx 2>/dev/null | head -n 1)
  if [ -n "$trx" ]; then
    local counters passed failed
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    echo "${passed:-0} passed, ${failed:-0} failed"
  else
    echo "0 passed, 1 failed"
  fi
}

fail() { echo "$*" >&2; summary; exit 1; }

rm -rf "$results"
ensure_chromium || fail "Could not install chromium: run 'apt-get install chromium' as root, then try again."

step "Restoring tools and packages"
dotnet tool restore >/dev/null || fail "dotnet tool restore failed"
dotnet restore CrmErpPortal.sln || fail "dotnet restore failed"

step "Building (warnings are errors)"
dotnet build CrmErpPortal.sln --no-restore -nologo -clp:NoSummary || fail "The build failed."

step "Checking that both migration sets match the model"
for context in SqlitePortalDbContext SqlServerPortalDbContext; do
  dotnet ef migrations has-pending-model-changes --project CrmErpPortal --context "$context" --no-build \
    || fail "$context has model changes without a migration: add one for both providers (see README)."
done

step "Running every test"
dotnet test CrmErpPortal.Tests --no-build -nologo --logger "trx;LogFileName=results.trx" --results-directory "$results"
status=$?
summary
exit $status
