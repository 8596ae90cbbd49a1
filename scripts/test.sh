#!/usr/bin/env bash
# `make test`: set up, then run every test — the native crates' tests, the
# release build, a size report of dist/, and the browser tests against the
# release build. Stops at the first failure with a non-zero status.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
start=$SECONDS

bash scripts/setup.sh

say "Native tests: cargo test -p engine -p explore"
cargo test -p engine -p explore

say "Building the explore command (the browser tests compare against it)"
cargo build --release --quiet --bin explore

bash scripts/build.sh
bash scripts/sizes.sh dist

say "Browser tests (headless Chromium, release build)"
node --test --test-reporter=spec tests/browser/

say "All tests passed in $((SECONDS - start)) s"
