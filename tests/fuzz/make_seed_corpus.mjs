// Writes the fuzzers' seed corpora, tests/fuzz/corpus/<target>/<name>: small, deterministic inputs
// that start each fuzzer inside the formats it has to explore (every export style of FORMATS.md,
// each JSON shape, every value habit, a mapping file), with each target's control bytes in front
// (see the layout comment at the top of each *_fuzz.cpp). The corpus is committed; run this again
// after changing it:   node tests/fuzz/make_seed_corpus.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportStyles } from '../ingestion/export_styles.mjs';
import { encode } from '../ingestion/encode.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.join(here, 'corpus');
const utf8 = (text) => Buffer.from(text, 'utf8');
const cat = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Buffer.from(p))));
const styles = exportStyles();
const isJson = (name) => /\.(json|ndjson)$/.test(name);

const corpora = {};
function seed(target, name, bytes) {
  (corpora[target] ??= []).push([name, Buffer.from(bytes)]);
}

// --- csv_reader_fuzz: [options, sniff, max_field, chunk, chunk, chunk] + CSV --------------------
const csvSeeds = {
  'simple': 'a,b,c\n1,2,3\n4,5,6\n',
  'quoted': 'name,note\r\n"Acme, Inc.","said ""hi""\r\nand left"\r\n"",x\r\n',
  'cr-only': 'a;b\r1;2\r3;4',
  'tabs': 'a\tb\tc\n"x"\t"y" \t z\n',
  'pipes': 'a|b\n1|2\n\n\n3|4\n',
  'unclosed-quote': 'a,b\n1,"never closed\n2,3\n',
  'text-after-quote': 'a,b\n"ab"c,d\n"e" ,f\n',
  'bom': '\uFEFFId,Name\n1,Ann\n',
  'trailing-delimiter': 'a,b,\n1,2,\n',
  'title-lines': 'Opportunities Report\nGenerated 3/1/2024\n\nStage,Amount\nWon,5\n',
  'lone-quotes': '"\n""\n"""\n""""\n',
  'mixed-breaks': 'a,b\r\n1,2\n3,4\r5,6\r\n',
};
let i = 0;
for (const [name, text] of Object.entries(csvSeeds)) {
  const control = [i % 5, 7, 16, 0, 2, 0x80 | 3];  // each delimiter choice, small chunks
  seed('csv_reader_fuzz', name, cat(control, text));
  i++;
}
seed('csv_reader_fuzz', 'small-limits', cat([8 | 16 | 32 | 64, 5, 6, 1, 1, 4], csvSeeds.quoted));
for (const s of styles.filter((s) => !isJson(s.name)).slice(0, 6)) seed('csv_reader_fuzz', s.name, cat([0, 0, 0, 0x7f, 12, 0x81], s.bytes));

// --- json_records_fuzz: [flags, limit, chunk, chunk] + JSON ------------------------------------
const jsonSeeds = {
  'array': '[{"Stage":"Closed Won","Amount":12.50,"Owner":{"name":"Ann","id":7}},{"Stage":"Lost","Tags":["a",null,"b"]},3]',
  'ndjson': '{"id":1,"stage":"won"}\r\n\n{"id":2,"stage":"lost","amount":1e3}\n',
  'hubspot': '{"results":[{"id":"1","properties":{"dealstage":"closedwon","amount":"100"},"associations":{"companies":{"results":[{"id":"9"}]}},"createdAt":"2024-01-01"}],"paging":{"next":{"after":"2"}}}',
  'salesforce': '{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Opportunity"},"StageName":"Closed Won","Account":{"attributes":{},"Name":"Acme"}}]}',
  'wrapper': '{"meta":{"n":2},"deals":[{"a":1},{"b":"\\u00e9\\ud83d\\ude00"}]}',
  'record': '{"Stage":"Won","Amount":"5"}',
  'nested-arrays': '[{"x":[[1,2],{"y":null}],"z":true,"big":12345678901234567890}]',
  'null-vs-object': '[{"Account":null},{"Account":{"Name":"A"}}]',
  'trailing-comma': '[{"a":1},]',
  'empty-array': '[]',
  'bom': '\uFEFF[{"a":"b"}]',
  'two-arrays': '{"a":[{"x":1}],"b":[{"y":2}]}',
};
i = 0;
for (const [name, text] of Object.entries(jsonSeeds)) seed('json_records_fuzz', name, cat([i++ % 8, 200, 2, 9], text));
for (const s of styles.filter((s) => isJson(s.name))) seed('json_records_fuzz', s.name, cat([0, 0, 30, 0], s.bytes));

