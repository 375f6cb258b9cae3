// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderDriftView } from '../../../../webapp/src/report/views/drift_view';
import { renderIcpView } from '../../../../webapp/src/report/views/icp_view';
import { renderOverviewView, severityLabel } from '../../../../webapp/src/report/views/overview_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';

const text = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

describe('overview, drift and ICP views', () => {
  beforeEach(() => document.body.replaceChildren());

  it('overview: score, severity, onset with the fit-share chart, types, recommendation, rules, scorecard', () => {
    const view = renderOverviewView(fullReport());
    expect(text(view, 'drift-score')).toBe('68 / 100');
    expect(text(view, 'drift-severity')).toBe('High drift');
    expect(view.querySelectorAll('[data-testid="drift-components"] tbody tr')).toHaveLength(6);
    expect(text(view, 'drift-onset')).toBe('Since 2025-Q3 (p = 0.004).');
    const chart = view.querySelector('[data-testid="fit-share-chart"]')!;
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(chart.textContent).toContain('fit measured against the ICP derived from your data'.replace(/^f/, 'F'));
    expect(chart.querySelector('svg')!.textContent).toContain('onset 2025-Q3');
    expect(text(view, 'dominant-types')).toBe('UpmarketIndustry');
    expect(text(view, 'drift-types')).toContain('Channel — not evaluated: no lead source column');
    expect(text(view, 'derived-rules-overview')).toContain('industry in Software, Financial Services · employees 51–500');
    expect(view.querySelectorAll('[data-testid="scorecard-table"]')).toHaveLength(4);
    expect(view.textContent).toContain('unanswered');
  });

  it('overview: a significant change too small to score is not said as an onset of drift', () => {
    const report = fullReport();
    const drift = report.drift as { severity: string; components: { name: string; points: number }[] };
    drift.severity = 'none';
    drift.components.find((c) => c.name === 'fit_share')!.points = 0;
    expect(text(renderOverviewView(report), 'drift-onset'))
      .toBe('The fit share changes from 2025-Q3 (p = 0.004), but too little to count as drift (the fit share component below).');
    drift.components.find((c) => c.name === 'fit_share')!.points = 12;
    expect(text(renderOverviewView(report), 'drift-onset')).toBe('Since 2025-Q3 (p = 0.004).');
  });

  it('overview: the severity reads as words ("No drift", not "None drift")', () => {
    expect(severityLabel('none')).toBe('No drift');
    expect(severityLabel('low')).toBe('Low drift');
    expect(severityLabel('moderate')).toBe('Moderate drift');
    const report = fullReport();
    (report.drift as { severity: string }).severity = 'none';
    expect(text(renderOverviewView(report), 'drift-severity')).toBe('No drift');
  });

  it('overview: what moved — the mix of the dimension that shifted most, and the win rate over time', () => {
    const view = renderOverviewView(fullReport());
    const mix = view.querySelector('[data-testid="overview-mix-chart"]')!;
    expect(mix.querySelector('h3')!.textContent).toBe('Mix of new deals by industry, baseline vs recent');
    expect(mix.querySelector('svg')).not.toBeNull();
    const trend = view.querySelector('[data-testid="overview-win-rate-trend"]')!;
    expect(trend.querySelector('h3')!.textContent).toMatch(/^Win rate by /);
    expect(trend.querySelector('svg')).not.toBeNull();
    const report = fullReport();
    report.drift!.mix_shift = [];
    delete report.sales!.by_period;
    const bare = renderOverviewView(report);
    expect(text(bare, 'overview-mix-missing')).toBe('No dimension of new deals could be compared.');
    expect(text(bare, 'overview-win-rate-missing')).not.toBe('');
  });

  it('drift: paired bars per dimension, text-only levels, mix table, onset, indicators', () => {
    const view = renderDriftView(fullReport());
    document.body.append(view);
    const chart = view.querySelector('[data-testid="mix-shift-chart"]')!;
    expect(chart.querySelector('h3')!.textContent).toBe('Mix of new deals by industry, baseline vs recent');
    expect(chart.textContent).toContain('threshold 0.100: flagged');
    expect(chart.querySelector('svg[data-chart]')!.textContent).toContain('<img src=x');
    expect(document.querySelector('img')).toBeNull();
    const select = view.querySelector<HTMLSelectElement>('[data-testid="drift-dimension"]')!;
    select.value = 'lead_source';
    select.dispatchEvent(new Event('change'));
    expect(view.querySelector('[data-testid="mix-shift-chart"] h3')!.textContent).toContain('lead source');
    const rows = [...view.querySelectorAll('[data-testid="mix-shift-table"] tbody tr')];
    expect(rows).toHaveLength(4);
    expect(rows[3]!.textContent).toContain('insufficient data (n=12)');
    expect(text(view, 'onset-details')).toContain('2025-Q3');
    expect(view.querySelector('[data-testid="indicator-win_rate"] svg')).not.toBeNull();
    expect(view.querySelectorAll('[data-testid="indicators-table"] tbody tr')).toHaveLength(3);
  });

  it('icp: declared reason, derived rules with figures, what-if, scoring points', () => {
    const view = renderIcpView(fullReport());
    expect(text(view, 'declared-reason')).toMatch(/no ICP file was given/i);
    expect(text(view, 'derived-rules')).toBe('industry in Software, Financial Services · employees 51–500');
    expect(text(view, 'derived-in-sample')).toContain('80.0% (95% 73.0–86.0%)');
    expect(text(view, 'derived-validation')).toContain('insufficient data (n=30)');
    expect(text(view, 'qualification-bar')).toBe('Meets the qualification bar.');
    expect(text(view, 'icp-overlap')).toContain('No ICP was declared');
    expect(text(view, 'what-if')).toContain('no spend file was given');
    expect(view.querySelectorAll('[data-testid="scoring-points-table"] tbody tr')).toHaveLength(4);
  });

  it('null sections say why', () => {
    for (const render of [renderOverviewView, renderDriftView]) {
      expect(text(render(nullSectionsReport()), 'drift-reason')).toMatch(/^No deals file was given/);
    }
    expect(text(renderIcpView(nullSectionsReport()), 'icp-reason')).toMatch(/^No deals file was given/);
  });
});
