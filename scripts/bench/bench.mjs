// `npm run bench [-- --sizes 10k,100k,1M --runs 5 --skip-browser --no-profile]`: SPEC §8 measured
// side by side. Generates seeded deal exports, then in rounds (every tool once per round and size,
// taking turns) measures the native CLI, Papa Parse in Node, the wasm engine in Node, and in headless
// Chromium the stream floor, the product page, Papa Parse in a worker and DuckDB-Wasm. Checks every
// tool's figures are equal before any time is shown, then prints the tables and writes
// bench-results/bench.json (and bench.md). The engine is copied at the start, so a rebuild during the
// run cannot mix two engines in one set of ratios. No timed assertion anywhere: figures only.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureExport, parseSize, sizeLabel } from './generate_export.mjs';
import { FIGURE_KEYS, figureDifferences } from './overall_figures.mjs';
import { canProfile, profileNative, profileNativeHeap } from './profile_native.mjs';
import { profileWasm } from './profile_wasm.mjs';
import { checkTargets, markdownTables, summarizeSize, textTables } from './report.mjs';
import { measureNative } from './run_native.mjs';
import { measurePapaNode } from './run_papa_node.mjs';
import { measureWasmNode } from './run_wasm_node.mjs';
import { pageWeight, toolWeights } from './sizes.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BROWSER_TOOLS = [
  { kind: 'stream', key: 'stream' },
  { kind: 'page', key: 'page' },
  { kind: 'papa', key: 'papa_worker' },
  { kind: 'duckdb', key: 'duckdb' },
];

