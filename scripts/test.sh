#!/usr/bin/env bash
# Runs every test of Marginalia and exits non-zero on any failure:
#   1. engine and model: plain `cargo test` on the host (+ the accuracy
#      report on ../shared/corpus, when that folder is there);
#   2. components: wasm-bindgen-test in headless Chromium;
#   3. end to end: the release build served from a sub-path on 127.0.0.1,
#      driven in headless Chromium (paste, drop, reload, export, bad storage).
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
  trunk build --release --quiet || return 1
  scripts/bundle-size.sh dist
  local www port pid rc=0
  www="$(mktemp -d)"; ln -s "$ROOT/dist" "$www/sub"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$www" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/sub/" >/dev/null && break; sleep 0.1; done
  node tests/e2e/e2e.mjs "http://127.0.0.1:$port/sub/" "$ROOT/docs/screenshot.png" || rc=$?
  kill "$pid" 2>/dev/null || true
  rm -rf "$www"
  return $rc
}

stage "engine and model (cargo test)" cargo test --workspace --locked
stage "accuracy report (../shared/corpus)" scripts/accuracy.sh
stage "components (wasm-bindgen-test, headless Chromium)" \
  env CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown -p marginalia
stage "end to end (release build, headless Chromium)" e2e

echo
echo "stages: $passed passed, $failed failed"
[ "$failed" = 0 ] || { echo "failed:$failures"; exit 1; }
