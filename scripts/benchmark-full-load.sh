#!/usr/bin/env bash
# Full load from the sandbox emulators into a fresh SQLite hub through the real connectors (Release build).
# Usage: scripts/benchmark-full-load.sh [scale=100000]   The seeded sandbox is kept in /tmp and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-100000}
dotnet build CrmErpPortal.Benchmarks -c Release -nologo -v q -clp:NoSummary >/dev/null
exec /usr/bin/time -v dotnet CrmErpPortal.Benchmarks/bin/Release/net10.0/CrmErpPortal.Benchmarks.dll "$scale" 2>&1
