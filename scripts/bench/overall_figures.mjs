// The figures every tool must compute from the benchmark export, and agree on, before any time is
// reported: the report's sales.overall {deals, won, lost, open, win_rate, median_cycle_days_won,
// acv_median}. The rules are the engine's (core/metrics/sales_overall.cpp): "Closed Won" → won,
// "Closed Lost" → lost, any other stage → open; win rate = won / (won + lost); cycle = Close Date −
// Created Date in days, for won deals; ACV = Amount of won deals; medians interpolate between the two
// middle values (quantile 0.5 on n − 1, as core/stats/order_statistics.cpp). Runs in Node and in a
// browser worker (no Node imports).

export const FIGURE_KEYS = ['deals', 'won', 'lost', 'open', 'win_rate', 'median_cycle_days_won', 'acv_median'];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of "M/D/YYYY", NaN when it is not one. */
export function usDay(text) {
  if (typeof text !== 'string') return NaN;
  const a = text.indexOf('/');
  const b = text.indexOf('/', a + 1);
  if (a < 0 || b < 0) return NaN;
  return Date.UTC(Number(text.slice(b + 1)), Number(text.slice(0, a)) - 1, Number(text.slice(a + 1, b))) / DAY_MS;
}

/** 12345 of "USD 12,345.00" (or of a number Papa's dynamicTyping already made), NaN otherwise. */
export function usdAmount(value) {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const text = value.startsWith('USD ') ? value.slice(4) : value;
  return Number(text.replaceAll(',', ''));
}

/** The median as the engine computes it; null for no values. Sorts `values` in place. */
export function median(values) {
  const n = values.length;
  if (n === 0) return null;
  values.sort();
  const h = (n - 1) * 0.5;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return values[lo] + (h - lo) * (values[hi] - values[lo]);
}

/** Collects rows (objects keyed by the export's header, as Papa Parse's header mode gives them). */
export class OverallFigures {
  deals = 0;
  won = 0;
  lost = 0;
  open = 0;
  #cycles = new GrowingArray();
  #amounts = new GrowingArray();

  add(row) {
    this.deals++;
    const stage = row.Stage;
    if (stage === 'Closed Won') {
      this.won++;
      const cycle = usDay(row['Close Date']) - usDay(row['Created Date']);
      if (cycle >= 0) this.#cycles.push(cycle);
      const amount = usdAmount(row.Amount);
      if (amount >= 0) this.#amounts.push(amount);
    } else if (stage === 'Closed Lost') {
      this.lost++;
    } else {
      this.open++;
    }
  }

  result() {
    return {
      deals: this.deals,
      won: this.won,
      lost: this.lost,
      open: this.open,
      win_rate: this.won + this.lost > 0 ? this.won / (this.won + this.lost) : null,
      median_cycle_days_won: median(this.#cycles.values()),
      acv_median: median(this.#amounts.values()),
    };
  }
}

/** A Float64Array that grows by doubling (so a million values are not a million boxed numbers). */
class GrowingArray {
  #data = new Float64Array(1024);
  #length = 0;
  push(x) {
    if (this.#length === this.#data.length) {
      const bigger = new Float64Array(this.#data.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.#length++] = x;
  }
  values() {
    return this.#data.subarray(0, this.#length);
  }
}

/** The figures of a report JSON (text or parsed). */
export function figuresOfReport(report) {
  const parsed = typeof report === 'string' ? JSON.parse(report) : report;
  const overall = parsed?.sales?.overall;
  if (!overall) throw new Error('the report has no sales.overall');
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, overall[key] ?? null]));
}

/**
 * Where `figures` differs from `reference`: counts and medians exactly, the win rate to 1e-9 (the
 * report rounds it to 11 decimals). An empty list when they agree.
 */
export function figureDifferences(reference, figures) {
  const differences = [];
  for (const key of FIGURE_KEYS) {
    const a = reference?.[key];
    const b = figures?.[key];
    const same = key === 'win_rate' && typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 : a === b;
    if (!same) differences.push(`${key}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  return differences;
}
