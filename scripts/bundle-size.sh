#!/usr/bin/env bash
# Prints the size of the release bundle in DIST (default dist/): each of
# wasm, js and css, raw, gzip -9 and brotli -q 11, and their total.
set -euo pipefail
DIST="${1:-dist}"
total_raw=0; total_gz=0; total_br=0
printf '%-8s %10s %10s %10s\n' file raw gzip brotli
for f in "$DIST"/*.wasm "$DIST"/*.js "$DIST"/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw+raw)); total_gz=$((total_gz+gz)); total_br=$((total_br+br))
  printf '%-8s %10d %10d %10d\n' "${f##*.}" "$raw" "$gz" "$br"
done
printf '%-8s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
