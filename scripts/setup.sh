#!/usr/bin/env bash
# Installs whatever is missing to build (and, with `test`, to test) Rugplan. Idempotent: a second
# run only checks versions. Source it or run it: `scripts/setup.sh [app|test]`.
#
# Facts behind the choices (TOOLCHAIN.md): Trunk 0.22 needs a newer rustc, so Trunk 0.21.14;
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock and must be installed without
# --locked; Debian's wasm-opt (108) breaks the app at runtime, so wasm-opt 132 comes from npm.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"
MODE="${1:-app}"

export PATH="$HOME/.cargo/bin:$ROOT/scripts/tools/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"; fi
}

command -v cargo >/dev/null || die "Rust is not installed: install rustup (https://rustup.rs) first."
command -v npm >/dev/null || die "Node.js and npm are needed (wasm-opt and the browser tests come from npm)."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
[ -n "$WBG_VERSION" ] || die "cannot read the wasm-bindgen version from Cargo.lock"
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 6 minutes)"
  # No --locked: its lockfile wants a webpki-roots version the registry does not serve.
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION" --force
fi

# Splits the release wasm into one file per lazily loaded page (scripts/post-build.mjs).
WASM_SPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 4 minutes)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked
fi

ESBUILD_VERSION="0.28.2"
if ! "$ROOT/scripts/tools/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION" \
  || [ "$("$ROOT/scripts/tools/node_modules/.bin/esbuild" --version 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
  say "installing wasm-opt $WASM_OPT_VERSION (binaryen) and esbuild $ESBUILD_VERSION from npm"
  (cd "$ROOT/scripts/tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$MODE" = "test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver (Debian packages)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! (cd "$ROOT/tests/e2e" && npm ls --depth=0 >/dev/null 2>&1); then
    say "installing the end-to-end test packages (playwright-core, axe-core, fhir; no browser download)"
    (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

# Trunk builds with --offline (GitHub is not reachable), so crates must be fetched first.
(cd "$ROOT" && cargo fetch --quiet)
