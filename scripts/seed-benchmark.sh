#!/usr/bin/env bash
# Measures seeding: starts the standalone sandbox on empty SQLite files at a scale, waits until it answers (it serves
# nothing before seeding is done), then prints the seeding time, rows written, rows/s and the process's peak RSS.
# Usage: scripts/seed-benchmark.sh [scale] [seed]   e.g. scripts/seed-benchmark.sh 100000   (default: Demo)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-Demo}
seed=${2:-20261127}
port=5199
dotnet build CrmErpPortal.Sandbox -c Release -nologo -v q -clp:NoSummary >/dev/null
dll=$PWD/CrmErpPortal.Sandbox/bin/Release/net10.0/CrmErpPortal.Sandbox.dll
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT

start=$(date +%s%N)
dotnet "$dll" --Sandbox:Url="http://127.0.0.1:$port" --Sandbox:DataFolder="$tmp" --Sandbox:Scale="$scale" --Sandbox:RandomSeed="$seed" \
  >"$tmp/log.txt" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/sandbox/faults/crm"; do
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/log.txt"; exit 1; }
  sleep 0.05
done
end=$(date +%s%N)
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
kill "$pid"; wait "$pid" 2>/dev/null || true

rows() { sqlite3 "$1" "SELECT COUNT(*) FROM records"; }
crm=$(rows "$tmp/sandbox-crm.db"); erp=$(rows "$tmp/sandbox-erp.db")
seconds=$(sqlite3 "$tmp/sandbox-crm.db" "SELECT json_extract(value, '$.Seconds') FROM meta WHERE key = 'seed.report'")
ms=$(( (end - start) / 1000000 ))
echo "scale $scale, seed $seed"
echo "seeding: ${seconds} s (process start to first answer: ${ms} ms)"
echo "rows: CRM $crm, ERP $erp, total $((crm + erp)); $(awk -v r=$((crm + erp)) -v s="$seconds" 'BEGIN { printf "%d", r / s }') rows/s"
echo "files: $(du -m "$tmp/sandbox-crm.db" | cut -f1) MB CRM, $(du -m "$tmp/sandbox-erp.db" | cut -f1) MB ERP (before WAL checkpoint: $(du -cm "$tmp"/*.db-wal 2>/dev/null | tail -n 1 | cut -f1) MB WAL)"
echo "peak RSS: $((peak_kb / 1024)) MB"
sqlite3 "$tmp/sandbox-crm.db" "SELECT value FROM meta WHERE key = 'seed.report'" > "${SEED_REPORT_OUT:-/dev/null}"
