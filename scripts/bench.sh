#!/usr/bin/env bash
# Performance figures (docs/PERFORMANCE.md), one command:
#
#   scripts/bench.sh [--quick] [--only SECTION[,SECTION…]]
#
# Sections, run in this order; each writes its results to target/bench/:
#   setup   what the others need, installed only when missing (wasm32 target,
#           wasm-bindgen-cli matching Cargo.lock, wasm-opt from npm)
#   native  the engine natively: divan benchmark crates/engine/benches/engine.rs
#           -> target/bench/native.txt
#   wasm    the engine built for wasm32 at opt-level "z" (as the app ships:
#           release profile, LTO, wasm-opt -Oz) and at 3 (wasm-opt -O3), timed
#           in node on the same inputs -> target/bench/wasm-z.json, wasm-3.json
#   table   the figures side by side, with the wasm/native ratio
#           -> target/bench/table.md
#   browser the page in headless Chromium (tests/perf/browser.mjs): its
#           weight (scripts/sizes.mjs), time to timeline against TimelineJS,
#           long tasks while a 5 MB article is analysed, a speaker filter
#           toggled over 2,000 statements -> target/bench/weight.json,
#           browser.json (builds the release app first when out of date)
#
# --quick leaves out the 10 MiB input (minutes per run while the engine is
# slow on long texts), and in the browser uses a 1 MB article instead of
# 5 MB and 10 loads instead of 15. Inputs are generated at run time, never committed;
# `ENGINE_BENCH_DUMP=DIR cargo bench -p engine --bench engine` writes them out.
#
# To add a section (for instance browser time-to-timeline): write a
# `section_NAME` function below, add NAME to SECTIONS, write results under
# $OUT, and print them in `section_table` (or a table of its own).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

OUT="$ROOT/target/bench"
SECTIONS="setup native wasm table browser"
QUICK=""
ONLY=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --only) ONLY="${2:?--only needs a list of sections: $SECTIONS}"; shift ;;
    --only=*) ONLY="${1#--only=}" ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (try --help)" ;;
  esac
  shift
done
wanted() { [[ -z "$ONLY" || ",$ONLY," == *",$1,"* ]]; }
mkdir -p "$OUT"

# The machine and the code the figures are for.
machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates/engine/src 2>/dev/null || echo ' (engine sources modified)')"
  echo "nproc: $(nproc)"
  lscpu | head -n 15 | sed 's/^/lscpu: /'
  echo "rustc: $(rustc --version)"
  echo "node: $(node --version)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

section_setup() {
  say "Setup"
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
  command -v node >/dev/null || die "node not found: install Node.js 20 or newer"
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local wb
  wb="$(wasm_bindgen_version)"
  [[ -n "$wb" ]] || die "no wasm-bindgen in Cargo.lock"
  if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb" ]]; then
    say "Installing wasm-bindgen-cli $wb (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$wb" --force
  fi
  if [[ ! -x node_modules/.bin/wasm-opt ]]; then
    say "Installing npm tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  [[ "$(wasm-opt --version 2>/dev/null || true)" == *"version_$BINARYEN_VERSION"* ]] \
    || die "node_modules/.bin/wasm-opt is not binaryen $BINARYEN_VERSION"
}

section_native() {
  say "Native: cargo bench -p engine --bench engine${QUICK:+ (quick: no 10 MiB input)}"
  machine > "$OUT/machine.txt"
  ENGINE_BENCH_QUICK="$QUICK" cargo bench -p engine --bench engine -- --color=never | tee "$OUT/native.txt"
}

# Builds the wasm module for one opt-level into $OUT/wasm-LABEL/.
build_wasm() {
  local label="$1" profile="$2" opt="$3"
  shift 3
  say "wasm $label: cargo build --profile $profile, wasm-bindgen, wasm-opt $opt"
  cargo build --quiet -p engine-bench-wasm --target wasm32-unknown-unknown --profile "$profile" "$@"
  local dir="$OUT/wasm-$label"
  rm -rf "$dir"
  wasm-bindgen --target web --out-dir "$dir" "target/wasm32-unknown-unknown/$profile/engine_bench_wasm.wasm"
  wasm-opt "$opt" "$dir/engine_bench_wasm_bg.wasm" -o "$dir/engine_bench_wasm_bg.wasm"
}

section_wasm() {
  [[ -f "$OUT/machine.txt" ]] || machine > "$OUT/machine.txt"
  # "z": the workspace release profile, as the app ships.
  build_wasm z release -Oz
  # "3": the same at opt-level 3, a profile defined here only (the workspace
  # [profile.release] stays "z").
  build_wasm 3 wasm-o3 -O3 --config 'profile.wasm-o3.inherits="release"' --config 'profile.wasm-o3.opt-level=3'
  for label in z 3; do
    say "wasm $label in node $(node --version)${QUICK:+ (quick: no 10 MiB input)}"
    node crates/engine-bench-wasm/bench.mjs "$label" "$OUT/wasm-$label" ${QUICK:+--quick} --json "$OUT/wasm-$label.json"
  done
}

section_table() {
  say "Engine speed (MB/s = 10^6 bytes/s, median; ratio = native MB/s / wasm MB/s; fastest sample in brackets)"
  node crates/engine-bench-wasm/table.mjs "$OUT/native.txt" "$OUT/wasm-z.json" "$OUT/wasm-3.json" | tee "$OUT/table.md"
  echo
  cat "$OUT/machine.txt"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
}

section_browser() {
  SETUP_NO_BROWSER="" bash scripts/setup.sh >/dev/null
  bash scripts/build.sh
  [[ -f "$OUT/machine.txt" ]] || machine > "$OUT/machine.txt"
  say "Weight of the page (dist/)"
  node scripts/sizes.mjs dist --json "$OUT/weight.json"
  say "The page in headless Chromium${QUICK:+ (quick: 1 MB article, 10 loads)}"
  node tests/perf/browser.mjs ${QUICK:+--big-mb 1 --loads 10} --json "$OUT/browser.json"
  echo "chromium: $(node -e 'console.log(require(process.argv[1]).chromium)' "$OUT/browser.json")" >> "$OUT/machine.txt"
}

for s in $SECTIONS; do
  if wanted "$s"; then "section_$s"; fi
done
