// The headline figures of sales.overall, each with a stable data-testid for tests.
import { el } from '../ui/dom';
import { formatCount, formatDays, formatMoney, formatPercent, formatPercentRange } from './format';
import { figureOf, type Figure, type Report } from './report_types';

interface Card {
  label: string;
  testId: string;
  figure: Figure;
  format: (value: number) => string;
  notes?: HTMLElement[];
}

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
  const cards: Card[] = [
    { label: 'Deals', testId: 'deals', figure: figureOf(record, 'deals'), format: formatCount },
    { label: 'Won', testId: 'won', figure: figureOf(record, 'won'), format: formatCount },
    { label: 'Lost', testId: 'lost', figure: figureOf(record, 'lost'), format: formatCount },
    { label: 'Open', testId: 'open', figure: figureOf(record, 'open'), format: formatCount },
    {
      label: 'Win rate (won ÷ closed)',
      testId: 'win-rate',
      figure: winRate,
      format: (value) => formatPercent(value),
      notes: [
        note('95% interval ', 'win-rate-ci', intervalText(record, winRate)),
        note('Won ÷ created ', 'win-rate-inclusive', text(figureOf(record, 'win_rate_inclusive'), (v) => formatPercent(v))),
      ],
    },
    { label: 'Median sales cycle, won deals', testId: 'median-cycle-won', figure: figureOf(record, 'median_cycle_days_won'), format: formatDays },
    { label: 'Median ACV, won deals', testId: 'acv-median', figure: figureOf(record, 'acv_median'), format: money },
  ];
  const list = el('dl', { class: 'figure-grid' });
  for (const card of cards) {
    list.append(el('div', { class: card.testId === 'win-rate' ? 'figure figure-wide' : 'figure' }, [
      el('dt', {}, [card.label]),
      el('dd', {}, [
        el('span', { class: card.figure.value === null ? 'value missing' : 'value', 'data-testid': card.testId }, [
          text(card.figure, card.format),
        ]),
        card.notes ? el('div', { class: 'figure-notes' }, card.notes) : null,
      ]),
    ]));
  }
  section.append(list);
  return section;
}

function text(figure: Figure, format: (value: number) => string): string {
  return figure.value === null ? figure.reason : format(figure.value);
}

function intervalText(record: Record<string, unknown>, winRate: Figure): string {
  const ci = record.win_rate_ci;
  if (Array.isArray(ci) && ci.length === 2 && ci.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    return formatPercentRange(ci[0] as number, ci[1] as number);
  }
  const reason = record.win_rate_ci_reason;
  if (typeof reason === 'string' && reason !== '') return reason;
  return winRate.value === null ? winRate.reason : 'not in the report';
}

function note(label: string, testId: string, value: string): HTMLElement {
  return el('span', { class: 'figure-note' }, [label, el('span', { 'data-testid': testId }, [value])]);
}
