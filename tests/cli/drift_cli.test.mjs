// The CLI's drift side on the built-in sample: a declared ICP with --icp, the verdict, onset and
// types in the report, and `icp-drift score` writing the scored pipeline as CSV; bad ICP files and
// flags refused in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPath } from '../wasm/load_engine.mjs';

if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run scripts/setup.sh`);
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-drift-'));

function cli(args) {
  const r = spawnSync(cliPath, args, { encoding: 'utf8', cwd: work, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

assert.equal(cli(['sample', 'sample']).status, 0);
const files = readdirSync(path.join(work, 'sample')).map((f) => path.join('sample', f));
// The sample's declared ICP (core/sample/sample_generator.h, planted::kDeclaredIcpJson).
const icp = path.join(work, 'icp.json');
writeFileSync(
  icp,
  JSON.stringify({
    name: 'Core ICP',
    defined_on: '2024-06-30',
    match: 'all',
    rules: [
      { field: 'industry', op: 'in', values: ['Software', 'Financial Services'] },
      { field: 'employees', op: 'between', min: 50, max: 499 },
      { field: 'country', op: 'in', values: ['United States', 'Canada'] },
    ],
  }),
);

test('with the declared ICP the sample drifts from 2024-Q3, give or take a quarter, upmarket and by industry', () => {
  const r = cli(['analyze', ...files, '--icp', 'icp.json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const d = report.drift;
  assert.equal(d.fit_basis, 'declared');
  assert.ok(['moderate', 'high'].includes(d.severity), `${d.severity} ${d.score}`);
  const planted = 2024 * 4 + 2; // 2024-Q3
  const [y, q] = d.onset_period.split('-Q').map(Number);
  assert.ok(Math.abs(y * 4 + (q - 1) - planted) <= 1, d.onset_period);
  const detected = d.types.filter((t) => t.detected).map((t) => t.type);
  assert.ok(detected.includes('upmarket'), detected.join());
  assert.ok(detected.includes('industry'), detected.join());
  assert.ok(d.fit_share_by_period.length >= 12);
  assert.equal(report.icp.declared.rules.name, 'Core ICP');
  assert.ok(report.icp.what_if.win_rate_fit > report.icp.what_if.win_rate_all);
});

test('without an ICP file the sample derives one close to the declared ICP and dates the same onset', () => {
  const r = cli(['analyze', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const d = report.drift;
  assert.equal(d.fit_basis, 'derived');
  assert.ok(['moderate', 'high'].includes(d.severity), `${d.severity} ${d.score}`);
  const [y, q] = d.onset_period.split('-Q').map(Number);
  assert.ok(Math.abs(y * 4 + (q - 1) - (2024 * 4 + 2)) <= 1, d.onset_period);
  const derived = report.icp.derived.rules;
  assert.ok(derived, report.icp.derived.rules_reason);
  const fields = derived.rules.map((rule) => rule.field);
  assert.ok(fields.includes('industry') && fields.includes('employees'), fields.join());
  // Agreement of the two on accounts, as the report with both measures it.
  const both = JSON.parse(cli(['analyze', ...files, '--icp', 'icp.json']).stdout);
  assert.ok(both.icp.overlap.agreement >= 0.8, JSON.stringify(both.icp.overlap));
});

test('score writes every open deal with its id, score, tier, pass and reasons', () => {
  const r = cli(['score', ...files, '--icp', 'icp.json']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\r\n');
  assert.equal(lines[0], 'record_id,name,score,tier,pass,reasons');
  assert.ok(lines.length > 20);
  assert.match(lines[1], /^\w{15,18},/);
  const accounts = cli(['score', ...files, '--records', 'accounts']);
  assert.equal(accounts.status, 0, accounts.stderr);
  assert.ok(accounts.stdout.split('\r\n').length > lines.length);
});

test('a bad ICP file or flag is refused in one line naming it', () => {
  writeFileSync(path.join(work, 'bad.json'), '{"name":"x","rules":[{"field":"industry","op":"betwen"}]}');
  const bad = cli(['analyze', ...files, '--icp', 'bad.json']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^icp-drift: bad\.json: rules\[0\]/);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  const flag = cli(['score', ...files, '--records', 'everything']);
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /--records takes open_deals or accounts/);
});
