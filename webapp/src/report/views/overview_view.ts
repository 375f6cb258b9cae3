// The Overview: the four answers at a glance — is the company drifting (score, severity, its
// components), since when (onset, the fit share by quarter), in which direction (drift types), and
// what moved (the mix of the dimension that shifted most, the win rate over time), what to do (the
// recommendation, the derived ICP's rules) — then the scorecard by function, whose
// questions the user answers here (the answers count toward the verdict when the page can run the
// analysis again).
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { fitShareChart } from '../charts/fit_share_chart';
import { formatCount, formatPValue, pIs } from '../format';
import type { ReportActions } from '../report_actions';
import { figureOf, intervalOf, type Drift, type FitSharePoint, type MixShift, type Report, type ScorecardItem } from '../report_types';
import { figureColumn, labelColumn, textColumn } from '../table_columns';
import { mixFigure, windowNames } from './drift_view';
import { rulesText } from './icp_rules';
import { winRateTrend } from './sales_view';
import { partReason, sectionReason } from './section_reason';

const COMPONENT_LABELS: Record<string, string> = {
  fit_share: 'Fit share', mix_shift: 'Mix shift', drift_types: 'Drift types', lagging_indicators: 'Lagging indicators',
  leading_indicators: 'Leading indicators', scorecard_answers: 'Scorecard answers',
};

const TYPE_LABELS: Record<string, string> = {
  upmarket: 'Upmarket', downmarket: 'Downmarket', industry: 'Industry', geography: 'Geography', use_case: 'Use case',
  channel: 'Channel', owner_concentration: 'Owner concentration',
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.replace(/_/g, ' ');
}

const rec = (o: unknown) => o as Record<string, unknown>;

export function renderOverviewView(report: Report, actions?: ReportActions): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'overview-view' });
  const missing = sectionReason(report, 'drift', 'Drift');
  if (missing) {
    view.append(missing);
    return view;
  }
  const drift = report.drift!;
  view.append(verdict(drift), onsetSection(drift), directionSection(drift), movedSection(report), actionSection(report), scorecardSection(drift, actions));
  return view;
}

/** "No drift", "Low drift", "Moderate drift", "High drift" (the engine's none | low | moderate | high). */
export function severityLabel(severity: string): string {
  if (severity === 'none') return 'No drift';
  return `${severity.charAt(0).toUpperCase()}${severity.slice(1)} drift`;
}

function verdict(drift: Drift): HTMLElement {
  const score = figureOf(rec(drift), 'score');
  const severity = typeof drift.severity === 'string' ? drift.severity : 'unknown';
  const components = Array.isArray(drift.components) ? drift.components : [];
  return el('section', { class: 'figures', 'aria-labelledby': 'overview-drift-heading' }, [
    el('h2', { id: 'overview-drift-heading' }, ['Is the company drifting?']),
    el('div', { class: 'drift-verdict' }, [
      el('span', { class: score.value === null ? 'drift-score missing' : 'drift-score', 'data-testid': 'drift-score' }, [
        score.value === null ? score.reason : `${formatCount(score.value)} / 100`]),
      el('span', { class: `severity-badge severity-${severity.replace(/[^a-z]/g, '')}`, 'data-testid': 'drift-severity' }, [
        severityLabel(severity)]),
    ]),
    el('p', { class: 'hint' }, ['Drift score 0–100: the sum of the points below, each out of its maximum.']),
    components.length > 0
      ? sortableTable(components, [
        labelColumn('name', 'Component', (c) => COMPONENT_LABELS[c.name] ?? c.name),
        figureColumn('points', 'Points', formatCount),
        figureColumn('max', 'Max', formatCount),
        textColumn('why', 'Why', (c) => (typeof c.why === 'string' ? c.why : '')),
      ], { testId: 'drift-components', caption: 'The drift score by component: points / max — why', csvName: 'icp-drift-drift-components' })
      : el('p', { class: 'missing' }, [`${partReason(rec(drift), 'components', 'score components')}.`]),
  ]);
}

export function fitBasisText(drift: Drift): string {
  if (drift.fit_basis === 'declared') return 'Fit measured against your declared ICP.';
  if (drift.fit_basis === 'derived') return 'Fit measured against the ICP derived from your data.';
  return `No ICP to measure fit against: ${partReason(rec(drift), 'fit_basis', 'fit basis')}.`;
}

export function fitShareFigure(drift: Drift, key = 'fit_share_by_period', testId = 'fit-share-chart', title = 'Fit share of new deals by quarter',
  note = fitBasisText(drift), unit = 'new deals'): HTMLElement {
  const rows: FitSharePoint[] = Array.isArray(drift[key]) ? drift[key] as FitSharePoint[] : [];
  const points = rows.map((p) => ({
    period: p.period,
    share: figureOf(rec(p), 'share').value,
    interval: intervalOf(rec(p), 'ci'),
    n: figureOf(rec(p), 'total').value,
  }));
  const onset = typeof drift.onset_period === 'string' ? drift.onset_period : null;
  const total = points.reduce((s, p) => s + (p.n ?? 0), 0);
  return chartFigure({
    testId,
    title,
    subtitle: `${unit === 'new deals' ? 'Deals' : 'Customers'} that fit the ICP ÷ ${unit} of the quarter (%), by ${unit === 'new deals' ? 'created' : 'first won'} quarter · band: Wilson 95% interval · n = ${unit} of the quarter (${formatCount(total)} in all)` +
      (onset ? ` · dashed line: onset ${onset}` : ''),
    emptyReason: Array.isArray(drift[key]) ? 'No quarter has a fit share.' : `${partReason(rec(drift), key, 'fit share by quarter')}.`,
    notes: [note],
  }, fitShareChart(points, onset, unit));
}

