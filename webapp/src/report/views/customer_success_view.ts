// The Customer success view: tickets per account-month by segment, time to value (the Kaplan–Meier
// curve of close → go-live and its medians), and health score by segment.
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { segmentBars, type SegmentBar } from '../charts/segment_bars';
import { survivalCurve } from '../charts/survival_curve';
import { figureGrid, figureNote, intervalText, nNote, type FigureCard } from '../figure_cards';
import { formatCount, formatDays, formatDecimal } from '../format';
import { dimensionLabel } from '../labels';
import {
  figureOf, intervalOf,
  type CustomerSuccess, type Health, type HealthSegment, type Report, type TicketSegment, type Tickets, type TimeToValue, type TimeToValueSegment,
} from '../report_types';
import { figureColumn, intervalColumn, labelColumn } from '../table_columns';
import { dimensionNames, dimensionPicker } from './dimension_picker';
import { sectionReason } from './section_reason';

export function renderCustomerSuccessView(report: Report): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'customer-success-view' });
  const missing = sectionReason(report, 'customer_success', 'Customer success');
  if (missing) {
    view.append(el('section', { class: 'figures' }, [el('h2', {}, ['Customer success']), missing]));
    return view;
  }
  const cs = report.customer_success!;
  const facts = [
    typeof cs.as_of === 'string' ? `as of ${cs.as_of}` : null,
    figureOf(cs as Record<string, unknown>, 'customers').value !== null ? `${formatCount(cs.customers!)} customers` : null,
  ].filter(Boolean);
  if (facts.length > 0) view.append(el('p', { class: 'hint', 'data-testid': 'customer-success-facts' }, [facts.join(' · ')]));
  view.append(tickets(cs), timeToValue(cs), health(cs));
  return view;
}

