// A cohort heatmap: one row per acquisition cohort (with its n), one column per month since start,
// each cell the share of the cohort's starting revenue (or logos) still there, written in the cell.
import { cell, plot, text } from '@observablehq/plot';
import { formatPercent } from '../format';
import { FULL_WIDTH } from './palette';
import { percentTick } from './chart_frame';

export interface CohortRow {
  cohort: string;
  customers: number | null;
  values: readonly (number | null)[];
}

interface Cell { cohort: string; month: number; value: number }

const REVENUE_BINS = [0.6, 0.8, 0.9, 1, 1.1, 1.25];
const LOGO_BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 1];

export function cohortHeatmap(rows: readonly CohortRow[], what: string): Element | null {
  const cells: Cell[] = [];
  for (const row of rows) {
    row.values.forEach((value, month) => {
      if (value !== null && Number.isFinite(value)) cells.push({ cohort: row.cohort, month, value });
    });
  }
  if (cells.length === 0) return null;
  const months = Math.max(...cells.map((c) => c.month)) + 1;
  const labelOf = new Map(rows.map((r) => [r.cohort, r.customers === null ? r.cohort : `${r.cohort} · n=${r.customers}`]));
  const maxValue = Math.max(1, ...cells.map((c) => c.value));
  const withText = months <= 30;
  const cellWidth = (FULL_WIDTH - 150) / months;
  return plot({
    width: FULL_WIDTH,
    height: 50 + 26 * rows.length,
    marginLeft: 130,
    padding: 0.04,
    x: { type: 'band', domain: Array.from({ length: months }, (_, i) => i), label: 'Months since start →',
      ticks: Array.from({ length: months }, (_, i) => i).filter((i) => months <= 24 || i % 3 === 0) },
    y: { type: 'band', domain: rows.map((r) => r.cohort), label: null, tickFormat: (c: string) => labelOf.get(c) ?? c },
    // Bins, not a gradient: they read at a glance, and their legend is drawn in SVG (a gradient
    // legend is a canvas image).
    color: maxValue > 1
      ? { type: 'threshold', domain: REVENUE_BINS, scheme: 'rdbu', legend: true, tickFormat: percentTick, label: `${what} (%)` }
      : { type: 'threshold', domain: LOGO_BINS, scheme: 'blues', legend: true, tickFormat: percentTick, label: `${what} (%)` },
    marks: [
      cell(cells, { x: 'month', y: 'cohort', fill: 'value', title: (c: Cell) => `${c.cohort}, month ${c.month}: ${formatPercent(c.value)}` }),
      withText && cellWidth >= 26
        ? text(cells, {
            x: 'month',
            y: 'cohort',
            text: (c: Cell) => formatPercent(c.value, 0).replace('%', ''),
            fontSize: 9.5,
            fill: (c: Cell) => (darkCell(c.value, maxValue) ? 'white' : '#1d2430'),
          })
        : null,
    ],
  });
}

/** Whether a cell's colour is dark enough to need white text. */
function darkCell(value: number, maxValue: number): boolean {
  if (maxValue <= 1) return value >= 0.8;
  return value < 0.8 || value >= 1.25;
}
