#!/usr/bin/env bash
# Runs every test of Marginalia and exits non-zero on any failure:
#   0. the structure: no import cycle (scripts/module-graph.py), no function
#      over 60 lines in the app or the model (scripts/long-functions.py), the
#      code as rustfmt writes it, and clippy with no warning (the engine and
#      the model on the host, the app on wasm32, the target it runs on);
#   1. engine and model: plain `cargo test` on the host (+ the accuracy
#      report on ../shared/corpus, when that folder is there);
#   2. components: wasm-bindgen-test in headless Chromium;
#   3. end to end: the release build (within its 400 KB brotli budget)
#      served from a sub-path on 127.0.0.1,
#      driven in headless Chromium (paste, drop, reload, export, bad storage,
#      the layout at five widths); then scripts/serve.sh's page, whose
#      console must stay empty.
# Installs what is missing first (see scripts/toolchain.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_test_tools
cd "$ROOT"

passed=0; failed=0; failures=""
stage() {
  local name="$1"; shift
  local start=$SECONDS
  echo "== $name"
  if "$@"; then
    passed=$((passed+1)); echo "-- $name: ok ($((SECONDS-start))s)"
  else
    failed=$((failed+1)); failures="$failures $name"; echo "-- $name: FAILED ($((SECONDS-start))s)"
  fi
}

e2e() {
  build_release || return 1
  local rc=0
  # The budget of the README: 400 KB brotli.
  scripts/bundle-size.sh dist --budget 400000 || rc=$?
  serve_dist || return 1
  node tests/e2e/e2e.mjs "$DIST_URL" "$ROOT/docs/screenshot.png" || rc=$?
  stop_dist
  # The page of the main command (scripts/serve.sh): a clean console.
  node tests/e2e/serve.mjs || rc=$?
  return $rc
}

lint() {
  python3 scripts/module-graph.py --check >/dev/null &&
    python3 scripts/long-functions.py --check &&
    cargo fmt --all --check &&
    cargo clippy -p marginalia-engine -p marginalia-model --all-targets --locked -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown -p marginalia --all-targets --locked -- -D warnings
}

stage "structure, format and lints (cycles, long functions, rustfmt, clippy -D warnings)" lint
stage "engine and model (cargo test)" cargo test --workspace --locked
stage "accuracy report (../shared/corpus)" scripts/accuracy.sh
stage "components (wasm-bindgen-test, headless Chromium)" \
  env CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown -p marginalia
stage "end to end (release build, headless Chromium)" e2e

echo
echo "stages: $passed passed, $failed failed"
[ "$failed" = 0 ] || { echo "failed:$failures"; exit 1; }
