# Sourced by the benchmark scripts. Every benchmark measures the portal as it is shipped: a Release build in
# the Production environment with its default logging (one line per request to the console, here a file),
# on 127.0.0.1, over a private PostgreSQL cluster (bench/database) that it stops when the calling script exits.
#
#   start_database FOLDER [PUBLICATIONS]   the cluster in FOLDER; with PUBLICATIONS, that many generated ones
#   start_portal BASE LOG                  the portal at BASE, its log in LOG; without start_database first,
#                                          the demo content in bench/results/localdb
#   stop_portal                            stops the portal (to start it again with other settings)

bench_database=""
portal=""
portal_built=""

stop_portal() {
    if [ -n "$portal" ]; then
        # TERM, not INT: a script's background job ignores SIGINT.
        kill -TERM "$portal" 2>/dev/null || true
        wait "$portal" 2>/dev/null || true
        portal=""
    fi
}

stop_bench_processes() {
    stop_portal
    if [ -n "$bench_database" ]; then
        kill -TERM "$bench_database" 2>/dev/null || true
        wait "$bench_database" 2>/dev/null || true
        bench_database=""
    fi
}
trap stop_bench_processes EXIT

start_database() {
    local folder="$1" publications="${2:-}"
    dotnet build bench/database -c Release -v quiet -nologo >/dev/null
    mkdir -p "$folder"
    rm -f "$folder/connection-string"
    dotnet bench/database/bin/Release/net10.0/CstoPress.Bench.Database.dll "$folder" $publications &
    bench_database=$!
    while [ ! -s "$folder/connection-string" ]; do
        kill -0 "$bench_database" 2>/dev/null || { echo "The benchmark database did not start" >&2; exit 1; }
        sleep 1
    done
    export ConnectionStrings__Default="$(cat "$folder/connection-string")"
}

# Starts the portal and waits until it answers. Settings of its own (Caching__Enabled=false, …) are taken
# from the caller's environment, and from PORTAL_SETTINGS for names a shell variable cannot have (with dots).
run_portal() {
    local base="$1" log="$2" environment="$3"
    # The metrics listener only when the caller names its port (Metrics__Port): two benchmarks at once would both want 9090.
    # shellcheck disable=SC2086
    env ${PORTAL_SETTINGS:-} Metrics__Port="${Metrics__Port:-0}" ASPNETCORE_ENVIRONMENT="$environment" dotnet src/CstoPress.Web/bin/Release/net10.0/CstoPress.Web.dll \
        --urls "$base" --contentRoot "$PWD/src/CstoPress.Web" > "$log" 2>&1 &
    portal=$!
    for _ in $(seq 1 120); do
        curl -fs "$base/healthz" >/dev/null 2>&1 && return 0
        kill -0 "$portal" 2>/dev/null || break
        sleep 1
    done
    echo "The portal did not start; see $log" >&2
    exit 1
}

start_portal() {
    local base="$1" log="$2"
    if [ -z "$portal_built" ]; then
        dotnet build src/CstoPress.Web -c Release -v quiet -nologo >/dev/null
        portal_built=1
    fi
    if [ -z "$bench_database" ]; then
        local folder="$PWD/bench/results/localdb"
        start_database "$folder"
        if [ ! -e "$folder/demo-seeded" ]; then
            # Only Development seeds the demo content: run it once for that, then measure Production.
            run_portal "$base" "$log.seed" Development
            stop_portal
            touch "$folder/demo-seeded"
        fi
    fi
    run_portal "$base" "$log" Production
}
