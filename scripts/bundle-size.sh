#!/usr/bin/env bash
# Prints the size of the release bundle in DIST (default dist/): each of
# wasm, js and css, raw, gzip -9 and brotli -q 11, and their total.
#   scripts/bundle-size.sh [DIST] [--budget BYTES]
# With --budget, exits non-zero when the brotli total is larger.
set -euo pipefail
DIST="dist"; budget=""
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) budget="$2"; shift ;;
    *) DIST="$1" ;;
  esac
  shift
done
total_raw=0; total_gz=0; total_br=0
printf '%-8s %10s %10s %10s\n' file raw gzip brotli
for f in "$DIST"/*.wasm "$DIST"/*.js "$DIST"/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw+raw)); total_gz=$((total_gz+gz)); total_br=$((total_br+br))
  printf '%-8s %10d %10d %10d\n' "${f##*.}" "$raw" "$gz" "$br"
done
printf '%-8s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
if [ -n "$budget" ] && [ "$total_br" -gt "$budget" ]; then
  echo "bundle: $total_br bytes brotli, over the budget of $budget" >&2
  exit 1
fi
