// The segment matrix: for one dimension, the win rate of each segment as a dot with its Wilson 95%
// interval as an error bar and its n written beside it; the overall win rate is a dashed line, and
// segments whose win rate differs from the rest (BH q < 0.05) are drawn in the highlight colour.
import { dot, plot, ruleX, ruleY, text } from '@observablehq/plot';
import { formatPercent, formatPercentRange } from '../format';
import { ACCENT, FULL_WIDTH, HIGHLIGHT, MUTED } from './palette';
import { percentTick, shortLabel } from './chart_frame';

export interface MatrixRow {
  segment: string;
  winRate: number;
  interval: [number, number] | null;
  /** closed deals */
  n: number | null;
  differs: boolean;
}

export function segmentMatrix(rows: readonly MatrixRow[], overall: number | null): Element | null {
  if (rows.length === 0) return null;
  const segments = rows.map((r) => r.segment);
  const top = Math.min(1, Math.max(...rows.map((r) => r.interval?.[1] ?? r.winRate), overall ?? 0) + 0.12);
  const withInterval = rows.filter((r) => r.interval !== null);
  const colour = (r: MatrixRow) => (r.differs ? HIGHLIGHT : ACCENT);
  return plot({
    width: FULL_WIDTH,
    height: 44 + 30 * rows.length,
    marginLeft: 190,
    marginRight: 24,
    x: { domain: [0, top], label: 'Win rate (%) →', grid: true, tickFormat: percentTick },
    y: { type: 'band', domain: segments, label: null, tickFormat: (s: string) => shortLabel(s) },
    marks: [
      overall !== null ? ruleX([overall], { stroke: MUTED, strokeDasharray: '4,3' }) : null,
      ruleY(withInterval, { y: 'segment', x1: (r: MatrixRow) => r.interval![0], x2: (r: MatrixRow) => r.interval![1], stroke: colour, strokeWidth: 2 }),
      dot(rows, {
        x: 'winRate',
        y: 'segment',
        r: 5,
        fill: colour,
        title: (r: MatrixRow) => [
          `${r.segment}: ${formatPercent(r.winRate)}`,
          r.interval ? `95% interval ${formatPercentRange(r.interval[0], r.interval[1])}` : null,
          r.n !== null ? `n=${r.n} closed deals` : null,
          r.differs ? 'differs from the other segments (q < 0.05)' : null,
        ].filter(Boolean).join('\n'),
      }),
      text(rows, {
        x: (r: MatrixRow) => r.interval?.[1] ?? r.winRate,
        y: 'segment',
        text: (r: MatrixRow) => (r.n === null ? '' : `n=${r.n}`),
        dx: 10,
        textAnchor: 'start',
        fill: MUTED,
        fontSize: 11,
      }),
    ],
  });
}
