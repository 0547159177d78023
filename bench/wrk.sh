# Sourced by the benchmark scripts: runs wrk once and reads its figures into rps, p50, p99, max, errors and
# non2xx (the latencies as wrk writes them: 850.00us, 1.23ms, 2.01s).
#   wrk_figures THREADS CONNECTIONS DURATION URL
wrk_figures() {
    local out
    out=$(wrk -t"$1" -c"$2" -d"$3" --latency "$4" 2>&1)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    max=$(awk '/Latency/ && !/Distribution/ {print $4; exit}' <<<"$out")
    errors=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
    errors="${errors:-0}"
    non2xx="${non2xx:-0}"
}

# The size and load of a run of the limit and nodes benchmarks: `--smoke` is 200 publications and a second per
# address; otherwise the first argument is the number of publications (100,000 unless told). DURATION, WARMUP,
# THREADS and CONNECTIONS may be set from outside. Sets SMOKE to true or false.
#   wrk_run_settings "$@"
wrk_run_settings() {
    SMOKE=false
    if [ "${1:-}" = "--smoke" ]; then
        SMOKE=true COUNT=200 DURATION=1s WARMUP=1s
    else
        COUNT="${1:-100000}"
    fi
    DURATION="${DURATION:-10s}"
    WARMUP="${WARMUP:-10s}"
    THREADS="${THREADS:-2}"
    CONNECTIONS="${CONNECTIONS:-64}"
}

# wrk and nginx, which the limit and nodes benchmarks need: installed from Debian when run as root, else the
# script stops (exit 3) saying what to install.
require_wrk_and_nginx() {
    local missing
    missing=$(for tool in wrk nginx; do command -v "$tool" >/dev/null || echo "$tool"; done | xargs)
    if [ -n "$missing" ] && [ "$(id -u)" = 0 ]; then
        echo "Installing what is missing ($missing): apt-get install -y wrk nginx-light"
        apt-get install -y wrk nginx-light >/dev/null 2>&1 || apt-get install -y wrk nginx >/dev/null 2>&1 || true
        missing=$(for tool in wrk nginx; do command -v "$tool" >/dev/null || echo "$tool"; done | xargs)
    fi
    if [ -n "$missing" ]; then
        echo "This benchmark needs wrk and nginx, and $missing is missing: sudo apt-get install -y wrk nginx-light" >&2
        exit 3
    fi
}
