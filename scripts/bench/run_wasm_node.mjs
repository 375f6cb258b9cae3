// One measurement of the wasm engine under Node, in a fresh process: the Node build
// (icp_drift_node.cjs + .wasm, loaded as tests/wasm/load_engine.mjs does, with its bytes handed over)
// and the file read from disk in 1 MB slices, each copied once into the Session's chunk buffer as the
// page's worker does. Times, inside the process: start-up (module instantiated), ingest (beginFile …
// endFile) and report (reportJson); whole = ingest + report.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresOfReport } from './overall_figures.mjs';

const self = fileURLToPath(import.meta.url);
const SLICE = 1 << 20;

async function loadEngine(engineDir) {
  const require = createRequire(import.meta.url);
  const createModule = require(path.join(engineDir, 'icp_drift_node.cjs'));
  return createModule({ wasmBinary: readFileSync(path.join(engineDir, 'icp_drift_node.wasm')) });
}

function check(outcome, what) {
  if (!outcome.ok) throw new Error(`${what}: ${outcome.error}`);
}

/** Runs the file through a Session here; {startup_s, ingest_s, report_s, whole_s, whole_cpu_s, figures, wasm_memory_bytes, max_rss_kb}. */
export async function analyzeWithWasm(engineDir, file) {
  const t0 = process.hrtime.bigint();
  const engine = await loadEngine(engineDir);
  const t1 = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const session = new engine.Session();
  const slice = Buffer.allocUnsafe(SLICE);
  const fd = openSync(file, 'r');
  let json;
  let t2;
  let heapBytes;
  try {
    check(session.beginFile(path.basename(file), 'auto'), 'beginFile');
    session.expectFileSize(statSync(file).size); // as the page's worker does with File.size
    for (;;) {
      const n = readSync(fd, slice, 0, SLICE, null);
      if (n === 0) break;
      const at = session.chunkBuffer(n);
      engine.HEAPU8.set(slice.subarray(0, n), at); // after chunkBuffer: it may grow the memory
      check(session.pushChunk(n), 'pushChunk');
    }
    check(session.endFile(), 'endFile');
    t2 = process.hrtime.bigint();
    json = session.reportJson();
    heapBytes = engine.HEAPU8.length; // wasm memory only grows: this is its peak
  } finally {
    closeSync(fd);
    session.delete();
  }
  const t3 = process.hrtime.bigint();
  const used = process.cpuUsage(cpu);
  const s = (a, b) => Number(b - a) / 1e9;
  return {
    startup_s: s(t0, t1),
    ingest_s: s(t1, t2),
    report_s: s(t2, t3),
    whole_s: s(t1, t3),
    whole_cpu_s: (used.user + used.system) / 1e6,
    figures: figuresOfReport(json),
    wasm_memory_bytes: heapBytes,
    max_rss_kb: process.resourceUsage().maxRSS,
  };
}

/** One measurement in a child process (fresh heap, fresh compile). */
export function measureWasmNode(engineDir, file) {
  const run = spawnSync(process.execPath, ['--no-experimental-fetch', self, engineDir, file], {
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0) throw new Error(`the wasm engine under Node failed on ${file} (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.toString('utf8'));
}

// `node --no-experimental-fetch scripts/bench/run_wasm_node.mjs ENGINE_DIR FILE` measures once.
if (process.argv[1] === self) {
  analyzeWithWasm(path.resolve(process.argv[2]), path.resolve(process.argv[3])).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
