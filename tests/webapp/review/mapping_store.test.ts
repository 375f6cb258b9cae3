import { describe, expect, it } from 'vitest';
import { describeMapping, forgetMapping, keepMapping, restoreMapping, STORAGE_KEY } from '../../../webapp/src/review/mapping_store';

import { MemoryStore } from '../fakes/memory_store';

const broken = {
  getItem(): string | null {
    throw new Error('SecurityError');
  },
  setItem(): void {
    throw new Error('QuotaExceededError');
  },
  removeItem(): void {
    throw new Error('SecurityError');
  },
};

describe('the mapping kept in the browser', () => {
  it('is kept under one key and restored on the next visit', () => {
    const store = new MemoryStore();
    expect(restoreMapping(store)).toBeNull();
    expect(keepMapping(store, { json: '{"stages":{"Verbal win":"won"}}', name: 'team.json' })).toBe(true);
    expect([...store.items.keys()]).toEqual([STORAGE_KEY]);
    expect(restoreMapping(store)).toEqual({ json: '{"stages":{"Verbal win":"won"}}', name: 'team.json', origin: 'restored' });
    forgetMapping(store);
    expect(restoreMapping(store)).toBeNull();
  });

  it('drops a damaged entry', () => {
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, '{"name": "x.json", "json": "{not json"}');
    expect(restoreMapping(store)).toBeNull();
    store.setItem(STORAGE_KEY, '[1]');
    expect(restoreMapping(store)).toBeNull();
  });

  it('never throws when the browser refuses storage', () => {
    expect(restoreMapping(broken)).toBeNull();
    expect(keepMapping(broken, { json: '{}', name: 'a.json' })).toBe(false);
    expect(() => forgetMapping(broken)).not.toThrow();
    expect(restoreMapping(null)).toBeNull();
    expect(keepMapping(null, { json: '{}', name: 'a.json' })).toBe(false);
  });

  it('says where the mapping in use comes from', () => {
    expect(describeMapping({ json: '{}', name: 'team.json', origin: 'loaded' })).toMatch(/^Using the mapping from "team\.json"/);
    expect(describeMapping({ json: '{}', name: 'x', origin: 'restored' })).toMatch(/from your last visit/);
    expect(describeMapping({ json: '{}', name: 'x', origin: 'edited' })).toMatch(/^Your corrections are applied/);
  });
});
