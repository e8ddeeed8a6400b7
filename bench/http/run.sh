#!/usr/bin/env bash
# HTTP benchmark: wrk against the site's content pages and against a hello-world Kestrel app built in the same run.
#
#   bench/http/run.sh            (from any directory)
#
# Publishes Site and bench/HelloWorld in Release, starts both on 127.0.0.1 with logging quietened, warms each URL
# up, then measures each with `wrk -t2 -c32 -d15s --latency`. Prints a Markdown table (requests/s, p99, ratio to
# the hello-world rate) and one JSON line, and writes both to bench/results/http-latest.md.
#
# The servers and wrk share the machine's cores, so other work on the machine distorts the numbers: before each
# measurement the script waits (bounded) until other processes use little CPU, repeats (bounded) a measurement they
# disturbed, and reports, per row, the share of all cores that other processes took during the measurement kept
# ("other CPU %", from /proc/stat), and the servers' CPU time per request, which such disturbance changes far less
# than requests/s or p99.
# If a server stops during a row (something else on the machine may stop it), the script says so with its exit
# status, starts it again and repeats that row, at most BENCH_RESTARTS times in all.
#
# Environment (all optional): BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (15s), BENCH_WARMUP (5s),
# BENCH_QUIET_PERCENT (10: "quiet" means other processes use at most this share of all cores),
# BENCH_QUIET_WAIT (60: seconds to wait for quiet before each measurement; then it measures anyway and says so),
# BENCH_ATTEMPTS (3: a measurement during which other processes took more than BENCH_QUIET_PERCENT is repeated, up
# to this many times in all, and the least disturbed one is kept), BENCH_RESTARTS (3).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
results_dir="$repo_root/bench/results"

threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-32}"
duration="${BENCH_DURATION:-15s}"
warmup="${BENCH_WARMUP:-5s}"
quiet_percent="${BENCH_QUIET_PERCENT:-10}"
quiet_wait="${BENCH_QUIET_WAIT:-60}"
attempts="${BENCH_ATTEMPTS:-3}"
restarts_left="${BENCH_RESTARTS:-3}"
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

# --- clean-up: the servers stop on any exit --------------------------------------------------------------------
work_dir="$(mktemp -d "${TMPDIR:-/tmp}/cv-bench-http.XXXXXX")"
declare -A pid=() port=()
stop_pid() {
    local p=$1
    if kill -0 "$p" 2>/dev/null; then
        kill "$p" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null || true
    fi
    wait "$p" 2>/dev/null || true
}
cleanup() {
    local status=$? name f
    for name in "${!pid[@]}"; do stop_pid "${pid[$name]}"; done
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
declare -A dll=([hello]="$work_dir/hello/HelloWorld.dll" [site]="$work_dir/site/Site.dll")
declare -A ready=([hello]="/" [site]="/health/ready")

free_port() {
    local p
    for _ in $(seq 1 100); do
        p=$(( 20000 + RANDOM % 40000 ))
        # Nothing answers on it: connecting fails.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    die "no free port found"
}

# start NAME: runs `dotnet NAME.dll` from its publish folder on 127.0.0.1 and a free port, quietened (only warnings
# and the host's start/stop lines are logged), and waits up to 60 s for it to answer 200 at its ready path.
start() {
    local name=$1 p
    p=$(free_port) || die "no free port found"
    mkdir -p "$work_dir/data-$name"
    log "starting $name on 127.0.0.1:$p"
    (
        cd "$(dirname "${dll[$name]}")"
        export ASPNETCORE_ENVIRONMENT=Benchmark DOTNET_ENVIRONMENT=Benchmark
        export Serilog__MinimumLevel__Default=Warning Logging__LogLevel__Default=Warning
        export Storage__DataDirectory="$work_dir/data-$name"
        export Content__Path="$repo_root/content"
        exec env 'Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime=Information' \
            'Logging__LogLevel__Microsoft.Hosting.Lifetime=Information' \
            dotnet "$(basename "${dll[$name]}")" --urls "http://127.0.0.1:$p"
    ) >>"$work_dir/$name.log" 2>&1 &
    pid[$name]=$!
    port[$name]=$p
    for _ in $(seq 1 600); do
        kill -0 "${pid[$name]}" 2>/dev/null || die "$name exited before it was ready"
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$p${ready[$name]}" || true)" = 200 ]; then
            return 0
        fi
        sleep 0.1
    done
    die "$name did not answer 200 at http://127.0.0.1:$p${ready[$name]} within 60 s"
}

