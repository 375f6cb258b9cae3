import { describe, expect, it } from 'vitest';
import { parseRequest, parseResponse } from '../../../webapp/src/worker/protocol';

describe('parseResponse', () => {
  it('accepts each response the worker sends', () => {
    const progress = { type: 'progress', file: 'deals.csv', bytesDone: 10, bytesTotal: 20, rows: 3 };
    expect(parseResponse(progress)).toEqual(progress);
    expect(parseResponse({ type: 'report', json: '{}' })).toEqual({ type: 'report', json: '{}' });
    expect(parseResponse({ type: 'error', message: 'no header' })).toEqual({ type: 'error', message: 'no header' });
  });

  it('keeps only the declared fields', () => {
    expect(parseResponse({ type: 'report', json: '{}', extra: 1 })).toEqual({ type: 'report', json: '{}' });
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
    ]) {
      expect(parseResponse(bad)).toBeNull();
    }
  });
});

describe('parseRequest', () => {
  it('accepts sample and analyze requests', () => {
    expect(parseRequest({ type: 'sample' })).toEqual({ type: 'sample' });
    const file = new File(['a,b\n'], 'deals.csv');
    expect(parseRequest({ type: 'analyze', files: [file] })).toEqual({ type: 'analyze', files: [file] });
  });

  it('rejects requests whose files are not files', () => {
    expect(parseRequest({ type: 'analyze', files: ['deals.csv'] })).toBeNull();
    expect(parseRequest({ type: 'analyze' })).toBeNull();
    expect(parseRequest({ type: 'cancel' })).toBeNull();
    expect(parseRequest(null)).toBeNull();
  });
});
