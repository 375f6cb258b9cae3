// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderSegmentsView } from '../../../../webapp/src/report/views/segments_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';
import { sampleReport } from '../../fakes/sample_report';

const rowsOf = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"] tbody tr`)];
const firstCells = (root: ParentNode, id: string) => rowsOf(root, id).map((row) => row.firstElementChild!.textContent);

describe('renderSegmentsView', () => {
  beforeEach(() => document.body.replaceChildren());

  it('draws the segment matrix of the first dimension: win rate, interval as error bars, n, and the segments that differ', () => {
    const view = renderSegmentsView(fullReport());
    const matrix = view.querySelector('[data-testid="segment-matrix"]')!;
    expect(matrix.querySelector('h3')!.textContent).toBe('Win rate by industry');
    expect(matrix.querySelector('.chart-subtitle')!.textContent).toMatch(/Wilson 95% interval.*n = closed deals/);
    const svg = matrix.querySelector('svg')!;
    expect(svg.textContent).toContain('Software');
    expect(svg.textContent).toContain('n=430');
    expect(svg.querySelectorAll('circle')).toHaveLength(3); // Other has no win rate
    expect(svg.querySelectorAll('[aria-label="rule"] line').length).toBeGreaterThanOrEqual(3);
    const notes = matrix.querySelector('.chart-notes')!.textContent!;
    expect(notes).toContain('No win rate: Other (insufficient data (n=11)).');
    expect(notes).toContain('folded into Other: Media, Travel');
    expect(notes).toContain('12 deals have no industry');
  });

  it('lists every figure by segment with the p- and BH q-values, the nulls as reasons', () => {
    const view = renderSegmentsView(fullReport());
    expect(firstCells(view, 'segment-table')).toEqual(['Software', 'Healthcare', 'Retail', 'Other']);
    const headers = [...view.querySelectorAll('[data-testid="segment-table"] thead th .sort-button')].map((b) => b.textContent!.replace(/[↕▲▼]/g, ''));
    expect(headers).toContain('q (BH)');
    expect(headers).toContain('Differs (q < 0.05)');
    const software = rowsOf(view, 'segment-table')[0]!.textContent!;
    expect(software).toContain('0.003');
    expect(software).toContain('yes');
    const other = rowsOf(view, 'segment-table')[3]!.textContent!;
    expect(other).toContain('insufficient data (n=11)');
    expect(other).toContain('insufficient data (n=1)');
  });

  it('switches dimension from the picker', () => {
    const view = renderSegmentsView(fullReport());
    document.body.append(view);
    const select = view.querySelector<HTMLSelectElement>('[data-testid="segment-dimension"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Industry', 'Employees', 'Lead source']);
    expect(document.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Segment by');
    select.value = 'employees_band';
    select.dispatchEvent(new Event('change'));
    expect(view.querySelector('[data-testid="segment-matrix"] h3')!.textContent).toBe('Win rate by employees');
    expect(firstCells(view, 'segment-table')).toEqual(['11-50', '51-200', '201-500']);
    expect(view.querySelectorAll('[data-testid="segment-matrix"]')).toHaveLength(1);
  });

  it('sorts the segment table by q-value, missing values last either way', () => {
    const view = renderSegmentsView(fullReport());
    const header = view.querySelector<HTMLButtonElement>('[data-testid="segment-table"] [data-sort-key="win_rate_q_value"]')!;
    header.click();
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(firstCells(view, 'segment-table')).toEqual(['Healthcare', 'Software', 'Retail', 'Other']);
    header.click();
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(firstCells(view, 'segment-table')).toEqual(['Retail', 'Software', 'Healthcare', 'Other']);
  });

  it('shows the two-dimension combinations of a chosen pair, best win rate first', () => {
    const view = renderSegmentsView(fullReport());
    const table = () => view.querySelector('[data-testid="combinations-table"]')!;
    expect(table().querySelector('thead th')!.textContent).toContain('Industry × Employees');
    expect(firstCells(view, 'combinations-table')).toEqual(['Software × 51-200', 'Healthcare × 11-50']);
    expect(table().querySelector('[data-sort-key="win_rate"]')!.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    const pair = view.querySelector<HTMLSelectElement>('[data-testid="combination-pair"]')!;
    expect([...pair.options].map((o) => o.textContent)).toEqual(['Industry × Employees (2)', 'Industry × Lead source (1)']);
    pair.value = 'industry × lead_source';
    pair.dispatchEvent(new Event('change'));
    expect(firstCells(view, 'combinations-table')).toEqual(['Software × Web']);
    expect(view.querySelector('[aria-labelledby="combinations-heading"] .hint')!.textContent).toContain('at least 30 closed deals');
  });

  it('says how the p- and q-values were computed', () => {
    const view = renderSegmentsView(fullReport());
    expect(view.querySelector('[data-testid="win-rate-test"]')!.textContent).toMatch(/^p and q: each segment against all other closed deals/);
  });

  it('says why there are no segments: an older engine, or no dimension with two segments', () => {
    const old = renderSegmentsView(sampleReport());
    expect(old.querySelector('[data-testid="segments-missing"]')!.textContent)
      .toBe('This report has no segments: the engine that wrote it does not compute this yet.');
    expect(old.querySelector('[data-testid="combinations-missing"]')).not.toBeNull();
    expect(old.querySelector('svg')).toBeNull();
    const none = renderSegmentsView(nullSectionsReport());
    expect(none.querySelector('[data-testid="segments-missing"]')!.textContent).toBe('No dimension has two segments or more.');
    const report = sampleReport();
    report.sales = null;
    report.sales_reason = 'no deals file was given';
    expect(renderSegmentsView(report).querySelector('[data-testid="sales-reason"]')!.textContent)
      .toBe('No deals file was given — drop a deals export to see win rates, periods and segments.');
  });

  it('renders segment names from files as text', () => {
    const report = fullReport();
    report.sales!.by_dimension!.industry![0]!.segment = '<img src=x onerror="window.__pwned=1">';
    const view = renderSegmentsView(report);
    expect(view.querySelector('img')).toBeNull();
    expect(view.textContent).toContain('<img src=x');
  });
});
