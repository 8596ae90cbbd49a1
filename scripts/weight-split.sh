#!/usr/bin/env bash
# How the page's weight splits between the engine and the rest (Leptos, the
# views, the glue, CSS, HTML): builds the app once more with
# `--features no-engine` (the analysis replaced by an opaque empty one) and
# weighs it beside dist/. Needs a release build in dist/ first (make build).
#
#   scripts/weight-split.sh        -> target/weight/split.txt
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[[ -f dist/index.html ]] || die "no release build in dist/: run make build first"
OUT="$ROOT/target/weight"
rm -rf "$OUT/no-engine" && mkdir -p "$OUT/no-engine"
say "Building the app without the engine (cargo build --release --features no-engine)"
cargo build --quiet --release --target wasm32-unknown-unknown -p article-explorer --features no-engine
dir="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release"
wasm-bindgen --target web --no-typescript --out-dir "$OUT/no-engine" "$dir/article-explorer.wasm"
wasm-opt -Oz "$OUT/no-engine/article-explorer_bg.wasm" -o "$OUT/no-engine/article-explorer_bg.wasm"
# The same CSS and HTML as dist/; the glue minified as scripts/postbuild.mjs does.
cp dist/*.css dist/index.html "$OUT/no-engine/"
node -e 'const {transformSync}=require("esbuild");const fs=require("fs");const f=process.argv[1];fs.writeFileSync(f,transformSync(fs.readFileSync(f,"utf8"),{format:"esm",minify:true,target:"es2020",legalComments:"none"}).code)' "$OUT/no-engine/article-explorer.js"
{
  say "The whole page (dist/)"
  node scripts/sizes.mjs dist
  say "The page without the engine (the app's own share)"
  node scripts/sizes.mjs "$OUT/no-engine"
} | tee "$OUT/split.txt"
