#!/usr/bin/env bash
# Accuracy report: runs the engine over the corpus in ../shared/corpus and
# scores it with ../shared/tools/score.py, on three sets kept apart:
#   seeds      the five seed articles (seeds/, gold/)
#   dev split  dev/d01–d30: the articles rules are developed on
#   dev check  dev/d31–d40: measured only, never read for rules
# The headline figures leave out page furniture (--skip-boilerplate); the
# figures over the whole text follow.
#   scripts/accuracy.sh [--json] [--errors [SET]]
# --errors lists every error with its context (../shared/tools/errors.py),
# for the dev split unless SET (seeds, split, check) says otherwise.
# Skips (exit 0, with a message) where ../shared/corpus is absent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${MARGINALIA_SHARED:-$ROOT/../shared}"
CORPUS="$SHARED/corpus"
if [ ! -d "$CORPUS/seeds" ] || [ ! -d "$CORPUS/gold" ] || [ ! -f "$SHARED/tools/score.py" ]; then
  echo "accuracy: skipped: no corpus at $CORPUS (or no $SHARED/tools/score.py)"
  exit 0
fi
json=""; errors=""
while [ $# -gt 0 ]; do
  case "$1" in
    --json) json="--json" ;;
    --errors) errors="split"; case "${2:-}" in seeds|split|check) errors="$2"; shift ;; esac ;;
    *) echo "accuracy: unknown option $1 (use --json, --errors [seeds|split|check])" >&2; exit 2 ;;
  esac
  shift
done
# The pinned toolchain (rust-toolchain.toml), linked or installed if missing.
source "$ROOT/scripts/toolchain.sh"
ensure_rust_toolchain
cd "$ROOT"
cargo build --quiet --release -p marginalia-engine --bin annotate
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# make_set NAME TEXTS_DIR GOLD_DIR [FIRST LAST]: a gold dir of that set (links,
# with the texts beside it, as score.py expects) and the engine's predictions.
make_set() {
  local name="$1" texts="$2" gold="$3" first="${4:-}" last="${5:-}"
  mkdir -p "$WORK/$name/gold" "$WORK/$name/pred"
  ln -s "$texts" "$WORK/$name/$(basename "$texts")"
  for g in "$gold"/*.json; do
    local id; id="$(basename "$g" .json)"
    if [ -n "$first" ]; then
      local n=$((10#${id#d}))
      { [ "$n" -ge "$first" ] && [ "$n" -le "$last" ]; } || continue
    fi
    ln -s "$g" "$WORK/$name/gold/$id.json"
    local text; text="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["text_file"])' "$g")"
    target/release/annotate "$(dirname "$gold")/$text" > "$WORK/$name/pred/$id.json"
  done
}
make_set seeds "$CORPUS/seeds" "$CORPUS/gold"
if [ -d "$CORPUS/dev/gold" ]; then
  make_set split "$CORPUS/dev/texts" "$CORPUS/dev/gold" 1 30
  make_set check "$CORPUS/dev/texts" "$CORPUS/dev/gold" 31 40
fi

if [ -n "$errors" ]; then
  exec python3 "$SHARED/tools/errors.py" "$WORK/$errors/gold" "$WORK/$errors/pred"
fi
for set in seeds split check; do
  [ -d "$WORK/$set" ] || continue
  case "$set" in
    seeds) title="seeds (5 articles)" ;;
    split) title="dev split (d01–d30)" ;;
    check) title="dev check (d31–d40, measured only)" ;;
  esac
  python3 "$SHARED/tools/score.py" "$WORK/$set/gold" "$WORK/$set/pred" --skip-boilerplate --name "$title, article text" $json
done
for set in seeds split check; do
  [ -d "$WORK/$set" ] || continue
  python3 "$SHARED/tools/score.py" "$WORK/$set/gold" "$WORK/$set/pred" --name "$set, whole text" $json
done
