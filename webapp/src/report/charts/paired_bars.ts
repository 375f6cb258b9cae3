// Two shares per level side by side — baseline and recent window — as horizontal bars (a facet per
// level), each with its share and n written after it: the mix of a dimension before and after.
import { barX, plot, ruleX, text } from '@observablehq/plot';
import { formatPercent } from '../format';
import { ACCENT_SOFT, FULL_WIDTH, HIGHLIGHT, MUTED } from './palette';
import { percentTick, shortLabel } from './chart_frame';

export interface PairedBar {
  level: string;
  /** "Baseline 2024-Q4 – 2025-Q3" */
  window: string;
  share: number;
  count: number | null;
}

export function pairedBars(rows: readonly PairedBar[], windows: readonly [string, string]): Element | null {
  if (rows.length === 0) return null;
  const levels = [...new Set(rows.map((r) => r.level))];
  const high = Math.max(...rows.map((r) => r.share), 0.05);
  const label = (r: PairedBar) => `${formatPercent(r.share)}${r.count !== null ? ` · n=${r.count}` : ''}`;
  return plot({
    width: FULL_WIDTH,
    height: Math.max(150, 60 + 44 * levels.length),
    marginLeft: 190,
    marginRight: 90,
    color: { domain: [...windows], range: [ACCENT_SOFT, HIGHLIGHT], legend: true },
    x: { domain: [0, Math.min(1, high * 1.25)], label: 'Share of new deals in the window (%)', grid: true, tickFormat: percentTick },
    y: { domain: [...windows], axis: null, padding: 0.1 },
    fy: { domain: levels, label: null, axis: 'left', tickFormat: (s: string) => shortLabel(s), padding: 0.25 },
    marks: [
      barX(rows, { x: 'share', y: 'window', fy: 'level', fill: 'window',
        title: (r: PairedBar) => `${r.level}, ${r.window}: ${label(r)}` }),
      ruleX([0]),
      text(rows, { x: 'share', y: 'window', fy: 'level', text: label, dx: 6, textAnchor: 'start', fill: MUTED, fontSize: 11 }),
    ],
  });
}