/** A sub-section that is null, or absent, says why (its "<key>_reason", or what would give it). */
function partMissing(cs: CustomerSuccess, key: 'tickets' | 'time_to_value' | 'health', fallback: string): HTMLElement | null {
  const value = cs[key];
  if (typeof value === 'object' && value !== null) return null;
  const reason = (cs as Record<string, unknown>)[`${key}_reason`];
  const text = typeof reason === 'string' && reason !== '' ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` : fallback;
  return el('p', { class: 'missing', 'data-testid': `${key.replace(/_/g, '-')}-missing` }, [text]);
}

function tickets(cs: CustomerSuccess): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'tickets-heading' }, [
    el('h2', { id: 'tickets-heading' }, ['Support tickets']),
  ]);
  const missing = partMissing(cs, 'tickets', 'No tickets file was given — drop a Zendesk (or similar) export to see tickets per account.');
  if (missing) {
    section.append(missing);
    return section;
  }
  const t = cs.tickets as Tickets;
  const r = t as Record<string, unknown>;
  const rate = (v: number) => formatDecimal(v, 2);
  const cards: FigureCard[] = [
    { label: 'Tickets', testId: 'tickets-total', figure: figureOf(r, 'tickets'), format: formatCount,
      notes: [
        (figureOf(r, 'without_customer').value ?? 0) > 0 ? figureNote('Without a customer ', 'tickets-without-customer', formatCount(t.without_customer!)) : null,
        (figureOf(r, 'before_start').value ?? 0) > 0 ? figureNote('Before the customer started ', 'tickets-before-start', formatCount(t.before_start!)) : null,
      ] },
    { label: 'Tickets per account-month', testId: 'tickets-per-account-month', figure: figureOf(r, 'per_account_month'), format: rate,
      notes: [nNote(r, 'account_months', 'account-months', 'tickets-account-months')] },
    { label: 'Per account-month, first 90 days', testId: 'tickets-first-90d', figure: figureOf(r, 'per_account_month_first_90d'), format: rate,
      notes: [nNote(r, 'customers_first_90d', 'customers', 'tickets-first-90d-n')] },
  ];
  section.append(figureGrid(cards, 'tickets-figures'));
  const names = dimensionNames(t.by_dimension);
  if (names.length === 0) return section;
  const body = el('div', { class: 'dimension-body' });
  const show = (name: string) => {
    const rows = t.by_dimension![name]!;
    const label = dimensionLabel(name);
    const bars: SegmentBar[] = [];
    for (const row of rows) {
      const value = figureOf(row as Record<string, unknown>, 'per_account_month').value;
      if (value !== null) bars.push({ segment: row.segment, value, nText: `n=${row.customers ?? '?'} customers` });
    }
    body.replaceChildren(
      chartFigure({
        testId: 'tickets-by-segment-chart',
        title: `Tickets per account-month by ${label.toLowerCase()}`,
        subtitle: 'Tickets ÷ months each customer was a customer · n = customers of the segment',
        emptyReason: `No ${label.toLowerCase()} segment has a ticket rate.`,
      }, segmentBars(bars, { xLabel: 'Tickets per account-month →', format: rate })),
      sortableTable(rows, [
        labelColumn<TicketSegment>('segment', label),
        figureColumn('customers', 'Customers', formatCount),
        figureColumn('per_account_month', 'Per account-month', rate),
        figureColumn('per_account_month_first_90d', 'Per account-month, first 90 days', rate),
      ], { testId: 'tickets-by-segment-table', caption: `Tickets by ${label.toLowerCase()}`, csvName: 'icp-drift-tickets-by-segment' }),
    );
  };
  section.append(dimensionPicker('tickets-dimension', names, names[0]!, show), body);
  show(names[0]!);
  return section;
}

function timeToValue(cs: CustomerSuccess): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'ttv-heading' }, [
    el('h2', { id: 'ttv-heading' }, ['Time to value (close → go-live)']),
  ]);
  const missing = partMissing(cs, 'time_to_value', 'No go-live dates in the accounts — map a go-live column to see time to value.');
  if (missing) {
    section.append(missing);
    return section;
  }
  const ttv = cs.time_to_value as TimeToValue;
  const r = ttv as Record<string, unknown>;
  const median = figureOf(r, 'median_days');
  const cards: FigureCard[] = [
    {
      label: 'Median time to value',
      testId: 'ttv-median',
      figure: median,
      format: formatDays,
      wide: true,
      notes: [
        figureNote('95% interval ', 'ttv-median-ci', intervalText(r, 'median_days_ci', median, (lo, hi) => `${formatDays(lo)} – ${formatDays(hi)}`)),
        nNote(r, 'n', 'customers', 'ttv-n'),
      ],
    },
    { label: 'Live (events)', testId: 'ttv-events', figure: figureOf(r, 'events'), format: formatCount },
    { label: 'Not live yet (censored)', testId: 'ttv-censored', figure: figureOf(r, 'censored'), format: formatCount },
  ];
  section.append(figureGrid(cards, 'ttv-figures'));
  const curve = Array.isArray(ttv.curve) ? ttv.curve : [];
  const before = figureOf(r, 'go_live_before_close').value;
  section.append(chartFigure({
    testId: 'ttv-curve',
    title: 'Customers not yet live, by days since close',
    subtitle: `Kaplan–Meier estimate (%; customers not live yet are censored, not dropped) · n = ${figureOf(r, 'n').value ?? '?'} customers, ` +
      `${figureOf(r, 'events').value ?? '?'} live · dashed line: the median`,
    emptyReason: 'The report has no time-to-value curve.',
    notes: [before !== null && before > 0 ? `${formatCount(before)} ${before === 1 ? 'customer went' : 'customers went'} live before the deal closed.` : null],
  }, survivalCurve(curve, median.value)));
  const names = dimensionNames(ttv.by_dimension);
  if (names.length > 0) {
    const body = el('div', { class: 'dimension-body' });
    const show = (name: string) => {
      const label = dimensionLabel(name);
      body.replaceChildren(sortableTable(ttv.by_dimension![name]!, [
        labelColumn<TimeToValueSegment>('segment', label),
        figureColumn('n', 'Customers', formatCount),
        figureColumn('events', 'Live', formatCount),
        figureColumn('median_days', 'Median time to value', formatDays),
      ], { testId: 'ttv-by-segment-table', caption: `Median time to value by ${label.toLowerCase()}`, csvName: 'icp-drift-time-to-value-by-segment' }));
    };
    section.append(dimensionPicker('ttv-dimension', names, names[0]!, show), body);
    show(names[0]!);
  }
  return section;
}

function health(cs: CustomerSuccess): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'health-heading' }, [
    el('h2', { id: 'health-heading' }, ['Health score']),
  ]);
  const missing = partMissing(cs, 'health', 'No health scores in the accounts — map a health score column to see health by segment.');
  if (missing) {
    section.append(missing);
    return section;
  }
  const h = cs.health as Health;
  const r = h as Record<string, unknown>;
  const score = (v: number) => formatDecimal(v, 1);
  section.append(figureGrid([
    { label: 'Median health score', testId: 'health-median', figure: figureOf(r, 'median'), format: score, notes: [nNote(r, 'n', 'accounts', 'health-n')] },
    { label: 'Mean health score', testId: 'health-mean', figure: figureOf(r, 'mean'), format: score },
  ], 'health-figures'));
  const names = dimensionNames(h.by_dimension);
  if (names.length === 0) return section;
  const body = el('div', { class: 'dimension-body' });
  const show = (name: string) => {
    const rows = h.by_dimension![name]!;
    const label = dimensionLabel(name);
    const bars: SegmentBar[] = [];
    const without: string[] = [];
    for (const row of rows) {
      const median = figureOf(row as Record<string, unknown>, 'median');
      if (median.value === null) without.push(`${row.segment} (${median.reason})`);
      else bars.push({ segment: row.segment, value: median.value, interval: intervalOf(row as Record<string, unknown>, 'median_ci'), nText: `n=${row.n ?? '?'}` });
    }
    body.replaceChildren(
      chartFigure({
        testId: 'health-by-segment-chart',
        title: `Median health score by ${label.toLowerCase()}`,
        subtitle: 'Health score as the accounts file has it · bars: 95% interval of the median · n = accounts with a score',
        emptyReason: `No ${label.toLowerCase()} segment has enough scores for a median.`,
        notes: [without.length > 0 ? `No median: ${without.join(', ')}.` : null],
      }, segmentBars(bars, { xLabel: 'Median health score →', format: score, tickFormat: (v) => formatDecimal(v, 0) })),
      sortableTable(rows, [
        labelColumn<HealthSegment>('segment', label),
        figureColumn('n', 'Accounts', formatCount),
        figureColumn('median', 'Median', score),
        intervalColumn('median_ci', '95% interval of the median', (lo, hi) => `${score(lo)}–${score(hi)}`),
        figureColumn('mean', 'Mean', score),
      ], { testId: 'health-by-segment-table', caption: `Health score by ${label.toLowerCase()}`, csvName: 'icp-drift-health-by-segment' }),
    );
  };
  section.append(dimensionPicker('health-dimension', names, names[0]!, show), body);
  show(names[0]!);
  return section;
}
