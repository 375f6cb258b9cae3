// The Drift view: the mix of new deals, baseline window vs recent window, for a chosen dimension
// (paired bars with the test, p, q, PSI and JS distance); every dimension's shift in one table; the
// onset's tests; the leading and lagging indicators with their series.
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { indicatorLine } from '../charts/indicator_line';
import { pairedBars, type PairedBar } from '../charts/paired_bars';
import { formatCount, formatDecimal, formatPercent, formatPValue, pIs } from '../format';
import { dimensionLabel, dimensionInText } from '../labels';
import { figureOf, type Drift, type DriftIndicator, type MixShift, type Report } from '../report_types';
import { figureColumn, flagColumn, intervalColumn, labelColumn, pValueColumn, textColumn } from '../table_columns';
import { dimensionPicker } from './dimension_picker';
import { partReason, sectionReason } from './section_reason';

const rec = (o: unknown) => o as Record<string, unknown>;
const num = (o: unknown, key: string, format: (v: number) => string) => {
  const f = figureOf(rec(o), key);
  return f.value === null ? f.reason : format(f.value);
};

export function renderDriftView(report: Report): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'drift-view' });
  const missing = sectionReason(report, 'drift', 'Drift');
  if (missing) {
    view.append(missing);
    return view;
  }
  const drift = report.drift!;
  view.append(mixSection(drift), onsetSection(drift), indicatorsSection(drift));
  return view;
}

export function windowNames(drift: Drift): [string, string] {
  const baseline = typeof drift.windows?.baseline === 'string' ? drift.windows.baseline : 'earlier';
  const recent = typeof drift.windows?.recent === 'string' ? drift.windows.recent : 'later';
  return [`Baseline ${baseline}`, `Recent ${recent}`];
}

function mixSection(drift: Drift): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'mix-heading' }, [el('h2', { id: 'mix-heading' }, ['Mix shift, baseline vs recent'])]);
  const shifts = Array.isArray(drift.mix_shift) ? drift.mix_shift : null;
  if (!shifts || shifts.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'mix-shift-missing' }, [
      shifts ? 'No dimension could be compared.' : `${partReason(rec(drift), 'mix_shift', 'mix shift')}.`]));
    return section;
  }
  const windows = windowNames(drift);
  section.append(el('p', { class: 'hint', 'data-testid': 'drift-windows' }, [`${windows[0]} · ${windows[1]} (new deals, by created date).`]));
  const categorical = shifts.filter((s) => s.kind !== 'numeric' && Array.isArray(s.levels));
  if (categorical.length > 0) {
    const body = el('div', { class: 'dimension-body' });
    const show = (name: string) => body.replaceChildren(mixFigure(categorical.find((s) => s.dimension === name)!, windows));
    section.append(dimensionPicker('drift-dimension', categorical.map((s) => s.dimension), categorical[0]!.dimension, show, 'Dimension'), body);
    show(categorical[0]!.dimension);
  }
  section.append(sortableTable<MixShift>(shifts, [
    labelColumn('dimension', 'Dimension', (s) => dimensionLabel(s.dimension)),
    textColumn('kind', 'Kind', (s) => String(s.kind ?? '–')),
    textColumn('test', 'Test', (s) => String(s.test ?? '–')),
    figureColumn('baseline_n', 'n baseline', formatCount),
    figureColumn('recent_n', 'n recent', formatCount),
    pValueColumn('p_value', 'p'),
    pValueColumn('q_value', 'q (BH)'),
    flagColumn('shifted', 'Shifted', 'yes', 'no'),
    figureColumn('psi', 'PSI', (v) => formatDecimal(v, 3)),
    flagColumn('psi_flagged', 'PSI over threshold', 'yes', 'no'),
    figureColumn('js_distance', 'JS distance', (v) => formatDecimal(v, 3)),
    figureColumn('linf', 'L∞', (v) => formatDecimal(v, 3)),
    figureColumn('ks_d', 'KS D', (v) => formatDecimal(v, 3)),
    figureColumn('wasserstein_normalized', 'Wasserstein (normalised)', (v) => formatDecimal(v, 3)),
    figureColumn('median_shift', 'Median shift', (v) => formatDecimal(v, 0)),
    intervalColumn('median_shift_ci', 'Median shift 95% interval', (lo, hi) => `${formatDecimal(lo, 0)} to ${formatDecimal(hi, 0)}`),
  ], { testId: 'mix-shift-table', caption: 'The mix shift of every dimension, baseline vs recent window', csvName: 'icp-drift-mix-shift' }));
  return section;
}

