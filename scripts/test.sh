#!/usr/bin/env bash
# Runs every test of Rugplan, installing whatever is missing first (Chromium included):
#   1. formatting and clippy (host and wasm32), 2. host tests (domain, interop, i18n),
#   3. component tests in headless Chromium, 4. release build + size report,
#   5. end-to-end tests of the release build in Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" test
export PATH="$HOME/.cargo/bin:$ROOT/scripts/tools/node_modules/.bin:$PATH"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "host tests (domain, interop, i18n)"
cargo test --quiet

step "component tests in headless Chromium"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test components

step "release build"
trunk build --release --offline
# The first-visit budget: 216 KB gzip (README "Size"); tests/e2e/size.test.mjs checks the same
# in the browser.
"$ROOT/scripts/size.sh"

step "end-to-end tests of the release build in Chromium"
cd "$ROOT/tests/e2e"
node --test --test-concurrency=1 ./*.test.mjs
