// The user's mapping kept in this browser (localStorage) for the next visit: the mapping file only —
// roles, column names, stage names, date order — never a row of data.
import type { MappingText } from '../worker/protocol';

export const STORAGE_KEY = 'icp-drift.mapping.v1';

/** Where the mapping in use came from, for the line that tells the user. */
export type MappingOrigin = 'loaded' | 'restored' | 'edited';

export interface ActiveMapping extends MappingText {
  origin: MappingOrigin;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The mapping kept on an earlier visit, or null (none, unreadable, or storage switched off). */
export function restoreMapping(store: Store | null): ActiveMapping | null {
  try {
    const raw = store?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as { name?: unknown; json?: unknown };
    if (typeof data.name !== 'string' || typeof data.json !== 'string') return null;
    JSON.parse(data.json); // a damaged entry is dropped, not sent to the engine
    return { name: data.name, json: data.json, origin: 'restored' };
  } catch {
    return null;
  }
}

/** Keeps the mapping for the next visit; false when the browser refuses (private mode, quota). */
export function keepMapping(store: Store | null, mapping: MappingText): boolean {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify({ name: mapping.name, json: mapping.json }));
    return store !== null;
  } catch {
    return false;
  }
}

export function forgetMapping(store: Store | null): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** window.localStorage, or null where reading it throws (some privacy settings). */
export function browserStore(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** "Using the mapping from team.json", as the review tells it. */
export function describeMapping(mapping: ActiveMapping): string {
  switch (mapping.origin) {
    case 'loaded':
      return `Using the mapping from "${mapping.name}". It is kept in this browser for your next visit.`;
    case 'restored':
      return 'Using the mapping kept in this browser from your last visit.';
    case 'edited':
      return 'Your corrections are applied, and kept in this browser for your next visit.';
  }
}
