// docs/report.schema.json against the reports the CLI writes: the built-in sample, every export
// style the ingestion tests use, a lone accounts file (no deals) — each must validate — and reports
// broken on purpose, which must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { cliPath, root } from '../wasm/load_engine.mjs';
import { exportStyles } from '../ingestion/export_styles.mjs';

if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run scripts/setup.sh`);
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-schema-'));

const schema = JSON.parse(readFileSync(path.join(root, 'docs/report.schema.json'), 'utf8'));
// strict: the schema itself has no unknown keyword, no ambiguous type, no required key left undefined.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function errorsOf(report) {
  if (validate(report)) return '';
  return validate.errors
    .slice(0, 10)
    .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n');
}

function analyze(files) {
  const r = spawnSync(cliPath, ['analyze', ...files], { encoding: 'utf8', cwd: work, maxBuffer: 64 << 20, env: { ...process.env, TZ: 'UTC' } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function write(name, bytes) {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return file;
}

const sampleDir = path.join(work, 'sample');
const made = spawnSync(cliPath, ['sample', sampleDir], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(`icp-drift sample: ${made.stderr}`);
const sampleFiles = readdirSync(sampleDir).filter((f) => f.endsWith('.csv')).map((f) => path.join(sampleDir, f));
const sample = analyze(sampleFiles);

test('the report of the built-in sample validates', () => {
  assert.equal(errorsOf(sample), '');
  // Every section is there to be checked: the sample has every kind of file.
  for (const key of ['sales', 'efficiency', 'revenue', 'customer_success']) assert.equal(typeof sample[key], 'object', key);
  assert.notEqual(sample.sales, null);
});

test('each file of the sample on its own validates (sections null with their reason)', () => {
  for (const file of sampleFiles) assert.equal(errorsOf(analyze([file])), '', path.basename(file));
});

for (const style of exportStyles()) {
  test(`the report of ${style.name} validates`, () => {
    assert.equal(errorsOf(analyze([write(style.name, style.bytes)])), '');
  });
}

test('a lone accounts file (no deals) validates, sales null with its reason', () => {
  const report = analyze([write('accounts-only.csv', 'Account Name,Industry,Employees\nAcme,Software,120\nBeta,Retail,40\n')]);
  assert.equal(report.sales, null);
  assert.equal(typeof report.sales_reason, 'string');
  assert.equal(errorsOf(report), '');
});

// A copy of the sample's report with one change.
function broken(change) {
  const report = structuredClone(sample);
  change(report);
  return report;
}

const firstNull = (rows, key) => rows.find((r) => r[key] === null);

test('broken reports do not validate', () => {
  const cases = {
    'a figure turned into a string': (r) => {
      r.sales.overall.win_rate = String(r.sales.overall.win_rate);
    },
    'a count turned into a fraction': (r) => {
      r.sales.overall.deals += 0.5;
    },
    'a null figure without its reason': (r) => {
      const p = firstNull(r.sales.by_period, 'win_rate');
      assert.ok(p, 'the sample has a period without a win rate');
      delete p.win_rate_reason;
    },
    'a figure made null without a reason': (r) => {
      r.sales.overall.acv_median = null;
    },
    'an empty reason': (r) => {
      const p = firstNull(r.sales.by_period, 'win_rate');
      p.win_rate_reason = '';
    },
    'a section null without its reason': (r) => {
      r.revenue = null;
    },
    'a section missing': (r) => {
      delete r.customer_success;
    },
    'a period label in another format': (r) => {
      r.sales.by_period[0].period = 'Q1 2024';
    },
    'an interval of one number': (r) => {
      r.sales.overall.win_rate_ci = [r.sales.overall.win_rate_ci[0]];
    },
    'an interval of strings': (r) => {
      r.sales.overall.win_rate_ci = r.sales.overall.win_rate_ci.map(String);
    },
    'a proportion as a percentage': (r) => {
      r.sales.overall.win_rate_inclusive *= 100;
    },
    'a segment row with a string win rate': (r) => {
      Object.values(r.sales.by_dimension)[0][0].win_rate = '37%';
    },
    'a null NRR of a segment without its reason': (r) => {
      const row = Object.values(r.revenue.by_dimension)[0][0];
      row.nrr_trailing_12m = null;
      delete row.nrr_trailing_12m_reason;
    },
    'a revenue movement month as a quarter': (r) => {
      r.revenue.movements[0].month = '2024-Q1';
    },
    'a CAC as a string': (r) => {
      r.efficiency.cac_overall = '38208';
    },
    'a ticket rate null without its reason': (r) => {
      r.customer_success.tickets.per_account_month = null;
    },
    'an unknown role': (r) => {
      r.inputs[0].role = 'dealz';
    },
    'rows read as a string': (r) => {
      r.inputs[0].rows_read = '1290';
    },
  };
  for (const [what, change] of Object.entries(cases)) {
    assert.notEqual(errorsOf(broken(change)), '', what);
  }
  // And the unbroken copy still validates: each case fails for its own change.
  assert.equal(errorsOf(broken(() => {})), '');
});

test('keys the schema does not list are allowed, so the engine can add some', () => {
  assert.equal(errorsOf(broken((r) => {
    r.sales.overall.new_figure = 1;
    r.revenue.extra = { any: 'thing' };
    r.drift = null;
    r.drift_reason = 'not computed yet';
  })), '');
});
