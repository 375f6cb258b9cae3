// Every export style of ../shared/FORMATS.md loads with the right role, mapping, values and outcomes
// with no manual mapping (through the CLI, which shares the engine with the page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPath } from '../wasm/load_engine.mjs';
import { exportStyles } from './export_styles.mjs';

if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run scripts/setup.sh`);
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-styles-'));

for (const style of exportStyles()) {
  test(`${style.name} reads as ${style.expect.role} with no manual mapping`, () => {
    const file = path.join(work, style.name);
    writeFileSync(file, style.bytes);
    const r = spawnSync(cliPath, ['analyze', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const input = report.inputs[0];
    const e = style.expect;
    assert.equal(input.role, e.role);
    for (const [field, column] of Object.entries(e.mapping ?? {})) {
      assert.equal(input.mapping[field], column, `${field} → ${column} (got ${JSON.stringify(input.mapping)})`);
    }
    if (e.encoding) assert.equal(input.encoding, e.encoding);
    if (e.format) assert.equal(input.format, e.format);
    if (e.json_shape) assert.equal(input.json_shape, e.json_shape);
    if (e.delimiter) assert.equal(input.delimiter, e.delimiter);
    if (e.date_order) assert.equal(input.date_order, e.date_order);
    for (const [reason, count] of Object.entries(e.rejected ?? {})) {
      assert.equal(input.rejected_by_reason.find((x) => x.reason === reason)?.count, count, reason);
    }
    assert.equal(input.rows_read, input.rows_used + input.rows_rejected, 'every row is used or rejected');
    if (e.role === 'deals') {
      const o = report.sales.overall;
      assert.deepEqual([o.won, o.lost, o.open], [e.won, e.lost, e.open]);
      assert.equal(o.bookings ?? 0, e.bookings);
    }
  });
}
