// Memory while streaming (SPEC §8–9): the raw file is never held whole. A deals export whose bytes are
// mostly a free-text column (a unique 3 KB note per deal, which no analysis needs) is streamed into
// the wasm engine in 1 MB slices; the engine's memory may grow with the rows' columns, not with the
// file's bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWithEngine, loadEngine } from './load_engine.mjs';

const ROWS = 20_000;
const NOTE_BYTES = 3_000;

function exportWithLongNotes() {
  const stages = ['Closed Won', 'Closed Lost', 'Prospecting'];
  const industries = ['Software', 'Retail', 'Healthcare', 'Manufacturing'];
  const lines = ['Opportunity ID,Account Name,Stage,Amount,Created Date,Close Date,Industry,Description'];
  for (let i = 0; i < ROWS; i++) {
    // Deterministic, different for every row, and without commas or quotes.
    const note = `Call notes ${i}: ` + `${(i * 7919) % 100_003} `.repeat(NOTE_BYTES / 6).slice(0, NOTE_BYTES);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const year = 2022 + (i % 3);
    lines.push(`D${i},Account ${i % 900},${stages[i % 3]},${1000 + (i % 50) * 100},${year}-${month}-01,${year}-${month}-20,${industries[i % 4]},${note}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

test('a file streamed in slices grows the engine by its columns, not by its bytes', async (t) => {
  const engine = await loadEngine();
  const bytes = exportWithLongNotes();
  assert.ok(bytes.length > 60e6, `the export is ${bytes.length} bytes`);
  const before = engine.HEAPU8.length;
  const result = analyzeWithEngine(engine, [{ name: 'deals.csv', role: 'deals', bytes }], [1 << 20]);
  assert.equal(result.ok, true, result.error);
  const report = JSON.parse(result.json);
  assert.equal(report.inputs[0].rows_used, ROWS);
  const grown = engine.HEAPU8.length - before;
  // The rows' columns (a few dozen bytes a row) and the report: far under a fifth of the input.
  t.diagnostic(`wasm memory grew by ${grown} bytes (from ${before}) for ${bytes.length} bytes of input`);
  assert.ok(grown < 0.2 * bytes.length, `wasm memory grew by ${grown} bytes for ${bytes.length} bytes of input`);
});
