#!/usr/bin/env bash
# Clustering benchmark: our MiniLM + ML.NET k-means pipeline against scikit-learn TF-IDF + KMeans, same data, same k.
#
#   bench/clustering/run.sh [--data PATH] [--pairs PATH] [--heldout PATH] [--scale N] [--quick]     (from any directory)
#
# --data     CSV with columns id,text,label (default: the shared Pol.is file). Scored with k fixed to the number of
#            labels and with k chosen automatically (NMI and ARI); scikit-learn runs on the same rows with the same k.
#            With the default file, its six single-topic labels are also scored on their own.
# --pairs    CSV id1,text1,id2,text2,is_duplicate (default bench/clustering/data/pairs.csv): ROC-AUC and best F1 of the
#            near-duplicate detector (cosine of the two vectors); the best threshold is then applied to --heldout
#            (default bench/clustering/data/pairs-heldout.csv).
# --scale    size of the resampled corpus for the speed comparison (default 100000; 0 skips it).
# --quick    skip the extra sets (bench/clustering/data/{english-nm,spanish,mixed}.csv).
# Prints one JSON document per run and a Markdown summary, and writes both to bench/clustering/results-latest.md.
# Vectors are cached by text under $TMPDIR/cv-bench-vectors, so the first run embeds (about 20 s for the Pol.is file)
# and later runs do not; the embedding rate is reported when texts were embedded. Only local files are read.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
data="$repo_root/../shared/data/polis/statements.csv"
pairs="$script_dir/data/pairs.csv"
heldout="$script_dir/data/pairs-heldout.csv"
scale=100000
quick=0
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data="$2"; shift 2 ;;
        --pairs) pairs="$2"; shift 2 ;;
        --heldout) heldout="$2"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
[ -f "$data" ] || { echo "error: no data file at $data" >&2; exit 2; }
six="football-concussions,canadian-electoral-reform,nz-affordable-housing,nz-universal-basic-income,brexit,minimum-wage-15-seattle"
log() { printf '==> %s\n' "$*" >&2; }

if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
    log "installing scikit-learn (Debian package python3-sklearn)"
    sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y python3-sklearn >/dev/null 2>&1 \
        || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y python3-sklearn >/dev/null; }
fi

log "building the benchmark (Release)"
dotnet build "$script_dir/ClusterBench/ClusterBench.csproj" -c Release -v q -nologo >/dev/null
bench_dll="$script_dir/ClusterBench/bin/Release/net10.0/ClusterBench.dll"
out_dir="$(mktemp -d "${TMPDIR:-/tmp}/cv-bench-clustering.XXXXXX")"
trap 'rm -rf "$out_dir"' EXIT

run() { # name, then the options both sides share
    local name="$1"; shift
    local ours_extra=() sk_extra=()
    if [ "$name" = "main" ]; then
        ours_extra=(--pairs "$pairs" --heldout "$heldout" --scale "$scale"); sk_extra=(--scale "$scale")
    fi
    log "$name: ours"
    dotnet "$bench_dll" "$@" "${ours_extra[@]}" > "$out_dir/$name.ours.json"
    log "$name: scikit-learn"
    /usr/bin/python3 "$script_dir/sklearn_baseline.py" "$@" "${sk_extra[@]}" > "$out_dir/$name.sklearn.json"
}

run main --data "$data"
[ "$data" = "$repo_root/../shared/data/polis/statements.csv" ] && run six --data "$data" --subset "$six"
if [ "$quick" = 0 ]; then
    for set in english-nm spanish mixed; do run "$set" --data "$script_dir/data/$set.csv"; done
fi

python3 "$script_dir/summarise.py" "$out_dir" | tee "$script_dir/results-latest.md"
