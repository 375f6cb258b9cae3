import { describe, expect, it } from 'vitest';
import { analyzeSources, describeThrown, MAX_PIECE_BYTES } from '../../../webapp/src/worker/analyze_sources';
import { bytesSource, fileSource, sampleSources, type ByteSource } from '../../../webapp/src/worker/byte_source';
import type { ProgressMessage } from '../../../webapp/src/worker/protocol';
import { FakeEngine, text } from '../fakes/fake_engine';

/** A source that hands out the given slices, as File.stream() would. */
function sliced(name: string, slices: Uint8Array[]): ByteSource {
  return {
    name,
    role: 'auto',
    size: slices.reduce((n, s) => n + s.length, 0),
    async *chunks() {
      yield* slices;
    },
  };
}

/** Byte equality without a deep, element-by-element diff (slow on megabytes). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

function pattern(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

describe('analyzeSources', () => {
  it('copies every byte of every file into the session, in order, with the file name and role', async () => {
    const engine = new FakeEngine();
    const deals = new File(['id,stage\n1,Closed Won\n2,Closed Lost\n'], 'deals.csv');
    const accounts = new File(['id,industry\n1,Software\n'], 'accounts.csv');
    const result = await analyzeSources(engine, [fileSource(deals), fileSource(accounts, 'accounts')], () => {});
    expect(result.ok).toBe(true);
    expect(engine.files.map((f) => [f.name, f.role, text(f.bytes)])).toEqual([
      ['deals.csv', 'auto', 'id,stage\n1,Closed Won\n2,Closed Lost\n'],
      ['accounts.csv', 'accounts', 'id,industry\n1,Software\n'],
    ]);
    expect(result).toEqual({ ok: true, json: expect.stringContaining('"schema_version":"fake"'), rejected: [], scored: { openDeals: '', accounts: '' } });
    expect(engine.sessionsCreated).toBe(1);
    expect(engine.sessionsDeleted).toBe(1);
  });

  it("tells the engine each file's size before its first chunk (it reserves its columns by it)", async () => {
    const engine = new FakeEngine();
    const deals = new File(['id,stage\n1,Closed Won\n'], 'deals.csv');
    await analyzeSources(engine, [fileSource(deals), sliced('more.csv', [pattern(700, 1), pattern(300, 2)])], () => {});
    expect(engine.files.map((f) => f.expectedSize)).toEqual([
      { bytes: deals.size, afterChunks: 0 },
      { bytes: 1000, afterChunks: 0 },
    ]);
  });

  it('reads the heap again after chunkBuffer, because memory growth replaces it', async () => {
    const engine = new FakeEngine();
    const slices = [pattern(10, 1), pattern(1000, 2), pattern(50_000, 3)];
    await analyzeSources(engine, [sliced('grow.csv', slices)], () => {});
    expect(engine.heaps.length).toBeGreaterThan(2);
    const expected = new Uint8Array(51_010);
    expected.set(slices[0]!, 0);
    expected.set(slices[1]!, 10);
    expected.set(slices[2]!, 1010);
    expect(sameBytes(engine.files[0]!.bytes, expected)).toBe(true);
  });

  it('splits slices larger than 4 MiB and never pushes an empty chunk', async () => {
    const engine = new FakeEngine();
    const big = pattern(MAX_PIECE_BYTES * 2 + 123, 7);
    await analyzeSources(engine, [sliced('big.csv', [big, new Uint8Array(0), pattern(5, 9)])], () => {});
    expect(engine.files[0]!.chunkSizes).toEqual([MAX_PIECE_BYTES, MAX_PIECE_BYTES, 123, 5]);
    expect(sameBytes(engine.files[0]!.bytes.subarray(0, big.length), big)).toBe(true);
  });

  it('throttles progress but always reports the start and end of each file', async () => {
    const engine = new FakeEngine();
    let clock = 0;
    const seen: ProgressMessage[] = [];
    const slices = Array.from({ length: 10 }, (_, i) => new TextEncoder().encode(`row ${i}\n`));
    const size = slices.reduce((n, s) => n + s.length, 0);
    await analyzeSources(engine, [sliced('a.csv', slices), sliced('b.csv', slices)], (p) => seen.push(p), {
      progressIntervalMs: 100,
      now: () => (clock += 30), // every call 30 ms later: roughly one slice in four is reported
    });
    const last = seen[seen.length - 1]!;
    expect(last).toEqual({ type: 'progress', file: 'b.csv', bytesDone: 2 * size, bytesTotal: 2 * size, rows: 20 });
    expect(seen[0]).toEqual({ type: 'progress', file: 'a.csv', bytesDone: 0, bytesTotal: 2 * size, rows: 0 });
    expect(seen.length).toBeLessThan(2 * slices.length);
    expect(seen.some((p) => p.file === 'a.csv' && p.bytesDone === size && p.rows === 10)).toBe(true);
    const done = seen.map((p) => p.bytesDone);
    expect(done).toEqual([...done].sort((x, y) => x - y));
  });

  it('returns the engine refusal as a value and frees the session', async () => {
    const engine = new FakeEngine({ refuseName: 'bad.csv' });
    const result = await analyzeSources(engine, [bytesSource('bad.csv', 'auto', new Uint8Array([1]))], () => {});
    expect(result).toEqual({ ok: false, message: 'bad.csv: no header row', broken: false });
    expect(engine.sessionsDeleted).toBe(engine.sessionsCreated);
  });

  it('turns an engine abort into a message naming the file, and marks the engine broken', async () => {
    const engine = new FakeEngine({ abortName: 'huge.csv' });
    const result = await analyzeSources(engine, [bytesSource('huge.csv', 'auto', new Uint8Array([1, 2]))], () => {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.broken).toBe(true);
    expect(result.message).toContain('"huge.csv" is too large');
    expect(result.message).toContain('command-line tool');
    expect(engine.sessionsDeleted).toBe(1);
  });

  it('turns a failing file read into a message', async () => {
    const engine = new FakeEngine();
    const failing: ByteSource = {
      name: 'gone.csv',
      role: 'auto',
      size: 3,
      async *chunks() {
        yield new Uint8Array([1]);
        throw new DOMException('the file changed', 'NotReadableError');
      },
    };
    const result = await analyzeSources(engine, [failing], () => {});
    expect(result).toEqual({ ok: false, broken: true, message: '"gone.csv" could not be read: it may have been moved or changed since it was chosen.' });
  });

  it('gives the session the mapping before the first file', async () => {
    const engine = new FakeEngine();
    const mapping = { json: '{"stages":{"Verbal win":"won"}}', name: 'team.json' };
    const result = await analyzeSources(engine, [bytesSource('d.csv', 'auto', new Uint8Array([65, 10]))], () => {}, { mapping });
    expect(result.ok).toBe(true);
    expect(engine.mappings).toEqual([mapping]);
  });

  it('returns a refused mapping as a value marked as the mapping\'s, reading no file', async () => {
    const engine = new FakeEngine({ mappingError: 'stages.X: expected "won", "lost" or "open"' });
    const mapping = { json: '{"stages":{"X":"maybe"}}', name: 'team.json' };
    const result = await analyzeSources(engine, [bytesSource('d.csv', 'auto', new Uint8Array([65]))], () => {}, { mapping });
    expect(result).toEqual({ ok: false, message: 'team.json: stages.X: expected "won", "lost" or "open"', broken: false, part: 'mapping' });
    expect(engine.files).toEqual([]);
    expect(engine.sessionsDeleted).toBe(1);
  });

  it('gives the session the settings, then the ICP, before the first file, and writes the scores when asked', async () => {
    const engine = new FakeEngine({ scored: { open_deals: 'record_id,score\r\n006,80\r\n', accounts: 'record_id,score\r\n' } });
    const icp = { json: '{"name":"Core","rules":[]}', name: 'icp.json' };
    const settings = { json: '{"scorecard":{"sales_quarter_end_stress":true}}', name: 'settings' };
    const source = bytesSource('d.csv', 'auto', new Uint8Array([65, 10]));
    const result = await analyzeSources(engine, [source], () => {}, { icp, settings, scored: true });
    expect(result).toMatchObject({ ok: true, scored: { openDeals: 'record_id,score\r\n006,80\r\n', accounts: 'record_id,score\r\n' } });
    expect(engine.icps).toEqual([icp]);
    expect(engine.settingsFiles).toEqual([settings]);
    const unscored = await analyzeSources(engine, [source], () => {});
    expect(unscored).toMatchObject({ ok: true, scored: { openDeals: '', accounts: '' } });
  });

  it('returns a refused ICP or settings file as a value naming its part, reading no file', async () => {
    const source = bytesSource('d.csv', 'auto', new Uint8Array([65]));
    const badIcp = new FakeEngine({ icpError: 'rules[0].op: expected in, not_in, between or eq' });
    expect(await analyzeSources(badIcp, [source], () => {}, { icp: { json: '{}', name: 'icp.json' } })).toEqual({
      ok: false, message: 'icp.json: rules[0].op: expected in, not_in, between or eq', broken: false, part: 'icp',
    });
    expect(badIcp.files).toEqual([]);
    const badSettings = new FakeEngine({ settingsError: 'period: expected month, quarter or year' });
    expect(await analyzeSources(badSettings, [source], () => {}, { settings: { json: '{}', name: 'settings' } })).toMatchObject({
      ok: false, part: 'settings',
    });
  });

  it('returns the rejected rows of each file that has any, from the same session', async () => {
    const engine = new FakeEngine({ rejected: { 'b.csv': 'line,reason,id\n3,no stage,7\n' } });
    const sources = [bytesSource('a.csv', 'auto', new Uint8Array([65])), bytesSource('b.csv', 'auto', new Uint8Array([66]))];
    const result = await analyzeSources(engine, sources, () => {});
    expect(result).toEqual({ ok: true, json: expect.any(String), rejected: [{ name: 'b.csv', csv: 'line,reason,id\n3,no stage,7\n' }], scored: { openDeals: '', accounts: '' } });
    const none = await analyzeSources(engine, sources, () => {}, { rejectedRows: false });
    expect(none.ok && none.rejected).toEqual([]);
  });

  it('gives only the files\' summaries, without the report, for the mapping review', async () => {
    let reports = 0;
    const engine = new FakeEngine();
    const sources = [bytesSource('a.csv', 'auto', new Uint8Array([65])), bytesSource('b.csv', 'deals', new Uint8Array([66]))];
    const whole = await analyzeSources(engine, sources, () => {});
    const original = engine.Session.prototype.reportJson;
    engine.Session.prototype.reportJson = function (this: InstanceType<typeof engine.Session>) {
      reports++;
      return original.call(this);
    };
    const summary = await analyzeSources(engine, sources, () => {}, { summaryOnly: true });
    engine.Session.prototype.reportJson = original;
    expect(whole.ok && summary.ok).toBe(true);
    if (!whole.ok || !summary.ok) return;
    expect(JSON.parse(summary.json)).toEqual({ inputs: JSON.parse(whole.json).inputs });
    expect(reports).toBe(0); // the analysis was never asked for
  });

  it('refuses an empty request', async () => {
    const result = await analyzeSources(new FakeEngine(), [], () => {});
    expect(result).toEqual({ ok: false, message: 'No file was given.', broken: false });
  });
});

describe('sampleSources', () => {
  it('takes the sample files with their names and roles from the engine', async () => {
    const engine = new FakeEngine({
      samples: [
        { name: 'deals.csv', role: 'deals', text: 'id\n1\n' },
        { name: 'accounts.csv', role: 'accounts', text: 'id\n1\n2\n' },
      ],
    });
    const sources = sampleSources(engine);
    expect(sources.map((s) => [s.name, s.role, s.size])).toEqual([['deals.csv', 'deals', 5], ['accounts.csv', 'accounts', 7]]);
    await analyzeSources(engine, sources, () => {});
    expect(engine.files.map((f) => [f.name, f.role, text(f.bytes)])).toEqual([
      ['deals.csv', 'deals', 'id\n1\n'],
      ['accounts.csv', 'accounts', 'id\n1\n2\n'],
    ]);
  });
});

describe('describeThrown', () => {
  it('names the file and the cause', () => {
    expect(describeThrown(new Error('unreachable'), 'x.csv')).toBe('The engine stopped while reading "x.csv": unreachable.');
    expect(describeThrown('boom', 'x.csv')).toBe('The engine stopped while reading "x.csv": boom.');
  });

  it('points to the CLI when the engine aborts', () => {
    const abort = new WebAssembly.RuntimeError('Aborted(). Build with -s ASSERTIONS=1 for more info.');
    expect(describeThrown(abort, 'x.csv')).toBe(
      'The engine stopped while reading "x.csv" (Aborted()). If the file is very large, ' +
        "the icp-drift command-line tool reads it without the browser's memory limit.",
    );
    expect(describeThrown(new Error('Aborted(OOM)'), 'x.csv')).toContain('ran out of memory');
  });
});
