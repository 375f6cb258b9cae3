// The Sales view: the overall figures, then the trend by period — win rate with its Wilson band,
// deals created and won, bookings — and the table of every figure by period.
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { periodBars } from '../charts/period_bars';
import { trendChart } from '../charts/trend_chart';
import { compactMoney, formatCount, formatDays, formatMoney, formatPercent, formatPercentRange } from '../format';
import { bucketedByText, periodLabel } from '../labels';
import { renderSalesDetails, renderSalesOverview } from '../render_sales_overview';
import { figureOf, intervalOf, type Report, type SalesPeriod } from '../report_types';
import { figureColumn, intervalColumn, labelColumn } from '../table_columns';
import { partReason } from './section_reason';

export function renderSalesView(report: Report): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'sales-view' }, [renderSalesOverview(report)]);
  // Without sales, the overview says why (and nothing else can be shown).
  if (typeof report.sales !== 'object' || report.sales === null) return view;
  const details = renderSalesDetails(report);
  if (details) view.append(details);
  view.append(renderPeriods(report));
  return view;
}

function renderPeriods(report: Report): HTMLElement {
  const sales = report.sales!;
  const noun = periodLabel(sales.period);
  const section = el('section', { class: 'figures', 'aria-labelledby': 'sales-periods-heading' }, [
    el('h2', { id: 'sales-periods-heading' }, [`Sales by ${noun.toLowerCase()}`]),
  ]);
  const periods = Array.isArray(sales.by_period) ? sales.by_period : null;
  if (!periods || periods.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'sales-periods-missing' }, [
      periods ? `No ${noun.toLowerCase()} has deals.` : `${partReason(sales, 'by_period', 'sales by period')}.`,
    ]));
    return section;
  }
  const currency = sales.overall?.currency ?? null;
  const money = (v: number) => formatMoney(v, currency);
  const moneyUnit = currency ? ` (${currency})` : '';
  const bucketed = bucketedByText(sales.bucketed_by, ['created', 'won', 'lost', 'bookings', 'win_rate']);
  const names = periods.map((p) => p.period);
  const value = (p: SalesPeriod, key: string) => figureOf(p as Record<string, unknown>, key).value;

  section.append(
    winRateTrend(report, 'win-rate-trend')!,
    chartFigure({
      testId: 'created-won-chart',
      title: `Deals created and won by ${noun.toLowerCase()}`,
      subtitle: `Number of deals · created by created date, won by close date · n = ${formatCount(sum(periods, 'created'))} created, ${formatCount(sum(periods, 'won'))} won`,
      emptyReason: 'No period has a count of deals created or won.',
    }, periodBars(names, [
      { name: 'Created', values: periods.map((p) => value(p, 'created')) },
      { name: 'Won', values: periods.map((p) => value(p, 'won')) },
    ], { yLabel: '↑ Deals', format: formatCount })),
    chartFigure({
      testId: 'bookings-chart',
      title: `Bookings by ${noun.toLowerCase()}`,
      subtitle: `Amount of won deals${moneyUnit}, by close date · n = ${formatCount(sum(periods, 'won'))} won deals`,
      emptyReason: 'No period has bookings.',
      notes: [nullPeriodsNote(periods, 'bookings', 'bookings')],
    }, periodBars(names, [{ name: 'Bookings', values: periods.map((p) => value(p, 'bookings')) }], {
      yLabel: `↑ Bookings${moneyUnit}`, format: compactMoney(currency),
    })),
    sortableTable(periods, [
      labelColumn<SalesPeriod>('period', noun),
      figureColumn('created', 'Created', formatCount),
      figureColumn('pipeline_created', 'Pipeline created', money),
      figureColumn('won', 'Won', formatCount),
      figureColumn('lost', 'Lost', formatCount),
      figureColumn('closed', 'Closed', formatCount),
      figureColumn('win_rate', 'Win rate', (v) => formatPercent(v)),
      intervalColumn('win_rate_ci', '95% interval', (lo, hi) => formatPercentRange(lo, hi)),
      figureColumn('bookings', 'Bookings', money),
      figureColumn('new_logos', 'New logos', formatCount),
      figureColumn('acv_median', 'Median ACV', money),
      figureColumn('acv_mean', 'Mean ACV', money),
      figureColumn('median_cycle_days_won', 'Median cycle, won', formatDays),
      figureColumn('median_cycle_days_lost', 'Median cycle, lost', formatDays),
    ], { testId: 'sales-by-period-table', caption: `Every sales figure by ${noun.toLowerCase()}`, csvName: 'icp-drift-sales-by-period' }),
  );
  return section;
}

/** "3 deals are in no quarter: 2 closed without a close date, 1 without a created date." */
/** The win rate by period with its Wilson band, or null when the report has no periods. */
export function winRateTrend(report: Report, testId: string): HTMLElement | null {
  const sales = report.sales;
  const periods = sales && Array.isArray(sales.by_period) ? sales.by_period : null;
  if (!sales || !periods || periods.length === 0) return null;
  const noun = periodLabel(sales.period);
  const value = (p: SalesPeriod, key: string) => figureOf(p as Record<string, unknown>, key).value;
  const closedTotal = periods.reduce((sum, p) => sum + (value(p, 'closed') ?? 0), 0);
  const bucketed = bucketedByText(sales.bucketed_by, ['created', 'won', 'lost', 'bookings', 'win_rate']);
  return chartFigure({
    testId,
    title: `Win rate by ${noun.toLowerCase()}`,
    subtitle: `Won ÷ closed deals (%), band: Wilson 95% interval · n under each ${noun.toLowerCase()} = its closed deals (${formatCount(closedTotal)} in all)`,
    emptyReason: 'No period has enough closed deals for a win rate.',
    notes: [bucketed, nullPeriodsNote(periods, 'win_rate', 'win rate'), notInAnyPeriod(sales.not_in_any_period)],
  }, trendChart(periods.map((p) => ({
    period: p.period,
    value: value(p, 'win_rate'),
    interval: intervalOf(p as Record<string, unknown>, 'win_rate_ci'),
    n: value(p, 'closed'),
  })), { yLabel: '↑ Win rate (%)', nLabel: 'closed deals' }));
}

function notInAnyPeriod(counts: unknown): string | null {
  if (typeof counts !== 'object' || counts === null) return null;
  const parts = Object.entries(counts as Record<string, unknown>)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .map(([why, n]) => `${formatCount(n)} ${why.replace(/_/g, ' ')}`);
  return parts.length > 0 ? `Deals in no period: ${parts.join(', ')}.` : null;
}

function sum(periods: readonly SalesPeriod[], key: string): number {
  return periods.reduce((total, p) => total + (figureOf(p as Record<string, unknown>, key).value ?? 0), 0);
}

/** "No win rate for 2024-Q1 (insufficient data (n=8))" when some periods have none. */
function nullPeriodsNote(periods: readonly SalesPeriod[], key: string, what: string): string | null {
  const missing = periods
    .map((p) => ({ period: p.period, figure: figureOf(p as Record<string, unknown>, key) }))
    .filter((p) => p.figure.value === null);
  if (missing.length === 0) return null;
  const listed = missing.slice(0, 6).map((p) => `${p.period} (${p.figure.reason})`).join(', ');
  return `No ${what} for ${listed}${missing.length > 6 ? `, and ${missing.length - 6} more` : ''}.`;
}
