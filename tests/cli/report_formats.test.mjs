// `icp-drift analyze --format json|md|html`: the report as Markdown and as one self-contained HTML
// page, rendered from the same JSON, on the built-in sample and on a file full of hostile names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPath } from '../wasm/load_engine.mjs';

if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run scripts/setup.sh`);
const work = mkdtempSync(path.join(tmpdir(), 'icp-drift-formats-'));

function cli(args) {
  const r = spawnSync(cliPath, args, { encoding: 'utf8', cwd: work, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sampleDir = path.join(work, 'sample');
const made = cli(['sample', sampleDir]);
if (made.status !== 0) throw new Error(`icp-drift sample: ${made.stderr}`);
const sampleFiles = readdirSync(sampleDir).filter((f) => f.endsWith('.csv')).sort().map((f) => path.join(sampleDir, f));

function analyze(files, format) {
  const r = cli(['analyze', ...files, ...(format ? ['--format', format] : [])]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const sampleJson = analyze(sampleFiles);
const sample = JSON.parse(sampleJson);

const percent = (x) => `${(x * 100).toFixed(1)}%`;
const grouped = (n) => Math.round(n).toLocaleString('en-US');

// Cell separators of a Markdown table line: '|' not escaped by a backslash.
function unescapedPipes(line) {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n;
}

// Every table row has the cells of its header.
function assertTablesWhole(md) {
  let expected = 0;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      expected = 0;
      continue;
    }
    if (expected === 0) expected = unescapedPipes(line);
    assert.equal(unescapedPipes(line), expected, line);
  }
}

function assertSelfContained(html) {
  for (const external of ['http://', 'https://', 'src=', '<script', '@import', 'url(', '<link', '<iframe', '<object']) {
    assert.ok(!html.includes(external), `no ${external} in the page`);
  }
}

test('--format json is the default report, byte for byte', () => {
  assert.equal(analyze(sampleFiles, 'json'), sampleJson);
});

test('--format md: every section of the sample, in order, data quality last', () => {
  const md = analyze(sampleFiles, 'md');
  assert.ok(md.startsWith('# ICP drift report\n'), md.slice(0, 100));
  const sections = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  // The verdict and the ICP first: the report's answer before the figures behind it.
  const expected = ['Drift', 'ICP', 'Sales overall', 'Sales by period', 'Sales by segment', 'Segment combinations'];
  for (const [key, title] of [['efficiency', 'Efficiency'], ['revenue', 'Revenue and retention'], ['customer_success', 'Customer success']]) {
    if (key in sample) expected.push(title);
  }
  expected.push('Data quality');
  assert.deepEqual(sections, expected);
  for (const f of sampleFiles) assert.ok(md.includes(`### ${path.basename(f)}`), path.basename(f));
  assert.ok(md.includes(`Data as of ${sample.settings.as_of_day}`));
  // The headline win rate with its interval, as the JSON has it.
  const o = sample.sales.overall;
  const [low, high] = o.win_rate_ci.map((x) => (x * 100).toFixed(1));
  assert.ok(md.includes(`| Win rate (won ÷ closed) | ${percent(o.win_rate)} [${low}–${high}] | n = ${grouped(o.closed)} closed |`));
  assert.ok(md.includes(`| Deals | ${grouped(o.deals)} |`));
  assert.ok(md.includes(`| Bookings (won amount) | ${o.currency} ${grouped(o.bookings)} |`));
  // A null figure shows its reason, never a number.
  const nullPeriod = sample.sales.by_period.find((p) => p.win_rate === null);
  if (nullPeriod) assert.ok(md.includes(`| ${nullPeriod.period} |`) && md.includes(`*${nullPeriod.win_rate_reason}*`));
  for (const dimension of Object.keys(sample.sales.by_dimension)) assert.ok(md.includes(`**Sales by ${dimension.replace(/^_|_$/g, '\\_')}**`), dimension);
  // The drift verdict and the derived ICP's rules, as the JSON has them.
  const d = sample.drift;
  assert.ok(md.includes(`| Severity | ${d.severity.charAt(0).toUpperCase()}${d.severity.slice(1)} drift |`), 'severity');
  assert.ok(md.includes(`| Onset | ${d.onset_period} |`), 'onset');
  for (const c of d.components) assert.ok(md.includes(`| ${c.name.replace(/_/g, '\\_')} | `) || md.includes(`| ${c.name} | `), c.name);
  for (const p of d.fit_share_by_period) assert.ok(md.includes(`| ${p.period} | ${grouped(p.fit)} | ${grouped(p.total)} |`), p.period);
  for (const r of sample.icp.derived.rules.rules) assert.ok(md.includes(r.field), r.field);
  assert.ok(md.includes(`**What if only ICP-fit deals had been pursued (${sample.icp.what_if.basis} ICP)**`));
  assertTablesWhole(md);
  assert.equal(analyze(sampleFiles, 'markdown'), md, 'markdown is md');
});

