#!/usr/bin/env bash
# Builds the release site into dist/: static files that work from any host,
# under any sub-path, with no network after load. Prints the bundle sizes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
ensure_build_tools
cd "$ROOT"
build_release
scripts/bundle-size.sh dist
