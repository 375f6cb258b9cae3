// The hand-written declaration of the Embind façade (webapp/src/engine/engine_module.d.ts) against
// the real engine: every declared function is called and its result checked, and the page's own
// streaming path gives the same report however the bytes are sliced.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineModule } from '@engine/icp_drift_web.mjs';
import { analyzeSources } from '../../../webapp/src/worker/analyze_sources';
import { bytesSource, sampleSources, type ByteSource } from '../../../webapp/src/worker/byte_source';
import { loadEngine } from '../../wasm/load_engine.mjs';
import { FakeEngine } from '../fakes/fake_engine';
import createFullReportModule from '../../e2e/support/full_report_engine/icp_drift_web.mjs';

let engine: EngineModule;
beforeAll(async () => {
  // The Node build (build/wasm-release/wasm/icp_drift_node.cjs), loaded as tests/wasm/ loads it.
  engine = (await loadEngine()) as EngineModule;
});

const csv = new TextEncoder().encode(
  'Opportunity ID,Stage,Created Date,Close Date,Amount\n' +
    'A1,Closed Won,2024-01-02,2024-02-01,"USD 10,000.00"\n' +
    'A2,Closed Lost,2024-01-05,2024-03-01,"USD 5,000.00"\n' +
    'A3,Prospecting,2024-02-01,,\n',
);

/** Hands out the bytes in slices of `size`, as a file stream would. */
function sliced(name: string, role: string, bytes: Uint8Array, size: number): ByteSource {
  return {
    name,
    role,
    size: bytes.length,
    async *chunks() {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    },
  };
}

