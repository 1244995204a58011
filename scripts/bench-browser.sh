#!/usr/bin/env bash
# Browser benchmarks of the release build, in headless Chromium:
#   1. the engine (WASM) against compromise and wink-nlp on the same texts;
#   2. the page: paste → highlights painted and key → view, 5,000 and
#      100,000 words, with long tasks counted;
#   3. every interaction → next paint as Chromium's Event Timing API times
#      it (p50 and p95), at 5,000, 100,000 and 1,000,000 words, with long
#      tasks after the first paint and memory;
#   4. the bundle size (raw, gzip, brotli).
# Installs what is missing first (scripts/toolchain.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_test_tools
cd "$ROOT"
build_release
serve_dist
trap stop_dist EXIT
echo "## Engine in the browser"
node tests/bench/engine.mjs "$DIST_URL"
echo
echo "## The page"
node tests/bench/page.mjs "$DIST_URL"
echo
echo "## Interactions (Event Timing: input → next paint)"
node tests/bench/interactions.mjs "$DIST_URL"
echo
echo "## Bundle"
scripts/bundle-size.sh dist
