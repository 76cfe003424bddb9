#!/usr/bin/env bash
# Builds the release version of Rugplan and serves dist/ exactly as a static host would: the
# built files, index.html for every app path (the SPA fallback) and the headers the README
# recommends (Content-Security-Policy and others), with nothing injected into the pages.
#
#   scripts/run.sh                 build, then serve on http://127.0.0.1:8080 (Ctrl+C stops it)
#   scripts/run.sh 8081            another port (or PORT=8081 scripts/run.sh; 0 = any free port)
#   scripts/run.sh --no-build      serve the dist/ that is there (builds only if there is none)
#
# The server is tests/e2e/server.mjs (Node.js built-ins only). Safe to run again at any time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

BUILD=1
PORT="${PORT:-8080}"
for arg in "$@"; do
  if [ "$arg" = --no-build ]; then BUILD=0
  elif [[ "$arg" =~ ^[0-9]+$ ]]; then PORT="$arg"
  else echo "usage: scripts/run.sh [--no-build] [PORT]" >&2; exit 2
  fi
done
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "PORT must be a number, not '$PORT'" >&2; exit 2; }

if [ "$BUILD" = 1 ] || [ ! -f "$ROOT/dist/index.html" ]; then
  "$ROOT/scripts/setup.sh" app
  export PATH="$HOME/.cargo/bin:$ROOT/scripts/tools/node_modules/.bin:$PATH"
  (cd "$ROOT" && trunk build --release --offline)
fi
exec node "$ROOT/tests/e2e/server.mjs" "$ROOT/dist" "$PORT"
