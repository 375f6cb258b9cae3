// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderCustomerSuccessView } from '../../../../webapp/src/report/views/customer_success_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';
import { sampleReport } from '../../fakes/sample_report';

const text = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('renderCustomerSuccessView', () => {
  it('shows tickets per account-month overall, in the first 90 days, and by segment', () => {
    const view = renderCustomerSuccessView(fullReport());
    expect(text(view, 'tickets-total')).toBe('1,830');
    expect(text(view, 'tickets-per-account-month')).toBe('0.62');
    expect(text(view, 'tickets-account-months')).toBe('2,950 account-months');
    expect(text(view, 'tickets-first-90d')).toBe('1.41');
    const chart = view.querySelector('[data-testid="tickets-by-segment-chart"]')!;
    expect(chart.querySelector('h3')!.textContent).toBe('Tickets per account-month by industry');
    expect(chart.querySelector('svg')!.textContent).toContain('1.32 · n=40 customers');
    const other = [...view.querySelectorAll('[data-testid="tickets-by-segment-table"] tbody tr')][2]!;
    expect(other.textContent).toContain('insufficient data (n=8)');
  });

  it('draws the Kaplan–Meier curve of time to value with its median', () => {
    const view = renderCustomerSuccessView(fullReport());
    expect(text(view, 'ttv-median')).toBe('34 days');
    expect(text(view, 'ttv-median-ci')).toBe('30 days – 39 days');
    expect(text(view, 'ttv-n')).toBe('210 customers');
    expect(text(view, 'ttv-censored')).toBe('30');
    const curve = view.querySelector('[data-testid="ttv-curve"]')!;
    expect(curve.querySelector('svg path')).not.toBeNull();
    expect(curve.querySelector('.chart-subtitle')!.textContent).toContain('Kaplan–Meier');
    expect(curve.querySelector('.chart-notes')!.textContent).toBe('2 customers went live before the deal closed.');
    const retail = [...view.querySelectorAll('[data-testid="ttv-by-segment-table"] tbody tr')][1]!;
    expect(retail.textContent).toContain('insufficient data (n=20)');
  });

  it('shows the health score by segment with the interval of its median', () => {
    const view = renderCustomerSuccessView(fullReport());
    expect(text(view, 'health-median')).toBe('74.0');
    expect(text(view, 'health-n')).toBe('240 accounts');
    const chart = view.querySelector('[data-testid="health-by-segment-chart"]')!;
    expect(chart.querySelector('svg')!.textContent).toContain('80.0 · n=110');
    expect(chart.querySelector('.chart-notes')!.textContent).toBe('No median: Other (insufficient data (n=4)).');
    const software = view.querySelector('[data-testid="health-by-segment-table"] tbody tr')!;
    expect(software.textContent).toContain('77.0–83.0');
  });

  it('says why a part is missing', () => {
    const report = fullReport();
    report.customer_success!.tickets = null;
    report.customer_success!.tickets_reason = 'no tickets file was given';
    report.customer_success!.health = null;
    const view = renderCustomerSuccessView(report);
    expect(text(view, 'tickets-missing')).toBe('No tickets file was given.');
    expect(text(view, 'health-missing')).toBe('No health scores in the accounts — map a health score column to see health by segment.');
    expect(view.querySelector('[data-testid="ttv-curve"] svg')).not.toBeNull();
  });

  it('says why there is no customer success section', () => {
    expect(text(renderCustomerSuccessView(nullSectionsReport()), 'customer_success-reason'))
      .toBe('No tickets file and no go-live or health columns were given — drop a tickets export, or accounts with go-live dates or health scores, to see customer success.');
    expect(text(renderCustomerSuccessView(sampleReport()), 'customer_success-reason'))
      .toBe('Customer success is not in this report: the engine that wrote it does not compute it yet.');
  });
});
