#!/usr/bin/env bash
# Prints the gzipped size of everything a first visit downloads from dist/ (HTML, JS, wasm, CSS),
# and fails when it is over the budget (BUDGET_KB, default 200 KB, kilobytes of 1000 bytes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-$ROOT/dist}"
BUDGET_KB="${BUDGET_KB:-200}"
total=0
printf '%-48s %10s %10s\n' file bytes gzip-9
for f in "$DIST"/index.html "$DIST"/*.js "$DIST"/*.wasm "$DIST"/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-48s %10s %10d  (budget %d KB)\n' "first visit total" "" "$total" "$BUDGET_KB"
if [ "$total" -gt $((BUDGET_KB * 1000)) ]; then
  echo "size budget exceeded: $total bytes gzip > ${BUDGET_KB} KB" >&2
  exit 1
fi
