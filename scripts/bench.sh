#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports: download size, load times in headless Chromium with 4x
# CPU slowdown, QBPDS step time, and save/load/export/import times for growing records.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" test
export PATH="$HOME/.cargo/bin:$ROOT/scripts/tools/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release --offline >/dev/null
echo "## Download size (gzip -9)"
BUDGET_KB=100000 scripts/size.sh
echo
echo "## Record formats (host, release build, best of 5)"
cargo test --release --quiet --lib bench_formats -- --ignored --nocapture 2>/dev/null | grep '^|'
echo
echo "## Browser (headless Chromium $(chromium --version 2>/dev/null | awk '{print $2}'))"
echo "| measure | value |"
echo "|---|---|"
node tests/e2e/bench.mjs