# alive NAME: true while the server runs; when it has stopped, says how (exit status 137 or 143: it was killed;
# 0: it was asked to stop, e.g. by SIGTERM or SIGINT) and starts it again, or gives up when no restarts are left.
alive() {
    local name=$1 status=0
    kill -0 "${pid[$name]}" 2>/dev/null && return 0
    wait "${pid[$name]}" 2>/dev/null || status=$?
    log "warning: $name (pid ${pid[$name]}) stopped during the run, exit status $status; last log lines:"
    tail -n 5 "$work_dir/$name.log" >&2 || true
    [ "$restarts_left" -gt 0 ] || die "$name stopped and no restarts are left (BENCH_RESTARTS)"
    restarts_left=$(( restarts_left - 1 ))
    restarts=$(( restarts + 1 ))
    start "$name"
    return 1
}
restarts=0

start hello
start site

# Rows: label | server | path | extra wrk header (may be empty). The first row is the baseline.
rows=(
    "hello-world \`/\`|hello|/|"
    "site \`/\` (home page)|site|/|"
    "site \`/\` (home page, \`Accept-Encoding: gzip, br\`)|site|/|Accept-Encoding: gzip, br"
    "site \`/principles\` (long page, table of contents)|site|/principles|"
    "site \`/es/principles\` (Spanish)|site|/es/principles|"
)

# Every URL must answer 200 before it is measured (a redirect or 404 would be measured as fast nonsense).
for row in "${rows[@]}"; do
    IFS='|' read -r label server path header <<<"$row"
    url="http://127.0.0.1:${port[$server]}$path"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")
    [ "$code" = 200 ] || die "$url answered $code, not 200"
done

# --- CPU accounting (clock ticks) ------------------------------------------------------------------------------
cpu_busy() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; } # user nice system irq softirq steal
servers_cpu() { # both servers together
    local name total=0 t
    for name in "${!pid[@]}"; do
        t=$(awk '{ print $14 + $15 }' "/proc/${pid[$name]}/stat" 2>/dev/null || true)
        total=$(( total + ${t:-0} ))
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

# --- measure ---------------------------------------------------------------------------------------------------
# to_ms VALUE: wrk's latency ("812.00us", "4.12ms", "1.02s", "2.00m") in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; else if (u != "ms") exit 1
        printf "%.2f", n }'
}

run_wrk() { # run_wrk DURATION URL HEADER -> wrk's output
    local d=$1 url=$2 header=$3
    local args=(-t"$threads" -c"$connections" -d"$d" --timeout 5s --latency)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "$url"
}

