// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderSalesView } from '../../../../webapp/src/report/views/sales_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';
import { sampleReport } from '../../fakes/sample_report';

const text = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('renderSalesView', () => {
  beforeEach(() => document.body.replaceChildren());

  it('shows the overall figures with their intervals, quartiles and n', () => {
    const view = renderSalesView(fullReport());
    document.body.append(view);
    expect(text(view, 'deals')).toBe('1,237');
    expect(text(view, 'win-rate')).toBe('30.1%');
    expect(text(view, 'win-rate-ci')).toBe('27.3–33.0%');
    expect(text(view, 'win-rate-n')).toBe('1,001 closed deals');
    expect(text(view, 'acv-median')).toBe('$24,500');
    expect(text(view, 'acv-won-median-ci')).toBe('$22,000 – $27,000');
    expect(text(view, 'cycle-won-quartiles')).toBe('33 days – 68 days');
    expect(text(view, 'closed')).toBe('1,001');
    expect(text(view, 'bookings')).toBe('$9,401,000');
    expect(text(view, 'acv-mean')).toBe('$31,235');
    expect(text(view, 'median-cycle-lost')).toBe('52 days');
    expect(text(view, 'new-logos')).toBe('280');
    expect(text(view, 'pipeline-created')).toBe('$38,100,000');
  });

  it('draws the win-rate trend with its band, created/won counts and bookings by period', () => {
    const view = renderSalesView(fullReport());
    const trend = view.querySelector('[data-testid="win-rate-trend"]')!;
    expect(trend.querySelector('h3')!.textContent).toBe('Win rate by quarter');
    expect(trend.querySelector('.chart-subtitle')!.textContent).toContain('Wilson 95% interval');
    const svg = trend.querySelector('svg')!;
    expect(svg).not.toBeNull();
    expect(svg.querySelector('path[fill-opacity]') ?? svg.querySelector('g[fill-opacity] path')).not.toBeNull(); // the band
    expect(svg.textContent).toContain('n=160');
    expect(svg.textContent).toContain('2025-Q1');
    // The period without a win rate says why, instead of a 0 on the line.
    expect(trend.querySelector('.chart-notes')!.textContent).toContain('No win rate for 2026-Q2 (insufficient data (n=12))');
    expect(trend.textContent).toContain('created by created date');
    expect(trend.querySelector('.chart-notes')!.textContent).toContain('Deals in no period: 2 closed without close date, 1 outside range.');
    // The n of each period is under its label.
    expect(svg.textContent).toContain('2025-Q1n=160');
    expect(view.querySelector('[data-testid="created-won-chart"] svg')).not.toBeNull();
    expect(view.querySelector('[data-testid="created-won-chart"]')!.textContent).toContain('Created');
    expect(view.querySelector('[data-testid="bookings-chart"] svg')).not.toBeNull();
    expect(view.querySelector('[data-testid="bookings-chart"] .chart-subtitle')!.textContent).toContain('(USD)');
  });

  it('lists every figure by period in a sortable table, the missing ones with their reason', () => {
    const view = renderSalesView(fullReport());
    const rows = [...view.querySelectorAll('[data-testid="sales-by-period-table"] tbody tr')];
    expect(rows).toHaveLength(6);
    expect(rows[0]!.querySelector('th')!.textContent).toBe('2025-Q1');
    expect(rows[5]!.textContent).toContain('insufficient data (n=12)');
    expect(view.querySelector('[data-testid="sales-by-period-table-csv"]')!.textContent).toBe('Download CSV');
  });

  it('says why there are no periods, and keeps the overall figures, for an engine without them', () => {
    const view = renderSalesView(sampleReport());
    expect(text(view, 'deals')).toBe('1,237');
    expect(text(view, 'sales-periods-missing')).toBe('This report has no sales by period: the engine that wrote it does not compute this yet.');
    expect(view.querySelector('svg')).toBeNull();
    expect(text(view, 'new-logos')).toBe('not in the report');
    expect(view.textContent).not.toMatch(/NaN|undefined|null/);
    const empty = renderSalesView(nullSectionsReport());
    expect(text(empty, 'sales-periods-missing')).toBe('No quarter has deals.');
  });

  it('says why there is nothing without a deals file', () => {
    const report = sampleReport();
    report.sales = null;
    report.sales_reason = 'no deals file was given';
    const view = renderSalesView(report);
    expect(text(view, 'sales-missing')).toBe('No sales figures: no deals file was given.');
    expect(view.querySelector('svg')).toBeNull();
  });
});
