// Page weight (SPEC §8): gzip -9 sizes of a built page. "Engine" is what the engine costs the page:
// every .wasm plus every worker script (the Emscripten glue is bundled into the engine worker's
// chunk); "app" is every file of the build. The comparison tools' own weights are given beside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(full));
    else files.push(full);
  }
  return files.sort();
}

function weigh(file) {
  const bytes = readFileSync(file);
  return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const isEnginePart = (file) => file.endsWith('.wasm') || (/worker/i.test(path.basename(file)) && /\.m?js$/.test(file));

/** {engine: {bytes, gzip, files}, app: {bytes, gzip, files}} of a build folder (dist/ or a copy). */
export function pageWeight(buildDir) {
  const files = filesUnder(buildDir).map((file) => ({ file: path.relative(buildDir, file), ...weigh(file) }));
  const total = (list) => ({
    bytes: list.reduce((s, f) => s + f.bytes, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
    files: list,
  });
  return { engine: total(files.filter((f) => isEnginePart(f.file))), app: total(files) };
}

/** The comparison tools' weights as a page would ship them (gzip -9). */
export function toolWeights(repoRoot) {
  const duckdbDist = path.join(repoRoot, 'node_modules/@duckdb/duckdb-wasm/dist');
  const sum = (files) => files.reduce((s, f) => {
    const w = weigh(f);
    return { bytes: s.bytes + w.bytes, gzip: s.gzip + w.gzip };
  }, { bytes: 0, gzip: 0 });
  const weights = {};
  const papa = path.join(repoRoot, 'node_modules/papaparse/papaparse.min.js');
  if (statSync(papa, { throwIfNoEntry: false })) weights.papaparse = sum([papa]);
  const duck = ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js', 'duckdb-browser.mjs'].map((f) => path.join(duckdbDist, f));
  if (duck.every((f) => statSync(f, { throwIfNoEntry: false }))) weights.duckdb_wasm = sum(duck);
  return weights;
}

// `node scripts/bench/sizes.mjs [DIR]` weighs a build (dist/ by default).
if (import.meta.url === `file://${process.argv[1]}`) {
  const weight = pageWeight(path.resolve(process.argv[2] ?? 'dist'));
  for (const f of weight.app.files) console.log(`${f.file.padEnd(50)} ${String(f.bytes).padStart(9)} ${String(f.gzip).padStart(9)} gz`);
  console.log(`engine (wasm + glue + worker): ${(weight.engine.gzip / 1024).toFixed(1)} KiB gz; app: ${(weight.app.gzip / 1024).toFixed(1)} KiB gz`);
}
