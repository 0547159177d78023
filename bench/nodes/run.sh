#!/usr/bin/env bash
# One web node behind nginx against two web nodes behind the same nginx, in one run, on one PostgreSQL. Fills a
# private PostgreSQL with N generated publications by COPY (100,000 unless told; kept in bench/results/nodes/db-N
# for the next run), starts the portal as shipped (Release, Production, default logging, metrics on a port of each
# node's own, 127.0.0.1) and nginx from the machine's packages with an upstream of one node, then of two, and
# prints for each address requests/s, p50, p99, non-2xx answers and the ratio of two nodes to one: a publication
# page with the output cache (as anonymous readers get it), then search and the API with Caching__Enabled=false
# (what every search with new words and every page once its minute is over cost).
#
#   bench/nodes/run.sh 1000
#   DURATION=30s bench/nodes/run.sh            # longer runs (10 s per address by default)
#   bench/nodes/run.sh --smoke                 # 200 publications, 1 s per address: the script and every address
#                                              # still work (exits non-zero when one does not answer 200)
#
# Two nodes share the machine's cores with nginx, wrk and PostgreSQL: on two cores they cannot be faster than
# one, and the ratio says what a second node costs there rather than what it gains on a machine of its own.
# wrk -t2 -c64 (THREADS, CONNECTIONS). Targets only 127.0.0.1; every run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

source bench/wrk.sh
wrk_run_settings "$@"
PORTS=("${PORT_ONE:-5183}" "${PORT_TWO:-5184}")
METRICS_PORTS=("${METRICS_PORT_ONE:-9183}" "${METRICS_PORT_TWO:-9184}")
NGINX_PORT="${NGINX_PORT:-5185}"
PROXY="http://127.0.0.1:${NGINX_PORT}"
RESULTS="${RESULTS:-$PWD/bench/results/nodes}"
mkdir -p "$RESULTS"

require_wrk_and_nginx

source bench/portal.sh
nginx_pid=""
second_node=""
stop_nginx() {
    if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; fi
}
stop_second_node() {
    if [ -n "$second_node" ]; then kill -TERM "$second_node" 2>/dev/null || true; wait "$second_node" 2>/dev/null || true; second_node=""; fi
}
stop_everything() {
    stop_nginx
    stop_second_node
    stop_bench_processes
}
trap stop_everything EXIT

# nginx with an upstream of the given nodes' ports, its configuration written afresh into the results folder.
start_nginx() {
    stop_nginx
    local dir="$RESULTS/nginx" servers="" port user_line=""
    mkdir -p "$dir/temp"
    for port in "$@"; do servers="$servers        server 127.0.0.1:$port;"$'\n'; done
    if [ "$(id -u)" = 0 ]; then user_line="user root;"; fi
    cat > "$dir/nginx.conf" <<CONF
$user_line
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    upstream cstopress_nodes {
$servers        keepalive 32;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://cstopress_nodes;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
CONF
    nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' 2>>"$dir/error.log" &
    nginx_pid=$!
    for _ in $(seq 1 20); do curl -fs -o /dev/null "$PROXY/healthz" && return 0; sleep 0.5; done
    echo "nginx did not answer; see $dir/error.log" >&2
    exit 1
}

# The nodes, as a deployment runs them: each with its own metrics port, both on the one database.
start_first_node() {
    Metrics__Port="${METRICS_PORTS[0]}" start_portal "http://127.0.0.1:${PORTS[0]}" "$RESULTS/node-1-$1.log"
}
start_second_node() {
    local first="$portal"
    Metrics__Port="${METRICS_PORTS[1]}" run_portal "http://127.0.0.1:${PORTS[1]}" "$RESULTS/node-2-$1.log" Production
    second_node="$portal"
    portal="$first"
}

declare -A figures
# Measures every address of the mode through nginx, into figures[mode,nodes,address].
measure() {
    local mode="$1" nodes="$2"
    shift 2
    for path in "$@"; do
        curl -fs -o /dev/null "$PROXY$path" || { echo "$PROXY$path does not answer 200 ($mode, $nodes); see $RESULTS" >&2; exit 1; }
    done
    # Both nodes warm: nginx spreads the warm-up over them.
    for path in "$@"; do wrk -t1 -c4 -d"$WARMUP" "$PROXY$path" >/dev/null 2>&1 || true; done
    for path in "$@"; do
        wrk_figures "$THREADS" "$CONNECTIONS" "$DURATION" "$PROXY$path"
        figures["$nodes,$path"]="$rps $p50 $p99 $non2xx $errors"
    done
}

run_mode() {
    local mode="$1"
    shift
    start_first_node "$mode"
    start_nginx "${PORTS[0]}"
    measure "$mode" one "$@"
    start_second_node "$mode"
    start_nginx "${PORTS[0]}" "${PORTS[1]}"
    measure "$mode" two "$@"
    stop_nginx
    stop_second_node
    stop_portal
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores), $(date -u '+%Y-%m-%d %H:%M UTC')"
start_database "$RESULTS/db-$COUNT" "$COUNT"

publication="/news/bench-$(( COUNT / 2 | 1 ))"
search="/search?q=security"
api="/api/v1/publications?limit=20"
run_mode cached "$publication"
export Caching__Enabled=false
run_mode uncached "$search" "$api"

echo
echo "$COUNT publications, nginx in front, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %-6s %10s %10s %10s %8s %8s %9s\n' "address" "nodes" "req/s" "p50" "p99" "non-2xx" "errors" "two/one"
for row in "publication (cached)|$publication" "search (uncached)|$search" "API (uncached)|$api"; do
    name="${row%%|*}" path="${row#*|}"
    read -r one_rps one_p50 one_p99 one_non2xx one_errors <<<"${figures["one,$path"]}"
    read -r two_rps two_p50 two_p99 two_non2xx two_errors <<<"${figures["two,$path"]}"
    printf '%-26s %-6s %10s %10s %10s %8s %8s %9s\n' "$name" "one" "$one_rps" "$one_p50" "$one_p99" "$one_non2xx" "$one_errors" ""
    printf '%-26s %-6s %10s %10s %10s %8s %8s %9s\n' "$name" "two" "$two_rps" "$two_p50" "$two_p99" "$two_non2xx" "$two_errors" \
        "$(awk -v a="$two_rps" -v b="$one_rps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
