// Where the wasm engine's time goes under Node: run_wasm_node.mjs under `node --cpu-prof`, self time
// by function. Function names need an engine linked with --profiling-funcs (the release build has no
// name section, so its functions show as wasm-function[N]); give such a build's folder as ENGINE_DIR:
//   emcmake cmake -S . -B /tmp/wasm-prof -G Ninja -DCMAKE_BUILD_TYPE=Release -DICP_BUILD_TESTS=OFF \
//     -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs && cmake --build /tmp/wasm-prof --target icp_drift_node
//   node scripts/bench/profile_wasm.mjs /tmp/wasm-prof/wasm bench-results/data/deals-100000-….csv
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfTimes, summarize } from './cpu_profile.mjs';

const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run_wasm_node.mjs');

/** {measurement, total_ms, kinds, top} of one run of `file` through the engine in `engineDir`. */
export function profileWasm(engineDir, file, top = 25) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'icp-bench-cpuprof-'));
  try {
    const run = spawnSync(process.execPath, ['--no-experimental-fetch', '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', runner, engineDir, file], {
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 64 << 20,
    });
    if (run.status !== 0) throw new Error(`profiling the wasm engine failed (${run.status}): ${run.stderr}`);
    const profileFile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const profile = JSON.parse(readFileSync(path.join(dir, profileFile), 'utf8'));
    return { measurement: JSON.parse(run.stdout.toString('utf8')), ...summarize(selfTimes(profile), top) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench/profile_wasm.mjs ENGINE_DIR FILE` prints the profile.
if (import.meta.url === `file://${process.argv[1]}`) {
  const p = profileWasm(path.resolve(process.argv[2]), path.resolve(process.argv[3]));
  console.log(`whole ${(p.measurement.whole_s * 1000).toFixed(0)} ms; profile ${p.total_ms.toFixed(0)} ms: ` +
    Object.entries(p.kinds).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', '));
  for (const t of p.top) console.log(`${(t.share * 100).toFixed(1).padStart(5)}%  ${t.ms.toFixed(1).padStart(7)} ms  ${t.name}`);
}