// --- value_parsers_fuzz: one cell -----------------------------------------------------------------
const cells = [
  '2024-03-07', '2024/03/07', '2024-03-07T10:00:00.000+0000', '3/7/2024', '07.03.2024', '7-3-24', '13/01/2024 09:30 AM',
  'Mar 7, 2024', '7 March 2024', '07-Mar-24', '45292', '45292.5', '-', 'N/A', '', '  ',
  'USD 1,234.50', '$1,234', '1.234,50 €', '(1,200)', '-1200', '42 000', "1'234.50", '\u22121,5', '1.234', '12,5', '£ 7',
  '120', '1,200', '51-200', '1,001-5,000', '10K+', '5000+', '1k-5k', '51 \u2013 200', '11 to 50', '2.5k',
  '2024-03', '03/2024', 'Mar 2024', '2024-Q1', 'Q1 2024', 'FY2024', '2024', '202403', 'Mar-24',
  'Closed Won', 'closedwon', 'Out-Sold', 'deleted', 'true', 'x', 'no', 'Müller GmbH', 'ACME, Inc.', 'utf-16le', 'cp1252',
  'Amount in company currency', 'close_date', 'accounts',
  '9'.repeat(400), `1-${'9'.repeat(320)}`, `${'1'.repeat(70)}.50 USD`, `2024-${'0'.repeat(40)}3-07`,
];
cells.forEach((c, n) => seed('value_parsers_fuzz', `cell-${String(n).padStart(2, '0')}`, utf8(c)));

// --- text_transcoder_fuzz: [chunk, complete] + bytes ---------------------------------------------
const text = 'Name;Café;Zürich;€ 12,50\r\n"Straße";naïve\r\n';
for (const [n, encoding] of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'].entries()) {
  seed('text_transcoder_fuzz', encoding, cat([n, n & 1], encode(text, encoding)));
}
seed('text_transcoder_fuzz', 'utf-16le-no-bom', cat([2, 1], encode(text, 'utf-16le').subarray(2)));
seed('text_transcoder_fuzz', 'late-accent', cat([3, 1], 'a,b\n'.repeat(20), [0xe9, 0x0a]));
seed('text_transcoder_fuzz', 'invalid-utf8', cat([0, 1], 'ok \u00e9 ', [0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0x28, 0xed, 0xa0, 0x80]));
seed('text_transcoder_fuzz', 'surrogates', cat([1, 1], [0xff, 0xfe, 0x3d, 0xd8, 0x00, 0xde, 0x3d, 0xd8, 0x41, 0x00, 0x00, 0xdc, 0x41]));

// --- mapping_file_fuzz: a mapping file -------------------------------------------------------------
const mappings = {
  'full': {
    icp_drift_mapping: 1,
    files: [
      { file: 'deals.csv', role: 'deals', columns: { stage: 'Deal Stage', amount: 'Amount', owner: null }, date_order: 'day_first', decimal_mark: 'comma' },
      { columns: { stage: 'Deal Stage', close_date: 'Close Date' }, date_order: 'month_first' },
    ],
    stages: { 'Commit & Signing': 'open', 'Verbal win': 'won', 'Closed Lost': 'lost' },
  },
  'unnamed-rule': { icp_drift_mapping: 1, files: [{ role: 'deals', columns: { stage: 'Deal Stage', account_name: 'Account Name', industry: 'Industry' } }] },
  'stages-only': { stages: { 'verbal WIN ': 'won' } },
  'missing-column': { files: [{ file: 'deals.csv', columns: { amount: 'Wert' } }] },
  'bad-role': { files: [{ role: 'dealz' }] },
  'bad-version': { icp_drift_mapping: 2 },
};
for (const [name, m] of Object.entries(mappings)) seed('mapping_file_fuzz', name, utf8(JSON.stringify(m)));
seed('mapping_file_fuzz', 'not-json', utf8('{"files": [}'));

