#!/usr/bin/env bash
# Where an uncached request's time goes, one request at a time (no load): for each address of run.sh, the median
# time of REQUESTS sequential requests and the SQL commands it sends (EF Core's command log), on the archive that
# run.sh N filled (bench/results/limit/db-N). Then EXPLAIN ANALYZE of the section page thirty deep.
#
#   bench/limit/profile.sh 100000
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT="${1:-100000}"
REQUESTS="${REQUESTS:-20}"
PORT="${PORT:-5093}"
BASE="http://127.0.0.1:${PORT}"
RESULTS="$PWD/bench/results/limit"
mkdir -p "$RESULTS"

source bench/portal.sh
start_database "$RESULTS/db-$COUNT" "$COUNT"
export Caching__Enabled=false
# The one setting changed from the shipped ones: EF Core's command log, to count round trips.
PORTAL_SETTINGS="Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information"
log="$RESULTS/profile-portal.log"
start_portal "$BASE" "$log"

middle=$(( COUNT / 2 | 1 ))
deep="/sections/news"
for _ in $(seq 2 30); do
    older=$(curl -fs "$BASE$deep" | grep -o 'href="/sections/news?before=[^"]*"' | head -1 | sed 's/href="//; s/"$//') || true
    [ -n "$older" ] || break
    deep="$older"
done
paths=("/news/bench-$middle" "/" "/sections/news" "$deep" "/search?q=security" "/api/v1/publications?limit=20" "/feeds/all.atom")

median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'; }
printf '%-48s %10s %12s %14s\n' "address" "median ms" "SQL commands" "SQL ms (sum)"
for path in "${paths[@]}"; do
    for _ in 1 2 3; do curl -fs -o /dev/null "$BASE$path"; done
    time=$(for _ in $(seq "$REQUESTS"); do curl -fs -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | median)
    before=$(wc -l < "$log")
    curl -fs -o /dev/null "$BASE$path"
    sleep 0.2
    commands=$(tail -n +"$((before + 1))" "$log" | grep -o 'Executed DbCommand ("[0-9]*"ms)' || true)
    count=$(grep -c . <<<"$commands" || true)
    sum=$(tr -dc '0-9\n' <<<"$commands" | awk '{ s += $1 } END { print s + 0 }')
    printf '%-48s %10s %12s %14s\n' "${path:0:48}" "$time" "$count" "$sum"
done

# The deep page's query, as EF sent it, explained by PostgreSQL.
cursor=${deep#*before=}
at_ms=${cursor%-*}
id=${cursor#*-}
echo
echo "EXPLAIN ANALYZE of the listing query at $deep:"
# The Npgsql connection string in libpq's words.
libpq=$(tr ';' '\n' < "$RESULTS/db-$COUNT/connection-string" | sed 's/^Host=/host=/; s/^Port=/port=/; s/^Username=/user=/; s/^Password=/password=/; s/^Database=/dbname=/' | xargs)
psql "$libpq" -X -q <<SQL
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.id, p.slug, p.title, p.lead, p.published_at
FROM publications AS p
WHERE p.status = 'Published' AND p.published_at <= now() AND p.deleted_at IS NULL
  AND p.language = 'en' AND p.section_id = (SELECT id FROM sections WHERE slug = 'news')
  AND (p.published_at, p.id) < (to_timestamp($at_ms / 1000.0), $id)
ORDER BY p.published_at DESC, p.id DESC
LIMIT 11;
SQL
