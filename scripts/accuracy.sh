#!/usr/bin/env bash
# Accuracy report: runs the engine over ../shared/corpus/seeds and scores it
# against ../shared/corpus/gold with ../shared/tools/score.py.
#   scripts/accuracy.sh [--json] [--skip-boilerplate]
# Skips (exit 0, with a message) where ../shared/corpus is absent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${MARGINALIA_SHARED:-$ROOT/../shared}"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS/seeds" ] || [ ! -d "$CORPUS/gold" ] || [ ! -f "$SHARED/tools/score.py" ]; then
  echo "accuracy: skipped: no corpus at $CORPUS (or no $SHARED/tools/score.py)"
  exit 0
fi
cd "$ROOT"
cargo build --quiet --release -p marginalia-engine --bin annotate
PRED="$(mktemp -d)"
trap 'rm -rf "$PRED"' EXIT
for seed in "$CORPUS"/seeds/*.txt; do
  id="$(basename "$seed" .txt)"
  target/release/annotate "$seed" > "$PRED/$id.json"
done
python3 "$SHARED/tools/score.py" "$CORPUS/gold" "$PRED" "$@"
