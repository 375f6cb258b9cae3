// A small line of an indicator's series by quarter (its own units), the points with their values.
import { dot, lineY, plot } from '@observablehq/plot';
import { ACCENT, HALF_WIDTH } from './palette';
import { shortLabel, sparseTicks } from './chart_frame';

export interface IndicatorPoint { label: string; value: number | null }

export function indicatorLine(series: readonly IndicatorPoint[], yLabel: string, format: (v: number) => string): Element | null {
  const withValue = series.filter((p) => p.value !== null);
  if (withValue.length < 2) return null;
  const labels = series.map((p) => p.label);
  const y = (p: IndicatorPoint) => p.value ?? Number.NaN;
  return plot({
    width: HALF_WIDTH,
    height: 170,
    marginLeft: 56,
    marginBottom: 34,
    x: { type: 'point', domain: labels, label: null, ticks: sparseTicks(labels, 6), tickFormat: (s: string) => shortLabel(s, 10), padding: 0.3 },
    y: { label: yLabel, grid: true, tickFormat: format, nice: true },
    marks: [
      lineY(series, { x: 'label', y, stroke: ACCENT, strokeWidth: 2 }),
      dot(withValue, { x: 'label', y, fill: ACCENT, r: 3, title: (p: IndicatorPoint) => `${p.label}: ${format(p.value!)}` }),
    ],
  });
}
