#!/usr/bin/env bash
# Rebuilds the learned tagger embedded in Site.Core from every tuning set (never a held-out one), then scores
# the tuning sets with it. Deterministic: the same sets give the same model.
#
#   bench/masker/train.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sets=(
  tune.jsonl
  heldout-v1/heldout.jsonl
  heldout-v2/heldout-v2.jsonl
  authors/author-a/author-a.jsonl
  authors/author-b/author-b.jsonl
  authors/author-c/author-c.jsonl
)
args=()
for set in "${sets[@]}"; do args+=(--train "$here/$set"); done
"$here/run.sh" "${args[@]}" --save "$here/../../Site.Core/PersonalData/Tagging/tagger.zip" --details none \
  --data "$here/authors/author-b/author-b.jsonl"
