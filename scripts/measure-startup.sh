#!/usr/bin/env bash
# Measures the portal's start-up on its embedded default: process start to the first HTTP 200 from /health,
# with a new SQLite file (created and migrated at start-up) and with an existing one, plus resident memory.
# Usage: scripts/measure-startup.sh [runs]   (builds first; prints one line per run and a summary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5099
dotnet build CrmErpPortal -nologo -v q -clp:NoSummary >/dev/null
dll=$PWD/CrmErpPortal/bin/Debug/net10.0/CrmErpPortal.dll
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() { # $1 = database file; prints ms to first 200 and RSS in MB
  local start end pid rss
  start=$(date +%s%N)
  (cd CrmErpPortal && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Sqlite="Data Source=$1" \
    Logging__LogLevel__Default=Warning exec dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.02; done
  end=$(date +%s%N)
  rss=$(ps -o rss= -p "$(pgrep -P $pid || echo $pid)" | tail -n 1)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

for kind in new existing; do
  total=0
  for i in $(seq 1 "$runs"); do
    db=$tmp/portal-$kind.db
    [ "$kind" = new ] && rm -f "$db"*
    [ "$kind" = existing ] && [ ! -f "$db" ] && measure "$db" >/dev/null
    read -r ms mb < <(measure "$db")
    echo "$kind database, run $i: ${ms} ms to first 200, ${mb} MB RSS"
    total=$((total + ms))
  done
  echo "$kind database: mean $((total / runs)) ms over $runs runs"
done
