#!/usr/bin/env bash
# Imports 10,000 generated pages of the old site's format into PostgreSQL and prints pages per second
# (median of 3 runs). Usage: bench/import/run.sh [PAGES] [RUNS]
# Uses a private PostgreSQL cluster in a temporary folder, or the server in CSTOPRESS_BENCH_DB.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build ImportBench -c Release -v quiet -nologo >/dev/null
dotnet ImportBench/bin/Release/net10.0/ImportBench.dll "${1:-10000}" "${2:-3}"
