// A proportion by period with its 95% interval as a band: the win rate by period (Wilson interval),
// with the number of closed deals of each period written above it.
import { areaY, dot, lineY, plot, ruleY } from '@observablehq/plot';
import { formatPercent, formatPercentRange } from '../format';
import { ACCENT, FULL_WIDTH } from './palette';
import { percentTick, sparseTicks } from './chart_frame';

export interface TrendPoint {
  period: string;
  value: number | null;
  interval: [number, number] | null;
  /** the n behind the value (closed deals) */
  n: number | null;
}

export interface TrendOptions {
  yLabel: string;
  /** "closed" → "n=34 closed" in the tooltips */
  nLabel: string;
}

/** null when no period has a value. */
export function trendChart(points: readonly TrendPoint[], options: TrendOptions): Element | null {
  const withValue = points.filter((p) => p.value !== null);
  if (withValue.length === 0) return null;
  const top = Math.min(1, Math.max(...points.map((p) => p.interval?.[1] ?? p.value ?? 0)) * 1.12 + 0.02);
  const periods = points.map((p) => p.period);
  const y = (p: TrendPoint) => p.value ?? Number.NaN;
  // The band only where there is a value: a withheld figure (insufficient data) is not drawn at all.
  const banded = points.filter((p) => p.interval !== null && p.value !== null);
  const nOf = new Map(points.map((p) => [p.period, p.n]));
  return plot({
    width: FULL_WIDTH,
    height: 300,
    marginTop: 24,
    marginBottom: 48,
    // Each period's n under its label.
    x: { type: 'point', domain: periods, label: null, ticks: sparseTicks(periods, 16), padding: 0.3,
      tickFormat: (period: string) => {
        const n = nOf.get(period);
        return n === null || n === undefined ? period : `${period}\nn=${n}`;
      } },
    y: { domain: [0, top], label: options.yLabel, grid: true, tickFormat: percentTick },
    marks: [
      ruleY([0]),
      areaY(banded, { x: 'period', y1: (p: TrendPoint) => p.interval![0], y2: (p: TrendPoint) => p.interval![1], fill: ACCENT, fillOpacity: 0.16 }),
      lineY(points, { x: 'period', y, stroke: ACCENT, strokeWidth: 2 }),
      dot(withValue, {
        x: 'period',
        y,
        fill: ACCENT,
        r: 3.5,
        title: (p: TrendPoint) => [
          `${p.period}: ${formatPercent(p.value!)}`,
          p.interval ? `95% interval ${formatPercentRange(p.interval[0], p.interval[1])}` : null,
          p.n !== null ? `n=${p.n} ${options.nLabel}` : null,
        ].filter(Boolean).join('\n'),
      }),
    ],
  });
}
