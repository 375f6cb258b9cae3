// Three million deals in wasm against the native CLI: the report must be byte-identical. wasm is a
// 32-bit target (size_t is 32 bits), so a product of two counts that fits in 64 bits natively can
// wrap in the page. Two did: the numeric mix shift's KS statistic (i·n with 400k × 200k deals, from
// 1M deals on: the drift verdict changed), and the data-as-of day's 99.9th-percentile rank (999 ×
// the count of dates, past 4.3 million dates: 2.5M deals have 4.25M, 3M deals 5.1M; the page dated
// the data 2021-10-25 instead of 2026-07-17). Only files this large reach such products; the export
// is the benchmark's generator's (seeded, cached in bench-results/data: 566 MB, written in ~10 s).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureExport } from '../../scripts/bench/generate_export.mjs';
import { analyzeWithEngine, cliPath, loadEngine, root } from './load_engine.mjs';

test('a three-million-deal export analysed in wasm is byte-identical to the CLI', async () => {
  const { file } = ensureExport(path.join(root, 'bench-results/data'), 3_000_000);
  const native = spawnSync(cliPath, ['analyze', file], {
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 512 << 20,
  });
  assert.equal(native.status, 0, native.stderr?.toString());
  const engine = await loadEngine();  // the role detected, as the CLI does without --deals
  const bytes = readFileSync(file);
  const result = analyzeWithEngine(engine, [{ name: path.basename(file), role: 'auto', bytes }], [1 << 20]);
  assert.ok(result.ok, result.error);
  const report = JSON.parse(result.json);
  assert.equal(report.sales.overall.deals, 3_000_000);
  // Compared whole, not figure by figure: a difference anywhere is a 32-bit bug.
  assert.ok(result.json === native.stdout.toString('utf8'), 'the wasm report differs from the CLI\'s');
});
