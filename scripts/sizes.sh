#!/usr/bin/env bash
# The weight check (issue 6): raw, gzip and brotli sizes of every file in
# dist/ (everything the default page loads), and a failure when the gzip
# total passes the budget: 100 KB (1 KB = 1,000 bytes; BUDGET_KB overrides).
#
#   scripts/sizes.sh [DIR] [--report]     (--report: print only, never fail)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DIR="${1:-dist}"
[[ -d "$DIR" ]] || die "$DIR does not exist: build first"
say "Weight of $DIR/ (budget ${BUDGET_KB:-100} KB gzip, stretch goal 75 KB)"
if [[ "${2:-}" == "--report" ]]; then
  node scripts/sizes.mjs "$DIR"
else
  node scripts/sizes.mjs "$DIR" --budget "${BUDGET_KB:-100}"
fi
