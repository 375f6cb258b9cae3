// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readSettingsFile, settingsFileOf } from '../../../webapp/src/choices/analysis_settings';
import { settingsPanel } from '../../../webapp/src/choices/settings_panel';

const inForce = { period: 'quarter', fiscalYearStartMonth: 1, grossMargin: 0.8, asOf: '2026-09', windows: 'recent 2025-Q4 – 2026-Q3 against 2024-Q4 – 2025-Q3' };

describe('analysis settings', () => {
  it('writes the settings file of the CLI, with only what was set, and reads it back', () => {
    const json = settingsFileOf({ period: 'month', gross_margin: 0.75, as_of: '2026-06' }, { sales_quarter_end_stress: true });
    expect(JSON.parse(json)).toEqual({ icp_drift_settings: 1, period: 'month', gross_margin: 0.75, as_of: '2026-06', scorecard: { sales_quarter_end_stress: true } });
    expect(readSettingsFile(json)).toEqual({ ok: true, settings: { period: 'month', gross_margin: 0.75, as_of: '2026-06' }, answers: { sales_quarter_end_stress: true } });
    expect(JSON.parse(settingsFileOf({}, {}))).toEqual({ icp_drift_settings: 1 });
  });

  it('refuses a file naming the bad key, as the engine would', () => {
    expect(readSettingsFile('{"perod":"month"}')).toMatchObject({ ok: false, message: expect.stringMatching(/^perod: unknown setting/) });
    expect(readSettingsFile('{"period":"week"}')).toMatchObject({ ok: false, message: 'period: expected month, quarter or year' });
    expect(readSettingsFile('{"scorecard":{"a":"yes"}}')).toMatchObject({ ok: false, message: 'scorecard.a: expected true or false' });
    expect(readSettingsFile('{"gross_margin":"80%"}')).toMatchObject({ ok: false, message: 'gross_margin: expected a number' });
    expect(readSettingsFile('[')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
    expect(readSettingsFile('{"as_of":null}')).toEqual({ ok: true, settings: {}, answers: {} });
  });

  it('the panel applies what the form holds, says a bad number by its label, and exports the file', () => {
    const applied: unknown[] = [];
    const exported: [string, string][] = [];
    const panel = settingsPanel({ settings: { recent_quarters: 2 }, answers: { a: true }, inForce, error: null,
      onApply: (s, a) => applied.push([s, a]), onExport: (json, name) => exported.push([json, name]) });
    document.body.replaceChildren(panel);
    expect(panel.querySelector('[data-testid="settings-summary"]')!.textContent).toBe('quarter · gross margin 0.8 · revenue as of 2026-09 · recent 2025-Q4 – 2026-Q3 against 2024-Q4 – 2025-Q3');
    const q = <T extends HTMLElement>(id: string) => panel.querySelector<T>(`[data-testid="${id}"]`)!;
    expect(q<HTMLInputElement>('setting-recent').value).toBe('2');
    q<HTMLSelectElement>('setting-period').value = 'month';
    q<HTMLSelectElement>('setting-fiscal').value = '4';
    q<HTMLInputElement>('setting-margin').value = '0,7';
    q<HTMLButtonElement>('settings-apply').click();
    expect(applied).toEqual([[{ period: 'month', fiscal_year_start_month: 4, gross_margin: 0.7, recent_quarters: 2 }, { a: true }]]);
    q<HTMLInputElement>('setting-baseline').value = 'four';
    q<HTMLButtonElement>('settings-apply').click();
    expect(applied).toHaveLength(1);
    expect(q('settings-error').textContent).toBe('Baseline window: "four" is not a number.');
    q<HTMLInputElement>('setting-baseline').value = '';
    q<HTMLButtonElement>('settings-export').click();
    expect(exported[0]![1]).toBe('icp-drift-settings.json');
    expect(JSON.parse(exported[0]![0])).toEqual({ icp_drift_settings: 1, period: 'month', fiscal_year_start_month: 4, gross_margin: 0.7, recent_quarters: 2, scorecard: { a: true } });
  });

  it('opens on the engine\'s message when the settings were refused', () => {
    const panel = settingsPanel({ settings: {}, answers: {}, inForce, error: 'settings: gross_margin: expected a fraction in (0, 1], such as 0.8', onApply: () => {}, onExport: () => {} });
    expect((panel as HTMLDetailsElement).open).toBe(true);
    expect(panel.querySelector('[data-testid="settings-error"]')!.textContent).toMatch(/gross_margin/);
  });
});
