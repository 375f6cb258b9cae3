// Loads the Node flavour of the wasm engine (build/wasm-release/wasm/icp_drift_node.cjs) and the
// native CLI, failing with a clear message when the build is missing.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(root, 'build/native-release/bin/icp-drift');
const gluePath = path.join(root, 'build/wasm-release/wasm/icp_drift_node.cjs');
const wasmPath = path.join(root, 'build/wasm-release/wasm/icp_drift_node.wasm');

export async function loadEngine() {
  for (const p of [gluePath, wasmPath]) {
    if (!existsSync(p)) throw new Error(`${p} is missing: run scripts/setup.sh (builds the wasm-release preset)`);
  }
  const require = createRequire(import.meta.url);
  const createModule = require(gluePath);
  // The bytes are handed over so Emscripten 3.1.6 never tries fetch() on a path under Node 20.
  return createModule({ wasmBinary: readFileSync(wasmPath) });
}

// Runs a whole file through a wasm Session in chunks of the given sizes (cycled), as the page's
// worker does: one copy into the heap buffer per chunk.
export function analyzeWithEngine(engine, files, chunkSizes = [1 << 20], { icp } = {}) {
  const session = new engine.Session();
  try {
    if (icp) {
      const set = session.setIcp(icp.json, icp.name);
      if (!set.ok) return { ok: false, error: set.error };
    }
    for (const { name, role, bytes } of files) {
      let outcome = session.beginFile(name, role);
      if (!outcome.ok) return { ok: false, error: outcome.error };
      let offset = 0;
      let turn = 0;
      while (offset < bytes.length) {
        const size = Math.min(chunkSizes[turn++ % chunkSizes.length], bytes.length - offset);
        const ptr = session.chunkBuffer(size);
        engine.HEAPU8.set(bytes.subarray(offset, offset + size), ptr);
        outcome = session.pushChunk(size);
        if (!outcome.ok) return { ok: false, error: outcome.error };
        offset += size;
      }
      outcome = session.endFile();
      if (!outcome.ok) return { ok: false, error: outcome.error };
    }
    return icp
      ? { ok: true, json: session.reportJson(), scored: session.scoredCsv('open_deals') }
      : { ok: true, json: session.reportJson() };
  } finally {
    session.delete();
  }
}