test('--format html: one page with no external reference, every table captioned', () => {
  const html = analyze(sampleFiles, 'html');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(html.trimEnd().endsWith('</html>'));
  assertSelfContained(html);
  assert.ok(html.includes('<style>') && html.includes('@media print'));
  const tables = html.match(/<table>/g).length;
  assert.ok(tables > 20, `${tables} tables`);
  assert.equal(html.match(/<table>\n<caption>/g).length, tables);
  const sections = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(sections.slice(0, 3), ['Drift', 'ICP', 'Sales overall']);
  assert.equal(sections.at(-1), 'Data quality');
  assert.ok(html.includes(`${percent(sample.sales.overall.win_rate)} [`));
});

test('an unknown format is a usage error naming it', () => {
  const r = cli(['analyze', ...sampleFiles, '--format', 'pdf']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown format "pdf"/);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  assert.equal(r.stdout, '');
  assert.match(cli(['--help']).stdout, /--format json\|md\|html/);
});

// Names from the files that would be markup: as the file's name, account, stage, owner, industry.
const evil = ['<img src=x onerror=alert(1)>', 'a|b "q" \'s\' & co', '# Heading', '[x](http://evil.example)'];
const csv = (cells) => cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',');
const hostileDeals = path.join(work, '<img src=x onerror=alert(1)>.csv');
writeFileSync(
  hostileDeals,
  [
    csv(['Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Created Date', 'Close Date', 'Opportunity Owner', 'Industry', 'Lead Source']),
    ...Array.from({ length: 120 }, (_, i) => {
      const e = evil[i % evil.length];
      const stage = ['Closed Won', 'Closed Lost', '<b>Stage|x</b>'][i % 3];
      const day = String(1 + (i % 28)).padStart(2, '0');
      return csv([`Deal ${i}`, `${e} ${i % 7}`, stage, 1000 + i * 10, `2024-01-${day}`, `2024-03-${day}`, e, e, e]);
    }),
  ].join('\n') + '\n',
);
const hostileAccounts = path.join(work, 'accounts.csv');
writeFileSync(hostileAccounts, 'Account Name,Industry,Employees\n"<img src=x onerror=alert(1)> 0",Software,120\n');

test('hostile names are text in the HTML page', () => {
  const html = analyze([hostileDeals, hostileAccounts], 'html');
  assert.ok(!html.includes('<img'), 'no <img> element');
  assert.ok(!html.includes('<b>'), 'no <b> element');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;.csv'), 'the file name, escaped');
  assert.ok(html.includes('&lt;b&gt;Stage|x&lt;/b&gt;'), 'the stage, escaped');
  assert.ok(html.includes('a|b &quot;q&quot; &#39;s&#39; &amp; co'), 'quotes and ampersands escaped');
  assert.ok(!/<a\s/.test(html.replace(/<a href="#[a-z-]+">/g, '')), 'no link but the in-page ones');
  assert.ok(html.includes("default-src 'none'"), 'a policy that forbids loading and running anything');
});

test('hostile names cannot break a Markdown table nor become markup', () => {
  const md = analyze([hostileDeals, hostileAccounts], 'md');
  assertTablesWhole(md);
  for (let at = md.indexOf('<'); at !== -1; at = md.indexOf('<', at + 1)) assert.equal(md[at - 1], '\\', md.slice(at, at + 30));
  for (let at = md.indexOf(']('); at !== -1; at = md.indexOf('](', at + 1)) assert.equal(md[at - 1], '\\', md.slice(at - 10, at + 20));
  assert.ok(md.includes('| \\# Heading |'), 'a leading # in a cell is escaped');
  assert.ok(md.includes('a\\|b "q" \'s\' & co'), 'a pipe in a name is escaped');
  assert.ok(md.includes('### \\<img src=x onerror=alert(1)\\>.csv'));
  assert.ok(!/^#{1,6} (?!ICP drift report$|Drift$|ICP$|Fit share over time$|Drift types$|Mix shift$|Indicators$|Scorecard$|Declared ICP$|ICP derived from the data$|Fit score$|What if$|Sales|Segment|Efficiency|Revenue|Customer|Data quality$|\\|accounts\.csv$|Joins|Support|Time to value|Health)/m.test(md), 'no heading from the data');
});
