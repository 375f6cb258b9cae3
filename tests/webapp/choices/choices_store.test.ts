import { describe, expect, it } from 'vitest';
import { ANSWERS_KEY, ICP_KEY, keepChoices, NO_ICP, requestChoices, restoreChoices } from '../../../webapp/src/choices/choices_store';

import { MemoryStore } from '../fakes/memory_store';

const icp = { json: '{"name":"Core","rules":[]}', name: 'core.icp.json' };

describe('choices store', () => {
  it('keeps the ICP and answers, and gives them back', () => {
    const store = new MemoryStore();
    expect(restoreChoices(store)).toEqual({ icp: undefined, answers: {}, settings: {} });
    expect(keepChoices(store, { icp, answers: { sales_quarter_end_stress: true, product_release_slips: false }, settings: { period: 'month', gross_margin: 0.7 } })).toBe(true);
    expect(restoreChoices(store)).toEqual({ icp, answers: { sales_quarter_end_stress: true, product_release_slips: false }, settings: { period: 'month', gross_margin: 0.7 } });
    // "No ICP" is a choice too, kept apart from "never chose".
    keepChoices(store, { icp: null, answers: {}, settings: {} });
    expect(restoreChoices(store)).toEqual({ icp: null, answers: {}, settings: {} });
    expect(store.items.has(ANSWERS_KEY)).toBe(false);
    keepChoices(store, { icp: undefined, answers: {}, settings: {} });
    expect(store.items.size).toBe(0);
  });

  it('drops damaged entries instead of sending them to the engine', () => {
    const store = new MemoryStore();
    store.setItem(ICP_KEY, '{"json":"{not json","name":"x"}');
    store.setItem(ANSWERS_KEY, '{"a":true,"b":"yes"}');
    expect(restoreChoices(store)).toEqual({ icp: undefined, answers: { a: true }, settings: {} });
    store.setItem(ANSWERS_KEY, '[');
    expect(restoreChoices(store).answers).toEqual({});
  });

  it('says when the browser refuses to keep them', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    expect(keepChoices(refusing, { icp, answers: {}, settings: {} })).toBe(false);
    expect(keepChoices(null, { icp, answers: {}, settings: {} })).toBe(false);
  });

  it('turns choices into what the engine is given', () => {
    expect(requestChoices({ icp: undefined, answers: {}, settings: {} })).toEqual({});
    expect(requestChoices({ icp: null, answers: {}, settings: {} })).toEqual({ icp: NO_ICP });
    const both = requestChoices({ icp, answers: { x: false }, settings: { period: 'year' } });
    expect(both.icp).toEqual(icp);
    expect(JSON.parse(both.settings!.json)).toEqual({ icp_drift_settings: 1, period: 'year', scorecard: { x: false } });
    expect(requestChoices({ icp: undefined, answers: {}, settings: { recent_quarters: 2 } }).settings!.name).toBe('settings');
  });
});
