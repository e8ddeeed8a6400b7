#!/usr/bin/env bash
# HTTP benchmark: wrk against the site's content pages and against a hello-world Kestrel app built in the same run.
#
#   bench/http/run.sh            (from any directory)
#
# Publishes Site and bench/HelloWorld in Release, starts both on 127.0.0.1 with logging quietened, warms each URL
# up, then measures each with `wrk -t2 -c32 -d15s --latency`. Prints a Markdown table (requests/s, p99, ratio to
# the hello-world rate) and one JSON line, and writes the table to bench/results/http-latest.md.
#
# The servers and wrk share the machine's cores, so other work on the machine distorts the numbers: before each
# measurement the script waits (bounded) until other processes use little CPU, and it reports, per row, the CPU
# share other processes took during the measurement ("other CPU %", from /proc/stat).
#
# Environment (all optional): BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (15s), BENCH_WARMUP (5s),
# BENCH_QUIET_PERCENT (10: "quiet" means other processes use at most this share of all cores),
# BENCH_QUIET_WAIT (90: seconds to wait for quiet before each measurement; then it measures anyway and says so).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
results_dir="$repo_root/bench/results"

threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
duration="${BENCH_DURATION:-15s}"
warmup="${BENCH_WARMUP:-5s}"
quiet_percent="${BENCH_QUIET_PERCENT:-10}"
quiet_wait="${BENCH_QUIET_WAIT:-90}"
cores=$(nproc)
hz=$(getconf CLK_TCK)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------------------------
command -v dotnet >/dev/null || die "dotnet is not on PATH"
command -v curl >/dev/null || die "curl is not on PATH"
if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null 2>&1 \
        || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null; }
    command -v wrk >/dev/null || die "could not install wrk"
fi

