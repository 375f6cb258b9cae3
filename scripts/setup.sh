#!/usr/bin/env bash
# Sets everything up on a fresh Debian machine, and is cheap to run again: installs the Debian packages
# that are missing, runs `npm ci` when package-lock.json changed, builds the engine natively (debug with
# sanitizers for the tests, release for the CLI) and to WebAssembly (for the page and Node).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

step "Debian packages"
packages=(cmake ninja-build g++ libgtest-dev libfast-float-dev libboost-dev emscripten chromium clang libclang-rt-14-dev)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "all present"
fi
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed (Node.js >= 20.19)"

step "npm packages"
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f node_modules/.icp-lock-hash || "$(cat node_modules/.icp-lock-hash)" != "$lock_hash" ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.icp-lock-hash
else
  echo "up to date"
fi

for preset in native-debug native-release wasm-release; do
  step "build $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done
