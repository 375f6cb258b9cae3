// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cohortHeatmap } from '../../../../webapp/src/report/charts/cohort_heatmap';

describe('cohortHeatmap', () => {
  it('has a cell per cohort and month with a value, coloured by bin, the value written in it', () => {
    const figure = cohortHeatmap([
      { cohort: '2025-Q1', customers: 40, values: [1, 1.2, 0.5] },
      { cohort: '2025-Q2', customers: 20, values: [1, null] },
    ], 'Revenue retained')!;
    const svg = figure.querySelector('svg:last-of-type')!;
    const cells = [...svg.querySelectorAll('[aria-label="cell"] rect')];
    expect(cells).toHaveLength(4);
    const fills = new Set(cells.map((c) => c.getAttribute('fill')));
    expect(fills.size).toBe(3); // 100%, 120% and 50% fall in different bins
    expect(svg.textContent).toContain('2025-Q1 · n=40');
    expect(svg.textContent).toContain('120');
    // The legend is drawn in SVG (no canvas image).
    expect(figure.querySelector('image')).toBeNull();
    expect(figure.textContent).toContain('Revenue retained (%)');
  });

  it('draws nothing when no cohort has a value', () => {
    expect(cohortHeatmap([{ cohort: '2025-Q1', customers: 3, values: [] }], 'x')).toBeNull();
  });
});
