// A share link: the page's address with the analysis choices in its fragment (#settings=…) — the
// mapping, the declared ICP, the settings and the scorecard answers, never a row of data — so everyone
// on a team who opens it analyses their own exports the same way. A fragment is never sent to the
// server that hosts the page. The payload is base64url of UTF-8 JSON:
//   { "icp_drift_share": 1, "mapping": {name, json}?, "icp": {name, json} | null?, "settings": {…settings file…}? }
import type { IcpText } from '../icp/icp_editor';
import type { MappingText } from '../worker/protocol';
import { hasSettings, readSettingsFile, settingsFileOf, type AnalysisSettings } from './analysis_settings';

export const SHARE_KEY = 'settings';
const VERSION = 1;

export interface SharedChoices {
  mapping?: MappingText;
  /** null: the link says "no declared ICP"; absent: it says nothing about the ICP. */
  icp?: IcpText | null;
  settings: AnalysisSettings;
  answers: Record<string, boolean>;
}

export type ReadShare = { ok: true; shared: SharedChoices } | { ok: false; message: string };

/** "#settings=eyJpY3Bf…" */
export function shareFragment(shared: SharedChoices): string {
  const payload: Record<string, unknown> = { icp_drift_share: VERSION };
  if (shared.mapping) payload.mapping = { name: shared.mapping.name, json: shared.mapping.json };
  if (shared.icp !== undefined) payload.icp = shared.icp === null ? null : { name: shared.icp.name, json: shared.icp.json };
  if (hasSettings(shared.settings) || Object.keys(shared.answers).length > 0) {
    payload.settings = JSON.parse(settingsFileOf(shared.settings, shared.answers)) as unknown;
  }
  return `#${SHARE_KEY}=${toBase64Url(JSON.stringify(payload))}`;
}

/** The page's address for these choices: `base` without its query's sample switch and with the fragment. */
export function shareLink(base: string, shared: SharedChoices): string {
  const url = new URL(base);
  url.searchParams.delete('sample');
  url.hash = shareFragment(shared);
  return url.toString();
}

/** The choices in a location's fragment; null when the fragment is not a share link. */
export function readShareFragment(hash: string): ReadShare | null {
  const prefix = `#${SHARE_KEY}=`;
  if (!hash.startsWith(prefix)) return null;
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(hash.slice(prefix.length)));
  } catch {
    return { ok: false, message: 'the link is cut short or damaged (its settings are not readable)' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: 'the link holds no settings' };
  const record = data as Record<string, unknown>;
  if (record.icp_drift_share !== VERSION) {
    return { ok: false, message: `the link was made by another version of icp-drift (share format ${JSON.stringify(record.icp_drift_share ?? null)}, this page reads ${VERSION})` };
  }
  const shared: SharedChoices = { settings: {}, answers: {} };
  if (record.mapping !== undefined) {
    const mapping = namedJson(record.mapping, 'mapping');
    if (typeof mapping === 'string') return { ok: false, message: mapping };
    shared.mapping = mapping;
  }
  if (record.icp !== undefined) {
    if (record.icp === null) shared.icp = null;
    else {
      const icp = namedJson(record.icp, 'icp');
      if (typeof icp === 'string') return { ok: false, message: icp };
      shared.icp = icp;
    }
  }
  if (record.settings !== undefined) {
    const read = readSettingsFile(JSON.stringify(record.settings));
    if (!read.ok) return { ok: false, message: `settings: ${read.message}` };
    shared.settings = read.settings;
    shared.answers = read.answers;
  }
  return { ok: true, shared };
}

/** "the mapping icp-drift-mapping.json, the ICP core.icp.json, 2 settings, 1 scorecard answer" */
export function describeShared(shared: SharedChoices): string {
  const parts: string[] = [];
  if (shared.mapping) parts.push(`the mapping ${shared.mapping.name}`);
  if (shared.icp === null) parts.push('no declared ICP');
  else if (shared.icp) parts.push(`the ICP ${shared.icp.name}`);
  const settings = Object.values(shared.settings).filter((v) => v !== undefined).length;
  if (settings > 0) parts.push(`${settings} ${settings === 1 ? 'setting' : 'settings'}`);
  const answers = Object.keys(shared.answers).length;
  if (answers > 0) parts.push(`${answers} scorecard ${answers === 1 ? 'answer' : 'answers'}`);
  return parts.length > 0 ? parts.join(', ') : 'the default settings';
}

function namedJson(value: unknown, what: string): { name: string; json: string } | string {
  if (typeof value !== 'object' || value === null) return `${what}: expected a file name and its JSON`;
  const { name, json } = value as { name?: unknown; json?: unknown };
  if (typeof name !== 'string' || typeof json !== 'string') return `${what}: expected a file name and its JSON`;
  try {
    JSON.parse(json);
  } catch (thrown) {
    return `${what} (${name}): it is not JSON (${thrown instanceof Error ? thrown.message : String(thrown)})`;
  }
  return { name, json };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