// --- icp_definition_fuzz: an ICP definition file --------------------------------------------------
const icps = {
  'methods-example': {
    name: 'Core ICP', defined_on: '2024-06-30', match: 'all',
    rules: [
      { field: 'industry', op: 'in', values: ['Software', 'Financial Services'] },
      { field: 'employees', op: 'between', min: 50, max: 499 },
      { field: 'country', op: 'in', values: ['United States', 'Canada'] },
    ],
  },
  'score-tiers': {
    name: 'Weighted', match: 'score', pass_score: 60,
    rules: [
      { field: 'industry', op: 'eq', value: 'software', weight: 3 },
      { field: 'acv', op: 'between', min: 12000 },
      { field: 'employees_band', op: 'not_in', values: ['1-10', '5001+'] },
      { field: 'Segment', op: 'in', values: ['Mid', 'Ent'], weight: 0.5 },
      { field: 'country', op: 'not_in', values: ['DE', 'Atlantis'] },
    ],
    tiers: [{ name: 'A', min_score: 80 }, { name: 'B', min_score: 50 }, { name: 'C', min_score: 0 }],
  },
  'missing-field': { rules: [{ field: 'industy', op: 'in', values: ['Software'] }, { field: 'annual_revenue', op: 'between', max: 1e7 }] },
  'bad-op': { rules: [{ field: 'employees', op: 'betwen', min: 5 }] },
  'bad-tiers': { match: 'all', tiers: [{ name: 'A', min_score: 80 }], rules: [{ field: 'owner', op: 'eq', values: ['Ann'] }] },
};
for (const [name, icp] of Object.entries(icps)) seed('icp_definition_fuzz', name, utf8(JSON.stringify(icp)));
seed('icp_definition_fuzz', 'duplicate-key', utf8('{"rules": [{"field": "x", "op": "in", "op": "eq", "values": ["a"]}]}'));

// --- session_fuzz: [role, chunk, chunk, flags] + files separated by "\n--next-file--\n" -------------
const next = '\n--next-file--\n';
for (const [n, s] of styles.entries()) seed('session_fuzz', s.name, cat([0, n * 5, n * 11 + 3, n & 3], s.bytes));
const accounts = styles.find((s) => s.name === 'hubspot-companies.csv');
const deals = styles.find((s) => s.name === 'hubspot-deals.csv');
seed('session_fuzz', 'deals-and-accounts', cat([1, 9, 40, 1], deals.bytes, next, accounts.bytes));
seed('session_fuzz', 'roles-forced', cat([3, 2, 5, 0], styles.find((s) => s.name === 'mrr-snapshots.csv').bytes, next, 'Month,Channel,Spend\n2024-01,Web,100\n'));
seed('session_fuzz', 'close-before-create', cat([0, 0, 0, 1], 'Stage,Amount,Created,Closed\nClosed Won,-5,2024-03-01,2024-02-01\nOpen,,31/31/2024,\n'));
seed('session_fuzz', 'binary', cat([0, 0, 0, 0], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));

// --- write ---------------------------------------------------------------------------------------
rmSync(corpusDir, { recursive: true, force: true });
let total = 0;
for (const [target, files] of Object.entries(corpora)) {
  const dir = path.join(corpusDir, target);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) {
    writeFileSync(path.join(dir, name), bytes);
    total += bytes.length;
  }
  console.log(`${target}: ${readdirSync(dir).length} seeds`);
}
console.log(`${total} bytes in ${corpusDir}`);
