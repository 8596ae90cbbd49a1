#!/usr/bin/env bash
# Size report of dist/: raw and gzip (-9) bytes per file and in total, and
# brotli when a brotli command is installed. Everything in dist/ is what the
# default page loads.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DIR="${1:-dist}"
[[ -d "$DIR" ]] || die "$DIR does not exist: build first"
has_brotli=""
command -v brotli >/dev/null && has_brotli=1

kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
row() { printf '%-48s %10s %10s %10s\n' "$@"; }

say "Sizes of $DIR/"
row "file" "raw" "gzip" "${has_brotli:+brotli}"
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=""
  if [[ -n "$has_brotli" ]]; then
    br=$(brotli -q 11 -c "$f" | wc -c)
    total_br=$((total_br + br))
    br="$(kb "$br")"
  fi
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  row "${f#"$DIR"/}" "$(kb "$raw")" "$(kb "$gz")" "$br"
done < <(find "$DIR" -type f ! -name '.*' | sort)
row "total" "$(kb $total_raw)" "$(kb $total_gz)" "${has_brotli:+$(kb $total_br)}"
echo "($total_raw bytes raw, $total_gz bytes gzip; issue 6's budget is 100 KB gzip, stretch 75 KB)"
