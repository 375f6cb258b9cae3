// The Revenue & retention view: headline figures (MRR, NRR, GRR, logo churn, LTV), MRR movements by
// month, NRR by segment, and the cohort heatmaps of revenue and logo retention.
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { cohortHeatmap } from '../charts/cohort_heatmap';
import { mrrMovementsChart } from '../charts/mrr_movements_chart';
import { segmentBars, type SegmentBar } from '../charts/segment_bars';
import { figureGrid, figureNote, intervalText, nNote, type FigureCard } from '../figure_cards';
import { compactMoney, formatCount, formatMoney, formatPercent, formatPercentRange } from '../format';
import { dimensionLabel } from '../labels';
import { figureOf, type MrrMovement, type Report, type Revenue, type RevenueCohort, type RevenueSegment } from '../report_types';
import { figureColumn, labelColumn } from '../table_columns';
import { dimensionNames, dimensionPicker } from './dimension_picker';
import { partReason, sectionReason } from './section_reason';

export function renderRevenueView(report: Report): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'revenue-view' });
  const missing = sectionReason(report, 'revenue', 'Revenue & retention');
  if (missing) {
    view.append(el('section', { class: 'figures' }, [el('h2', {}, ['Revenue & retention']), missing]));
    return view;
  }
  const revenue = report.revenue!;
  const currency = revenue.currency ?? null;
  view.append(headline(revenue, currency), movements(revenue, currency), bySegment(revenue, currency), cohorts(revenue, currency));
  return view;
}

function headline(revenue: Revenue, currency: string | null): HTMLElement {
  const r = revenue as Record<string, unknown>;
  const money = (v: number) => formatMoney(v, currency);
  const percent = (v: number) => formatPercent(v);
  const nrr = figureOf(r, 'nrr_trailing_12m');
  const monthly = figureOf(r, 'logo_churn_monthly');
  const annual = figureOf(r, 'logo_churn_annualized');
  const cards: FigureCard[] = [
    { label: 'MRR', testId: 'mrr', figure: figureOf(r, 'mrr'), format: money, notes: [nNote(r, 'paying_customers', 'paying customers', 'mrr-n')] },
    { label: 'ARR', testId: 'arr', figure: figureOf(r, 'arr'), format: money },
    { label: 'NRR, trailing 12 months', testId: 'nrr', figure: nrr, format: percent,
      notes: [nNote(r, 'nrr_n', 'customers 12 months ago', 'nrr-n')] },
    { label: 'GRR, trailing 12 months', testId: 'grr', figure: figureOf(r, 'grr_trailing_12m'), format: percent,
      notes: [nNote(r, 'nrr_n', 'customers 12 months ago', 'grr-n')] },
    {
      label: 'Logo churn, monthly',
      testId: 'logo-churn-monthly',
      figure: monthly,
      format: percent,
      notes: [
        figureNote('95% interval ', 'logo-churn-monthly-ci', intervalText(r, 'logo_churn_monthly_ci', monthly, (lo, hi) => formatPercentRange(lo, hi, 2))),
        nNote(r, 'logo_churn_n', '', 'logo-churn-n'),
      ],
    },
    {
      label: 'Logo churn, annualised',
      testId: 'logo-churn-annualized',
      figure: annual,
      format: percent,
      notes: [figureNote('95% interval ', 'logo-churn-annualized-ci', intervalText(r, 'logo_churn_annualized_ci', annual, (lo, hi) => formatPercentRange(lo, hi)))],
    },
    { label: 'Revenue churn, monthly (last 6 months)', testId: 'revenue-churn', figure: figureOf(r, 'revenue_churn_monthly_6m'), format: (v) => formatPercent(v, 2) },
    { label: 'ARPA (MRR per account)', testId: 'arpa', figure: figureOf(r, 'arpa'), format: money },
    {
      label: 'LTV (ARPA × margin ÷ revenue churn)',
      testId: 'ltv',
      figure: figureOf(r, 'ltv'),
      format: money,
      wide: true,
      notes: [figureOf(r, 'gross_margin').value !== null ? figureNote('Gross margin ', 'revenue-gross-margin', formatPercent(figureOf(r, 'gross_margin').value!, 0)) : null],
    },
  ];
  const facts = [
    typeof revenue.as_of === 'string' ? `as of ${revenue.as_of} (the last complete month)` : null,
    typeof revenue.basis === 'string' ? `read from ${revenue.basis === 'intervals' ? 'subscription intervals' : 'monthly MRR snapshots'}` : null,
    figureOf(r, 'months').value !== null ? `${formatCount(figureOf(r, 'months').value!)} months` : null,
    figureOf(r, 'customers').value !== null ? `${formatCount(figureOf(r, 'customers').value!)} customers` : null,
    (figureOf(r, 'rows_without_customer').value ?? 0) > 0 ? `${formatCount(figureOf(r, 'rows_without_customer').value!)} rows without a customer` : null,
  ].filter(Boolean);
  return el('section', { class: 'figures', 'aria-labelledby': 'revenue-heading' }, [
    el('h2', { id: 'revenue-heading' }, ['Revenue & retention']),
    facts.length > 0 ? el('p', { class: 'hint', 'data-testid': 'revenue-facts' }, [facts.join(' · ')]) : null,
    figureGrid(cards, 'revenue-figures'),
  ]);
}

