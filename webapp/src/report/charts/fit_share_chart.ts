// The share of new deals that fit the ICP by quarter, with its Wilson 95% interval as a band, each
// quarter's n under its label, and a vertical rule at the drift's onset.
import { areaY, dot, lineY, plot, ruleX, ruleY, text } from '@observablehq/plot';
import { formatPercent, formatPercentRange } from '../format';
import { ACCENT, FULL_WIDTH, HIGHLIGHT } from './palette';
import { percentTick, sparseTicks } from './chart_frame';

export interface FitSharePointView {
  period: string;
  share: number | null;
  interval: [number, number] | null;
  n: number | null;
}

export function fitShareChart(points: readonly FitSharePointView[], onset: string | null, unit = 'new deals'): Element | null {
  const withValue = points.filter((p) => p.share !== null);
  if (withValue.length === 0) return null;
  const periods = points.map((p) => p.period);
  const nOf = new Map(points.map((p) => [p.period, p.n]));
  const y = (p: FitSharePointView) => p.share ?? Number.NaN;
  const top = Math.min(1, Math.max(...points.map((p) => p.interval?.[1] ?? p.share ?? 0)) * 1.12 + 0.02);
  const onsetShown = onset !== null && periods.includes(onset);
  return plot({
    width: FULL_WIDTH,
    height: 300,
    marginTop: 28,
    marginBottom: 48,
    x: { type: 'point', domain: periods, label: null, ticks: sparseTicks(periods, 16), padding: 0.3,
      tickFormat: (period: string) => {
        const n = nOf.get(period);
        return n === null || n === undefined ? period : `${period}\nn=${n}`;
      } },
    y: { domain: [0, top], label: `Fit share of ${unit} (%)`, grid: true, tickFormat: percentTick },
    marks: [
      ruleY([0]),
      areaY(points.filter((p) => p.interval !== null && p.share !== null), {
        x: 'period', y1: (p: FitSharePointView) => p.interval![0], y2: (p: FitSharePointView) => p.interval![1], fill: ACCENT, fillOpacity: 0.16 }),
      lineY(points, { x: 'period', y, stroke: ACCENT, strokeWidth: 2 }),
      dot(withValue, { x: 'period', y, fill: ACCENT, r: 3.5,
        title: (p: FitSharePointView) => [`${p.period}: ${formatPercent(p.share!)}`,
          p.interval ? `95% interval ${formatPercentRange(p.interval[0], p.interval[1])}` : null,
          p.n !== null ? `n=${p.n} ${unit}` : null].filter(Boolean).join('\n') }),
      onsetShown ? ruleX([onset], { stroke: HIGHLIGHT, strokeWidth: 1.5, strokeDasharray: '5,3' }) : null,
      onsetShown ? text([onset], { x: (d: string) => d, frameAnchor: 'top', dy: -14, text: () => `onset ${onset}`, fill: HIGHLIGHT, fontSize: 11 }) : null,
    ],
  });
}
