import { describe, expect, it } from 'vitest';
import { draftOf, draftOfJson, emptyDraft, icpFileName, icpJsonOf, splitValues } from '../../../webapp/src/icp/icp_draft';

const declared = {
  name: 'Core ICP',
  defined_on: '2024-06-30',
  match: 'all',
  rules: [
    { field: 'industry', op: 'in', values: ['Software', 'Financial Services'] },
    { field: 'employees', op: 'between', min: 50, max: 499 },
    { field: 'country', op: 'in', values: ['United States', 'Canada'] },
  ],
};

describe('icp draft', () => {
  it('round-trips the METHODS.md example through the form', () => {
    const draft = draftOf(declared);
    expect(draft.rules.map((r) => [r.field, r.op, r.values, r.min, r.max])).toEqual([
      ['industry', 'in', 'Software, Financial Services', '', ''],
      ['employees', 'between', '', '50', '499'],
      ['country', 'in', 'United States, Canada', '', ''],
    ]);
    expect(JSON.parse(icpJsonOf(draft))).toEqual(declared);
  });

  it('keeps tiers and pass score of a score ICP, and weights', () => {
    const score = {
      name: 'Weighted', match: 'score', pass_score: 55,
      rules: [{ field: 'industry', op: 'in', values: ['Software'], weight: 3 }, { field: 'region', op: 'eq', value: 'EMEA', weight: 1 }],
      tiers: [{ name: 'A', min_score: 70 }, { name: 'B', min_score: 0 }],
    };
    const draft = draftOf(score);
    expect(draft.match).toBe('score');
    expect(draft.rules[1]).toMatchObject({ op: 'eq', values: 'EMEA', weight: '1' });
    expect(JSON.parse(icpJsonOf(draft))).toEqual(score);
    // Back to "all": weights, tiers and pass score are not written.
    const all = JSON.parse(icpJsonOf({ ...draft, match: 'all' }));
    expect(all.tiers).toBeUndefined();
    expect(all.pass_score).toBeUndefined();
    expect(all.rules[0].weight).toBeUndefined();
  });

  it('writes numbers for numeric fields and bounds, and leaves text the engine must refuse as text', () => {
    const draft = emptyDraft();
    draft.rules = [
      { field: 'employees', op: 'in', values: '50, 1 000', min: '', max: '', weight: '' },
      { field: 'annual_revenue', op: 'between', values: '', min: '10_000_000', max: '', weight: '' },
      { field: 'employees', op: 'between', values: '', min: 'many', max: '', weight: '' },
      { field: '  ', op: 'in', values: 'ignored', min: '', max: '', weight: '' },
    ];
    const json = JSON.parse(icpJsonOf(draft));
    expect(json.rules).toEqual([
      { field: 'employees', op: 'in', values: [50, 1000] },
      { field: 'annual_revenue', op: 'between', min: 10000000 },
      { field: 'employees', op: 'between', min: 'many' },
    ]);
  });

  it('splits values on commas, with quotes for values that hold one', () => {
    expect(splitValues('Software, Financial Services ,,')).toEqual(['Software', 'Financial Services']);
    expect(splitValues('"Acme, Inc", "Say ""hi""", b')).toEqual(['Acme, Inc', 'Say "hi"', 'b']);
    expect(splitValues('')).toEqual([]);
  });

  it('reads a file, or says why it cannot', () => {
    expect(draftOfJson(JSON.stringify(declared))).toMatchObject({ ok: true });
    expect(draftOfJson('{"name":')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
    expect(draftOfJson('[1]')).toMatchObject({ ok: false, message: expect.stringContaining('expected an object') });
  });

  it('names the download after the ICP', () => {
    expect(icpFileName(draftOf(declared))).toBe('core-icp.icp.json');
    expect(icpFileName({ ...emptyDraft(), name: '  ' })).toBe('icp.icp.json');
  });
});