/** Whether the fit-share component scored no points: the share moves, but by less than counts as drift. */
function fitShareChangeTooSmall(drift: Drift): boolean {
  const components = Array.isArray(drift.components) ? drift.components : [];
  const fitShare = components.find((c) => c.name === 'fit_share');
  return fitShare !== undefined && fitShare.points === 0;
}

/**
 * The onset as a sentence. A change that is significant but too small to score (a million deals make a
 * 1-point step significant) is said as such, so that it never reads as drift under a "No drift" verdict.
 */
export function onsetSentence(drift: Drift): string {
  const onset = typeof drift.onset_period === 'string' ? drift.onset_period : null;
  if (!onset) return `No onset: ${partReason(rec(drift), 'onset_period', 'onset')}.`;
  const p = figureOf(rec(drift), 'onset_p_value');
  const pText = p.value !== null ? ` (p ${pIs(formatPValue(p.value))})` : '';
  if (fitShareChangeTooSmall(drift)) {
    return `The fit share changes from ${onset}${pText}, but too little to count as drift (the fit share component below).`;
  }
  return `Since ${onset}${pText}.`;
}

function onsetSection(drift: Drift): HTMLElement {
  return el('section', { class: 'figures', 'aria-labelledby': 'overview-onset-heading' }, [
    el('h2', { id: 'overview-onset-heading' }, ['Since when?']),
    el('p', { class: 'lead-answer', 'data-testid': 'drift-onset' }, [onsetSentence(drift)]),
    fitShareFigure(drift),
  ]);
}

function directionSection(drift: Drift): HTMLElement {
  const dominant = Array.isArray(drift.dominant_types) ? drift.dominant_types : [];
  const types = Array.isArray(drift.types) ? drift.types : [];
  return el('section', { class: 'figures', 'aria-labelledby': 'overview-direction-heading' }, [
    el('h2', { id: 'overview-direction-heading' }, ['In which direction?']),
    dominant.length > 0
      ? el('ul', { class: 'chips', 'data-testid': 'dominant-types' }, dominant.map((t) => el('li', { class: 'chip' }, [typeLabel(t)])))
      : el('p', { class: 'muted', 'data-testid': 'dominant-types' }, ['No drift type detected.']),
    types.length > 0
      ? el('ul', { class: 'plain-list drift-types', 'data-testid': 'drift-types' }, types.map((t) => el('li', { class: 'drift-type' }, [
        el('strong', {}, [typeLabel(t.type)]),
        ' — ',
        el('span', { class: t.detected ? 'status status-detected' : 'status' }, [
          t.evaluated === false ? 'not evaluated' : t.detected ? 'detected' : 'not detected']),
        t.evaluated === false
          ? `: ${typeof t.reason === 'string' && t.reason !== '' ? t.reason : 'no reason given'}`
          : typeof t.evidence === 'string' && t.evidence !== '' ? `: ${t.evidence}` : '',
      ])))
      : el('p', { class: 'missing' }, [`${partReason(rec(drift), 'types', 'drift types')}.`]),
  ]);
}

/**
 * The two charts beside the fit share that say the most at a glance: the mix of new deals in the
 * dimension that shifted most (smallest q, then largest JS distance), and the win rate over time.
 */
function movedSection(report: Report): HTMLElement {
  const drift = report.drift!;
  const shifts = (Array.isArray(drift.mix_shift) ? drift.mix_shift : []).filter((s) => s.kind !== 'numeric' && Array.isArray(s.levels));
  const q = (s: MixShift) => figureOf(rec(s), 'q_value').value ?? 1;
  const js = (s: MixShift) => figureOf(rec(s), 'js_distance').value ?? 0;
  const most = [...shifts].sort((a, b) => q(a) - q(b) || js(b) - js(a))[0];
  const trend = winRateTrend(report, 'overview-win-rate-trend');
  return el('section', { class: 'figures', 'aria-labelledby': 'overview-moved-heading' }, [
    el('h2', { id: 'overview-moved-heading' }, ['What moved?']),
    most ? mixFigure(most, windowNames(drift), 'overview-mix-chart')
      : el('p', { class: 'missing', 'data-testid': 'overview-mix-missing' }, [shifts.length === 0 && Array.isArray(drift.mix_shift)
        ? 'No dimension of new deals could be compared.' : `${partReason(rec(drift), 'mix_shift', 'mix shift')}.`]),
    trend ?? el('p', { class: 'missing', 'data-testid': 'overview-win-rate-missing' }, [`${partReason(rec(report.sales), 'by_period', 'sales by period')}.`]),
  ]);
}

