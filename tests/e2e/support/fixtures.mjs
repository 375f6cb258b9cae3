// Deterministic input files for the end-to-end test, written to a temporary folder.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded generator (mulberry32): same seed, same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const isoDay = (days) => {
  const d = new Date(Date.UTC(2023, 0, 1) + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * A Salesforce-style opportunities export: won, lost and open deals, quoted fields with commas and
 * line breaks, and a few rows the engine must reject (no stage, too few fields).
 */
export function dealsCsv(rows = 240, seed = 42) {
  const next = random(seed);
  const stages = ['Closed Won', 'Closed Lost', 'Closed Lost', 'Negotiation/Review', 'Closed Won', 'Qualification'];
  const sources = ['Web', 'Partner', 'Paid Search', 'Event'];
  const lines = ['Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Created Date,Close Date,Lead Source'];
  for (let i = 1; i <= rows; i++) {
    const id = `0068W00000E2E${String(i).padStart(4, '0')}`;
    const account = i % 17 === 0 ? `"Acme, Inc."` : `Company ${Math.floor(next() * 90) + 10}`;
    const name = i % 29 === 0 ? `"Renewal ""2024""\nphase 2"` : `Deal ${i}`;
    let stage = stages[Math.floor(next() * stages.length)];
    if (i % 53 === 0) stage = '';
    const amount = `"USD ${(Math.floor(next() * 900) + 50).toLocaleString('en-US')},${String(Math.floor(next() * 10))}00.00"`;
    const created = Math.floor(next() * 500);
    const closed = stage.startsWith('Closed') ? isoDay(created + 10 + Math.floor(next() * 120)) : '';
    const source = sources[Math.floor(next() * sources.length)];
    if (i % 71 === 0) {
      lines.push(`${id},${name},${account},${stage}`); // too few fields
      continue;
    }
    lines.push([id, name, account, stage, amount, isoDay(created), closed, source].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** A large deals file (for cancel), made of the small one's rows repeated. */
export function bigDealsCsv(targetBytes) {
  const small = dealsCsv(2000, 7);
  const [header, ...body] = small.split('\r\n');
  const block = body.filter(Boolean).join('\r\n') + '\r\n';
  const parts = [header + '\r\n'];
  let size = parts[0].length;
  while (size < targetBytes) {
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

export function writeFixture(dir, name, text) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/**
 * A European CRM export: semicolon-separated, decimal-comma amounts ("12.345,67"), dates written
 * day/month/year with every day and month ≤ 12 (so the file alone cannot tell the order), a custom
 * "Verbal win" stage, and a few rows without a stage that the engine rejects.
 */
export function euDealsCsv(rows = 160, seed = 11) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const stages = ['Closed Won', 'Closed Lost', 'Verbal win', 'Negotiation', 'Closed Lost', 'Verbal win'];
  const day = () => pad(1 + Math.floor(next() * 12));
  const lines = ['Deal ID;Company;Deal Stage;Amount;Created;Closed;Source'];
  for (let i = 1; i <= rows; i++) {
    let stage = pick(stages);
    if (i % 37 === 0) stage = '';
    const euros = 1 + Math.floor(next() * 95);
    const amount = `${euros}.${String(Math.floor(next() * 1000)).padStart(3, '0')},${pad(Math.floor(next() * 100))}`;
    const created = `${day()}/${day()}/2023`;
    const closed = stage === 'Negotiation' ? '' : `${day()}/${day()}/2024`;
    lines.push([`D-${1000 + i}`, `Firma ${10 + Math.floor(next() * 40)} GmbH`, stage, amount, created, closed, pick(['Web', 'Partner', 'Event'])].join(';'));
  }
  return lines.join('\r\n') + '\r\n';
}
