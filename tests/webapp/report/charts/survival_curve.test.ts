// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { survivalCurve } from '../../../../webapp/src/report/charts/survival_curve';
import { pathPoints, svgSize } from './geometry';

describe('survivalCurve', () => {
  it('steps down from 100% at day 0, inside the chart', () => {
    const svg = survivalCurve([{ day: 5, survival: 0.8 }, { day: 20, survival: 0.4 }], 15)!;
    const { width, height } = svgSize(svg);
    const points = pathPoints(svg.querySelector('[aria-label="line"] path')!);
    expect(points.length).toBeGreaterThanOrEqual(4);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    // Starts at the top (100%) and ends lower.
    expect(points[0]![1]).toBeLessThan(points[points.length - 1]![1]);
  });

  it('draws nothing without a curve', () => {
    expect(survivalCurve([], null)).toBeNull();
  });
});
