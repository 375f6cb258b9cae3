// The hostile-input corpus (hostile_corpus.mjs) through the native CLI, twice, and through the wasm
// build in Node, as the page's worker drives it:
// - the CLI never crashes: it exits 0 with a report, or 2 with one line on stderr naming the file;
// - each case has the outcome it must (the refusal's exact wording, or the report's figures, skips
//   and warnings), and every report accounts for every row it read;
// - determinism: the second CLI run gives byte-identical stdout and stderr, and the wasm engine,
//   fed in chunks of several sizes, byte-identical report JSON or the identical message.
// ICP_DRIFT_CLI (a CLI binary) and ICP_DRIFT_WASM (a folder holding icp_drift_node.cjs and .wasm)
// point the test at other builds (e.g. a sanitizer build of the CLI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeWithEngine, cliPath, loadEngine } from '../wasm/load_engine.mjs';
import { checkAccounting, hostileCases } from './hostile_corpus.mjs';

const cli = process.env.ICP_DRIFT_CLI ? path.resolve(process.env.ICP_DRIFT_CLI) : cliPath;
if (!existsSync(cli)) throw new Error(`${cli} is missing: run scripts/setup.sh`);

async function loadWasm() {
  const dir = process.env.ICP_DRIFT_WASM;
  if (!dir) return loadEngine();
  const require = createRequire(import.meta.url);
  const createModule = require(path.resolve(dir, 'icp_drift_node.cjs'));
  return createModule({ wasmBinary: readFileSync(path.resolve(dir, 'icp_drift_node.wasm')) });
}
const engine = await loadWasm();
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-hostile-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function runCli(args) {
  const r = spawnSync(cli, args, {
    cwd: work,
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 512 * 1024 * 1024,
    timeout: 300_000,
  });
  assert.equal(r.error, undefined, `the CLI ran: ${r.error}`);
  assert.equal(r.signal, null, `the CLI was killed by ${r.signal}: ${r.stderr}`);
  assert.ok(r.status === 0 || r.status === 2, `exit 0 or 2, not ${r.status}: ${r.stderr}`);
  return r;
}

// The page's worker pushes what File.stream() gives (64 KB in Chromium); the CLI reads 1 MB.
function chunkingsFor(size) {
  const chunkings = [[1 << 20], [65536]];
  if (size < 1 << 20) chunkings.push([4093, 7]);
  if (size < 64 << 10) chunkings.push([1]);
  return chunkings;
}

for (const c of hostileCases()) {
  test(`${c.name}: ${c.about}`, { todo: c.todo }, () => {
    const bytes = c.bytes();
    const file = path.join(work, c.name);
    writeFileSync(file, bytes);
    const args = ['analyze', ...(c.role ? [`--${c.role}`] : []), file];
    try {
      const first = runCli(args);
      const second = runCli(args);
      assert.equal(second.status, first.status, 'the same exit code twice');
      assert.ok(second.stdout.equals(first.stdout), 'byte-identical report twice');
      assert.ok(second.stderr.equals(first.stderr), 'byte-identical stderr twice');
      const stderr = first.stderr.toString('utf8');
      const input = { name: c.name, role: c.role ?? 'auto', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };

      if (c.expect.error) {
        assert.equal(first.status, 2, `refused with exit 2; stdout starts ${first.stdout.subarray(0, 200)}`);
        assert.equal(first.stdout.length, 0, 'nothing on stdout');
        assert.match(stderr, /^icp-drift: [^\n]*\n$/, `one line on stderr: ${JSON.stringify(stderr)}`);
        const message = stderr.slice('icp-drift: '.length, -1);
        assert.match(message, c.expect.error);
        for (const chunks of chunkingsFor(bytes.length)) {
          const result = analyzeWithEngine(engine, [input], chunks);
          assert.equal(result.ok, false, `wasm refuses it too (chunks ${chunks})`);
          assert.equal(result.error, message, `wasm says what the CLI says (chunks ${chunks})`);
        }
        return;
      }

      assert.equal(first.status, 0, `read: ${stderr}`);
      assert.equal(stderr, '', 'nothing on stderr');
      const json = first.stdout.toString('utf8');
      const report = JSON.parse(json);
      assert.equal(report.inputs.length, 1);
      assert.equal(report.inputs[0].file, c.name);
      checkAccounting(report.inputs[0]);
      c.expect.report(report, report.inputs[0], json);
      for (const chunks of chunkingsFor(bytes.length)) {
        const result = analyzeWithEngine(engine, [input], chunks);
        assert.ok(result.ok, `wasm reads it too (chunks ${chunks}): ${result.error}`);
        assert.ok(result.json === json, `wasm report is byte-identical to the CLI's (chunks ${chunks})`);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
}

test('the small readable hostile files together: one report, twice, and the same from wasm', () => {
  const files = [];
  const args = ['analyze'];
  for (const c of hostileCases()) {
    if (c.expect.error || c.todo) continue;
    const bytes = c.bytes();
    if (bytes.length > 1 << 20) continue;
    const file = path.join(work, `together-${c.name}`);
    writeFileSync(file, bytes);
    files.push({ name: `together-${c.name}`, role: 'auto', bytes: new Uint8Array(bytes) });
    args.push(file);
  }
  assert.ok(files.length >= 10, `${files.length} files`);
  const first = runCli(args);
  const second = runCli(args);
  assert.equal(first.status, 0, first.stderr.toString());
  assert.ok(second.stdout.equals(first.stdout), 'byte-identical twice');
  const json = first.stdout.toString('utf8');
  assert.equal(JSON.parse(json).inputs.length, files.length);
  for (const chunks of [[1 << 20], [65536], [4093, 7]]) {
    const result = analyzeWithEngine(engine, files, chunks);
    assert.ok(result.ok, result.error);
    assert.ok(result.json === json, `wasm equals the CLI (chunks ${chunks})`);
  }
});
