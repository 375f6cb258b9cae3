// A million deals in wasm against the native CLI: the report must be byte-identical. wasm is a 32-bit
// target (size_t is 32 bits), so a product of two counts that fits in 64 bits natively can wrap in
// the page: the numeric mix shift's KS statistic did (i·n with 400k × 200k deals), and the drift
// verdict changed with it. Only a file this large reaches such products; the export is the
// benchmark's own (seeded, cached in bench-results/data, written in ~11 s when missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureExport } from '../../scripts/bench/generate_export.mjs';
import { analyzeWithEngine, cliPath, loadEngine, root } from './load_engine.mjs';

test('a million-deal export analysed in wasm is byte-identical to the CLI', async () => {
  const { file } = ensureExport(path.join(root, 'bench-results/data'), 1_000_000);
  const native = spawnSync(cliPath, ['analyze', file], {
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 256 << 20,
  });
  assert.equal(native.status, 0, native.stderr?.toString());
  const engine = await loadEngine();  // the role detected, as the CLI does without --deals
  const bytes = readFileSync(file);
  const result = analyzeWithEngine(engine, [{ name: path.basename(file), role: 'auto', bytes }], [1 << 20]);
  assert.ok(result.ok, result.error);
  const report = JSON.parse(result.json);
  assert.equal(report.sales.overall.deals, 1_000_000);
  // Compared whole, not figure by figure: a difference anywhere is a 32-bit bug.
  assert.ok(result.json === native.stdout.toString('utf8'), 'the wasm report differs from the CLI\'s');
});
