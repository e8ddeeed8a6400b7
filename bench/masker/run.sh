#!/usr/bin/env bash
# Personal-data masker: precision and recall on the labelled set (see BENCHMARKS.md).
#
#   bench/masker/run.sh [labelled.jsonl] [--details tune|all|none]     (from any directory)
#
# Builds bench/masker/MaskerBench in Release (it references Site.Core) and prints one JSON document: precision,
# recall and F1 per kind and overall for the tuning split, the held-out split and both, character-level scores,
# timing, and the misses and false positives of the tuning split.
# To rebuild the set after editing source/*.txt: python3 bench/masker/build_labelled.py
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
set_path="$script_dir/labelled.jsonl"
if [[ $# -gt 0 && "$1" != --* ]]; then
  set_path="$1"
  shift
fi

exec dotnet run -c Release --project "$script_dir/MaskerBench/MaskerBench.csproj" -- "$set_path" "$@"
