#!/usr/bin/env bash
# The release build of the app into dist/ (opt-level z, LTO, wasm-opt -Oz),
# then the JavaScript glue minified (scripts/postbuild.mjs).
# Skipped when dist/ is newer than every input, unless FORCE_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

stamp=dist/.build-stamp
inputs=(index.html Trunk.toml scripts/postbuild.mjs scripts/embed.mjs embed Cargo.toml Cargo.lock src style crates/engine articles/russia-china-denisov-2020-12-29.txt)
if [[ -z "${FORCE_BUILD:-}" && -f "$stamp" && -z "$(find "${inputs[@]}" -newer "$stamp" -print -quit)" ]]; then
  say "dist/ is up to date"
  exit 0
fi
say "Building the release app (trunk build --release)"
touch "$ROOT/target/.build-start" 2>/dev/null || { mkdir -p target && touch target/.build-start; }
# The standard library rebuilt for size with the page (-Z build-std, on the
# pinned stable compiler through RUSTC_BOOTSTRAP; the rust-src component comes
# from scripts/setup.sh): no file/line strings in panics, no Debug
# formatting, size-optimised algorithms in std. It takes about a fifth off
# the wasm (measured in docs/PERFORMANCE.md). A panic traps at once
# (`-Cpanic=immediate-abort`: no panic machinery, no messages, 4.3 KB gzip
# less): host.js sees the trap and shows the crash screen, with the wasm
# frames of the trap as diagnostics. Only this build uses it; native builds
# and tests use the ordinary std and panic.
RUSTC_BOOTSTRAP=1 \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  trunk build --release
node scripts/postbuild.mjs dist
# The files for embedding the explorer in other pages (issue 5).
node scripts/embed.mjs dist
# Stamp with the time the build started, so edits made during it count.
touch -r target/.build-start "$stamp"
