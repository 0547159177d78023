#!/usr/bin/env bash
# Load test of the public site on loopback: wrk at 256 connections against the pages readers and
# feed readers hit most. Prints requests/s, latency percentiles, errors and non-2xx/3xx answers per
# address, and the portal's memory before, right after and a while after the load.
#
#   bench/load/run.sh                 # 60 s per address, 256 connections
#   DURATION=20s CONNECTIONS=64 bench/load/run.sh
#   ROUNDS=3 bench/load/run.sh        # the whole load three times over, memory after each
#
# It starts its own portal (Release build, Production, shipped logging, private PostgreSQL with the demo content) on 127.0.0.1
# and stops it at the end. Targets only 127.0.0.1; every run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-256}"
THREADS="${THREADS:-2}"
# More than one round shows whether memory keeps growing from one to the next.
ROUNDS="${ROUNDS:-1}"
PORT="${PORT:-5090}"
BASE="http://127.0.0.1:${PORT}"
RESULTS="bench/results"
mkdir -p "$RESULTS"

command -v wrk >/dev/null || { echo "wrk is needed: sudo apt-get install wrk" >&2; exit 1; }

source bench/portal.sh
source bench/wrk.sh
start_portal "$BASE" "$RESULTS/load-portal.log"

publication=$(curl -fs "$BASE/news" | grep -o 'href="/news/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
section=$(curl -fs "$BASE/" | grep -o 'href="/sections/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
paths=("/" "$publication" "$section" "/search?q=security" "/feeds/all.atom")

rss() { ps -o rss= -p "$portal" | tr -d ' '; }
# Warm up, so that the figures measure serving, not start-up and JIT.
for path in "${paths[@]}"; do wrk -t1 -c4 -d3s "$BASE$path" >/dev/null 2>&1 || true; done
before=$(rss)

for round in $(seq 1 "$ROUNDS"); do
    if [ "$ROUNDS" -gt 1 ]; then echo "round $round"; fi
    printf '%-44s %10s %9s %9s %9s %8s %8s\n' "address" "req/s" "p50" "p99" "max" "errors" "non-2xx"
    for path in "${paths[@]}"; do
        wrk_figures "$THREADS" "$CONNECTIONS" "$DURATION" "$BASE$path"
        status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
        printf '%-44s %10s %9s %9s %9s %8s %8s  (now %s)\n' "${path:0:44}" "$rps" "$p50" "$p99" "$max" "$errors" "$non2xx" "$status"
    done
    echo "memory (RSS) after round $round: $(rss) KiB"
done
after=$(rss)
sleep 30
settled=$(rss)
echo "memory (RSS): before ${before} KiB, right after ${after} KiB, 30 s later ${settled} KiB"
