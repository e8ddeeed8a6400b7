#!/usr/bin/env bash
# Personal-data masker: masking precision and recall, the safety net's holds, and timing (see BENCHMARKS.md).
#
#   bench/masker/run.sh [--data PATH]... [--details auto|all|none]     (from any directory)
#
# Without --data it scores bench/masker/tune.jsonl (regenerate it with python3 bench/masker/generate_tune.py).
# Each --data file is reported separately: texts with personal data published without review (the headline),
# span precision, recall and F1 per kind and overall, character scores, the share of clean texts held and of
# texts with personal data held, time per text, and 100 KB hostile texts. Misses, false positives and held
# clean texts are listed only for files whose name does not contain "heldout".
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Built first and quietly, so restore warnings do not mix into the JSON on stdout.
dotnet build -c Release -nologo -v quiet "$script_dir/MaskerBench/MaskerBench.csproj" >&2
exec dotnet "$script_dir/MaskerBench/bin/Release/net10.0/MaskerBench.dll" "$@"
