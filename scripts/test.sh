#!/usr/bin/env bash
# Sets everything up and runs every test layer: the engine (GoogleTest under ASan + UBSan), the wasm
# build in Node (byte-identical to the CLI), the CLI and the hostile-input corpus, a bounded fuzz run,
# the page's units (Vitest) and the browser end to end (Chromium driven by playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/lib.sh

step "engine: GoogleTest (ASan + UBSan)"
ctest --preset native-debug -j2

step "wasm in Node, the CLI, and the hostile-input corpus"
npm run --silent test:wasm
npm run --silent test:cli
npm run --silent test:hostile

step "fuzzers: a bounded run (clang, libFuzzer, ASan + UBSan; longer runs: docs/FUZZING.md)"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"

step "page units: Vitest"
npm run --silent test:unit

step "page build"
npx vite build --config webapp/vite.config.ts --logLevel warn

step "single-file build (dist-single/icp-drift.html)"
npm run --silent build:single

step "browser end to end: Chromium"
npm run --silent test:e2e

step "all test layers passed"
