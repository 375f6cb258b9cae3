// The analysis settings as the page holds them (README "Analysis settings"): how periods are cut,
// the gross margin, the month revenue is taken at, the drift windows — and the scorecard answers —
// written as the settings file the CLI takes with --settings, so a team can share one file.
export interface AnalysisSettings {
  period?: 'month' | 'quarter' | 'year';
  fiscal_year_start_month?: number;
  gross_margin?: number;
  /** "2026-09" */
  as_of?: string;
  recent_quarters?: number;
  baseline_quarters?: number;
}

export const SETTING_KEYS = ['period', 'fiscal_year_start_month', 'gross_margin', 'as_of', 'recent_quarters', 'baseline_quarters'] as const;

/** The settings file of these settings and answers: only what differs from the engine's defaults is written. */
export function settingsFileOf(settings: AnalysisSettings, answers: Readonly<Record<string, boolean>>): string {
  const file: Record<string, unknown> = { icp_drift_settings: 1 };
  for (const key of SETTING_KEYS) if (settings[key] !== undefined) file[key] = settings[key];
  if (Object.keys(answers).length > 0) file.scorecard = { ...answers };
  return JSON.stringify(file, null, 2);
}

export function hasSettings(settings: AnalysisSettings): boolean {
  return SETTING_KEYS.some((key) => settings[key] !== undefined);
}

export type ReadSettings =
  | { ok: true; settings: AnalysisSettings; answers: Record<string, boolean> }
  | { ok: false; message: string };

/**
 * A settings file's settings and answers. Only the shape is checked here (the engine checks the values
 * and names a bad key); a key the page does not know is refused by name, as the engine would.
 */
export function readSettingsFile(json: string): ReadSettings {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (thrown) {
    return { ok: false, message: `it is not JSON (${thrown instanceof Error ? thrown.message : String(thrown)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: 'expected an object of settings' };
  const settings: AnalysisSettings = {};
  const answers: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'icp_drift_settings' || value === null) continue;
    if (key === 'scorecard') {
      if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'scorecard: expected an object of item id: true / false' };
      for (const [id, yes] of Object.entries(value as Record<string, unknown>)) {
        if (typeof yes !== 'boolean') return { ok: false, message: `scorecard.${id}: expected true or false` };
        answers[id] = yes;
      }
      continue;
    }
    switch (key) {
      case 'period':
        if (value !== 'month' && value !== 'quarter' && value !== 'year') return { ok: false, message: 'period: expected month, quarter or year' };
        settings.period = value;
        break;
      case 'as_of':
        if (typeof value !== 'string') return { ok: false, message: 'as_of: expected a month such as "2026-09"' };
        settings.as_of = value;
        break;
      case 'fiscal_year_start_month':
      case 'gross_margin':
      case 'recent_quarters':
      case 'baseline_quarters':
        if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, message: `${key}: expected a number` };
        settings[key] = value;
        break;
      default:
        return { ok: false, message: `${key}: unknown setting (${SETTING_KEYS.join(', ')}, scorecard)` };
    }
  }
  return { ok: true, settings, answers };
}