export function mixFigure(shift: MixShift, windows: [string, string], testId = 'mix-shift-chart'): HTMLElement {
  const rows: PairedBar[] = [];
  for (const level of shift.levels ?? []) {
    const b = figureOf(rec(level), 'baseline_share').value, r = figureOf(rec(level), 'recent_share').value;
    if (b !== null) rows.push({ level: level.level, window: windows[0], share: b, count: figureOf(rec(level), 'baseline').value });
    if (r !== null) rows.push({ level: level.level, window: windows[1], share: r, count: figureOf(rec(level), 'recent').value });
  }
  const label = dimensionInText(shift.dimension);
  const threshold = figureOf(rec(shift), 'psi_threshold').value;
  return chartFigure({
    testId,
    title: `Mix of new deals by ${label}, baseline vs recent`,
    subtitle: `Share of the window's new deals (%) · n = ${num(shift, 'baseline_n', formatCount)} baseline, ${num(shift, 'recent_n', formatCount)} recent deals`,
    emptyReason: `No ${label} level has a share in either window.`,
    notes: [
      `${String(shift.test ?? 'test')}: p ${pIs(num(shift, 'p_value', formatPValue))}, q (BH) ${pIs(num(shift, 'q_value', formatPValue))} — ${shift.shifted ? 'shifted' : 'not shifted'}.`,
      `PSI = ${num(shift, 'psi', (v) => formatDecimal(v, 3))}${threshold !== null ? ` (threshold ${formatDecimal(threshold, 3)}: ${shift.psi_flagged ? 'flagged' : 'not flagged'})` : ''} · JS distance = ${num(shift, 'js_distance', (v) => formatDecimal(v, 3))}.`,
    ],
  }, pairedBars(rows, windows));
}

function onsetSection(drift: Drift): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'onset-heading' }, [el('h2', { id: 'onset-heading' }, ['Onset'])]);
  const onset = drift.onset;
  if (!onset || typeof onset !== 'object') {
    section.append(el('p', { class: 'missing', 'data-testid': 'onset-missing' }, [`${partReason(rec(drift), 'onset', 'onset')}.`]));
    return section;
  }
  const p = (o: unknown) => num(o, 'p_value', formatPValue);
  const list: [string, string][] = [
    ['Detected', onset.detected === true ? `yes (${String(onset.shape ?? '')})` : 'no'],
    ['Trend test', onset.trend ? `${String(onset.trend.test ?? 'trend')}: z = ${num(onset.trend, 'z', (v) => formatDecimal(v, 2))}, p ${pIs(p(onset.trend))}` : partReason(rec(onset), 'trend', 'trend test')],
    ['Hinge onset', onset.hinge ? `${onset.hinge.onset_period ?? partReason(rec(onset.hinge), 'onset_period', 'onset period')}: stable share ${num(onset.hinge, 'stable_share', (v) => formatPercent(v))}, slope ${num(onset.hinge, 'slope_per_quarter', (v) => `${formatDecimal(v * 100, 1)} points`)} a quarter, p ${pIs(p(onset.hinge))} (${formatCount(Number(onset.hinge.replicates ?? 0))} replicates)` : partReason(rec(onset), 'hinge', 'hinge fit')],
    ['Step change', onset.step ? `${onset.step.change_period ?? '–'}: ${num(onset.step, 'rate_before', (v) => formatPercent(v))} → ${num(onset.step, 'rate_after', (v) => formatPercent(v))}, p ${pIs(p(onset.step))}` : partReason(rec(onset), 'step', 'step change')],
    ['Change periods (PELT)', Array.isArray(onset.change_periods) ? (onset.change_periods.length > 0 ? onset.change_periods.join(', ') : 'none') : partReason(rec(onset), 'change_periods', 'change periods')],
    ['Recent change probability (BOCPD)', num(onset, 'recent_change_probability', (v) => formatPercent(v))],
  ];
  section.append(el('dl', { class: 'fact-list', 'data-testid': 'onset-details' }, list.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])])));
  return section;
}

function indicatorsSection(drift: Drift): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'indicators-heading' }, [el('h2', { id: 'indicators-heading' }, ['Leading and lagging indicators'])]);
  const indicators = Array.isArray(drift.indicators) ? drift.indicators : null;
  if (!indicators) {
    section.append(el('p', { class: 'missing', 'data-testid': 'indicators-missing' }, [`${partReason(rec(drift), 'indicators', 'indicators')}.`]));
    return section;
  }
  section.append(sortableTable<DriftIndicator>(indicators, [
    labelColumn('what', 'Indicator', (i) => String(i.what ?? i.id)),
    textColumn('kind', 'Kind', (i) => String(i.kind ?? '–')),
    textColumn('test', 'Test', (i) => String(i.test ?? '–')),
    pValueColumn('p_value', 'p'),
    textColumn('detected', 'Detected', (i) => (i.evaluated === false ? 'not evaluated' : i.detected ? 'yes' : 'no')),
  ], { testId: 'indicators-table', caption: 'Leading and lagging indicators', csvName: 'icp-drift-indicators' }));
  const grid = el('div', { class: 'chart-grid' });
  for (const indicator of indicators) {
    const series = Array.isArray(indicator.series) ? indicator.series.map((p) => ({ label: p.label, value: figureOf(rec(p), 'value').value })) : [];
    if (series.length === 0) continue;
    const proportion = series.every((p) => p.value === null || (p.value >= 0 && p.value <= 1));
    const format = proportion ? (v: number) => formatPercent(v, 0) : (v: number) => formatDecimal(v, 0);
    grid.append(chartFigure({
      testId: `indicator-${indicator.id}`,
      title: String(indicator.what ?? indicator.id),
      subtitle: `By quarter (${proportion ? '%' : 'its units'}) · ${String(indicator.test ?? 'test')}: p ${pIs(num(indicator, 'p_value', formatPValue))} · ${series.length} quarters`,
      emptyReason: 'Fewer than two quarters have a value.',
      wide: false,
    }, indicatorLine(series, proportion ? '%' : '', format)));
  }
  if (grid.childElementCount > 0) section.append(grid);
  return section;
}


