// Figures by period as bars: one series (bookings, CAC, payback, magic number) or several side by
// side (deals created and won). A period without a value has no bar, and its n-less gap is visible.
import { barY, plot, ruleY, text } from '@observablehq/plot';
import { FULL_WIDTH, SERIES } from './palette';
import { sparseTicks } from './chart_frame';

export interface PeriodSeries {
  name: string;
  values: readonly (number | null)[];
}

export interface PeriodBarsOptions {
  yLabel: string;
  format: (value: number) => string;
  width?: number;
  /** Write each bar's value above it (few bars only). */
  labels?: boolean;
  /** A reference line (a magic number of 1). */
  reference?: number;
}

interface Bar { period: string; series: string; value: number }

/** null when no period has a value. */
export function periodBars(periods: readonly string[], series: readonly PeriodSeries[], options: PeriodBarsOptions): Element | null {
  const bars: Bar[] = [];
  for (const s of series) {
    s.values.forEach((value, i) => {
      if (value !== null && Number.isFinite(value)) bars.push({ period: periods[i]!, series: s.name, value });
    });
  }
  if (bars.length === 0) return null;
  const width = options.width ?? FULL_WIDTH;
  const grouped = series.length > 1;
  const room = Math.floor(width / 70);
  const title = (b: Bar) => `${b.period}${grouped ? ` · ${b.series}` : ''}: ${options.format(b.value)}`;
  const common = {
    width,
    height: 280,
    y: { label: options.yLabel, grid: true, nice: true, tickFormat: (v: number) => options.format(v) },
    marginLeft: 64,
  };
  const labels = options.labels && bars.length <= 24;
  if (!grouped) {
    return plot({
      ...common,
      x: { type: 'band', domain: [...periods], label: null, ticks: sparseTicks(periods, room), padding: 0.2 },
      marks: [
        ruleY([options.reference ?? 0], options.reference !== undefined ? { strokeDasharray: '4,3' } : {}),
        ruleY([0]),
        barY(bars, { x: 'period', y: 'value', fill: SERIES[0], title }),
        labels ? text(bars, { x: 'period', y: 'value', text: (b: Bar) => options.format(b.value), dy: -7, fontSize: 10 }) : null,
      ],
    });
  }
  return plot({
    ...common,
    marginBottom: 36,
    fx: { domain: [...periods], label: null, ticks: sparseTicks(periods, room), padding: 0.15, axis: 'bottom' },
    x: { axis: null, domain: series.map((s) => s.name), padding: 0.05 },
    color: { domain: series.map((s) => s.name), range: SERIES.slice(0, series.length), legend: true },
    marks: [
      ruleY([0]),
      barY(bars, { fx: 'period', x: 'series', y: 'value', fill: 'series', title }),
    ],
  });
}
