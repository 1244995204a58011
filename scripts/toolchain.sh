# Sourced by the other scripts: installs what building and testing need,
# idempotently and quietly when it is already there, from the package
# registries only (Debian, crates.io, npm). Nothing downloads a binary from
# anywhere else: trunk runs offline with its tools pinned in Trunk.toml.
#
#   Debian:    chromium, chromium-driver (browser tests), brotli (sizes),
#              nodejs/npm only if the machine has none
#   rustup:    the toolchain of rust-toolchain.toml (linked to the machine's
#              stable when that is the same version), the wasm32 target
#   crates.io: trunk 0.21.14 (0.22 needs a newer rustc), wasm-bindgen-cli at
#              exactly the wasm-bindgen version of Cargo.lock
#   npm:       binaryen 132 (wasm-opt; Debian's binaryen 108 silently emits
#              broken WASM) and playwright-core (drives Debian's chromium), axe-core (the accessibility check)

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_DIR="$ROOT/tests"
TRUNK_VERSION=0.21.14
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
# npm's wasm-opt must come before any other on PATH.
export PATH="$NODE_DIR/node_modules/.bin:$CARGO_HOME/bin:$PATH"
# trunk 0.21 reads NO_COLOR as a bool ("1" is an error), and must not look
# for updates on the network.
export TRUNK_SKIP_VERSION_CHECK=true CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
[ -n "${NO_COLOR:-}" ] && export NO_COLOR=true

say() { echo "[setup] $*" >&2; }

ensure_apt() {
  local missing=""
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  say "apt-get install$missing"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

# The toolchain rust-toolchain.toml names. Run from / so that the file does
# not ask rustup to download it before it is there.
pinned_rust() { sed -n 's/^channel *= *"\(.*\)"/\1/p' "$ROOT/rust-toolchain.toml"; }

ensure_rust_toolchain() {
  local pinned; pinned="$(pinned_rust)"
  (cd / && rustup toolchain list) | grep -q "^$pinned" && return 0
  if (cd / && rustc +stable --version 2>/dev/null) | grep -q "^rustc $pinned "; then
    # The machine's stable is that version: add what the project needs to
    # it, and give it the pinned name too, as an alias of its directory
    # (what rustup itself would install; `rustup toolchain link` refuses
    # release names).
    local host home
    host="$(cd / && rustc +stable -vV | sed -n 's/^host: //p')"
    home="${RUSTUP_HOME:-$HOME/.rustup}"
    say "toolchain $pinned: the machine's stable ($home/toolchains/$pinned-$host -> stable-$host)"
    (cd / && rustup component add --toolchain stable clippy rustfmt >/dev/null 2>&1 || true)
    (cd / && rustup target add --toolchain stable wasm32-unknown-unknown)
    ln -s "$home/toolchains/stable-$host" "$home/toolchains/$pinned-$host"
  else
    say "rustup toolchain install $pinned"
    (cd / && rustup toolchain install "$pinned" --profile minimal -c clippy,rustfmt -t wasm32-unknown-unknown)
  fi
}

ensure_rust_target() {
  ensure_rust_toolchain
  (cd "$ROOT" && rustup target list --installed 2>/dev/null) | grep -qx wasm32-unknown-unknown && return 0
  say "rustup target add wasm32-unknown-unknown"
  (cd "$ROOT" && rustup target add wasm32-unknown-unknown)
}

ensure_trunk() {
  [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] && return 0
  say "cargo install trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
}

wasm_bindgen_version() {
  awk '$0=="name = \"wasm-bindgen\""{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local wb; wb="$(wasm_bindgen_version)"
  if ! grep -q "wasm_bindgen = \"$wb\"" "$ROOT/Trunk.toml"; then
    echo "Trunk.toml [tools] wasm_bindgen does not name $wb, the version in Cargo.lock" >&2
    return 1
  fi
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wb" ] && return 0
  say "cargo install wasm-bindgen-cli $wb (about 3 minutes)"
  # Its own lock pins a crate this registry mirror lacks; fall back to a
  # fresh resolution when --locked fails.
  cargo install wasm-bindgen-cli --version "$wb" --locked --quiet \
    || cargo install wasm-bindgen-cli --version "$wb" --quiet
}

ensure_node_modules() {
  command -v npm >/dev/null 2>&1 || ensure_apt nodejs npm
  local stamp="$NODE_DIR/node_modules/.installed"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$NODE_DIR/package-lock.json" ]; then return 0; fi
  say "npm ci in tests (binaryen, playwright-core, axe-core)"
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$stamp"
}

ensure_build_tools() {
  ensure_apt brotli
  ensure_rust_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_modules
  (cd "$ROOT" && cargo fetch --locked --quiet)
}

ensure_test_tools() {
  ensure_apt chromium chromium-driver brotli fonts-noto-color-emoji
  ensure_build_tools
  ensure_python_readers
}

# spaCy, the reader the training-data exports are handed to, in a venv under
# tests/ (pinned in tests/python/requirements.txt; reinstalled when that
# file changes).
ensure_python_readers() {
  local venv="$ROOT/tests/.venv" req="$ROOT/tests/python/requirements.txt"
  local stamp="$venv/requirements.sha256" want
  want="$(sha256sum "$req" | cut -d' ' -f1)"
  if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  say "installing the Python readers (spaCy) into tests/.venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
  echo "$want" > "$stamp"
}

# Serves dist/ under /sub/ on a free 127.0.0.1 port; sets DIST_URL and
# DIST_SERVER_PID (stop it with stop_dist).
# The release build into dist/. Tried twice: on this kind of machine a build
# tool has been seen to fail once to start its threads while another heavy
# build ran beside it, and pass when run again.
build_release() {
  (cd "$ROOT" && trunk build --release --quiet) && return 0
  say "trunk build failed; trying once more"
  (cd "$ROOT" && trunk build --release --quiet)
}

serve_dist() {
  DIST_WWW="$(mktemp -d)"; ln -s "$ROOT/dist" "$DIST_WWW/sub"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$DIST_WWW" >/dev/null 2>&1 &
  DIST_SERVER_PID=$!
  DIST_URL="http://127.0.0.1:$port/sub/"
  for _ in $(seq 100); do curl -sf "$DIST_URL" >/dev/null && return 0; sleep 0.1; done
  echo "could not serve dist/ on $DIST_URL" >&2
  return 1
}

stop_dist() {
  kill "$DIST_SERVER_PID" 2>/dev/null || true
  rm -rf "$DIST_WWW"
}
