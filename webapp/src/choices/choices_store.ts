// The user's analysis choices kept in this browser (localStorage) for the next visit: the declared
// ICP (its JSON file), the analysis settings and the scorecard answers — settings only, never a row
// of data. They apply to
// the user's own files; the built-in sample keeps its own, in memory.
import type { IcpText } from '../icp/icp_editor';
import { hasSettings, readSettingsFile, settingsFileOf, type AnalysisSettings } from './analysis_settings';
import type { AnalysisChoices } from '../worker/protocol';

export const ICP_KEY = 'icp-drift.icp.v1';
export const ANSWERS_KEY = 'icp-drift.scorecard.v1';
export const SETTINGS_KEY = 'icp-drift.settings.v1';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Choices {
  /** The declared ICP; null: none; undefined: the default (the sample's own ICP for the sample, none for files). */
  icp: IcpText | null | undefined;
  /** Scorecard answers by item id. */
  answers: Record<string, boolean>;
  /** Periods, gross margin, as-of month, drift windows: only those the user set. */
  settings: AnalysisSettings;
}

export function defaultChoices(): Choices {
  return { icp: undefined, answers: {}, settings: {} };
}

/** The name a cleared ICP goes by in the request (the engine reads '' as no ICP). */
export const NO_ICP: IcpText = { json: '', name: 'no ICP' };

/** What the engine is given for these choices. */
export function requestChoices(choices: Choices): AnalysisChoices {
  const out: AnalysisChoices = {};
  if (choices.icp !== undefined) out.icp = choices.icp ?? NO_ICP;
  if (hasSettings(choices.settings) || Object.keys(choices.answers).length > 0) {
    out.settings = { json: settingsFileOf(choices.settings, choices.answers), name: 'settings' };
  }
  return out;
}

/** The choices kept on an earlier visit; damaged or missing entries give the defaults. */
export function restoreChoices(store: Store | null): Choices {
  const choices = defaultChoices();
  try {
    const icp = JSON.parse(store?.getItem(ICP_KEY) ?? 'null') as { json?: unknown; name?: unknown } | null;
    if (icp && typeof icp.json === 'string' && typeof icp.name === 'string') {
      if (icp.json !== '') JSON.parse(icp.json); // a damaged entry is dropped, not sent to the engine
      choices.icp = icp.json === '' ? null : { json: icp.json, name: icp.name };
    }
  } catch {
    choices.icp = undefined;
  }
  try {
    const answers = JSON.parse(store?.getItem(ANSWERS_KEY) ?? '{}') as unknown;
    if (answers && typeof answers === 'object' && !Array.isArray(answers)) {
      for (const [id, yes] of Object.entries(answers)) if (typeof yes === 'boolean') choices.answers[id] = yes;
    }
  } catch {
    // The defaults.
  }
  try {
    const read = readSettingsFile(store?.getItem(SETTINGS_KEY) ?? '{}');
    if (read.ok) choices.settings = read.settings;
  } catch {
    // The defaults.
  }
  return choices;
}

/** Keeps the choices for the next visit; false when the browser refuses (private mode, quota). */
export function keepChoices(store: Store | null, choices: Choices): boolean {
  if (!store) return false;
  try {
    if (choices.icp === undefined) store.removeItem(ICP_KEY);
    else store.setItem(ICP_KEY, JSON.stringify(choices.icp ?? NO_ICP));
    if (Object.keys(choices.answers).length === 0) store.removeItem(ANSWERS_KEY);
    else store.setItem(ANSWERS_KEY, JSON.stringify(choices.answers));
    if (!hasSettings(choices.settings)) store.removeItem(SETTINGS_KEY);
    else store.setItem(SETTINGS_KEY, settingsFileOf(choices.settings, {}));
    return true;
  } catch {
    return false;
  }
}
