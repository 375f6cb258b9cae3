// A seeded Salesforce-style opportunities export of N rows, written in ~4 MB slices (never held whole):
// the benchmark's input. ~189 bytes a row, as SPEC §8's 1M-row / 189 MB export: quoted amounts like
// "USD 12,345.00", US dates (M/D/YYYY), account names with commas and quotes, CRLF line ends. Every row
// is valid, so every tool must find the same deals; the figures they must agree on are in
// overall_figures.mjs. Same seed and rows → same bytes, so a file already written is reused.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Bump when the bytes a (rows, seed) pair gives change, so old cached files are not reused. */
export const GENERATOR_VERSION = 3;

export const HEADER = [
  'Opportunity ID', 'Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Created Date', 'Close Date',
  'Type', 'Lead Source', 'Opportunity Owner', 'Industry', 'Employees', 'Billing Country',
];

/** mulberry32: the same small seeded generator the tests use. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPEN_STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
  'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review'];
const TYPES = ['New Business', 'New Business', 'Existing Business', 'Existing Business', 'Renewal'];
const SOURCES = ['Web', 'Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show',
  'Employee Referral', 'Advertisement', 'Webinar', 'Other'];
const INDUSTRIES = ['Technology', 'Finance', 'Healthcare', 'Manufacturing', 'Retail', 'Education',
  'Media & Entertainment', 'Transportation', 'Energy', 'Government', 'Telecom', 'Consulting'];
const COUNTRIES = ['United States', 'United States', 'United States', 'Canada', 'United Kingdom', 'Germany',
  'France', 'Netherlands', 'Australia', 'Brazil', 'Japan', 'India'];
const FIRST = ['James', 'Maria', 'Robert', 'Linda', 'Michael', 'Patricia', 'David', 'Jennifer', 'William', 'Elena',
  'Daniel', 'Priya', 'Thomas', 'Sofia', 'Kevin', 'Aisha', 'Brian', 'Chloe', 'Jason', 'Hannah'];
const LAST = ['Anderson', 'Nakamura', 'Okafor', 'Schmidt', 'Garcia', 'O\'Brien', 'Kowalski', 'Rossi', 'Chen',
  'Dubois', 'Johansson', 'Patel'];
const WORD_A = ['Blue', 'North', 'Summit', 'Iron', 'Silver', 'Bright', 'Harbor', 'Pioneer', 'Golden', 'Evergreen',
  'Atlas', 'Vertex', 'Cedar', 'Falcon', 'Granite', 'Horizon', 'Lumen', 'Meridian', 'Orion', 'Redwood'];
const WORD_B = ['Logistics', 'Systems', 'Health', 'Capital', 'Foods', 'Analytics', 'Robotics', 'Media', 'Energy',
  'Networks', 'Partners', 'Labs', 'Outfitters', 'Pharma', 'Software', 'Industries'];
const LEGAL = ['', '', ' Inc.', ', Inc.', ' LLC', ' GmbH', ' Ltd', ', LLC', ' Corp.', ' S.A.'];
const WHAT = ['Platform', 'Expansion', 'Renewal', 'Pilot', 'Enterprise', 'Add-on Seats', 'Data Suite',
  'Analytics', 'Upgrade', 'Services'];
const FY = ['FY22', 'FY23', 'FY24', 'FY25', 'FY26'];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A CSV cell: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function cell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function base62(n, width) {
  let s = '';
  for (let i = 0; i < width; i++) {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s;
}

const DAY_MS = 86_400_000;
const EPOCH_2021 = Date.UTC(2021, 0, 1) / DAY_MS;
/** M/D/YYYY of a day number (days since 1970-01-01). */
const US_DATES = new Map();
function usDate(day) {
  let text = US_DATES.get(day);
  if (text === undefined) {
    const d = new Date(day * DAY_MS);
    text = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
    US_DATES.set(day, text);
  }
  return text;
}

