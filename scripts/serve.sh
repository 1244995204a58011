#!/usr/bin/env bash
# Builds Marginalia and serves it at http://127.0.0.1:8080 (trunk serve,
# release build, rebuilt on every source change). Installs what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_build_tools
cd "$ROOT"
echo "Marginalia: http://127.0.0.1:8080/  (Ctrl+C to stop)"
# Its own output folder: the served page carries Trunk's live-reload
# script, which the release build in dist/ must not.
exec trunk serve --release --dist "$ROOT/target/serve" "$@"
