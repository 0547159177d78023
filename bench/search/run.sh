#!/usr/bin/env bash
# Generates an archive of publications (100,000 unless told: ./run.sh 20000) in a private PostgreSQL
# cluster and prints the search's p50 and p99 query times. Set CSTOPRESS_BENCH_DB to use a database
# of your own instead (empty: it is filled; already filled by a previous run: it is measured again).
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release --project CstoPress.Bench.Search.csproj -- "$@"
