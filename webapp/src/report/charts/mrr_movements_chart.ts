// MRR movements by month as stacked bars: new, expansion and reactivation above zero, contraction
// and churn below it, with the month's net change as a black dot.
import { barY, dot, plot, ruleY } from '@observablehq/plot';
import { FULL_WIDTH, MOVEMENT_COLORS } from './palette';
import { sparseTicks } from './chart_frame';

export interface MovementMonth {
  month: string;
  new: number | null;
  expansion: number | null;
  reactivation: number | null;
  /** as the report has it; drawn below zero whatever its sign */
  contraction: number | null;
  churn: number | null;
}

interface Piece { month: string; movement: string; value: number }

/** `format` writes the tooltips' amounts, `tickFormat` the axis' (compact). */
export function mrrMovementsChart(
  months: readonly MovementMonth[],
  yLabel: string,
  format: (v: number) => string,
  tickFormat: (v: number) => string,
): Element | null {
  const pieces: Piece[] = [];
  const nets: { month: string; net: number }[] = [];
  for (const m of months) {
    const parts: [string, number | null, 1 | -1][] = [
      ['New', m.new, 1], ['Expansion', m.expansion, 1], ['Reactivation', m.reactivation, 1],
      ['Contraction', m.contraction, -1], ['Churn', m.churn, -1],
    ];
    let net = 0;
    let any = false;
    for (const [movement, raw, sign] of parts) {
      if (raw === null || !Number.isFinite(raw)) continue;
      const value = sign * Math.abs(raw);
      any = true;
      net += value;
      if (value !== 0) pieces.push({ month: m.month, movement, value });
    }
    if (any) nets.push({ month: m.month, net });
  }
  if (nets.length === 0) return null;
  const domain = months.map((m) => m.month);
  const order = Object.keys(MOVEMENT_COLORS);
  return plot({
    width: FULL_WIDTH,
    height: 320,
    marginLeft: 70,
    x: { type: 'band', domain, label: null, ticks: sparseTicks(domain, 14), padding: 0.15 },
    y: { label: yLabel, grid: true, tickFormat: (v: number) => tickFormat(v) },
    color: { domain: order, range: order.map((k) => MOVEMENT_COLORS[k]!), legend: true },
    marks: [
      barY(pieces, { x: 'month', y: 'value', fill: 'movement', order, title: (p: Piece) => `${p.month} · ${p.movement}: ${format(p.value)}` }),
      ruleY([0]),
      dot(nets, { x: 'month', y: 'net', fill: '#1d2430', stroke: 'white', strokeWidth: 1.5, r: 4.5, title: (n: { month: string; net: number }) => `${n.month} · net change: ${format(n.net)}` }),
    ],
  });
}
