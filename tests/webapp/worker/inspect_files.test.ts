import { describe, expect, it } from 'vitest';
import { headSource, looksLikeJson, wholeLinesEnd } from '../../../webapp/src/worker/byte_source';
import { inspectFiles } from '../../../webapp/src/worker/inspect_files';
import { FALLBACK_ROLE_FIELDS, roleFieldsOf } from '../../../webapp/src/worker/role_fields';
import { FakeEngine, text } from '../fakes/fake_engine';

const bytes = (s: string) => new TextEncoder().encode(s);

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk.slice()); // a slice is valid until the next
  return parts.map(text).join('');
}

describe('headSource', () => {
  it('reads a small file whole', async () => {
    const file = new File(['id,stage\n1,Won\n'], 'deals.csv');
    const { source, partial } = await headSource(file, 'deals', 100);
    expect(partial).toBe(false);
    expect([source.name, source.role]).toEqual(['deals.csv', 'deals']);
    expect(await collect(source.chunks())).toBe('id,stage\n1,Won\n');
  });

  it('cuts a big file after its last whole line within the limit', async () => {
    const file = new File(['id,stage\n1,Won\n2,Lost\n3,Open\n'], 'deals.csv');
    const { source, partial } = await headSource(file, 'auto', 20);
    expect(partial).toBe(true);
    expect(await collect(source.chunks())).toBe('id,stage\n1,Won\n');
  });
});

describe('wholeLinesEnd', () => {
  it('ends after the last line feed, or takes everything when there is none', () => {
    expect(wholeLinesEnd(bytes('a\nb\r\nc'))).toBe(5);
    expect(wholeLinesEnd(bytes('abc'))).toBe(3);
  });

  it('keeps UTF-16 little-endian code units whole', () => {
    // BOM, "a\n" "b\n" "c" in UTF-16LE: the cut comes after the second byte of the last "\n".
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x0a, 0, 0x62, 0, 0x0a, 0, 0x63]);
    expect(wholeLinesEnd(utf16)).toBe(10);
    expect(wholeLinesEnd(utf16.subarray(0, 9))).toBe(6); // the last "\n" lost its second byte
  });
});

describe('looksLikeJson', () => {
  it('tells a JSON document from lines of text', () => {
    expect(looksLikeJson(bytes('  [{"id": 1}]'))).toBe(true);
    expect(looksLikeJson(bytes('\ufeff{"results": []}'))).toBe(true);
    expect(looksLikeJson(bytes('id,stage\n'))).toBe(false);
    expect(looksLikeJson(new Uint8Array(0))).toBe(false);
  });
});

describe('inspectFiles', () => {
  it('reads each file in its own session and gives its inputs[] entry', async () => {
    const engine = new FakeEngine({ inputs: { 'deals.csv': { mapping: { stage: 'Stage' } } } });
    const files = [new File(['Stage\nWon\n'], 'deals.csv'), new File(['Name\nAcme\n'], 'accounts.csv')];
    const inspection = await inspectFiles(engine, files, { roles: ['auto', 'accounts'] });
    expect(inspection.results).toEqual([
      { ok: true, partial: false, input: { file: 'deals.csv', role: 'auto', rows_read: 1, mapping: { stage: 'Stage' } } },
      { ok: true, partial: false, input: { file: 'accounts.csv', role: 'accounts', rows_read: 1 } },
    ]);
    expect(engine.sessionsCreated).toBe(2);
    expect(engine.sessionsDeleted).toBe(2);
  });

  it('reads only the first part of a big file', async () => {
    const engine = new FakeEngine();
    const file = new File(['Stage\n', 'Won\n'.repeat(100)], 'deals.csv');
    const inspection = await inspectFiles(engine, [file], { limit: 64 });
    expect(inspection.results[0]).toMatchObject({ ok: true, partial: true });
    expect(text(engine.files[0]!.bytes)).toBe(`Stage\n${'Won\n'.repeat(14)}`);
  });

  it('gives each session the mapping, and a refused mapping reads no file', async () => {
    const mapping = { json: '{"stages":{}}', name: 'team.json' };
    const engine = new FakeEngine();
    await inspectFiles(engine, [new File(['a\n'], 'a.csv'), new File(['b\n'], 'b.csv')], { mapping });
    expect(engine.mappings.map((m) => m.name)).toEqual(['team.json', 'team.json', 'team.json']); // checked, then each file

    const refusing = new FakeEngine({ mappingError: 'files[0].colour: unknown key' });
    const refused = await inspectFiles(refusing, [new File(['a\n'], 'a.csv')], { mapping });
    expect(refused).toEqual({ results: [], mappingError: 'team.json: files[0].colour: unknown key' });
    expect(refusing.files).toEqual([]);
    // Even with no file, the mapping is checked.
    expect(await inspectFiles(refusing, [], { mapping })).toEqual({ results: [], mappingError: 'team.json: files[0].colour: unknown key' });
  });

  it('gives a file the engine refuses its message, and reads the others', async () => {
    const engine = new FakeEngine({ refuseName: 'empty.csv' });
    const inspection = await inspectFiles(engine, [new File([''], 'empty.csv'), new File(['a\n'], 'a.csv')]);
    expect(inspection.results).toEqual([
      { ok: false, error: 'empty.csv: no header row' },
      { ok: true, partial: false, input: { file: 'a.csv', role: 'auto', rows_read: 1 } },
    ]);
  });

  it('stops at an engine abort and says which files were not read', async () => {
    const engine = new FakeEngine({ abortName: 'huge.csv' });
    const inspection = await inspectFiles(engine, [new File(['a\n'], 'huge.csv'), new File(['b\n'], 'b.csv')]);
    expect(inspection.broken).toBe(true);
    expect(inspection.results[1]).toEqual({ ok: false, error: '"b.csv" was not checked: the engine stopped on "huge.csv".' });
  });
});

describe('roleFieldsOf', () => {
  it('asks the engine for each role\'s fields', () => {
    const fields = roleFieldsOf(new FakeEngine());
    expect(fields.deals).toEqual(['deal_id', 'stage', 'amount']);
    expect(Object.keys(fields)).toEqual(['deals', 'accounts', 'revenue', 'tickets', 'spend']);
  });

  it('falls back on the built-in lists for an engine without roleFields', () => {
    const engine = new FakeEngine();
    (engine as unknown as { roleFields?: unknown }).roleFields = undefined;
    expect(roleFieldsOf(engine)).toBe(FALLBACK_ROLE_FIELDS);
  });
});
