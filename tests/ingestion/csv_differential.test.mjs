// The engine's CSV reader against Papa Parse, the independent reference: the conformance cases and
// seeded random CSVs with nasty quoting, newlines, delimiters and encodings must give the same cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { root } from '../wasm/load_engine.mjs';
import { seededRandom } from './seeded_random.mjs';
import { encode } from './encode.mjs';

const dump = path.join(root, 'build/native-release/bin/csv_dump');
if (!existsSync(dump)) throw new Error(`${dump} is missing: run scripts/setup.sh`);
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-diff-'));

function engineCells(file, chunk) {
  const r = spawnSync(dump, [file, String(chunk)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// Papa Parse guesses the delimiter unless it is given (random cells can fool its guess; the engine's
// own detection is checked against the delimiter the generator used).
function papaCells(text, delimiter) {
  const result = Papa.parse(text, delimiter ? { delimiter } : { delimitersToGuess: [',', '\t', '|', ';'] });
  return { delimiter: result.meta.delimiter, rows: result.data };
}

const spectrum = path.join(root, '..', 'shared', 'conformance', 'csv-spectrum', 'csvs');

test('csv-spectrum: the engine and Papa Parse give the same cells', () => {
  const files = readdirSync(spectrum).filter((f) => f.endsWith('.csv'));
  assert.ok(files.length >= 12, 'the conformance cases are where ../shared says');
  for (const name of files) {
    const file = path.join(spectrum, name);
    const papa = papaCells(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const engine = engineCells(file, 1 << 20);
    assert.deepEqual(engine.rows, papa.rows, name);
  }
});

// A field from an alphabet that hits every quoting rule; representable in Windows-1252 when asked.
function field(rng, delimiter, latin1) {
  const pieces = ['a', 'B', '7', ' ', '"', delimiter, ',', ';', '\n', '\r\n', 'é', 'ü', '€', 'ß', '—', 'x y'];
  if (!latin1) pieces.push('😀', '中', 'Ωμέγα');
  let text = '';
  const length = rng.int(0, 8);
  for (let i = 0; i < length; i++) text += rng.pick(pieces);
  return text;
}

function csvOf(rows, delimiter, newline, rng) {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const needs = /["\r\n]/.test(cell) || cell.includes(delimiter);
          // Quote what needs it, and now and then what does not.
          return needs || rng.chance(0.15) ? `"${cell.replaceAll('"', '""')}"` : cell;
        })
        .join(delimiter),
    )
    .join(newline);
}

test('seeded random CSVs in every encoding: the same cells as Papa Parse, at any chunking', () => {
  const rng = seededRandom(20241122);
  const encodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];
  let cases = 0;
  for (let n = 0; n < 150; n++) {
    const encoding = encodings[n % encodings.length];
    const delimiter = rng.pick([',', ';', '\t', '|']);
    const newline = rng.pick(['\n', '\r\n']);
    const width = rng.int(2, 6);
    // A plain header makes the delimiter unambiguous for both readers.
    const header = Array.from({ length: width }, (_, i) => `col${i}`);
    const rows = [header];
    for (let r = rng.int(1, 12); r > 0; r--) {
      rows.push(Array.from({ length: width }, () => field(rng, delimiter, encoding === 'windows-1252')));
    }
    const text = csvOf(rows, delimiter, newline, rng) + (rng.chance(0.5) ? newline : '');
    const bytes = encode(text, encoding);
    const file = path.join(work, `case-${n}.csv`);
    writeFileSync(file, bytes);
    // Papa Parse reads the text itself, as a browser would decode it; the engine reads the bytes.
    const papa = papaCells(text, delimiter);
    for (const chunk of [1 << 20, rng.int(1, 9)]) {
      const engine = engineCells(file, chunk);
      assert.equal(engine.delimiter, delimiter, `case ${n} (${encoding}): delimiter`);
      assert.deepEqual(engine.rows, papa.rows, `case ${n} (${encoding}, chunk ${chunk}): ${JSON.stringify(text).slice(0, 200)}`);
    }
    cases++;
  }
  assert.equal(cases, 150);
});
