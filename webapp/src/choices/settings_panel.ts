// The analysis settings panel above the report: periods (month / quarter / year, fiscal year start),
// gross margin, the month revenue is taken at, the drift windows. Apply runs the analysis again;
// Import / Export read and write the settings file the CLI takes with --settings (the scorecard answers
// with it). The engine checks the values: its message for a refused file is shown here.
import { el } from '../ui/dom';
import { readSettingsFile, settingsFileOf, type AnalysisSettings } from './analysis_settings';
import { shareLinkView } from './share_link_view';

export interface SettingsPanelOptions {
  settings: AnalysisSettings;
  answers: Readonly<Record<string, boolean>>;
  /** What the engine used (report.settings / drift.windows), shown as each field's default. */
  inForce: { period: string; fiscalYearStartMonth: number | null; grossMargin: number | null; asOf: string | null; windows: string | null };
  /** The engine's message for the settings last applied, when it refused them. */
  error: string | null;
  onApply(settings: AnalysisSettings, answers: Record<string, boolean>): void;
  onExport(json: string, fileName: string): void;
  /** The share link of the choices in force, and how to copy it. */
  share?: { link: string; copy(text: string): Promise<void> };
}

export const SETTINGS_FILE_NAME = 'icp-drift-settings.json';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function settingsPanel(options: SettingsPanelOptions): HTMLElement {
  const s = options.settings;
  const message = el('p', { class: 'alert', 'aria-live': 'assertive', 'data-testid': 'settings-error' });
  const showError = (text: string | null) => {
    message.textContent = text ?? '';
    message.hidden = !text;
  };
  showError(options.error);

  const period = el('select', { id: 'setting-period', 'data-testid': 'setting-period' }, [
    el('option', { value: '' }, [`default (${options.inForce.period})`]),
    ...['month', 'quarter', 'year'].map((p) => el('option', { value: p }, [p])),
  ]);
  period.value = s.period ?? '';
  const fiscal = el('select', { id: 'setting-fiscal', 'data-testid': 'setting-fiscal' }, [
    el('option', { value: '' }, ['default (January)']),
    ...MONTHS.map((m, i) => el('option', { value: String(i + 1) }, [m])),
  ]);
  fiscal.value = s.fiscal_year_start_month !== undefined ? String(s.fiscal_year_start_month) : '';
  const margin = numberInput('setting-margin', s.gross_margin, options.inForce.grossMargin !== null ? `default ${options.inForce.grossMargin}` : 'default 0.8');
  const asOf = el('input', { type: 'month', id: 'setting-as-of', 'data-testid': 'setting-as-of' });
  asOf.value = s.as_of ?? '';
  const recent = numberInput('setting-recent', s.recent_quarters, 'default 4');
  const baseline = numberInput('setting-baseline', s.baseline_quarters, 'default 4');

  const collect = (): AnalysisSettings | string => {
    const out: AnalysisSettings = {};
    if (period.value) out.period = period.value as AnalysisSettings['period'];
    if (fiscal.value) out.fiscal_year_start_month = Number(fiscal.value);
    for (const [input, key, label] of [[margin, 'gross_margin', 'Gross margin'], [recent, 'recent_quarters', 'Recent window'], [baseline, 'baseline_quarters', 'Baseline window']] as const) {
      const text = input.value.trim();
      if (text === '') continue;
      const n = Number(text.replace(',', '.'));
      if (!Number.isFinite(n)) return `${label}: "${text}" is not a number.`;
      out[key] = n;
    }
    if (asOf.value) out.as_of = asOf.value;
    return out;
  };

  const form = el('form', { class: 'settings-form', 'data-testid': 'settings-form', novalidate: '' }, [
    field('setting-period', 'Periods', period),
    field('setting-fiscal', 'Fiscal year starts in', fiscal),
    field('setting-margin', 'Gross margin (0–1, for payback and LTV)', margin),
    field('setting-as-of', `Revenue as of (default ${options.inForce.asOf ?? 'the last complete month'})`, asOf),
    field('setting-recent', 'Recent window (quarters)', recent),
    field('setting-baseline', 'Baseline window (quarters)', baseline),
    el('div', { class: 'actions' }, [el('button', { type: 'submit', class: 'button primary', 'data-testid': 'settings-apply' }, ['Apply settings'])]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const settings = collect();
    if (typeof settings === 'string') {
      showError(settings);
      return;
    }
    showError(null);
    options.onApply(settings, { ...options.answers });
  });

  const fileInput = el('input', { type: 'file', accept: '.json,application/json', hidden: '', 'data-testid': 'settings-file-input', 'aria-label': 'Settings file' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const read = readSettingsFile(text);
      if (!read.ok) {
        showError(`${file.name}: ${read.message}.`);
        return;
      }
      options.onApply(read.settings, read.answers);
    });
  });
  const exportButton = el('button', { type: 'button', class: 'button secondary', 'data-testid': 'settings-export' }, ['Export settings']);
  exportButton.addEventListener('click', () => {
    const settings = collect();
    options.onExport(settingsFileOf(typeof settings === 'string' ? options.settings : settings, options.answers), SETTINGS_FILE_NAME);
  });
  const importButton = el('button', { type: 'button', class: 'button secondary', 'data-testid': 'settings-import' }, ['Import settings…']);
  importButton.addEventListener('click', () => fileInput.click());

  const summary = [
    options.inForce.period,
    options.inForce.fiscalYearStartMonth && options.inForce.fiscalYearStartMonth !== 1 ? `fiscal year from ${MONTHS[options.inForce.fiscalYearStartMonth - 1]}` : null,
    options.inForce.grossMargin !== null ? `gross margin ${options.inForce.grossMargin}` : null,
    options.inForce.asOf ? `revenue as of ${options.inForce.asOf}` : null,
    options.inForce.windows,
  ].filter(Boolean).join(' · ');
  const details = el('details', { class: 'settings-panel', 'data-testid': 'settings-panel' }, [
    el('summary', {}, [el('span', { class: 'settings-title' }, ['Analysis settings']), ' ', el('span', { class: 'hint', 'data-testid': 'settings-summary' }, [summary])]),
    message,
    form,
    el('div', { class: 'actions' }, [importButton, exportButton, fileInput]),
    el('p', { class: 'hint' }, ['The exported file, with your ICP file, gives the same report from the command line: icp-drift analyze … --settings icp-drift-settings.json --icp your.icp.json']),
    options.share ? shareLinkView(options.share.link, options.share.copy) : null,
  ]);
  if (options.error) details.open = true;
  return details;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, [el('label', { for: id }, [label]), control]);
}

function numberInput(id: string, value: number | undefined, placeholder: string): HTMLInputElement {
  const input = el('input', { type: 'text', id, 'data-testid': id, inputmode: 'decimal', placeholder, autocomplete: 'off' });
  input.value = value !== undefined ? String(value) : '';
  return input;
}