function movements(revenue: Revenue, currency: string | null): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'movements-heading' }, [
    el('h2', { id: 'movements-heading' }, ['MRR movements by month']),
  ]);
  const months = Array.isArray(revenue.movements) ? revenue.movements : null;
  if (!months || months.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'movements-missing' }, [
      months ? 'No month has MRR.' : `${partReason(revenue, 'movements', 'MRR movements')}.`,
    ]));
    return section;
  }
  const value = (m: MrrMovement, key: string) => figureOf(m as Record<string, unknown>, key).value;
  const money = (v: number) => formatMoney(v, currency);
  const unit = currency ? ` (${currency})` : '';
  section.append(
    chartFigure({
      testId: 'mrr-movements-chart',
      title: 'MRR movements by month',
      subtitle: `MRR gained (new, expansion, reactivation) above zero and lost (contraction, churn) below${unit} · black dot: net change · n = ${months.length} months`,
      emptyReason: 'No month has a movement.',
    }, mrrMovementsChart(months.map((m) => ({
      month: m.month,
      new: value(m, 'new'),
      expansion: value(m, 'expansion'),
      reactivation: value(m, 'reactivation'),
      contraction: value(m, 'contraction'),
      churn: value(m, 'churn'),
    })), `↑ MRR change${unit}`, money, compactMoney(currency))),
    sortableTable(months, [
      labelColumn<MrrMovement>('month', 'Month'),
      figureColumn('start_mrr', 'Start MRR', money),
      figureColumn('new', 'New', money),
      figureColumn('expansion', 'Expansion', money),
      figureColumn('reactivation', 'Reactivation', money),
      figureColumn('contraction', 'Contraction', money),
      figureColumn('churn', 'Churn', money),
      figureColumn('end_mrr', 'End MRR', money),
      figureColumn('customers_start', 'Customers at start', formatCount),
      figureColumn('new_customers', 'New customers', formatCount),
      figureColumn('reactivated_customers', 'Reactivated', formatCount),
      figureColumn('churned_customers', 'Churned', formatCount),
      figureColumn('customers_end', 'Customers at end', formatCount),
      figureColumn('logo_churn', 'Logo churn', (v) => formatPercent(v, 2)),
    ], { testId: 'mrr-movements-table', caption: 'MRR movements and customers by month', csvName: 'icp-drift-mrr-movements' }),
  );
  return section;
}

