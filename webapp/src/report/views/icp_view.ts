// The ICP view: the editor of the declared ICP (when the page can run the analysis again); the
// declared ICP (or why there is none) beside the one derived from the data, with its coverage,
// precision, recall and lift in sample and out of time; their overlap; the scored pipeline; the
// what-if; and the fit-score model's points per attribute level.
import { icpEditor } from '../../icp/icp_editor';
import { scoredPipeline } from '../../icp/scored_pipeline';
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { formatCount, formatDecimal, formatMoney, formatPercent, formatPercentRange } from '../format';
import { dimensionLabel } from '../labels';
import type { ReportActions } from '../report_actions';
import { figureOf, intervalOf, type Drift, type Icp, type Report, type RuleFigures, type ScoringLevel } from '../report_types';
import { figureColumn, labelColumn } from '../table_columns';
import { rulesText } from './icp_rules';
import { fitShareFigure } from './overview_view';
import { partReason, sectionReason } from './section_reason';

const rec = (o: unknown) => o as Record<string, unknown>;
const val = (o: unknown, key: string, format: (v: number) => string) => {
  const f = figureOf(rec(o), key);
  return f.value === null ? f.reason : format(f.value);
};
const ci = (o: unknown, key: string, range: (lo: number, hi: number) => string) => {
  const i = intervalOf(rec(o), key);
  if (i) return ` (95% ${range(i[0], i[1])})`;
  const reason = rec(o)?.[`${key}_reason`];
  return typeof reason === 'string' && reason !== '' ? ` (interval: ${reason})` : '';
};
const facts = (testId: string, list: [string, string][]) =>
  el('dl', { class: 'fact-list', 'data-testid': testId }, list.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])]));

export function renderIcpView(report: Report, actions?: ReportActions): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'icp-view' });
  const missing = sectionReason(report, 'icp', 'ICP');
  if (missing) {
    view.append(missing);
    return view;
  }
  const icp = report.icp!;
  if (actions) {
    view.append(icpEditor({
      declared: icp.declared?.rules ?? null,
      derived: icp.derived?.rules ?? null,
      suggestions: fieldSuggestions(report),
      refused: actions.icpRefused,
      onApply: (text) => actions.applyIcp(text),
      onDownload: (text) => actions.download(text.json, text.name, 'application/json'),
    }));
  }
  view.append(definitions(icp));
  if (report.drift) view.append(fitShareSection(report.drift));
  if (actions) view.append(scoredPipeline(actions.scored, (csv, name) => actions.download(csv, name, 'text/csv')));
  view.append(whatIf(icp, report.sales?.overall?.currency ?? null), scoring(icp));
  return view;
}

/** The fields an ICP rule can read, with the values seen in the data (account attributes only). */
export function fieldSuggestions(report: Report): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of report.sales?.dimensions ?? []) {
    if (!d.account_attribute || typeof d.name !== 'string') continue;
    if (d.banded) {
      out.set(d.name.replace(/_band$/, ''), []); // a numeric field: between, with numbers
      continue;
    }
    const values = [...(d.levels ?? []), ...(d.folded ?? [])].filter((v) => v !== 'Other');
    out.set(d.name, values);
  }
  return out;
}

function ruleFigures(f: RuleFigures | null | undefined): [string, string][] {
  const pct = (v: number) => formatPercent(v);
  const range = (lo: number, hi: number) => formatPercentRange(lo, hi);
  return [
    ['Coverage', `${val(f, 'coverage', pct)}${ci(f, 'coverage_ci', range)}`],
    ['Precision', `${val(f, 'precision', pct)}${ci(f, 'precision_ci', range)}`],
    ['Recall', `${val(f, 'recall', pct)}${ci(f, 'recall_ci', range)}`],
    ['Lift', `${val(f, 'lift', (v) => `${formatDecimal(v, 2)}×`)}${ci(f, 'lift_ci', (lo, hi) => `${formatDecimal(lo, 2)}–${formatDecimal(hi, 2)}×`)}`],
  ];
}

