#!/usr/bin/env bash
# The release build of the app into dist/ (opt-level z, LTO, wasm-opt -Oz),
# then the JavaScript glue minified (scripts/postbuild.mjs).
# Skipped when dist/ is newer than every input, unless FORCE_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

stamp=dist/.build-stamp
inputs=(index.html Trunk.toml scripts/postbuild.mjs Cargo.toml Cargo.lock src style crates/engine articles/russia-china-denisov-2020-12-29.txt)
if [[ -z "${FORCE_BUILD:-}" && -f "$stamp" && -z "$(find "${inputs[@]}" -newer "$stamp" -print -quit)" ]]; then
  say "dist/ is up to date"
  exit 0
fi
say "Building the release app (trunk build --release)"
touch "$ROOT/target/.build-start" 2>/dev/null || { mkdir -p target && touch target/.build-start; }
trunk build --release
node scripts/postbuild.mjs dist
# Stamp with the time the build started, so edits made during it count.
touch -r target/.build-start "$stamp"
