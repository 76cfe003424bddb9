#!/usr/bin/env bash
# Prints the gzipped size of everything a first visit downloads from dist/ (HTML, boot and glue
# JS, the split loader, the main wasm, CSS, the service worker) and fails when it is over the
# budget (BUDGET_KB, default 216 KB, kilobytes of 1000 bytes). The lazily loaded page files
# (split_*.wasm and the chunk_*.wasm they share) are listed as a second total: a page fetches
# its files on first use, and the service worker stores them all for offline use after the
# first visit is interactive. tests/e2e/size.test.mjs checks in the browser that the start page
# fetches nothing more than this script counts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-$ROOT/dist}"
BUDGET_KB="${BUDGET_KB:-216}"
gz() { gzip -9c "$1" | wc -c; }
total=0
printf '%-48s %10s %10s\n' file bytes gzip-9
for f in "$DIST"/index.html "$DIST"/*.js "$DIST"/*_bg.wasm "$DIST"/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f"); z=$(gz "$f")
  total=$((total + z))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$z"
done
lazy=0; lazy_raw=0; count=0
for f in "$DIST"/split_*.wasm "$DIST"/chunk_*.wasm; do
  [ -f "$f" ] || continue
  lazy=$((lazy + $(gz "$f"))); lazy_raw=$((lazy_raw + $(stat -c%s "$f"))); count=$((count + 1))
done
printf '%-48s %10d %10d\n' "lazily loaded page files ($count, not counted)" "$lazy_raw" "$lazy"
printf '%-48s %10s %10d  (budget %d KB)\n' "first visit total" "" "$total" "$BUDGET_KB"
if [ "$total" -gt $((BUDGET_KB * 1000)) ]; then
  echo "size budget exceeded: $total bytes gzip > ${BUDGET_KB} KB" >&2
  exit 1
fi
