// The native command line as a user runs it: exit codes, one-line errors, inspect, mapping files,
// rejected rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPath } from '../wasm/load_engine.mjs';

if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run scripts/setup.sh`);
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-cli-'));

function cli(args, options = {}) {
  const r = spawnSync(cliPath, args, { encoding: 'utf8', cwd: work, env: { ...process.env, TZ: 'UTC' }, ...options });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name, text) {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

const deals = write(
  'deals.csv',
  'Deal,Phase,Wert,Opened,Closed\n' +
    '1,Commit & Signing,"1.500,00",03/04/2024,05/04/2024\n' +
    '2,Verbal win,"2.500,00",03/04/2024,06/04/2024\n' +
    '3,Closed Lost,"500,00",03/04/2024,07/04/2024\n' +
    '4,Closed Won,"1.000,00",03/04/2024,08/04/2024\n' +
    '5,Closed Won\n' +
    ',,,,\n',
);

test('help and version', () => {
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /icp-drift analyze/);
  assert.match(help.stdout, /icp-drift inspect/);
  assert.match(cli(['--version']).stdout, /^icp-drift \d+\.\d+\.\d+\n$/);
});

test('unusable arguments and inputs exit 2 with one line on stderr', () => {
  const cases = [
    [[], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['analyze'], /analyze needs a file/],
    [['analyze', '--deals'], /--deals needs a value/],
    [['analyze', '--colour', 'x'], /unknown option --colour/],
    [['analyze', path.join(work, 'missing.csv')], /missing\.csv: cannot open/],
    [['analyze', write('empty.csv', '')], /empty\.csv: the file is empty/],
    [['analyze', write('shapes.csv', 'colour,shape\nred,round\n')], /shapes\.csv: line 1: could not tell what this file holds/],
    [['analyze', deals, '--mapping', write('bad-mapping.json', '{"files": [{"role": "dealz"}]}')], /bad-mapping\.json: files\[0\]\.role: unknown role "dealz"/],
    [['inspect', deals, deals], /inspect takes one file/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, `one line: ${JSON.stringify(r.stderr)}`);
    assert.equal(r.stdout, '');
  }
});

test('inspect --json has the keys tools rely on; rows_read counts data rows only', () => {
  const r = cli(['inspect', deals, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const info = JSON.parse(r.stdout);
  for (const key of ['role', 'rows_read', 'rows_rejected', 'columns', 'mapping']) assert.ok(key in info, key);
  assert.equal(info.role, 'deals');
  assert.equal(info.rows_read, 6, 'six data rows: not the header');
  assert.equal(info.rows_rejected, 2);
  assert.deepEqual(info.rejected_by_reason.map((r) => [r.reason, r.first_lines]), [
    ['too few fields (expected 5)', [6]],
    ['no stage or outcome', [7]],
  ]);
  assert.equal(info.mapping.amount, 'Wert');
  assert.equal(info.columns.find((c) => c.name === 'Wert').type, 'money');
  const human = cli(['inspect', deals]);
  assert.equal(human.status, 0);
  assert.match(human.stdout, /role\s+deals/);
  assert.match(human.stdout, /Wert\s+money\s+amount/);
});

test("inspect's column table lines up however long a header or a mapped field is", () => {
  const file = write(
    'aligned.csv',
    'Opportunity ID,Account Name,Stage,Amount,Created Date,Close Date,Unternehmensgröße der Organisation\n' +
      '006A,Acme,Closed Won,100,2024-01-02,2024-02-02,50\n' +
      '006B,Beta,Closed Lost,200,2024-01-03,2024-02-03,60\n',
  );
  const r = cli(['inspect', file]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  const head = lines.findIndex((l) => /^ {2}column +type +maps to +samples$/.test(l));
  assert.ok(head >= 0, r.stdout);
  const table = lines.slice(head, head + 8);
  assert.ok(table.some((l) => l.includes('account_name (0.95)')), 'a mapped field longer than 16 characters');
  // Each column starts where its heading does, in code points (the ß and ö count once).
  const starts = ['type', 'maps to', 'samples'].map((h) => [...table[0]].join('').indexOf(h));
  for (const line of table.slice(1)) {
    const chars = [...line];
    for (const at of starts) {
      assert.equal(chars[at - 1], ' ', `${JSON.stringify(line)} at ${at}`);
      assert.notEqual(chars[at], ' ', `${JSON.stringify(line)} at ${at}`);
    }
  }
});

test('a saved mapping, corrected by hand, changes the analysis', () => {
  const saved = path.join(work, 'mapping.json');
  const first = cli(['analyze', deals, '--save-mapping', saved]);
  assert.equal(first.status, 0, first.stderr);
  const mapping = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(mapping.icp_drift_mapping, 1);
  assert.equal(mapping.files[0].role, 'deals');
  assert.equal(mapping.stages['Verbal win'], 'open');
  assert.equal(JSON.parse(first.stdout).sales.overall.won, 1);

  mapping.stages['Verbal win'] = 'won';
  mapping.files[0].date_order = 'day_first';
  writeFileSync(saved, JSON.stringify(mapping));
  const second = cli(['analyze', deals, '--mapping', saved]);
  assert.equal(second.status, 0, second.stderr);
  const report = JSON.parse(second.stdout);
  assert.equal(report.sales.overall.won, 2);
  assert.equal(report.inputs[0].date_order, 'day_first');
  assert.equal(report.inputs[0].date_order_source, 'mapping');
});

test('rejected rows are written as CSV, formula cells neutralised', () => {
  const file = write('hostile.csv', 'Stage,Amount,Account Name\nClosed Won,100,=HYPERLINK("x")\n,5,@SUM(A1)\nClosed Lost,7\n');
  const dir = path.join(work, 'rejected');
  const r = cli(['analyze', file, '--rejected-dir', dir]);
  assert.equal(r.status, 0, r.stderr);
  const csv = readFileSync(path.join(dir, 'hostile.csv.rejected.csv'), 'utf8');
  assert.equal(
    csv,
    'line,reason,Stage,Amount,Account Name\r\n' +
      '3,no stage or outcome,,5,"\'@SUM(A1)"\r\n' +
      '4,too few fields (expected 3),Closed Lost,7\r\n',
  );
  assert.equal(existsSync(path.join(dir, 'deals.csv.rejected.csv')), false);
});

test('role flags for every role', () => {
  const mrr = write('mrr.csv', 'account_id,month,mrr_amount\na1,2024-01,100\n');
  const tickets = write('t.csv', 'Id,Subject,Priority,Created at,Organization\n1,Help,high,2024-02-01,Acme\n');
  const spend = write('s.csv', 'Month,Channel,Spend\n2024-01,Web,100\n');
  const accounts = write('a.csv', 'Id,Name,Industry\n1,Acme,Software\n');
  const r = cli(['analyze', '--revenue', mrr, '--tickets', tickets, '--spend', spend, '--accounts', accounts, '--deals', deals]);
  assert.equal(r.status, 0, r.stderr);
  const roles = JSON.parse(r.stdout).inputs.map((i) => [i.file, i.role, i.role_reason]);
  assert.deepEqual(roles.map((x) => x[1]), ['revenue', 'tickets', 'spend', 'accounts', 'deals']);
  for (const [, , reason] of roles) assert.equal(reason, 'given by the user');
});
