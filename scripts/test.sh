#!/usr/bin/env bash
# `make test`: set up, then run every test — the native crates' tests, the
# release build, a size report of dist/, and the browser tests against the
# release build. Every stage runs even when an earlier one fails (the browser
# tests need only the build); the exit status is non-zero if any failed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
start=$SECONDS
failed=()
# The page's weight today, rounded up (KB of gzip; scripts/sizes.sh).
RATCHET_KB=126

# Runs a stage; a failure is recorded, not fatal.
stage() {
  local name="$1"
  shift
  say "$name"
  if ! "$@"; then
    failed+=("$name")
    printf 'FAILED: %s\n' "$name" >&2
  fi
}

bash scripts/setup.sh

stage "Native tests: cargo test -p engine -p explore -p pow2-alloc" cargo test --no-fail-fast -p engine -p explore -p pow2-alloc
stage "Explore command, release (the browser tests compare against it)" \
  cargo build --release --quiet --bin explore
stage "Release build of the app" bash scripts/build.sh
if [[ -f dist/index.html && ! " ${failed[*]} " =~ " Release build of the app " ]]; then
  stage "Weight of the page (report against the 100 KB budget, not yet met)" bash scripts/sizes.sh dist --report
  # Until the page fits the 100 KB budget, a ratchet: no heavier than the
  # page is now (docs/PERFORMANCE.md). Lower it with every cut.
  stage "Weight of the page: no heavier than now ($RATCHET_KB KB gzip)" env BUDGET_KB="$RATCHET_KB" bash scripts/sizes.sh dist
  stage "Browser tests (headless Chromium, release build)" \
    node --test --test-reporter=spec tests/browser/
else
  failed+=("Browser tests (not run: no release build)")
fi

if ((${#failed[@]})); then
  say "FAILED after $((SECONDS - start)) s:"
  printf '  - %s\n' "${failed[@]}"
  exit 1
fi
say "All tests passed in $((SECONDS - start)) s"
