#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the app. Idempotent:
# when everything is present it only checks versions (a second or two).
#
# Needs: rustup/cargo, node/npm, python3, and apt for Chromium. Installs:
#   - the wasm32-unknown-unknown target and the rust-src component (rustup)
#   - trunk 0.21.14 and wasm-bindgen-cli matching Cargo.lock (cargo install)
#   - wasm-opt (npm binaryen) and playwright-core (npm ci, package-lock.json)
#   - Debian's chromium and chromium-driver, only if /usr/bin/chromium is missing
#     (or $CHROMIUM points nowhere); `SETUP_NO_BROWSER=1` skips it for `make serve`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
command -v npm >/dev/null || die "npm not found: install Node.js 20 or newer"

# Rust target
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's sources, rebuilt for size by scripts/build.sh.
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "Adding the rust-src component"
  rustup component add rust-src
fi

# trunk
if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "Installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# wasm-bindgen CLI, same version as the library in Cargo.lock. Not --locked:
# its own lock file pins crates that no longer build with current Rust.
WB="$(wasm_bindgen_version)"
[[ -n "$WB" ]] || die "no wasm-bindgen in Cargo.lock"
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB" ]]; then
  say "Installing wasm-bindgen-cli $WB (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB" --force
fi
grep -q "wasm_bindgen = \"$WB\"" Trunk.toml || die "Trunk.toml's [tools] wasm_bindgen is not $WB (Cargo.lock's)"

# npm tools: wasm-opt (binaryen) and playwright-core, exactly as locked.
stamp=node_modules/.package-lock.json
if [[ ! -f "$stamp" || package-lock.json -nt "$stamp" || ! -x node_modules/.bin/wasm-opt ]]; then
  say "Installing npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
[[ "$(wasm-opt --version 2>/dev/null || true)" == *"version_$BINARYEN_VERSION"* ]] \
  || die "node_modules/.bin/wasm-opt is not binaryen $BINARYEN_VERSION"

# Chromium for the browser tests (Debian's package; Playwright's download
# does not work here).
if [[ -z "${SETUP_NO_BROWSER:-}" && ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  say "Installing Debian's chromium and chromium-driver"
  sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
fi

say "Setup complete"
