// The Efficiency view: CAC and payback by period, CAC by channel, and the magic number by quarter.
import { el } from '../../ui/dom';
import { sortableTable } from '../../ui/sortable_table';
import { chartFigure } from '../charts/chart_frame';
import { HALF_WIDTH } from '../charts/palette';
import { periodBars } from '../charts/period_bars';
import { segmentBars, type SegmentBar } from '../charts/segment_bars';
import { figureGrid, figureNote, nNote, type FigureCard } from '../figure_cards';
import { compactMoney, formatCount, formatDecimal, formatMoney, formatMonths, formatPercent } from '../format';
import { bucketedByText, periodLabel } from '../labels';
import { figureOf, type Efficiency, type EfficiencyChannel, type EfficiencyPeriod, type MagicNumberQuarter, type Report } from '../report_types';
import { figureColumn, labelColumn } from '../table_columns';
import { partReason, sectionReason } from './section_reason';

export function renderEfficiencyView(report: Report): HTMLElement {
  const view = el('div', { class: 'view', 'data-testid': 'efficiency-view' });
  const missing = sectionReason(report, 'efficiency', 'Efficiency');
  if (missing) {
    view.append(el('section', { class: 'figures' }, [el('h2', {}, ['Efficiency']), missing]));
    return view;
  }
  const efficiency = report.efficiency!;
  const currency = efficiency.currency ?? report.sales?.overall?.currency ?? null;
  const period = typeof report.sales?.period === 'string' ? report.sales.period : report.settings?.period;
  view.append(
    headline(efficiency, currency),
    byPeriod(efficiency, currency, periodLabel(typeof period === 'string' ? period : undefined)),
    byChannel(efficiency, currency),
    magicNumber(efficiency, currency),
  );
  return view;
}

function headline(efficiency: Efficiency, currency: string | null): HTMLElement {
  const e = efficiency as Record<string, unknown>;
  const money = (v: number) => formatMoney(v, currency);
  const margin = figureOf(e, 'gross_margin');
  const basis = efficiency.new_mrr_basis === 'revenue'
    ? 'new MRR per logo from the revenue file'
    : efficiency.new_mrr_basis === 'deal_amount' ? 'new MRR per logo from won deal amounts' : null;
  const cards: FigureCard[] = [
    { label: 'Sales & marketing spend', testId: 'spend-total', figure: figureOf(e, 'spend_total'), format: money },
    { label: 'New logos', testId: 'new-logos-total', figure: figureOf(e, 'new_logos_total'), format: formatCount },
    { label: 'CAC (spend ÷ new logos)', testId: 'cac-overall', figure: figureOf(e, 'cac_overall'), format: money,
      notes: [nNote(e, 'new_logos_total', 'new logos', 'cac-overall-n')] },
    { label: 'Gross margin used', testId: 'efficiency-gross-margin', figure: margin, format: (v) => formatPercent(v, 0),
      notes: [basis ? figureNote('', 'new-mrr-basis', basis) : null] },
  ];
  return el('section', { class: 'figures', 'aria-labelledby': 'efficiency-heading' }, [
    el('h2', { id: 'efficiency-heading' }, ['Efficiency']),
    figureGrid(cards, 'efficiency-figures'),
  ]);
}

function byPeriod(efficiency: Efficiency, currency: string | null, noun: string): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'cac-period-heading' }, [
    el('h2', { id: 'cac-period-heading' }, [`CAC and payback by ${noun.toLowerCase()}`]),
  ]);
  const periods = Array.isArray(efficiency.by_period) ? efficiency.by_period : null;
  if (!periods || periods.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'cac-period-missing' }, [
      periods ? 'No period has spend.' : `${partReason(efficiency, 'by_period', 'CAC by period')}.`,
    ]));
    return section;
  }
  const value = (p: EfficiencyPeriod, key: string) => figureOf(p as Record<string, unknown>, key).value;
  const names = periods.map((p) => p.period);
  const money = (v: number) => formatMoney(v, currency);
  const unit = currency ? ` (${currency})` : '';
  const logos = periods.reduce((sum, p) => sum + (value(p, 'new_logos') ?? 0), 0);
  const margin = figureOf(efficiency as Record<string, unknown>, 'gross_margin').value;
  const missingNote = (key: string, what: string) => {
    const missing = periods.filter((p) => value(p, key) === null)
      .map((p) => `${p.period} (${figureOf(p as Record<string, unknown>, key).reason})`);
    return missing.length > 0 ? `No ${what} for ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? `, and ${missing.length - 6} more` : ''}.` : null;
  };
  section.append(
    el('div', { class: 'chart-row' }, [
      chartFigure({
        testId: 'cac-by-period-chart',
        title: `CAC by ${noun.toLowerCase()}`,
        subtitle: `Spend ÷ new logos${unit} · n = ${formatCount(logos)} new logos`,
        emptyReason: 'No period has a CAC.',
        wide: false,
        notes: [missingNote('cac', 'CAC'), bucketedByText(efficiency.bucketed_by, ['spend', 'new_logos'])],
      }, periodBars(names, [{ name: 'CAC', values: periods.map((p) => value(p, 'cac')) }], {
        yLabel: `↑ CAC${unit}`, format: compactMoney(currency), width: HALF_WIDTH,
      })),
      chartFigure({
        testId: 'payback-by-period-chart',
        title: `CAC payback by ${noun.toLowerCase()}`,
        subtitle: `Months: CAC ÷ (new MRR per logo × ${margin !== null ? formatPercent(margin, 0) : 'gross'} margin)`,
        emptyReason: 'No period has a payback.',
        wide: false,
        notes: [missingNote('cac_payback_months', 'payback')],
      }, periodBars(names, [{ name: 'Payback', values: periods.map((p) => value(p, 'cac_payback_months')) }], {
        yLabel: '↑ Months', format: (v) => formatDecimal(v, 1), width: HALF_WIDTH, labels: true,
      })),
    ]),
    sortableTable(periods, [
      labelColumn<EfficiencyPeriod>('period', noun),
      figureColumn('spend', 'Spend', money),
      figureColumn('new_logos', 'New logos', formatCount),
      figureColumn('cac', 'CAC', money),
      figureColumn('new_mrr_per_logo', 'New MRR per logo', money),
      figureColumn('cac_payback_months', 'Payback', formatMonths),
    ], { testId: 'cac-by-period-table', caption: `CAC and payback by ${noun.toLowerCase()}`, csvName: 'icp-drift-cac-by-period' }),
  );
  return section;
}

