// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderEfficiencyView } from '../../../../webapp/src/report/views/efficiency_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';
import { sampleReport } from '../../fakes/sample_report';

const text = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('renderEfficiencyView', () => {
  it('shows spend, new logos, CAC and the margin used', () => {
    const view = renderEfficiencyView(fullReport());
    expect(text(view, 'spend-total')).toBe('$2,400,000');
    expect(text(view, 'new-logos-total')).toBe('240');
    expect(text(view, 'cac-overall')).toBe('$10,000');
    expect(text(view, 'efficiency-gross-margin')).toBe('80%');
    expect(text(view, 'new-mrr-basis')).toBe('new MRR per logo from the revenue file');
  });

  it('draws CAC and payback by period, the periods without one with their reason', () => {
    const view = renderEfficiencyView(fullReport());
    const cac = view.querySelector('[data-testid="cac-by-period-chart"]')!;
    expect(cac.querySelector('svg')).not.toBeNull();
    expect(cac.querySelector('.chart-subtitle')!.textContent).toBe('Spend ÷ new logos (USD) · n = 87 new logos');
    expect(cac.querySelector('.chart-notes')!.textContent).toContain('No CAC for 2025-Q3 (no new logos).');
    expect(view.querySelector('[data-testid="payback-by-period-chart"] svg')!.textContent).toContain('6'); // 5.95 months, labelled
    const q3 = [...view.querySelectorAll('[data-testid="cac-by-period-table"] tbody tr')][2]!;
    expect(q3.textContent).toContain('no new logos');
    expect(q3.textContent).not.toContain('$0');
  });

  it('draws CAC by channel and names the spend channels that match no lead source', () => {
    const view = renderEfficiencyView(fullReport());
    const chart = view.querySelector('[data-testid="cac-by-channel-chart"]')!;
    expect(chart.querySelector('svg')!.textContent).toContain('Paid Search');
    expect(chart.querySelector('.chart-notes')!.textContent).toContain('No CAC: Partner (no new logos).');
    expect(chart.querySelector('.chart-notes')!.textContent).toContain('Spend channels that match no lead source: Billboards.');
  });

  it('draws the magic number by quarter, the first quarter with its reason', () => {
    const view = renderEfficiencyView(fullReport());
    expect(view.querySelector('[data-testid="magic-number-chart"] svg')!.textContent).toContain('0.85');
    const first = view.querySelector('[data-testid="magic-number-table"] tbody tr')!;
    expect(first.textContent).toContain('no previous quarter');
  });

  it('says why there is no efficiency section', () => {
    expect(text(renderEfficiencyView(nullSectionsReport()), 'efficiency-reason'))
      .toBe('No spend file was given — drop a spend sheet (month, channel, spend) to see CAC and payback.');
    expect(text(renderEfficiencyView(sampleReport()), 'efficiency-reason'))
      .toBe('Efficiency is not in this report: the engine that wrote it does not compute it yet.');
  });
});
