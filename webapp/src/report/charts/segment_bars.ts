// One figure per segment as horizontal bars, with its interval as an error bar when it has one and
// its n written after the bar: NRR by segment, tickets per account-month, health, CAC by channel.
import { barX, plot, ruleX, ruleY, text } from '@observablehq/plot';
import { ACCENT, FULL_WIDTH, MUTED } from './palette';
import { percentTick, shortLabel } from './chart_frame';

export interface SegmentBar {
  segment: string;
  value: number;
  interval?: [number, number] | null;
  /** "n=42" (customers, deals…) */
  nText: string;
}

export interface SegmentBarsOptions {
  xLabel: string;
  format: (value: number) => string;
  /** the axis' ticks (default: format) */
  tickFormat?: (value: number) => string;
  /** x axis in percent (values are fractions) */
  percent?: boolean;
  /** a reference line: 100% NRR, the overall figure */
  reference?: number | null;
  width?: number;
}

export function segmentBars(rows: readonly SegmentBar[], options: SegmentBarsOptions): Element | null {
  if (rows.length === 0) return null;
  const high = Math.max(...rows.map((r) => r.interval?.[1] ?? r.value), options.reference ?? 0);
  const low = Math.min(0, ...rows.map((r) => r.interval?.[0] ?? r.value));
  const withInterval = rows.filter((r) => r.interval);
  return plot({
    width: options.width ?? FULL_WIDTH,
    height: Math.max(130, 50 + 32 * rows.length),
    marginLeft: 190,
    marginRight: 70,
    x: { domain: [low, high * 1.15 || 1], label: options.xLabel, grid: true,
      tickFormat: options.percent ? percentTick : (v: number) => (options.tickFormat ?? options.format)(v) },
    y: { type: 'band', domain: rows.map((r) => r.segment), label: null, tickFormat: (s: string) => shortLabel(s), padding: 0.25 },
    marks: [
      barX(rows, { x: 'value', y: 'segment', fill: ACCENT, fillOpacity: 0.85,
        title: (r: SegmentBar) => `${r.segment}: ${options.format(r.value)} (${r.nText})` }),
      ruleY(withInterval, { y: 'segment', x1: (r: SegmentBar) => r.interval![0], x2: (r: SegmentBar) => r.interval![1], stroke: '#1d2430', strokeWidth: 1.5 }),
      ruleX([0]),
      options.reference !== undefined && options.reference !== null ? ruleX([options.reference], { stroke: MUTED, strokeDasharray: '4,3' }) : null,
      text(rows, {
        x: (r: SegmentBar) => Math.max(r.value, r.interval?.[1] ?? r.value),
        y: 'segment',
        text: (r: SegmentBar) => `${options.format(r.value)} · ${r.nText}`,
        dx: 6,
        textAnchor: 'start',
        fill: MUTED,
        fontSize: 11,
      }),
    ],
  });
}