describe('engine module (declared API)', () => {
  it('has a version and a sample dataset of deals and accounts', () => {
    expect(engine.version()).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.parse(engine.roleFields('deals'))).toEqual(expect.arrayContaining(['stage', 'amount', 'close_date']));
    expect(JSON.parse(engine.roleFields('spend'))).toEqual(['amount', 'currency', 'period', 'channel']);
    expect(engine.roleFields('horoscopes')).toBe('[]');
    expect(engine.HEAPU8).toBeInstanceOf(Uint8Array);
    const count = engine.sampleFileCount();
    expect(count).toBeGreaterThan(0);
    const files = Array.from({ length: count }, (_, i) => ({
      name: engine.sampleFileName(i),
      role: engine.sampleFileRole(i),
      bytes: engine.sampleFileBytes(i),
    }));
    expect(files.map((f) => f.role)).toEqual(['deals', 'accounts', 'revenue', 'tickets', 'spend']);
    for (const file of files) {
      expect(file.name).toMatch(/\.csv$/);
      expect(file.bytes).toBeInstanceOf(Uint8Array);
      expect(file.bytes.length).toBeGreaterThan(1000);
      // A JS-owned copy: its buffer is not the wasm memory.
      expect(file.bytes.buffer).not.toBe(engine.HEAPU8.buffer);
    }
  });

  it('runs a session through every declared method, errors as values', () => {
    const session = new engine.Session();
    try {
      expect(session.beginFile('deals.csv', 'deals')).toEqual({ ok: true, error: '' });
      const at = session.chunkBuffer(csv.length);
      expect(Number.isInteger(at) && at > 0).toBe(true);
      engine.HEAPU8.set(csv, at);
      expect(session.pushChunk(csv.length)).toEqual({ ok: true, error: '' });
      // A small file may be held back until endFile (delimiter detection): only the type is certain.
      expect(Number.isInteger(session.rowsRead())).toBe(true);
      expect(session.endFile()).toEqual({ ok: true, error: '' });
      const report = JSON.parse(session.reportJson());
      expect(report.inputs[0]).toMatchObject({ file: 'deals.csv', role: 'deals', rows_read: 3 });
      expect(report.sales.overall).toMatchObject({ deals: 3, won: 1, lost: 1, open: 1 });
    } finally {
      session.delete();
    }
  });

  it('counts rows read while a large file streams in', () => {
    const bytes = engine.sampleFileBytes(0);
    const session = new engine.Session();
    const counts: number[] = [];
    try {
      expect(session.beginFile(engine.sampleFileName(0), 'auto').ok).toBe(true);
      for (let i = 0; i < bytes.length; i += 65_536) {
        const piece = bytes.subarray(i, i + 65_536);
        engine.HEAPU8.set(piece, session.chunkBuffer(piece.length));
        expect(session.pushChunk(piece.length).ok).toBe(true);
        counts.push(session.rowsRead());
      }
      expect(session.endFile().ok).toBe(true);
    } finally {
      session.delete();
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('takes a mapping, gives back the mapping used and the rejected rows', () => {
    const session = new engine.Session();
    try {
      expect(session.setMapping('{"stages": {"Prospecting": "lost"}}', 'team.json')).toEqual({ ok: true, error: '' });
      const bad = session.setMapping('{"stages": {"Prospecting": "maybe"}}', 'team.json');
      expect(bad.ok).toBe(false);
      expect(bad.error).toContain('team.json: stages.Prospecting');
      const withBadRow = new TextEncoder().encode(new TextDecoder().decode(csv) + 'only-one-field\n');
      expect(session.beginFile('deals.csv', 'deals').ok).toBe(true);
      engine.HEAPU8.set(withBadRow, session.chunkBuffer(withBadRow.length));
      expect(session.pushChunk(withBadRow.length).ok).toBe(true);
      expect(session.endFile().ok).toBe(true);
      expect(session.inputCount()).toBe(1);
      expect(session.rejectedRowsCsv(0)).toMatch(/^line,reason,/);
      expect(session.rejectedRowsCsv(0)).toContain('too few fields');
      expect(session.rejectedRowsCsv(5)).toBe('');
      // The summary alone is the report's inputs[0], without running the analysis.
      expect(JSON.parse(session.inputJson(0))).toEqual(JSON.parse(session.reportJson()).inputs[0]);
      expect(session.inputJson(1)).toBe('');
      expect(session.inputJson(-1)).toBe('');
      const used = JSON.parse(session.mappingJson());
      expect(used.icp_drift_mapping).toBe(1);
      expect(used.files[0]).toMatchObject({ file: 'deals.csv', role: 'deals' });
    } finally {
      session.delete();
    }
  });

  it('takes analysis settings and gives back the ones in force, refusing a bad key by name', () => {
    const session = new engine.Session();
    try {
      expect(session.setSettings('{"period": "month", "gross_margin": 0.7}', 'settings.json')).toEqual({ ok: true, error: '' });
      const used = JSON.parse(session.settingsJson());
      expect(used).toMatchObject({ period: 'month', gross_margin: 0.7, fiscal_year_start_month: 1 });
      const bad = session.setSettings('{"period": "weekly"}', 'settings.json');
      expect(bad.ok).toBe(false);
      expect(bad.error).toContain('settings.json: period');
      expect(JSON.parse(session.reportJson()).settings.period).toBe('month');
    } finally {
      session.delete();
    }
  });

  it('takes a declared ICP, refusing a bad one by key, and scores accounts and open deals', () => {
    const session = new engine.Session();
    try {
      const icp = '{"name":"Core","match":"all","rules":[{"field":"industry","op":"in","values":["Software"]}]}';
      expect(session.setIcp(icp, 'icp.json')).toEqual({ ok: true, error: '' });
      const bad = session.setIcp('{"name":"Core","rules":[{"field":"industry","op":"betwen"}]}', 'icp.json');
      expect(bad.ok).toBe(false);
      expect(bad.error).toContain('icp.json: rules[0]');
      for (let i = 0; i < engine.sampleFileCount(); i++) {
        const bytes = engine.sampleFileBytes(i);
        expect(session.beginFile(engine.sampleFileName(i), engine.sampleFileRole(i)).ok).toBe(true);
        engine.HEAPU8.set(bytes, session.chunkBuffer(bytes.length));
        expect(session.pushChunk(bytes.length).ok).toBe(true);
        expect(session.endFile().ok).toBe(true);
      }
      const report = JSON.parse(session.reportJson());
      expect(report.drift.fit_basis).toBe('declared');
      expect(report.icp.declared.rules.name).toBe('Core');
      expect(session.scoredCsv('open_deals')).toMatch(/^record_id,name,score,tier,pass,reasons\r\n/);
      expect(session.scoredCsv('accounts').split('\r\n').length).toBeGreaterThan(100);
    } finally {
      session.delete();
    }
  });

  it('is answered method for method by the stand-ins the other tests build on', async () => {
    const methods = (proto: object) => Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor').sort();
    const real = methods(engine.Session.prototype);
    expect(real).toContain('expectFileSize');
    const stubs = { 'unit fake': new FakeEngine().Session, 'full-report stand-in': (await createFullReportModule()).Session };
    for (const [name, Session] of Object.entries(stubs)) {
      const missing = real.filter((method) => typeof (Session.prototype as Record<string, unknown>)[method] !== 'function');
      expect(missing, name).toEqual([]);
    }
  });

  it('refuses a bad call with a message instead of throwing', () => {
    const session = new engine.Session();
    try {
      const outcome = session.beginFile('x.csv', 'no-such-role');
      expect(outcome.ok).toBe(false);
      expect(outcome.error).not.toBe('');
      const unopened = session.pushChunk(0);
      expect(unopened.ok).toBe(false);
      expect(unopened.error).not.toBe('');
      expect(session.endFile().ok).toBe(false);
      // A file abandoned half-way leaves no trace in the report.
      expect(session.beginFile('half.csv', 'deals').ok).toBe(true);
      engine.HEAPU8.set(csv.subarray(0, 20), session.chunkBuffer(20));
      expect(session.pushChunk(20).ok).toBe(true);
      session.abandonFile();
      expect(JSON.parse(session.reportJson()).inputs).toEqual([]);
    } finally {
      session.delete();
    }
  });
});

describe('analyzeSources on the real engine', () => {
  it('gives the same report bytes whatever the slice size', async () => {
    const reports = new Set<string>();
    for (const size of [csv.length, 7, 1]) {
      const result = await analyzeSources(engine, [sliced('deals.csv', 'auto', csv, size)], () => {});
      expect(result.ok).toBe(true);
      if (result.ok) reports.add(result.json);
    }
    expect(reports.size).toBe(1);
  });

  it('runs the sample through the same path as dropped files, slice size irrelevant', async () => {
    const whole = await analyzeSources(engine, sampleSources(engine), () => {});
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    const slicedSources = sampleSources(engine).map((s, i) =>
      sliced(s.name, s.role, engine.sampleFileBytes(i), 65_536 + 13));
    const again = await analyzeSources(engine, slicedSources, () => {});
    expect(again).toEqual(whole);
    const report = JSON.parse(whole.json);
    expect(report.sales.overall.deals).toBeGreaterThan(100);
    expect(report.inputs.map((i: { role: string }) => i.role)).toEqual(sampleSources(engine).map((s) => s.role));
  });

  it('reports the engine refusal of an unreadable file as a value', async () => {
    const result = await analyzeSources(engine, [bytesSource('empty.csv', 'auto', new Uint8Array(0))], () => {});
    if (result.ok) {
      // An empty file may give a report that says what was skipped (SPEC §9) rather than an error.
      expect(JSON.parse(result.json).inputs[0].file).toBe('empty.csv');
    } else {
      expect(result).toMatchObject({ ok: false, broken: false });
      expect(result.message).toContain('empty.csv');
    }
  });
});