function byChannel(efficiency: Efficiency, currency: string | null): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'cac-channel-heading' }, [
    el('h2', { id: 'cac-channel-heading' }, ['CAC by channel']),
  ]);
  const channels = Array.isArray(efficiency.by_channel) ? efficiency.by_channel : null;
  if (!channels || channels.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'cac-channel-missing' }, [
      channels ? 'The spend file has no channels.' : `${partReason(efficiency, 'by_channel', 'CAC by channel')}.`,
    ]));
    return section;
  }
  const money = (v: number) => formatMoney(v, currency);
  const unit = currency ? ` (${currency})` : '';
  const bars: SegmentBar[] = [];
  const without: string[] = [];
  for (const row of channels) {
    const cac = figureOf(row as Record<string, unknown>, 'cac');
    const logos = figureOf(row as Record<string, unknown>, 'new_logos').value;
    if (cac.value === null) without.push(`${row.channel} (${cac.reason})`);
    else bars.push({ segment: row.channel, value: cac.value, nText: `n=${logos ?? '?'} logos` });
  }
  const unmatched = Array.isArray(efficiency.unmatched_spend_channels) ? efficiency.unmatched_spend_channels : [];
  section.append(
    chartFigure({
      testId: 'cac-by-channel-chart',
      title: 'CAC by channel',
      subtitle: `Spend of the channel ÷ new logos whose first won deal came from it (lead source)${unit} · n = new logos`,
      emptyReason: 'No channel has a CAC.',
      notes: [
        without.length > 0 ? `No CAC: ${without.join(', ')}.` : null,
        unmatched.length > 0 ? `Spend channels that match no lead source: ${unmatched.join(', ')}.` : null,
      ],
    }, segmentBars(bars, { xLabel: `CAC${unit} →`, format: compactMoney(currency) })),
    sortableTable(channels, [
      labelColumn<EfficiencyChannel>('channel', 'Channel'),
      figureColumn('spend', 'Spend', money),
      figureColumn('new_logos', 'New logos', formatCount),
      figureColumn('cac', 'CAC', money),
    ], { testId: 'cac-by-channel-table', caption: 'CAC by channel', csvName: 'icp-drift-cac-by-channel' }),
  );
  return section;
}

function magicNumber(efficiency: Efficiency, currency: string | null): HTMLElement {
  const section = el('section', { class: 'figures', 'aria-labelledby': 'magic-number-heading' }, [
    el('h2', { id: 'magic-number-heading' }, ['Magic number']),
  ]);
  const quarters = Array.isArray(efficiency.magic_number) ? efficiency.magic_number : null;
  if (!quarters || quarters.length === 0) {
    section.append(el('p', { class: 'missing', 'data-testid': 'magic-number-missing' }, [
      quarters ? 'No quarter has a magic number.' : `${partReason(efficiency, 'magic_number', 'magic number')}.`,
    ]));
    return section;
  }
  const money = (v: number) => formatMoney(v, currency);
  const value = (q: MagicNumberQuarter) => figureOf(q as Record<string, unknown>, 'magic_number').value;
  section.append(
    chartFigure({
      testId: 'magic-number-chart',
      title: 'Magic number by quarter',
      subtitle: `Net new ARR of the quarter ÷ the previous quarter's sales & marketing spend (a ratio; dashed line: 1) · n = ${quarters.length} quarters`,
      emptyReason: 'No quarter has a magic number (the first has no previous quarter).',
    }, periodBars(quarters.map((q) => q.quarter), [{ name: 'Magic number', values: quarters.map(value) }], {
      yLabel: '↑ Magic number', format: (v) => formatDecimal(v), labels: true, reference: 1,
    })),
    sortableTable(quarters, [
      labelColumn<MagicNumberQuarter>('quarter', 'Quarter'),
      figureColumn('net_new_arr', 'Net new ARR', money),
      figureColumn('prior_quarter_spend', 'Previous quarter spend', money),
      figureColumn('magic_number', 'Magic number', (v) => formatDecimal(v)),
    ], { testId: 'magic-number-table', caption: 'Magic number by quarter', csvName: 'icp-drift-magic-number' }),
  );
  return section;
}
