// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderRevenueView } from '../../../../webapp/src/report/views/revenue_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';
import { sampleReport } from '../../fakes/sample_report';

const text = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('renderRevenueView', () => {
  it('shows NRR, GRR, logo churn with its intervals, and LTV or its reason', () => {
    const view = renderRevenueView(fullReport());
    expect(text(view, 'mrr')).toBe('512,000');
    expect(text(view, 'mrr-n')).toBe('231 paying customers');
    expect(text(view, 'nrr')).toBe('106.4%');
    expect(text(view, 'nrr-n')).toBe('180 customers 12 months ago');
    expect(text(view, 'grr')).toBe('91.2%');
    expect(text(view, 'logo-churn-monthly')).toBe('1.2%');
    expect(text(view, 'logo-churn-monthly-ci')).toBe('0.94–1.55%');
    expect(text(view, 'logo-churn-annualized')).toBe('13.6%');
    expect(text(view, 'logo-churn-annualized-ci')).toBe('10.7–17.1%');
    expect(text(view, 'ltv')).toBe('revenue churn is 0 over the last 6 months');
    expect(view.querySelector('[data-testid="ltv"]')!.classList.contains('missing')).toBe(true);
    expect(text(view, 'revenue-facts')).toBe('as of 2026-02 (the last complete month) · read from monthly MRR snapshots · 14 months · 260 customers · 4 rows without a customer');
  });

  it('stacks the MRR movements by month, losses below zero', () => {
    const view = renderRevenueView(fullReport());
    const chart = view.querySelector('[data-testid="mrr-movements-chart"]')!;
    const svg = chart.querySelector("svg[data-chart]")!;
    expect(svg).not.toBeNull();
    expect(chart.textContent).toContain('Churn');
    expect(chart.textContent).toContain('Expansion');
    const titles = [...svg.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toContain('2025-01 · Churn: -3,500');
    expect(titles).toContain('2025-01 · Contraction: -1,500');
    expect(titles).toContain('2025-01 · net change: 8,500');
    expect(view.querySelectorAll('[data-testid="mrr-movements-table"] tbody tr')).toHaveLength(14);
  });

  it('shows NRR by segment with n, and the segments without one with their reason', () => {
    const view = renderRevenueView(fullReport());
    const chart = view.querySelector('[data-testid="nrr-by-segment-chart"]')!;
    expect(chart.querySelector('svg')!.textContent).toContain('118.0% · n=90');
    expect(chart.querySelector('.chart-notes')!.textContent).toBe('No NRR: Other (insufficient data (n=5)).');
    const other = [...view.querySelectorAll('[data-testid="nrr-by-segment-table"] tbody tr')][2]!;
    expect(other.textContent).toContain('insufficient data (n=5)');
  });

  it('draws the cohort heatmaps of revenue and logo retention by month since start, with each cohort\'s n', () => {
    const view = renderRevenueView(fullReport());
    for (const id of ['revenue-retention-heatmap', 'logo-retention-heatmap']) {
      const svg = view.querySelector(`[data-testid="${id}"] svg[data-chart]`)!;
      expect(svg, id).not.toBeNull();
      expect(svg.textContent).toContain('2025-Q1 · n=40');
      expect(svg.querySelectorAll('[aria-label="cell"] rect')).toHaveLength(13 + 10 + 7);
    }
    const revenueTitles = [...view.querySelectorAll('[data-testid="revenue-retention-heatmap"] svg[data-chart] title')].map((t) => t.textContent);
    expect(revenueTitles).toContain('2025-Q1, month 12: 113.0%');
    expect(view.querySelector('[data-testid="cohorts-table"] tbody tr:nth-child(2)')!.textContent).toContain('cohort younger than 12 months');
  });

  it('says why there is no revenue: no revenue file, or an engine without revenue', () => {
    expect(text(renderRevenueView(nullSectionsReport()), 'revenue-reason'))
      .toBe('No revenue file was given — drop an MRR export to see retention.');
    expect(text(renderRevenueView(sampleReport()), 'revenue-reason'))
      .toBe('Revenue & retention is not in this report: the engine that wrote it does not compute it yet.');
  });

  it('says why a part is missing instead of drawing it', () => {
    const report = fullReport();
    delete report.revenue!.by_cohort;
    report.revenue!.movements = [];
    const view = renderRevenueView(report);
    expect(text(view, 'cohorts-missing')).toBe('This report has no cohorts: the engine that wrote it does not compute this yet.');
    expect(text(view, 'movements-missing')).toBe('No month has MRR.');
  });
});