labels=(); paths=(); rps=(); p99=(); notes=(); others=(); server_pcts=(); wrk_pcts=(); cost_us=()
for row in "${rows[@]}"; do
    IFS='|' read -r label server path header <<<"$row"
    best_other=""
    attempt=1
    while :; do
        url="http://127.0.0.1:${port[$server]}$path"
        log "warm-up $warmup: $server $path${header:+ ($header)}"
        run_wrk "$warmup" "$url" "$header" >/dev/null || true
        alive "$server" || continue
        wait_quiet
        log "measure $duration: $server $path${header:+ ($header)} (attempt $attempt of $attempts)"
        children_cpu; c0=$children_ticks; b0=$(cpu_busy); s0=$(servers_cpu); t0=$(date +%s.%N)
        run_wrk "$duration" "$url" "$header" >"$work_dir/wrk.out" || true
        t1=$(date +%s.%N); s1=$(servers_cpu); b1=$(cpu_busy); children_cpu; c1=$children_ticks
        alive "$server" || continue
        elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
        other=$(percent_of_cores $(( b1 - b0 - (s1 - s0) - (c1 - c0) )) "$elapsed")
        # Keep the attempt that other processes disturbed least.
        if [ -z "$best_other" ] || [ "$other" -lt "$best_other" ]; then
            best_other=$other
            cp "$work_dir/wrk.out" "$work_dir/wrk.best"
            best_server=$(percent_of_cores $(( s1 - s0 )) "$elapsed")
            best_wrk=$(percent_of_cores $(( c1 - c0 )) "$elapsed")
            best_server_ticks=$(( s1 - s0 )); best_elapsed=$elapsed
        fi
        [ "$best_other" -le "$quiet_percent" ] && break
        [ "$attempt" -ge "$attempts" ] && { log "warning: other processes used ${best_other}% of the CPU in the best of $attempts attempts"; break; }
        log "other processes used ${other}% of the CPU during the measurement; measuring again"
        attempt=$(( attempt + 1 ))
    done
    out=$(cat "$work_dir/wrk.best")
    r=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    raw99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    [ -n "$r" ] && [ -n "$raw99" ] || { printf '%s\n' "$out" >&2; die "could not parse wrk's output for $url"; }
    note=""
    bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
    [ -n "$bad" ] && note="$bad non-2xx/3xx"
    errs=$(grep -m1 '^  Socket errors:' <<<"$out" || true)
    [ -n "$errs" ] && note="${note:+$note; }${errs#  }"
    [ -n "$note" ] && log "warning: $url: $note"
    labels+=("$label"); paths+=("$path"); rps+=("$r"); p99+=("$(to_ms "$raw99")"); notes+=("$note")
    others+=("$best_other"); server_pcts+=("$best_server"); wrk_pcts+=("$best_wrk")
    cost_us+=("$(awk -v t="$best_server_ticks" -v s="$best_elapsed" -v r="$r" -v hz="$hz" 'BEGIN { printf "%.0f", 1e6 * t / hz / (r * s) }')")
done

# --- report ----------------------------------------------------------------------------------------------------
base=${rps[0]}
date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cpu=$(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^[ \t]+/, "", $2); print $2; exit }')
table="$work_dir/table.md"
{
    echo "| URL | requests/s | p99 ms | ratio to hello-world | server CPU µs/request | other CPU % |"
    echo "|---|---:|---:|---:|---:|---:|"
    for i in "${!labels[@]}"; do
        ratio=$(awk -v a="${rps[$i]}" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
        rate=$(awk -v a="${rps[$i]}" 'BEGIN { printf "%.0f", a }')
        label=${labels[$i]}${notes[$i]:+ — ${notes[$i]}}
        echo "| $label | $rate | ${p99[$i]} | $ratio | ${cost_us[$i]} | ${others[$i]} |"
    done
} >"$table"

json="{\"date\":\"$date_utc\",\"nproc\":$cores,\"cpu\":\"${cpu//\"/}\",\"wrk\":{\"threads\":$threads,\"connections\":$connections,\"duration\":\"$duration\",\"warmup\":\"$warmup\"},\"server_restarts\":$restarts,\"results\":["
for i in "${!labels[@]}"; do
    ratio=$(awk -v a="${rps[$i]}" -v b="$base" 'BEGIN { printf "%.3f", a / b }')
    name=${labels[$i]//\`/}
    [ "$i" -gt 0 ] && json+=","
    json+="{\"name\":\"$name\",\"path\":\"${paths[$i]}\",\"requests_per_s\":${rps[$i]},\"p99_ms\":${p99[$i]},\"ratio\":$ratio,\"server_cpu_us_per_request\":${cost_us[$i]},"
    json+="\"cpu_percent\":{\"servers\":${server_pcts[$i]},\"wrk\":${wrk_pcts[$i]},\"other\":${others[$i]}}}"
done
json+="]}"

mkdir -p "$results_dir"
{
    echo "# HTTP benchmark, latest run"
    echo
    echo "$date_utc; $cores cores ($cpu); \`wrk -t$threads -c$connections -d$duration --latency\` after a $warmup warm-up per URL;"
    echo "command: \`bench/http/run.sh\`. \"other CPU %\": share of all cores used by processes other than the two servers"
    echo "and wrk during the measurement (0 on a quiet machine); \"server CPU µs/request\": CPU time of the server processes"
    echo "divided by the requests wrk completed (wrk's own time excluded). Server restarts during the run: $restarts."
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
