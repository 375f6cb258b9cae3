import { describe, expect, it } from 'vitest';
import { parseRequest, parseResponse } from '../../../webapp/src/worker/protocol';

describe('parseResponse', () => {
  it('accepts each response the worker sends', () => {
    const progress = { type: 'progress', file: 'deals.csv', bytesDone: 10, bytesTotal: 20, rows: 3 };
    expect(parseResponse(progress)).toEqual(progress);
    expect(parseResponse({ type: 'report', json: '{}' })).toEqual({ type: 'report', json: '{}', rejected: [], scored: { openDeals: '', accounts: '' } });
    const rejected = [{ name: 'deals.csv', csv: 'line,reason\n4,no stage\n' }];
    expect(parseResponse({ type: 'report', json: '{}', rejected })).toEqual({ type: 'report', json: '{}', rejected, scored: { openDeals: '', accounts: '' } });
    const input = { file: 'deals.csv', role: 'deals', rows_read: 3, mapping: { stage: 'Stage' } };
    const inspected = {
      type: 'inspected',
      results: [{ ok: true, input, partial: true }, { ok: false, error: 'x.csv: the file is empty' }],
      roleFields: { deals: ['deal_id', 'stage'], spend: ['amount'] },
    };
    expect(parseResponse(inspected)).toEqual(inspected);
    expect(parseResponse({ ...inspected, mappingError: 'team.json: stages.X: expected "won"' })).toEqual({
      ...inspected,
      mappingError: 'team.json: stages.X: expected "won"',
    });
    expect(parseResponse({ type: 'error', message: 'no header' })).toEqual({ type: 'error', message: 'no header' });
    const scored = { openDeals: 'record_id,name\r\n', accounts: '' };
    expect(parseResponse({ type: 'report', json: '{}', scored })).toEqual({ type: 'report', json: '{}', rejected: [], scored });
    expect(parseResponse({ type: 'error', message: 'icp.json: rules[0]', part: 'icp' }))
      .toEqual({ type: 'error', message: 'icp.json: rules[0]', part: 'icp' });
  });

  it('keeps only the declared fields', () => {
    expect(parseResponse({ type: 'report', json: '{}', extra: 1 })).toEqual({ type: 'report', json: '{}', rejected: [], scored: { openDeals: '', accounts: '' } });
    expect(parseResponse({
      type: 'inspected',
      results: [{ ok: false, error: 'e', input: { file: 'a', role: 'deals' } }],
      roleFields: {},
      more: 1,
    })).toEqual({ type: 'inspected', results: [{ ok: false, error: 'e' }], roleFields: {} });
  });

  it('rejects anything else', () => {
    for (const bad of [
      null,
      undefined,
      'report',
      42,
      { type: 'unknown' },
      { type: 'report', json: 5 },
      { type: 'error' },
      { type: 'progress', file: 'a', bytesDone: -1, bytesTotal: 2, rows: 0 },
      { type: 'progress', file: 'a', bytesDone: 1, bytesTotal: Number.NaN, rows: 0 },
      { type: 'progress', bytesDone: 1, bytesTotal: 2, rows: 0 },
      { type: 'report', json: '{}', rejected: [{ name: 'a.csv' }] },
      { type: 'report', json: '{}', rejected: 'a.csv' },
      { type: 'report', json: '{}', scored: { openDeals: '' } },
      { type: 'report', json: '{}', scored: 'csv' },
      { type: 'error', message: 'x', part: 'data' },
      { type: 'inspected', results: [], roleFields: { deals: 'stage' } },
      { type: 'inspected', results: [{ ok: true }], roleFields: {} },
      { type: 'inspected', results: [{ ok: true, input: { file: 'a.csv' } }], roleFields: {} },
      { type: 'inspected', results: [{ ok: false }], roleFields: {} },
      { type: 'inspected', results: [], roleFields: {}, mappingError: 42 },
      { type: 'inspected', results: {}, roleFields: {} },
    ]) {
      expect(parseResponse(bad)).toBeNull();
    }
  });
});

describe('the warm-up', () => {
  it('is a request without fields and answers with an outcome and a duration', () => {
    expect(parseRequest({ type: 'warm-up', files: [] })).toEqual({ type: 'warm-up' });
    for (const outcome of ['done', 'skipped', 'failed']) {
      expect(parseResponse({ type: 'warmed', outcome, ms: 412, extra: 1 })).toEqual({ type: 'warmed', outcome, ms: 412 });
    }
    expect(parseResponse({ type: 'warmed', outcome: 'warm', ms: 1 })).toBeNull();
    expect(parseResponse({ type: 'warmed', outcome: 'done' })).toBeNull();
    expect(parseResponse({ type: 'warmed', outcome: 'done', ms: -1 })).toBeNull();
  });
});

describe('parseRequest', () => {
  it('accepts sample and analyze requests', () => {
    expect(parseRequest({ type: 'sample' })).toEqual({ type: 'sample' });
    const file = new File(['a,b\n'], 'deals.csv');
    expect(parseRequest({ type: 'analyze', files: [file] })).toEqual({ type: 'analyze', files: [file] });
  });

  it('accepts inspect requests and mappings', () => {
    const file = new File(['a,b\n'], 'deals.csv');
    const mapping = { json: '{}', name: 'team.json' };
    expect(parseRequest({ type: 'inspect', files: [file] })).toEqual({ type: 'inspect', files: [file] });
    expect(parseRequest({ type: 'inspect', files: [file], mapping, roles: ['deals'] })).toEqual({
      type: 'inspect', files: [file], mapping, roles: ['deals'],
    });
    expect(parseRequest({ type: 'analyze', files: [file], mapping })).toEqual({ type: 'analyze', files: [file], mapping });
  });

  it('accepts an ICP and settings with analyze and sample requests', () => {
    const file = new File(['a,b\n'], 'deals.csv');
    const icp = { json: '{"name":"x","rules":[]}', name: 'icp.json' };
    const settings = { json: '{"scorecard":{"a":true}}', name: 'settings' };
    expect(parseRequest({ type: 'analyze', files: [file], icp, settings })).toEqual({ type: 'analyze', files: [file], icp, settings });
    expect(parseRequest({ type: 'sample', icp: { json: '', name: 'none' } })).toEqual({ type: 'sample', icp: { json: '', name: 'none' } });
    expect(parseRequest({ type: 'sample', settings: '{}' })).toBeNull();
    expect(parseRequest({ type: 'analyze', files: [file], icp: { json: 1, name: 'icp.json' } })).toBeNull();
  });

  it('rejects bad mappings and roles', () => {
    const file = new File(['a,b\n'], 'deals.csv');
    expect(parseRequest({ type: 'analyze', files: [file], mapping: '{}' })).toBeNull();
    expect(parseRequest({ type: 'inspect', files: [file], mapping: { json: '{}' } })).toBeNull();
    expect(parseRequest({ type: 'inspect', files: [file], roles: ['deals', 'accounts'] })).toBeNull();
    expect(parseRequest({ type: 'inspect', files: [file], roles: [1] })).toBeNull();
  });

  it('rejects requests whose files are not files', () => {
    expect(parseRequest({ type: 'analyze', files: ['deals.csv'] })).toBeNull();
    expect(parseRequest({ type: 'analyze' })).toBeNull();
    expect(parseRequest({ type: 'cancel' })).toBeNull();
    expect(parseRequest(null)).toBeNull();
  });
});
