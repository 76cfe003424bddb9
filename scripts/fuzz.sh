#!/usr/bin/env bash
# A longer fuzz run of every parser than the test suite's: the property tests that feed arbitrary,
# truncated and altered input to the backup, FHIR, hand-over code and stored-record parsers (and
# the date, amount and plan parsers) run with CASES cases each (default 20000; the suite uses
# proptest's 256). cargo-fuzz needs a nightly toolchain, which this project's machines do not
# have; these proptest targets stand in for it. Usage: scripts/fuzz.sh [CASES]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CASES="${1:-20000}"
start=$(date +%s)
PROPTEST_CASES="$CASES" cargo test --release --lib -- \
  never_panic never_pass_unnoticed hostile_text_never_panics 2>&1 | grep -E "^test |test result"
echo "fuzzed with $CASES cases per target in $(( $(date +%s) - start )) s"
