#!/usr/bin/env bash
# Where the portal's CPU goes on one address under load, uncached: samples its threads with perf for DURATION while
# wrk keeps 64 connections busy, after WARMUP of the same load (the runtime compiles hot code again at a higher tier
# for a minute or so; measured earlier, the figures are the JIT's), and prints the share of each component. Uses the
# archive run.sh N filled (bench/results/limit/db-N).
#
#   bench/limit/where-cpu-goes.sh 1000 /news/bench-501
#   bench/limit/where-cpu-goes.sh 100000 "/search?q=security"
#   CACHED=1 bench/limit/where-cpu-goes.sh 1000 /news/bench-501    # as anonymous readers get it, from the output cache
#
# Needs perf (Debian's linux-perf; installed when run as root). Targets only 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT="${1:-1000}"
ADDRESS="${2:-/news/bench-501}"
WARMUP="${WARMUP:-40s}"
DURATION="${DURATION:-10}"
PORT="${PORT:-5094}"
BASE="http://127.0.0.1:${PORT}"
RESULTS="$PWD/bench/results/limit"
mkdir -p "$RESULTS"

if ! command -v perf >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y linux-perf >/dev/null 2>&1 || true
fi
command -v perf >/dev/null || { echo "This needs perf: sudo apt-get install -y linux-perf" >&2; exit 3; }
command -v wrk >/dev/null || { echo "This needs wrk: sudo apt-get install -y wrk" >&2; exit 3; }

source bench/portal.sh
start_database "$RESULTS/db-$COUNT" "$COUNT"
# CACHED=1 profiles what anonymous readers get, the output cache on.
if [ -z "${CACHED:-}" ]; then export Caching__Enabled=false; fi
# The runtime writes the names of the code it compiles where perf finds them; nothing else differs from as shipped.
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
start_portal "$BASE" "$RESULTS/where-cpu-goes-portal.log"

curl -fs -o /dev/null "$BASE$ADDRESS" || { echo "$BASE$ADDRESS does not answer 200" >&2; exit 1; }
wrk -t2 -c64 -d"$WARMUP" "$BASE$ADDRESS" >/dev/null
wrk -t2 -c64 -d"$((DURATION + 2))s" "$BASE$ADDRESS" > "$RESULTS/where-cpu-goes-wrk.txt" &
load=$!
sleep 1
perf record -F 499 -g -p "$portal" -o "$RESULTS/where-cpu-goes.data" -- sleep "$DURATION" 2>/dev/null
wait "$load"
perf script -i "$RESULTS/where-cpu-goes.data" 2>/dev/null > "$RESULTS/where-cpu-goes.txt"
echo "$ADDRESS on $COUNT publications, $([ -n "${CACHED:-}" ] && echo cached || echo uncached): $(awk '/Requests\/sec/ {print $2}' "$RESULTS/where-cpu-goes-wrk.txt") req/s while sampled"
python3 bench/limit/where-cpu-goes.py "$RESULTS/where-cpu-goes.txt"
