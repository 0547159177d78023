# Sourced by the benchmark scripts: starts the portal (Release build, Development environment with the
# demo content on a private PostgreSQL under bench/results) at $1 on 127.0.0.1, writing its log to $2,
# waits until it answers, and stops it when the calling script exits.
start_portal() {
    local base="$1" log="$2"
    dotnet build src/CstoPress.Web -c Release -v quiet -nologo >/dev/null
    export ASPNETCORE_ENVIRONMENT=Development
    export LocalDatabase__Folder="${LocalDatabase__Folder:-$PWD/bench/results/localdb}"
    # Request logging writes at Information: raise the floor so the console does not become the bottleneck.
    export Serilog__MinimumLevel__Default=Warning
    dotnet src/CstoPress.Web/bin/Release/net10.0/CstoPress.Web.dll --urls "$base" --contentRoot "$PWD/src/CstoPress.Web" > "$log" 2>&1 &
    portal=$!
    # TERM, not INT: a script's background job ignores SIGINT.
    trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null || true' EXIT

    for _ in $(seq 1 120); do
        curl -fs "$base/healthz" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "The portal did not start; see $log" >&2
    exit 1
}
