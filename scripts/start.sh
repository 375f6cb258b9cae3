#!/usr/bin/env bash
# Sets everything up, builds the page and serves it on http://127.0.0.1:5173/?sample (the built-in
# sample runs on load). PORT=… to change the port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/lib.sh
step "build the page"
npx vite build --config webapp/vite.config.ts --logLevel warn
port=${PORT:-5173}
step "serving dist/ — open http://127.0.0.1:${port}/?sample (Ctrl-C to stop)"
exec npx vite preview --config webapp/vite.config.ts --host 127.0.0.1 --port "$port" --strictPort
