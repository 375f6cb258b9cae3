// A Kaplan–Meier curve: the share of customers not yet live by days since close (a step function;
// censored customers leave the "at risk" count without a step), with the median marked.
import { lineY, plot, ruleX, ruleY } from '@observablehq/plot';
import { ACCENT, FULL_WIDTH, MUTED } from './palette';
import { percentTick } from './chart_frame';
import type { SurvivalPoint } from '../report_types';

export function survivalCurve(points: readonly SurvivalPoint[], median: number | null): Element | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.day - b.day);
  const start = sorted[0]!.day > 0 ? [{ day: 0, survival: 1, at_risk: null } as SurvivalPoint, ...sorted] : sorted;
  return plot({
    width: FULL_WIDTH,
    height: 300,
    x: { label: 'Days since close →', grid: true },
    y: { domain: [0, 1], label: '↑ Not yet live (%)', grid: true, tickFormat: percentTick },
    marks: [
      ruleY([0]),
      ruleY([0.5], { stroke: MUTED, strokeDasharray: '2,3' }),
      median !== null ? ruleX([median], { stroke: MUTED, strokeDasharray: '4,3' }) : null,
      lineY(start, {
        x: 'day',
        y: 'survival',
        curve: 'step-after',
        stroke: ACCENT,
        strokeWidth: 2,
      }),
    ],
  });
}