function definitions(icp: Icp): HTMLElement {
  const declared = icp.declared;
  const derived = icp.derived;
  const declaredCard = el('div', { class: 'icp-card', 'data-testid': 'icp-declared' }, [
    el('h3', {}, ['Declared ICP']),
    declared && typeof declared === 'object'
      ? el('p', { 'data-testid': 'declared-rules' }, [rulesText(declared.rules ?? null) ?? partReason(rec(declared), 'rules', 'declared rules')])
      : el('p', { class: 'missing', 'data-testid': 'declared-reason' }, [`${partReason(rec(icp), 'declared', 'declared ICP')}.`,
        ' Give an ICP file to compare your definition with the one in the data.']),
  ]);
  const validation = derived?.validation ?? null;
  const bar = validation?.meets_qualification_bar;
  const derivedCard = el('div', { class: 'icp-card', 'data-testid': 'icp-derived' }, [
    el('h3', {}, ['ICP derived from your data']),
    !derived
      ? el('p', { class: 'missing' }, [`${partReason(rec(icp), 'derived', 'derived ICP')}.`])
      : el('div', {}, [
        el('p', { 'data-testid': 'derived-rules' }, [rulesText(derived.rules ?? null) ?? `${partReason(rec(derived), 'rules', 'derived rules')}.`]),
        el('p', { class: 'hint' }, [`Good = ${String(derived.outcome ?? '–')} · ${val(derived, 'good', formatCount)} good, ${val(derived, 'bad', formatCount)} bad, ${val(derived, 'undecided', formatCount)} undecided ${String(derived.unit ?? '')}.`]),
        el('h4', {}, ['In sample']),
        facts('derived-in-sample', ruleFigures(derived)),
        el('h4', {}, ['Out of time']),
        validation
          ? el('div', {}, [
            el('p', { class: 'hint' }, [`Trained until ${String(validation.train_until ?? '–')}, tested on ${Array.isArray(validation.test_periods) && validation.test_periods.length > 0 ? validation.test_periods.join(', ') : '–'} (n = ${val(validation, 'n', formatCount)}).${typeof validation.reason === 'string' ? ` ${validation.reason}.` : ''}`]),
            facts('derived-validation', ruleFigures(validation)),
            el('p', { 'data-testid': 'qualification-bar' }, [bar === true ? 'Meets the qualification bar.' : bar === false ? 'Does not meet the qualification bar.' : 'Qualification bar: not assessed.']),
          ])
          : el('p', { class: 'missing' }, [`${partReason(rec(derived), 'validation', 'validation')}.`]),
      ]),
  ]);
  const overlap = icp.overlap;
  return el('section', { class: 'figures', 'aria-labelledby': 'icp-heading' }, [
    el('h2', { id: 'icp-heading' }, ['Declared vs derived']),
    el('div', { class: 'icp-pair' }, [declaredCard, derivedCard]),
    overlap && typeof overlap === 'object'
      ? facts('icp-overlap', [
        ['Customers compared', val(overlap, 'customers', formatCount)], ['Fit both', val(overlap, 'both', formatCount)],
        ['Declared only', val(overlap, 'declared_only', formatCount)], ['Derived only', val(overlap, 'derived_only', formatCount)],
        ['Neither', val(overlap, 'neither', formatCount)], ['Agreement', val(overlap, 'agreement', (v) => formatPercent(v))]])
      : el('p', { class: 'muted', 'data-testid': 'icp-overlap' }, [`Overlap: ${partReason(rec(icp), 'overlap', 'overlap')}.`]),
  ]);
}

