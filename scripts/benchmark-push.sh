#!/usr/bin/env bash
# Push reliability under faults (issue 6): N approved changes pushed to the sandbox emulators with 20 % 500s, 10 % 429s
# and 5 % of writes committed then dropped, the portal (a child process) killed at 30 % and started again; then every
# change is checked in the emulators: applied, and committed exactly once. Release build.
# Usage: scripts/benchmark-push.sh [count=1000] [workers=20] [crmCap=10] [erpCap=5] [killAt=0.3] [timeLimitMinutes=20]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build CrmErpPortal.Benchmarks -c Release -nologo -v q -clp:NoSummary >/dev/null
exec /usr/bin/time -v dotnet CrmErpPortal.Benchmarks/bin/Release/net10.0/CrmErpPortal.Benchmarks.dll push "$@" 2>&1
