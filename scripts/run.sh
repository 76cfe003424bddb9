#!/usr/bin/env bash
# Builds Rugplan (release) and serves it on http://127.0.0.1:8080, installing what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" app
export PATH="$HOME/.cargo/bin:$ROOT/scripts/tools/node_modules/.bin:$PATH"
cd "$ROOT"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 "$@"
