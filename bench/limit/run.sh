#!/usr/bin/env bash
# What the portal serves at its limit, against nginx serving the same publication page as a static file in the
# same run. Fills a private PostgreSQL with N generated publications by COPY (100,000 unless told; the fill is
# kept in bench/results/limit/db-N for the next run), starts the portal as shipped (Release, Production, default
# logging, 127.0.0.1), and prints for each address requests/s, p50, p99, non-2xx answers and the ratio to nginx,
# first with the output cache (as anonymous readers get the pages) and then with Caching__Enabled=false (what
# searches, crawlers deep in the archive, editors and every page once a minute cost), and the portal's peak RSS.
#
#   bench/limit/run.sh 1000
#   DURATION=30s bench/limit/run.sh 100000     # longer runs (10 s per address by default)
#   bench/limit/run.sh --smoke                 # 200 publications, 1 s per address: the script and every address
#                                              # still work (exits non-zero when one does not answer 200)
#
# wrk -t2 -c64 (THREADS, CONNECTIONS). Targets only 127.0.0.1; every run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

source bench/wrk.sh
wrk_run_settings "$@"
# How many pages deep the deep section page is, walked with the "older" links as a crawler does.
if [ "$SMOKE" = true ]; then DEPTH=3; fi
DEPTH="${DEPTH:-30}"
PORT="${PORT:-5091}"
NGINX_PORT="${NGINX_PORT:-5092}"
BASE="http://127.0.0.1:${PORT}"
RESULTS="${RESULTS:-$PWD/bench/results/limit}"
mkdir -p "$RESULTS"

require_wrk_and_nginx

source bench/portal.sh
nginx_pid=""
stop_everything() {
    if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    stop_bench_processes
}
trap stop_everything EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
start_database "$RESULTS/db-$COUNT" "$COUNT"

# The addresses, found as a reader's browser would: a publication from the middle of the archive, the section's
# "older" link followed DEPTH-1 times.
start_portal "$BASE" "$RESULTS/portal-cached.log"
middle=$(( COUNT / 2 | 1 ))
publication="/news/bench-$middle"
section="/sections/news"
deep="$section"
reached=1
while [ "$reached" -lt "$DEPTH" ]; do
    older=$(curl -fs "$BASE$deep" | grep -o "href=\"$section?before=[^\"]*\"" | head -1 | sed 's/href="//; s/"$//; s/&amp;/\&/g') || true
    [ -n "$older" ] || break
    deep="$older"
    reached=$((reached + 1))
done
paths=("$publication" "/" "$section" "$deep" "/search?q=security" "/api/v1/publications?limit=20" "/feeds/all.atom")
names=("publication" "home" "section, first page" "section, page $reached" "search" "API" "Atom feed")

# nginx serves the publication page as the portal rendered it, as a file: what serving a page can cost at best.
mkdir -p "$RESULTS/nginx/static" "$RESULTS/nginx/temp"
curl -fs "$BASE$publication" > "$RESULTS/nginx/static/publication.html"
user_line=""
if [ "$(id -u)" = 0 ]; then user_line="user root;"; fi
cat > "$RESULTS/nginx/nginx.conf" <<EOF
$user_line
worker_processes auto;
pid $RESULTS/nginx/nginx.pid;
error_log $RESULTS/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log $RESULTS/nginx/access.log;
    client_body_temp_path $RESULTS/nginx/temp/body;
    proxy_temp_path $RESULTS/nginx/temp/proxy;
    fastcgi_temp_path $RESULTS/nginx/temp/fastcgi;
    uwsgi_temp_path $RESULTS/nginx/temp/uwsgi;
    scgi_temp_path $RESULTS/nginx/temp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $RESULTS/nginx/static;
        default_type text/html;
    }
}
EOF
nginx -p "$RESULTS/nginx" -c "$RESULTS/nginx/nginx.conf" -g 'daemon off;' 2>>"$RESULTS/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/publication.html" && break; sleep 0.5; done

measure_mode() {
    local mode="$1"
    for path in "${paths[@]}"; do
        curl -fs -o /dev/null "$BASE$path" || { echo "$BASE$path does not answer 200 ($mode); see $RESULTS" >&2; exit 1; }
    done
    # Under the same load as the measurement, so that the runtime has compiled the hot paths at their final tier:
    # measured after a short light warm-up, a publication page cost twice the CPU it costs a minute later.
    for path in "${paths[@]}"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null 2>&1 || true; done
    wrk_figures "$THREADS" "$CONNECTIONS" "$DURATION" "http://127.0.0.1:$NGINX_PORT/publication.html"
    local nginx_rps="$rps"
    echo
    echo "$mode ($COUNT publications, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    printf '%-24s %10s %10s %10s %8s %8s %9s\n' "address" "req/s" "p50" "p99" "non-2xx" "errors" "x nginx"
    printf '%-24s %10s %10s %10s %8s %8s %9s\n' "nginx, static file" "$rps" "$p50" "$p99" "$non2xx" "$errors" "1"
    for i in "${!paths[@]}"; do
        wrk_figures "$THREADS" "$CONNECTIONS" "$DURATION" "$BASE${paths[$i]}"
        printf '%-24s %10s %10s %10s %8s %8s %9s\n' "${names[$i]}" "$rps" "$p50" "$p99" "$non2xx" "$errors" \
            "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
    done
    echo "peak RSS of the portal: $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$portal/status")"
}

measure_mode "cached"
stop_portal
export Caching__Enabled=false
start_portal "$BASE" "$RESULTS/portal-uncached.log"
measure_mode "uncached (Caching__Enabled=false)"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); deep page: $deep"