function parseArgs(argv) {
  const options = {
    sizes: ['10k', '100k', '1M'],
    runs: 5,
    browser: true,
    profile: true,
    out: path.join(repoRoot, 'bench-results'),
    cli: process.env.ICP_DRIFT_CLI ?? path.join(repoRoot, 'build/native-release/bin/icp-drift'),
    wasmDir: path.join(repoRoot, 'build/wasm-release/wasm'),
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') options.sizes = value().split(',').filter(Boolean);
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--skip-browser') options.browser = false;
    else if (arg === '--no-profile') options.profile = false;
    else if (arg === '--out') options.out = path.resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log('npm run bench -- [--sizes 10k,100k,1M] [--runs N] [--skip-browser] [--no-profile] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (see --help)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  options.rows = options.sizes.map(parseSize).sort((a, b) => a - b);
  return options;
}

function checkPrerequisites(options) {
  const missing = [];
  if (!existsSync(options.cli)) missing.push(`the native CLI (${options.cli}): run scripts/setup.sh`);
  for (const f of ['icp_drift_node.cjs', 'icp_drift_node.wasm', 'icp_drift_web.mjs', 'icp_drift_web.wasm']) {
    if (!existsSync(path.join(options.wasmDir, f))) missing.push(`the wasm build (${path.join(options.wasmDir, f)}): run scripts/setup.sh`);
  }
  if (options.browser && !existsSync(options.chromium)) missing.push(`Chromium (${options.chromium}): apt-get install chromium, or --skip-browser`);
  if (options.browser && !existsSync(path.join(repoRoot, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'))) {
    missing.push('@duckdb/duckdb-wasm in node_modules: npm ci');
  }
  if (missing.length) throw new Error(`the benchmark needs:\n- ${[...new Set(missing)].join('\n- ')}`);
}

const log = (message) => process.stderr.write(`${message}\n`);
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

function git(args) {
  try {
    return execFileSync('git', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? `${os.type()} ${os.release()}`,
    kernel: os.release(),
    node: process.version,
  };
}

/** Copies the engine and builds both pages into `dir`, so every measurement of this run uses the same bytes. */
async function snapshot(options, dir) {
  const engine = path.join(dir, 'engine');
  mkdirSync(engine, { recursive: true });
  const cli = path.join(engine, 'icp-drift');
  copyFileSync(options.cli, cli);
  execFileSync('chmod', ['+x', cli]);
  for (const f of ['icp_drift_node.cjs', 'icp_drift_node.wasm']) copyFileSync(path.join(options.wasmDir, f), path.join(engine, f));
  const snap = { dir, cli, wasmDir: engine };
  if (options.browser) {
    const { build } = await import('vite');
    snap.appDir = path.join(dir, 'app');
    snap.benchDir = path.join(dir, 'bench-page');
    // The product page as `npm run build` makes it, into a folder of our own (dist/ is left alone).
    await build({ configFile: path.join(repoRoot, 'webapp/vite.config.ts'), logLevel: 'warn', build: { outDir: snap.appDir, emptyOutDir: true } });
    await build({ configFile: path.join(repoRoot, 'scripts/bench/page/vite.config.mjs'), build: { outDir: snap.benchDir, emptyOutDir: true } });
  }
  return snap;
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const kinds = (k) => Object.entries(k).map(([name, share]) => `${name} ${pct(share)}`).join(', ');

function profileText(profile) {
  const lines = [];
  if (profile.native) {
    const p = profile.native;
    lines.push(`\nnative CLI, callgrind (${p.size}): ${p.total_ir.toLocaleString('en-US')} instructions, ${p.ir_per_byte.toFixed(1)} per input byte; self:`);
    for (const r of p.self.slice(0, 10)) lines.push(`  ${pct(r.share).padStart(6)}  ${r.fn}`);
    lines.push(`native heap peak (massif, ${p.size}): ${(p.heap.peak_bytes / 1e6).toFixed(1)} MB = ${(p.heap.peak_bytes / p.heap.file_bytes).toFixed(2)}× the input; by allocating function:`);
    for (const r of p.heap.sites.slice(0, 6)) lines.push(`  ${pct(r.share).padStart(6)}  ${r.fn}`);
  }
  if (profile.wasm_node) lines.push(`\nwasm engine in Node (${profile.wasm_node.size}), CPU profile: ${kinds(profile.wasm_node.kinds)}`);
  if (profile.page) {
    lines.push(`\npage, traced drop → report (${profile.page.size}, ${(profile.page.ms / 1000).toFixed(2)} s with tracing on):`);
    for (const t of profile.page.threads) lines.push(`  ${t.thread}: ${kinds(t.kinds)}`);
  }
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  checkPrerequisites(options);
  const started = Date.now();
  const loadBefore = os.loadavg();
  mkdirSync(options.out, { recursive: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'icp-drift-bench-'));
  try {
    log(`icp-drift bench: sizes ${options.rows.map(sizeLabel).join(', ')}, ${options.runs} runs${options.browser ? '' : ', no browser'}`);
    const snap = await snapshot(options, scratch);

    const files = options.rows.map((rows) => {
      const info = ensureExport(path.join(options.out, 'data'), rows);
      log(`  export ${sizeLabel(rows)}: ${(info.bytes / 1e6).toFixed(1)} MB${info.generated ? ` (generated in ${info.seconds.toFixed(1)} s)` : ' (reused)'}`);
      return { rows, label: sizeLabel(rows), file: info.file, bytes: info.bytes, bytes_per_row: info.bytes / rows, seed: info.seed, generator_version: info.version };
    });
    const runs = Object.fromEntries(files.map((f) => [f.label, {}]));
    const record = (label, key, round, value) => {
      runs[label][key] ??= [];
      runs[label][key][round] = value;
    };

    // Native and Node: every tool once per round and size, in turn.
    for (let round = 0; round < options.runs; round++) {
      for (const file of files) {
        log(`  round ${round + 1}/${options.runs} ${file.label}: native, wasm in Node, Papa Parse in Node`);
        record(file.label, 'native', round, measureNative(snap.cli, file.file));
        record(file.label, 'wasm_node', round, measureWasmNode(snap.wasmDir, file.file));
        record(file.label, 'papa_node', round, measurePapaNode(file.file));
      }
    }

    let chromiumVersion = null;
    if (options.browser) {
      const { measureInBrowser, chromiumVersion: version } = await import('./run_browser.mjs');
      const { serveStatic } = await import('../../tests/e2e/support/static_server.mjs');
      chromiumVersion = await version(options.chromium);
      const app = await serveStatic(snap.appDir, '/icp-drift/');
      const benchPage = await serveStatic(snap.benchDir, '/bench/');
      try {
        for (let round = 0; round < options.runs; round++) {
          for (const file of files) {
            // Taking turns: each round starts with the next tool, so none is always first.
            const order = BROWSER_TOOLS.map((_, i) => BROWSER_TOOLS[(i + round) % BROWSER_TOOLS.length]);
            log(`  round ${round + 1}/${options.runs} ${file.label}: ${order.map((t) => t.key).join(', ')} in Chromium`);
            for (const tool of order) {
              const result = await measureInBrowser({
                kind: tool.kind,
                file: file.file,
                fileBytes: file.bytes,
                urls: { page: app.url, bench: benchPage.url },
                executablePath: options.chromium,
              });
              record(file.label, tool.key, round, result);
            }
          }
        }
      } finally {
        await app.close();
        await benchPage.close();
      }
    }

    // Every tool's figures must be the native CLI's before any time is reported.
    const problems = [];
    const figures = {};
    for (const file of files) {
      const reference = runs[file.label].native[0].figures;
      figures[file.label] = reference;
      for (const [tool, list] of Object.entries(runs[file.label])) {
        list.forEach((m, round) => {
          if (!m.figures) return; // the stream floor computes none
          const diff = figureDifferences(reference, m.figures);
          if (diff.length) problems.push(`${file.label} ${tool} round ${round + 1}: ${diff.join('; ')}`);
        });
      }
    }
    if (problems.length) {
      writeFileSync(path.join(options.out, 'bench-figures-differ.json'), `${JSON.stringify({ figures, runs }, null, 2)}\n`);
      throw new Error(`the tools do not agree on the figures, so no time is reported:\n- ${problems.join('\n- ')}`);
    }
    log(`  figures agree (${FIGURE_KEYS.join(', ')}) for every tool, size and round`);

    const weight = options.browser ? pageWeight(snap.appDir) : null;
    // What limits each figure: instruction counts of the native CLI (callgrind, on 100k rows), the
    // wasm engine's CPU profile in Node, and a traced run of the page, both on the largest export.
    const profile = {};
    if (options.profile) {
      const largest = files[files.length - 1];
      if (canProfile()) {
        const target = files.find((f) => f.rows === 100_000) ?? largest;
        log(`  profile: callgrind on the native CLI with the ${target.label} export`);
        profile.native = { size: target.label, ...profileNative(snap.cli, target.file), heap: profileNativeHeap(snap.cli, target.file) };
      }
      log(`  profile: the wasm engine in Node (--cpu-prof) with the ${largest.label} export`);
      profile.wasm_node = { size: largest.label, ...profileWasm(snap.wasmDir, largest.file) };
      if (options.browser) {
        const { profilePage } = await import('./profile_page.mjs');
        const { serveStatic } = await import('../../tests/e2e/support/static_server.mjs');
        const app = await serveStatic(snap.appDir, '/icp-drift/');
        try {
          log(`  profile: a traced run of the page with the ${largest.label} export (not counted in the timings)`);
          profile.page = { size: largest.label, ...(await profilePage({ url: app.url, file: largest.file, executablePath: options.chromium })) };
        } finally {
          await app.close();
        }
      }
    }

    const sizes = files.map((file) => summarizeSize(file, runs[file.label]));
    const { targets, growth } = checkTargets(sizes, weight);
    const status = git(['status', '--porcelain', '--', 'core', 'cli', 'wasm', 'webapp']);
    const bench = {
      schema_version: 1,
      date: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      options: { sizes: files.map((f) => f.label), runs: options.runs, browser: options.browser },
      machine: { ...machine(), chromium: chromiumVersion, load_average_before: loadBefore, load_average_after: os.loadavg() },
      engine: {
        git_commit: git(['rev-parse', 'HEAD']),
        uncommitted_engine_changes: status === null ? null : status !== '',
        cli_sha256: sha256(snap.cli),
        wasm_node_sha256: sha256(path.join(snap.wasmDir, 'icp_drift_node.wasm')),
      },
      files: files.map(({ file, ...rest }) => ({ ...rest, name: path.basename(file) })),
      figures,
      summary: { sizes, targets, growth, weight: weight && { engine_gzip: weight.engine.gzip, app_gzip: weight.app.gzip, files: weight.app.files }, tool_weights: toolWeights(repoRoot) },
      profile,
      runs,
      seconds: (Date.now() - started) / 1000,
    };
    writeFileSync(path.join(options.out, 'bench.json'), `${JSON.stringify(bench, null, 2)}\n`);
    writeFileSync(path.join(options.out, 'bench.md'), `${markdownTables(bench)}\n`);
    console.log(`\n${textTables(bench)}\n`);
    if (weight) console.log(`page weight: engine (wasm + glue + worker) ${(weight.engine.gzip / 1000).toFixed(1)} kB gz, whole app ${(weight.app.gzip / 1000).toFixed(1)} kB gz`);
    console.log(profileText(profile));
    console.log(`\nwrote ${path.relative(process.cwd(), path.join(options.out, 'bench.json'))} (${bench.seconds.toFixed(0)} s)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