function whatIf(icp: Icp, currency: string | null): HTMLElement {
  const w = icp.what_if;
  const section = el('section', { class: 'figures', 'aria-labelledby': 'what-if-heading' }, [el('h2', { id: 'what-if-heading' }, ['What if you sold only to fit accounts?'])]);
  if (!w || typeof w !== 'object') {
    section.append(el('p', { class: 'missing', 'data-testid': 'what-if-missing' }, [`${partReason(rec(icp), 'what_if', 'what-if')}.`]));
    return section;
  }
  const pct = (v: number) => formatPercent(v);
  const money = (v: number) => formatMoney(v, currency);
  section.append(facts('what-if', [
    ['Win rate, all closed deals', `${val(w, 'win_rate_all', pct)} (n = ${val(w, 'closed_all', formatCount)})`],
    ['Win rate, fit deals only', `${val(w, 'win_rate_fit', pct)}${ci(w, 'win_rate_fit_ci', (lo, hi) => formatPercentRange(lo, hi))} (n = ${val(w, 'closed_fit', formatCount)})`],
    ['NRR, all customers', val(w, 'nrr_all', pct)],
    ['NRR, fit customers', `${val(w, 'nrr_fit', pct)} (n = ${val(w, 'nrr_fit_n', formatCount)})`],
    ['CAC, all', val(w, 'cac_all', money)],
    ['CAC, fit', `${val(w, 'cac_fit', money)}${typeof w.cac_assumption === 'string' ? ` — assumes ${w.cac_assumption}` : ''}`],
  ]), el('p', { class: 'hint' }, [`Fit against the ${w.basis === 'declared' ? 'declared' : 'derived'} ICP.`]));
  return section;
}

interface PointsRow extends ScoringLevel { attribute: string }

function scoring(icp: Icp): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'scoring-heading' }, [el('h2', { id: 'scoring-heading' }, ['Fit score model'])]);
  const s = icp.scoring;
  if (!s || typeof s !== 'object') {
    section.append(el('p', { class: 'missing', 'data-testid': 'scoring-missing' }, [`${partReason(rec(icp), 'scoring', 'scoring model')}.`]));
    return section;
  }
  const summary = (o: unknown) => {
    const tiers = Array.isArray(rec(o)?.tiers) ? (rec(o).tiers as { name: string; n: number }[]).map((t) => `${t.name} ${formatCount(t.n)}`).join(', ') : '–';
    return `n = ${val(o, 'n', formatCount)} · mean score ${val(o, 'mean_score', (v) => formatDecimal(v, 1))} · pass ${val(o, 'pass', formatCount)} · tiers ${tiers}`;
  };
  section.append(facts('scoring-summary', [
    ['Pass score', val(s.model, 'pass_score', (v) => formatDecimal(v, 0))],
    ['Customers', s.customers ? summary(s.customers) : partReason(rec(s), 'customers', 'customer scores')],
    ['Open and closed deals', s.deals ? summary(s.deals) : partReason(rec(s), 'deals', 'deal scores')],
  ]));
  const rows: PointsRow[] = (s.model?.attributes ?? []).flatMap((a) => (a.levels ?? []).map((l) => ({ ...l, attribute: dimensionLabel(a.field) })));
  section.append(sortableTable<PointsRow>(rows, [
    labelColumn('attribute', 'Attribute', (r) => r.attribute),
    labelColumn('level', 'Level', (r) => r.level),
    figureColumn('n', 'n', formatCount),
    figureColumn('good', 'Good', formatCount),
    figureColumn('good_rate', 'Good rate', (v) => formatPercent(v)),
    figureColumn('log_odds', 'Log-odds', (v) => formatDecimal(v, 2)),
    figureColumn('points', 'Points', (v) => formatDecimal(v, 0)),
  ], { testId: 'scoring-points-table', caption: 'Fit score points per attribute level', csvName: 'icp-drift-fit-score-points' }));
  return section;
}

/** The fit share over time: of new deals and of new customers, and against the derived ICP too when one is declared. */
function fitShareSection(drift: Drift): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'icp-fit-share-heading' }, [
    el('h2', { id: 'icp-fit-share-heading' }, ['Fit share over time']),
    fitShareFigure(drift, 'fit_share_by_period', 'icp-fit-share-deals', 'Fit share of new deals by quarter'),
    fitShareFigure(drift, 'fit_share_of_new_customers', 'icp-fit-share-customers', 'Fit share of new customers by quarter', undefined, 'new customers'),
  ]);
  if (drift.fit_basis === 'declared') {
    section.append(fitShareFigure(drift, 'fit_share_by_period_derived', 'icp-fit-share-derived', 'Fit share of new deals by quarter, against the derived ICP',
      'The same deals measured against the ICP derived from your data: where the two lines part, your ICP and your data disagree.'));
  }
  return section;
}
