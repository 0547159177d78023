#!/usr/bin/env bash
# Times the feeds, sitemap and read API of a running portal (loopback only) and prints the median per address,
# with the median of a conditional GET (304) beside it. Usage: bench/feeds.sh [http://127.0.0.1:5080] [requests]
set -euo pipefail
base="${1:-http://127.0.0.1:5080}"
count="${2:-50}"
case "$base" in
    http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
    *) echo "Benchmarks run against a loopback address only." >&2; exit 1 ;;
esac

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'; }

printf '%-44s %12s %12s\n' "address" "200 (ms)" "304 (ms)"
for path in /feeds/all.atom /feeds/all.rss /ru/feeds/all.atom /feeds/sections/news.atom /feeds/changes.atom \
            /sitemap.xml /sitemaps/news.xml "/api/v1/publications?limit=20" /api/v1/tags; do
    url="$base$path"
    curl -fsS -o /dev/null "$url"
    etag=$(curl -fsS -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
    full=$(for _ in $(seq "$count"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$url"; done | median)
    if [ -n "$etag" ]; then
        conditional=$(for _ in $(seq "$count"); do curl -sS -o /dev/null -H "If-None-Match: $etag" -w '%{time_total}\n' "$url"; done | median)
    else
        conditional="-"
    fi
    printf '%-44s %12s %12s\n' "$path" "$full" "$conditional"
done