function actionSection(report: Report): HTMLElement {
  const drift = report.drift!;
  const derived = report.icp?.derived ?? null;
  const rules = rulesText(derived?.rules ?? null);
  return el('section', { class: 'figures', 'aria-labelledby': 'overview-action-heading' }, [
    el('h2', { id: 'overview-action-heading' }, ['What to do']),
    el('p', { class: 'lead-answer', 'data-testid': 'drift-recommendation' }, [
      typeof drift.recommendation === 'string' && drift.recommendation !== '' ? drift.recommendation : `${partReason(rec(drift), 'recommendation', 'recommendation')}.`,
    ]),
    el('p', { 'data-testid': 'derived-rules-overview' }, [
      el('strong', {}, ['ICP derived from your data: ']),
      rules ?? (report.icp ? partReason(rec(derived), 'rules', 'derived ICP') : partReason(rec(report), 'icp', 'ICP section')),
    ]),
  ]);
}

const STATUS_TEXT: Record<string, string> = {
  detected: 'detected', not_detected: 'not detected', no_data: 'no data', yes: 'yes', no: 'no', unanswered: 'unanswered',
};

function scorecardSection(drift: Drift, actions?: ReportActions): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'overview-scorecard-heading' }, [
    el('h2', { id: 'overview-scorecard-heading' }, ['Scorecard']),
  ]);
  const card = drift.scorecard;
  const items = Array.isArray(card?.items) ? card!.items : null;
  if (!items) {
    section.append(el('p', { class: 'missing', 'data-testid': 'scorecard-missing' }, [`${partReason(rec(drift), 'scorecard', 'scorecard')}.`]));
    return section;
  }
  const n = (k: string) => figureOf(rec(card), k).value;
  section.append(el('p', { class: 'hint', 'data-testid': 'scorecard-summary' }, [
    `From the data: ${n('detected') ?? '–'} of ${n('evaluated') ?? '–'} symptoms detected · questions: ${n('answered') ?? '–'} of ${n('questions') ?? '–'} answered, ${n('answered_yes') ?? '–'} yes.` +
      (actions ? ' Answer the questions the data cannot, then update the verdict: your answers count toward it and are kept in this browser.' : ''),
  ]));
  // The answers being edited: those in force, changed by the selects below until applied.
  const answers: Record<string, boolean> = { ...(actions?.answers ?? {}) };
  const update = actions
    ? el('button', { type: 'button', class: 'button primary', 'data-testid': 'scorecard-apply', disabled: '' }, ['Update the verdict with my answers'])
    : null;
  const changed = () => {
    const before = actions!.answers;
    const keys = new Set([...Object.keys(before), ...Object.keys(answers)]);
    return [...keys].some((k) => before[k] !== answers[k]);
  };
  update?.addEventListener('click', () => actions!.applyAnswers({ ...answers }));
  const answerCell = (item: ScorecardItem): string | Node => {
    if (item.from_data || !actions) return '';
    const choice = el('select', { 'data-testid': 'scorecard-answer', 'data-item': item.id, 'aria-label': `Your answer: ${item.symptom ?? item.id}` }, [
      el('option', { value: '' }, ['not answered']), el('option', { value: 'yes' }, ['yes, we see this']), el('option', { value: 'no' }, ['no']),
    ]);
    choice.value = answers[item.id] === true ? 'yes' : answers[item.id] === false ? 'no' : '';
    choice.addEventListener('change', () => {
      if (choice.value === '') delete answers[item.id];
      else answers[item.id] = choice.value === 'yes';
      update!.disabled = !changed();
    });
    return choice;
  };
  const functions = [...new Set(items.map((i) => (typeof i.function === 'string' ? i.function : 'Other')))];
  for (const fn of functions) {
    const rows = items.filter((i) => (typeof i.function === 'string' ? i.function : 'Other') === fn);
    section.append(el('h3', { class: 'scorecard-function' }, [fn]), sortableTable<ScorecardItem>(rows, [
      labelColumn('symptom', 'Symptom', (i) => (typeof i.symptom === 'string' ? i.symptom : i.id)),
      textColumn('from_data', 'Source', (i) => (i.from_data ? 'from the data' : 'question')),
      textColumn('status', 'Status', (i) => STATUS_TEXT[String(i.status)] ?? String(i.status ?? '–')),
      textColumn('evidence', 'Evidence', (i) => (typeof i.evidence === 'string' ? i.evidence : '')),
      ...(actions ? [{ key: 'answer', label: 'Your answer', sortValue: (i: ScorecardItem) => (i.from_data ? null : String(i.status ?? '')), cell: answerCell,
        csv: { headers: ['answer'], values: (i: ScorecardItem) => [i.from_data ? '' : String(i.status ?? '')] } }] : []),
    ], { testId: 'scorecard-table', caption: `Scorecard: ${fn}`, csvName: `icp-drift-scorecard-${fn.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 30)}` }));
  }
  if (update) section.append(el('div', { class: 'actions' }, [update]));
  return section;
}
