#!/usr/bin/env bash
# The release build of the app into dist/ (opt-level z, LTO, wasm-opt -Oz).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
say "Building the release app (trunk build --release)"
trunk build --release
