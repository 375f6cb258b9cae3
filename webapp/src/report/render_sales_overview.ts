// The headline figures of sales.overall, each with a stable data-testid for tests.
import { el } from '../ui/dom';
import { figureGrid, figureNote, figureText, intervalText, nNote, type FigureCard } from './figure_cards';
import { formatCount, formatDays, formatMoney, formatPercent, formatPercentRange } from './format';
import { figureOf, intervalOf, type Report, type Summary } from './report_types';

export function renderSalesOverview(report: Report): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'sales-heading' }, [
    el('h2', { id: 'sales-heading' }, ['Sales, all deals']),
  ]);
  const overall = report.sales?.overall ?? null;
  if (!overall) {
    const sales = report.sales as Record<string, unknown> | null;
    const reason = [sales?.overall_reason, report.sales_reason].find((r) => typeof r === 'string' && r !== '');
    section.append(el('p', { class: 'missing', 'data-testid': 'sales-missing' }, [
      `No sales figures: ${typeof reason === 'string' ? reason : 'no deals file was given'}.`,
    ]));
    return section;
  }
  const record = overall as Record<string, unknown>;
  const money = (value: number) => formatMoney(value, overall.currency ?? null);
  const winRate = figureOf(record, 'win_rate');
  const cards: FigureCard[] = [
    { label: 'Deals', testId: 'deals', figure: figureOf(record, 'deals'), format: formatCount },
    { label: 'Won', testId: 'won', figure: figureOf(record, 'won'), format: formatCount },
    { label: 'Lost', testId: 'lost', figure: figureOf(record, 'lost'), format: formatCount },
    { label: 'Open', testId: 'open', figure: figureOf(record, 'open'), format: formatCount },
    {
      label: 'Win rate (won ÷ closed)',
      testId: 'win-rate',
      figure: winRate,
      format: (value) => formatPercent(value),
      wide: true,
      notes: [
        figureNote('95% interval ', 'win-rate-ci', intervalText(record, 'win_rate_ci', winRate, formatPercentRange)),
        figureNote('Won ÷ created ', 'win-rate-inclusive', figureText(figureOf(record, 'win_rate_inclusive'), (v) => formatPercent(v))),
        nNote(record, 'closed', 'closed deals', 'win-rate-n'),
      ],
    },
    {
      label: 'Median sales cycle, won deals',
      testId: 'median-cycle-won',
      figure: figureOf(record, 'median_cycle_days_won'),
      format: formatDays,
      notes: summaryNotes(overall.cycle_days_won, 'cycle-won', formatDays),
    },
    {
      label: 'Median ACV, won deals',
      testId: 'acv-median',
      figure: figureOf(record, 'acv_median'),
      format: money,
      notes: summaryNotes(overall.acv_won, 'acv-won', money),
    },
  ];
  section.append(figureGrid(cards));
  return section;
}

/** The more detailed figures of sales.overall (the Sales view shows them under the headline ones). */
export function renderSalesDetails(report: Report): HTMLElement | null {
  const overall = report.sales?.overall ?? null;
  if (!overall) return null;
  const record = overall as Record<string, unknown>;
  const money = (value: number) => formatMoney(value, overall.currency ?? null);
  const cards: FigureCard[] = [
    { label: 'Closed (won + lost)', testId: 'closed', figure: figureOf(record, 'closed'), format: formatCount },
    { label: 'Bookings (won amount)', testId: 'bookings', figure: figureOf(record, 'bookings'), format: money,
      notes: [nNote(record, 'n_won_with_amount', 'won deals with an amount', 'bookings-n')] },
    { label: 'Mean ACV, won deals', testId: 'acv-mean', figure: figureOf(record, 'acv_mean'), format: money,
      notes: [nNote(record, 'n_won_with_amount', 'won deals with an amount', 'acv-mean-n')] },
    {
      label: 'Median sales cycle, lost deals',
      testId: 'median-cycle-lost',
      figure: figureOf(record, 'median_cycle_days_lost'),
      format: formatDays,
      notes: summaryNotes(overall.cycle_days_lost, 'cycle-lost', formatDays),
    },
    { label: 'New logos (first won deal)', testId: 'new-logos', figure: figureOf(record, 'new_logos'), format: formatCount },
    { label: 'Pipeline created', testId: 'pipeline-created', figure: figureOf(record, 'pipeline_created'), format: money },
  ];
  return el('section', { class: 'figures', 'aria-labelledby': 'sales-details-heading' }, [
    el('h2', { id: 'sales-details-heading' }, ['More sales figures']),
    figureGrid(cards, 'sales-details'),
  ]);
}

/** "quartiles 38–67 days · median 95% interval 47–53 days · n = 404" under a median. */
function summaryNotes(summary: Summary | null | undefined, testId: string, format: (v: number) => string): (HTMLElement | null)[] {
  if (typeof summary !== 'object' || summary === null) return [];
  const record = summary as Record<string, unknown>;
  const q1 = figureOf(record, 'q1');
  const q3 = figureOf(record, 'q3');
  const ci = intervalOf(record, 'median_ci');
  return [
    q1.value !== null && q3.value !== null ? figureNote('Quartiles ', `${testId}-quartiles`, `${format(q1.value)} – ${format(q3.value)}`) : null,
    ci ? figureNote('95% interval of the median ', `${testId}-median-ci`, `${format(ci[0])} – ${format(ci[1])}`) : null,
    nNote(record, 'n', 'deals', `${testId}-n`),
  ];
}