/** "USD 12,345.00" */
function usd(amount) {
  const cents = Math.round(amount * 100);
  let whole = String(Math.floor(cents / 100));
  for (let at = whole.length - 3; at > 0; at -= 3) whole = `${whole.slice(0, at)},${whole.slice(at)}`;
  return `USD ${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** A pool of company names: some with a comma (quoted), a few with quotes inside. */
function accountPool(next, size) {
  const pool = [];
  for (let i = 0; i < size; i++) {
    let name = `${WORD_A[Math.floor(next() * WORD_A.length)]} ${WORD_B[Math.floor(next() * WORD_B.length)]}`;
    if (next() < 0.15) name = `${WORD_A[Math.floor(next() * WORD_A.length)]}${name.toLowerCase().replace(' ', '')}`;
    if (next() < 0.02) name = `${name} "${WORD_A[Math.floor(next() * WORD_A.length)]}"`;
    name += LEGAL[Math.floor(next() * LEGAL.length)];
    // Firmographics belong to the account, so each deal of an account carries the same ones.
    const size = Math.floor(Math.exp(1.5 + next() * 8.5));
    pool.push({
      name,
      industry: INDUSTRIES[Math.floor(next() * INDUSTRIES.length)],
      employees: next() < 0.04 ? '' : String(size),
      country: COUNTRIES[Math.floor(next() * COUNTRIES.length)],
    });
  }
  return pool;
}

/** One data row (without its line end) for deal number `i` (1-based). */
function makeRow(next, i, accounts, owners) {
  const account = accounts[Math.floor(next() * accounts.length)];
  const id = `0065f00000${base62(i, 5)}${base62(Math.floor(next() * 238328), 3)}`;
  let name = `${account.name} - ${WHAT[Math.floor(next() * WHAT.length)]}`;
  if (next() < 0.3) name += ` ${FY[Math.floor(next() * FY.length)]}`;
  if (next() < 0.01) name += ' "Phase 2"';
  const r = next();
  const stage = r < 0.24 ? 'Closed Won' : r < 0.6 ? 'Closed Lost' : OPEN_STAGES[Math.floor(next() * OPEN_STAGES.length)];
  const created = EPOCH_2021 + Math.floor(next() * 1800);
  const cycle = 7 + Math.floor(Math.exp(next() * 5.4)); // 8 to ~228 days, skewed short
  const employees = Number(account.employees || 50);
  const base = 4000 + employees * 40 * (0.4 + next());
  const amount = Math.round(Math.min(base, 2_500_000) / 10) * 10; // whole dollars, as most orgs book them
  return [
    id,
    cell(name),
    cell(account.name),
    stage,
    `"${usd(amount)}"`,
    usDate(created),
    usDate(created + cycle),
    TYPES[Math.floor(next() * TYPES.length)],
    SOURCES[Math.floor(next() * SOURCES.length)],
    cell(owners[Math.floor(next() * owners.length)]),
    cell(account.industry),
    account.employees,
    account.country,
  ].join(',');
}

/**
 * Writes `rows` deals to `file` (via a temporary name, so an interrupted run leaves nothing that looks
 * complete). Returns {file, bytes, rows}.
 */
export function writeExport(file, rows, seed = 20261122) {
  const next = seeded(seed);
  const accounts = accountPool(next, Math.max(50, Math.min(20_000, Math.round(rows / 12))));
  const owners = [];
  for (const first of FIRST) for (const last of LAST) owners.push(`${first} ${last}`);
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  let bytes = 0;
  try {
    let slice = `${HEADER.join(',')}\r\n`;
    for (let i = 1; i <= rows; i++) {
      slice += `${makeRow(next, i, accounts, owners)}\r\n`;
      if (slice.length >= 4 << 20) {
        bytes += writeSync(fd, slice);
        slice = '';
      }
    }
    bytes += writeSync(fd, slice);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return { file, bytes, rows };
}

/** The export for `rows` in `dir`, written only when no file of this generator version, rows and seed is there. */
export function ensureExport(dir, rows, seed = 20261122) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `deals-${rows}-s${seed}-v${GENERATOR_VERSION}.csv`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const saved = JSON.parse(readFileSync(meta, 'utf8'));
    if (saved.bytes === statSync(file).size) return { ...saved, file, generated: false };
  }
  const started = performance.now();
  const written = writeExport(file, rows, seed);
  const info = { rows, seed, version: GENERATOR_VERSION, bytes: written.bytes, seconds: (performance.now() - started) / 1000 };
  writeFileSync(meta, `${JSON.stringify(info)}\n`);
  return { ...info, file, generated: true };
}

/** "10k" → 10000, "1M" → 1000000, "2500" → 2500. */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`invalid size: ${text} (expected e.g. 10k, 100k, 1M)`);
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]];
  return Math.round(Number(match[1]) * scale);
}

/** 10000 → "10k", 1000000 → "1M". */
export function sizeLabel(rows) {
  if (rows >= 1e6 && rows % 1e6 === 0) return `${rows / 1e6}M`;
  if (rows >= 1e3 && rows % 1e3 === 0) return `${rows / 1e3}k`;
  return String(rows);
}

// `node scripts/bench/generate_export.mjs 100k [DIR]` writes one file by itself.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = parseSize(process.argv[2] ?? '10k');
  const dir = process.argv[3] ?? 'bench-results/data';
  const info = ensureExport(dir, rows);
  console.log(`${info.file}: ${info.rows} rows, ${info.bytes} bytes (${(info.bytes / info.rows).toFixed(1)} bytes/row)`);
}