# --- clean-up: both servers stop on any exit -------------------------------------------------------------------
work_dir="$(mktemp -d "${TMPDIR:-/tmp}/cv-bench-http.XXXXXX")"
pids=()
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
    if [ "$status" -ne 0 ]; then
        for f in "$work_dir"/*.log; do
            [ -s "$f" ] && { printf -- '--- last lines of %s\n' "$(basename "$f")" >&2; tail -n 20 "$f" >&2; }
        done
    fi
    rm -rf "$work_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- build -----------------------------------------------------------------------------------------------------
log "publishing Site (Release)"
dotnet publish "$repo_root/Site" -c Release -o "$work_dir/site" --nologo -v quiet >"$work_dir/publish-site.log" 2>&1 \
    || { tail -n 30 "$work_dir/publish-site.log" >&2; die "publishing Site failed"; }
log "publishing bench/HelloWorld (Release)"
dotnet publish "$repo_root/bench/HelloWorld" -c Release -o "$work_dir/hello" --nologo -v quiet >"$work_dir/publish-hello.log" 2>&1 \
    || { tail -n 30 "$work_dir/publish-hello.log" >&2; die "publishing HelloWorld failed"; }

# --- servers ---------------------------------------------------------------------------------------------------
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 40000 ))
        # Nothing answers on it: connecting fails.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    die "no free port found"
}

# start NAME DLL PORT: runs `dotnet DLL` from its publish folder, quietened, on 127.0.0.1:PORT.
start() {
    local name=$1 dll=$2 port=$3
    mkdir -p "$work_dir/data-$name"
    (
        cd "$(dirname "$dll")"
        export ASPNETCORE_ENVIRONMENT=Benchmark
        export DOTNET_ENVIRONMENT=Benchmark
        export Serilog__MinimumLevel__Default=Warning
        export Logging__LogLevel__Default=Warning
        export Storage__DataDirectory="$work_dir/data-$name"
        export Content__Path="$repo_root/content"
        exec dotnet "$(basename "$dll")" --urls "http://127.0.0.1:$port"
    ) >"$work_dir/$name.log" 2>&1 &
    pids+=("$!")
    names+=("$name")
}

# check_alive: every server still runs; if one stopped, say how (an exit code of 137/143 means it was killed).
names=()
check_alive() {
    local i status
    for i in "${!pids[@]}"; do
        if ! kill -0 "${pids[$i]}" 2>/dev/null; then
            status=0; wait "${pids[$i]}" 2>/dev/null || status=$?
            die "${names[$i]} (pid ${pids[$i]}) stopped during the run with exit status $status"
        fi
    done
}

# wait_for NAME URL: up to 60 s for URL to answer 200.
wait_for() {
    local name=$1 url=$2 pid=${pids[-1]}
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || die "$name exited before it was ready"
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ]; then return 0; fi
        sleep 0.1
    done
    die "$name did not answer 200 at $url within 60 s"
}

hello_port=$(free_port)
log "starting hello-world on 127.0.0.1:$hello_port"
start hello "$work_dir/hello/HelloWorld.dll" "$hello_port"
wait_for hello "http://127.0.0.1:$hello_port/"

site_port=$(free_port)
[ "$site_port" = "$hello_port" ] && site_port=$(free_port)
log "starting site on 127.0.0.1:$site_port"
start site "$work_dir/site/Site.dll" "$site_port"
wait_for site "http://127.0.0.1:$site_port/health/ready"

hello="http://127.0.0.1:$hello_port"
site="http://127.0.0.1:$site_port"

# Rows: label | URL | extra wrk header (may be empty). The first row is the baseline.
rows=(
    "hello-world \`/\`|$hello/|"
    "site \`/\` (home page)|$site/|"
    "site \`/\` (home page, \`Accept-Encoding: gzip, br\`)|$site/|Accept-Encoding: gzip, br"
    "site \`/principles\` (long page, table of contents)|$site/principles|"
    "site \`/es/principles\` (Spanish)|$site/es/principles|"
)

# Every URL must answer 200 before it is measured (a redirect or 404 would be measured as fast nonsense).
for row in "${rows[@]}"; do
    IFS='|' read -r label url header <<<"$row"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")
    [ "$code" = 200 ] || die "$url answered $code, not 200"
done

# --- measure ---------------------------------------------------------------------------------------------------
# to_ms VALUE: wrk's latency ("812.00us", "4.12ms", "1.02s", "2.00m") in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; else if (u != "ms") exit 1
        printf "%.2f", n }'
}

# --- CPU accounting (clock ticks) ------------------------------------------------------------------------------
cpu_busy() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; } # user nice system irq softirq steal
servers_cpu() { # both servers together
    local pid total=0 t
    for pid in "${pids[@]}"; do
        t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$(( total + t ))
    done
    echo "$total"
}
# children_cpu: sets $children_ticks to the CPU used by this shell's finished children (wrk among them). Call it
# directly, never in $(...): a subshell has its own, empty, account.
children_cpu() {
    times >"$work_dir/times"
    children_ticks=$(awk -v hz="$hz" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); sub(/s$/, "", a[2]); t += a[1] * 60 + a[2] } printf "%d", t * hz }' "$work_dir/times")
}
percent_of_cores() { awk -v t="$1" -v s="$2" -v hz="$hz" -v c="$cores" 'BEGIN { p = 100 * t / (s * hz * c); if (p < 0) p = 0; printf "%.0f", p }'; }

# wait_quiet: until other processes use at most $quiet_percent of all cores over one second, or $quiet_wait s pass.
wait_quiet() {
    local deadline=$(( SECONDS + quiet_wait )) b0 s0 other pct
    while :; do
        b0=$(cpu_busy); s0=$(servers_cpu)
        sleep 1
        other=$(( $(cpu_busy) - b0 - ($(servers_cpu) - s0) ))
        pct=$(percent_of_cores "$other" 1)
        [ "$pct" -le "$quiet_percent" ] && return 0
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "warning: other processes still use ${pct}% of the CPU after ${quiet_wait} s; measuring anyway"
            return 0
        fi
        log "waiting for a quiet machine: other processes use ${pct}% of the CPU"
    done
}

run_wrk() { # run_wrk DURATION URL HEADER -> wrk's output
    local d=$1 url=$2 header=$3
    local args=(-t"$threads" -c"$connections" -d"$d" --timeout 5s --latency)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "$url"
}

labels=(); urls=(); rps=(); p99=(); notes=(); others=(); server_pcts=(); wrk_pcts=()
for row in "${rows[@]}"; do
    IFS='|' read -r label url header <<<"$row"
    log "warm-up $warmup: $url${header:+ ($header)}"
    run_wrk "$warmup" "$url" "$header" >/dev/null
    check_alive
    wait_quiet
    log "measure $duration: $url${header:+ ($header)}"
    children_cpu; c0=$children_ticks; b0=$(cpu_busy); s0=$(servers_cpu); t0=$(date +%s.%N)
    run_wrk "$duration" "$url" "$header" >"$work_dir/wrk.out"
    check_alive
    t1=$(date +%s.%N); s1=$(servers_cpu); b1=$(cpu_busy); children_cpu; c1=$children_ticks
    out=$(cat "$work_dir/wrk.out")
    elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
    others+=("$(percent_of_cores $(( b1 - b0 - (s1 - s0) - (c1 - c0) )) "$elapsed")")
    server_pcts+=("$(percent_of_cores $(( s1 - s0 )) "$elapsed")")
    wrk_pcts+=("$(percent_of_cores $(( c1 - c0 )) "$elapsed")")
    r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    raw99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    [ -n "$r" ] && [ -n "$raw99" ] || { printf '%s\n' "$out" >&2; die "could not parse wrk's output for $url"; }
    note=""
    if bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out") && [ -n "$bad" ]; then note="$bad non-2xx/3xx"; fi
    if errs=$(grep -m1 '^  Socket errors:' <<<"$out") && [ -n "$errs" ]; then note="${note:+$note; }${errs#  }"; fi
    [ -n "$note" ] && log "warning: $url: $note"
    labels+=("$label"); urls+=("$url"); rps+=("$r"); p99+=("$(to_ms "$raw99")"); notes+=("$note")
done

# --- report ----------------------------------------------------------------------------------------------------
base=${rps[0]}
date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cpu=$(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^[ \t]+/, "", $2); print $2; exit }')
table="$work_dir/table.md"
{
    echo "| URL | requests/s | p99 ms | ratio to hello-world | other CPU % |"
    echo "|---|---:|---:|---:|---:|"
    for i in "${!labels[@]}"; do
        ratio=$(awk -v a="${rps[$i]}" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
        rate=$(awk -v a="${rps[$i]}" 'BEGIN { printf "%.0f", a }')
        label=${labels[$i]}${notes[$i]:+ — ${notes[$i]}}
        echo "| $label | $rate | ${p99[$i]} | $ratio | ${others[$i]} |"
    done
} >"$table"

json="{\"date\":\"$date_utc\",\"nproc\":$cores,\"cpu\":\"${cpu//\"/}\",\"wrk\":{\"threads\":$threads,\"connections\":$connections,\"duration\":\"$duration\",\"warmup\":\"$warmup\"},\"results\":["
for i in "${!labels[@]}"; do
    ratio=$(awk -v a="${rps[$i]}" -v b="$base" 'BEGIN { printf "%.3f", a / b }')
    path=${urls[$i]#http://127.0.0.1:*/}
    name=${labels[$i]//\`/}
    [ "$i" -gt 0 ] && json+=","
    json+="{\"name\":\"$name\",\"path\":\"/$path\",\"requests_per_s\":${rps[$i]},\"p99_ms\":${p99[$i]},\"ratio\":$ratio,\"cpu_percent\":{\"servers\":${server_pcts[$i]},\"wrk\":${wrk_pcts[$i]},\"other\":${others[$i]}}}"
done
json+="]}"

mkdir -p "$results_dir"
{
    echo "# HTTP benchmark, latest run"
    echo
    echo "$date_utc; $cores cores ($cpu); \`wrk -t$threads -c$connections -d$duration --latency\` after a $warmup warm-up per URL;"
    echo "command: \`bench/http/run.sh\`. \"other CPU %\": share of all cores used by processes other than the two servers"
    echo "and wrk during the measurement (0 on a quiet machine)."
    echo
    cat "$table"
    echo
    echo '```json'
    echo "$json"
    echo '```'
} >"$results_dir/http-latest.md"

cat "$table"
echo
echo "$json"
log "wrote $results_dir/http-latest.md"
