#!/usr/bin/env bash
# Leave one author out: for each author's set, train the tagger on every other tuning set and score the one left
# out, so a threshold or feature is judged on text its model never saw. Prints one JSON line per author.
#
#   bench/masker/crossval.sh [--mask-threshold X] [--hold-threshold Y] [--l2 Z]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
always=(tune.jsonl heldout-v1/heldout.jsonl)
authors=(authors/author-a/author-a.jsonl authors/author-b/author-b.jsonl authors/author-c/author-c.jsonl heldout-v2/heldout-v2.jsonl)
dotnet build -c Release -nologo -v quiet "$here/MaskerBench/MaskerBench.csproj" >&2
for out in "${authors[@]}"; do
  args=()
  for set in "${always[@]}" "${authors[@]}"; do
    [ "$set" = "$out" ] || args+=(--train "$here/$set")
  done
  dotnet "$here/MaskerBench/bin/Release/net10.0/MaskerBench.dll" "${args[@]}" --data "$here/$out" --details none "$@" \
    | python3 -c '
import json, sys
report = json.load(sys.stdin)
for name, value in report.items():
    if isinstance(value, dict) and "score" in value:
        s = value["score"]
        print(json.dumps({"leftOut": name, "published": s["publishedWithPersonalData"], "cleanHeld": s["review"]["shareOfCleanTextsHeld"],
                          "precision": s["overall"]["precision"], "recall": s["overall"]["recall"],
                          "kinds": {k: [v["precision"], v["recall"]] for k, v in s["kinds"].items()}}))'
done
