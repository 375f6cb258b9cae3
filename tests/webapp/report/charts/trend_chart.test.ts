// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { trendChart, type TrendPoint } from '../../../../webapp/src/report/charts/trend_chart';
import { dotCentres, inside, pathPoints, svgSize } from './geometry';

const points: TrendPoint[] = [
  { period: '2025-Q1', value: 0.3, interval: [0.22, 0.39], n: 120 },
  { period: '2025-Q2', value: 0.4, interval: [0.31, 0.5], n: 110 },
  { period: '2025-Q3', value: null, interval: [0.1, 0.8], n: 9 },
];

describe('trendChart', () => {
  it('draws each value inside the chart, higher rates higher up, with the band around them', () => {
    const svg = trendChart(points, { yLabel: 'Win rate (%)', nLabel: 'closed deals' })!;
    const size = svgSize(svg);
    const dots = dotCentres(svg);
    expect(dots).toHaveLength(2); // the period without a value has no dot
    for (const dot of dots) expect(inside(dot, size)).toBe(true);
    expect(dots[1]!.y).toBeLessThan(dots[0]!.y);
    const band = svg.querySelector('[aria-label="area"] path')!;
    const ys = pathPoints(band).map(([, y]) => y);
    expect(Math.min(...ys)).toBeLessThan(dots[1]!.y);
    expect(Math.max(...ys)).toBeGreaterThan(dots[0]!.y);
    // The band stops where the values stop: no band for a withheld figure.
    const xs = pathPoints(band).map(([x]) => x);
    expect(Math.max(...xs)).toBeCloseTo(dots[1]!.x, 0);
  });

  it('writes percent ticks and each period\'s n under its label, and a tooltip per dot', () => {
    const svg = trendChart(points, { yLabel: 'Win rate (%)', nLabel: 'closed deals' })!;
    const ticks = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toContain('20%');
    expect(svg.textContent).toContain('2025-Q3n=9');
    expect([...svg.querySelectorAll('title')].map((t) => t.textContent)).toContain('2025-Q1: 30.0%\n95% interval 22.0–39.0%\nn=120 closed deals');
  });

  it('draws nothing when no period has a value', () => {
    expect(trendChart([{ period: '2025-Q1', value: null, interval: null, n: 3 }], { yLabel: '', nLabel: '' })).toBeNull();
  });
});
