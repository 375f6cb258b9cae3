// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { segmentMatrix } from '../../../../webapp/src/report/charts/segment_matrix';
import { dotCentres, inside, svgSize } from './geometry';

describe('segmentMatrix', () => {
  it('puts each segment\'s win rate on its row, inside the chart, with its interval as an error bar and n beside it', () => {
    const svg = segmentMatrix([
      { segment: 'Software', winRate: 0.45, interval: [0.4, 0.5], n: 400, differs: true },
      { segment: 'Retail', winRate: 0.15, interval: [0.08, 0.24], n: 60, differs: false },
    ], 0.3)!;
    const size = svgSize(svg);
    const [software, retail] = dotCentres(svg);
    expect(inside(software!, size) && inside(retail!, size)).toBe(true);
    expect(software!.x).toBeGreaterThan(retail!.x);
    expect(software!.y).toBeLessThan(retail!.y);
    const bars = [...svg.querySelectorAll('[aria-label="rule"] line')].map((l) => [Number(l.getAttribute('x1')), Number(l.getAttribute('x2'))]);
    expect(bars.some(([x1, x2]) => x1! < software!.x && x2! > software!.x)).toBe(true);
    expect(svg.textContent).toContain('n=400');
    expect(svg.querySelector('circle')!.getAttribute('fill')).not.toBe(svg.querySelectorAll('circle')[1]!.getAttribute('fill'));
  });

  it('draws nothing without a segment', () => {
    expect(segmentMatrix([], null)).toBeNull();
  });
});