function bySegment(revenue: Revenue, currency: string | null): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'nrr-segments-heading' }, [
    el('h2', { id: 'nrr-segments-heading' }, ['Retention by segment']),
  ]);
  const names = dimensionNames(revenue.by_dimension);
  if (names.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'nrr-segments-missing' }, [
      revenue.by_dimension ? 'No dimension has two segments or more.' : `${partReason(revenue, 'by_dimension', 'retention by segment')}.`,
    ]));
    return section;
  }
  const money = (v: number) => formatMoney(v, currency);
  const body = el('div', { class: 'dimension-body' });
  const show = (name: string) => {
    const rows = revenue.by_dimension![name]!;
    const label = dimensionLabel(name);
    const record = (row: RevenueSegment) => row as Record<string, unknown>;
    const bars: SegmentBar[] = [];
    const without: string[] = [];
    for (const row of rows) {
      const nrr = figureOf(record(row), 'nrr_trailing_12m');
      if (nrr.value === null) without.push(`${row.segment} (${nrr.reason})`);
      else bars.push({ segment: row.segment, value: nrr.value, nText: `n=${figureOf(record(row), 'nrr_n').value ?? '?'}` });
    }
    body.replaceChildren(
      chartFigure({
        testId: 'nrr-by-segment-chart',
        title: `NRR by ${label.toLowerCase()}, trailing 12 months`,
        subtitle: 'MRR now of the customers of 12 months ago ÷ their MRR then (%) · n = those customers · dashed line: 100%',
        emptyReason: `No ${label.toLowerCase()} segment has enough customers for an NRR.`,
        notes: [without.length > 0 ? `No NRR: ${without.join(', ')}.` : null],
      }, segmentBars(bars, { xLabel: 'NRR (%) →', format: (v) => formatPercent(v), percent: true, reference: 1 })),
      sortableTable(rows, [
        labelColumn<RevenueSegment>('segment', label),
        figureColumn('customers', 'Customers', formatCount),
        figureColumn('mrr', 'MRR', money),
        figureColumn('nrr_n', 'NRR n', formatCount),
        figureColumn('nrr_trailing_12m', 'NRR', (v) => formatPercent(v)),
        figureColumn('grr_trailing_12m', 'GRR', (v) => formatPercent(v)),
        figureColumn('logo_churn_annualized', 'Logo churn (annualised)', (v) => formatPercent(v)),
        figureColumn('ltv', 'LTV', money),
      ], { testId: 'nrr-by-segment-table', caption: `Retention by ${label.toLowerCase()}`, csvName: 'icp-drift-retention-by-segment' }),
    );
  };
  section.append(dimensionPicker('revenue-dimension', names, names[0]!, show), body);
  show(names[0]!);
  return section;
}

function cohorts(revenue: Revenue, currency: string | null): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'cohorts-heading' }, [
    el('h2', { id: 'cohorts-heading' }, ['Retention by acquisition cohort']),
  ]);
  const rows = Array.isArray(revenue.by_cohort) ? revenue.by_cohort : null;
  if (!rows || rows.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'cohorts-missing' }, [
      rows ? 'No cohort has customers.' : `${partReason(revenue, 'by_cohort', 'cohorts')}.`,
    ]));
    return section;
  }
  const customers = (c: RevenueCohort) => figureOf(c as Record<string, unknown>, 'customers').value;
  const total = rows.reduce((sum, c) => sum + (customers(c) ?? 0), 0);
  const series = (key: 'revenue_retention' | 'logo_retention') => rows.map((c) => ({
    cohort: c.cohort,
    customers: customers(c),
    values: Array.isArray(c[key]) ? c[key]! : [],
  }));
  const money = (v: number) => formatMoney(v, currency);
  section.append(
    chartFigure({
      testId: 'revenue-retention-heatmap',
      title: 'Revenue retention by month since start',
      subtitle: `MRR of the cohort ÷ its MRR in its first month (%; over 100% is expansion) · one row per acquisition cohort, n = its customers (${formatCount(total)} in all)`,
      emptyReason: 'No cohort has a month of revenue retention.',
    }, cohortHeatmap(series('revenue_retention'), 'Revenue retained')),
    chartFigure({
      testId: 'logo-retention-heatmap',
      title: 'Logo retention by month since start',
      subtitle: `Customers of the cohort still paying ÷ its customers at start (%) · n = customers of the cohort (${formatCount(total)} in all)`,
      emptyReason: 'No cohort has a month of logo retention.',
    }, cohortHeatmap(series('logo_retention'), 'Logos retained')),
    sortableTable(rows, [
      labelColumn<RevenueCohort>('cohort', 'Cohort'),
      figureColumn('customers', 'Customers', formatCount),
      figureColumn('start_mrr', 'Start MRR', money),
      figureColumn('nrr_n', 'NRR n', formatCount),
      figureColumn('nrr_trailing_12m', 'NRR', (v) => formatPercent(v)),
      figureColumn('grr_trailing_12m', 'GRR', (v) => formatPercent(v)),
      figureColumn('logo_churn_annualized', 'Logo churn (annualised)', (v) => formatPercent(v)),
    ], { testId: 'cohorts-table', caption: 'Retention by acquisition cohort', csvName: 'icp-drift-cohorts' }),
  );
  return section;
}
