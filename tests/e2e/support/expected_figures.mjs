// What the page should show for a report's sales.overall: the same rules as webapp/src/report/format.ts,
// written independently so a formatting bug cannot hide itself.

const percent = (x) => `${(x * 100).toFixed(1)}%`;
const count = (n) => n.toLocaleString('en-US');

function orReason(overall, key, format) {
  const value = overall[key];
  if (typeof value === 'number') return format(value);
  return overall[`${key}_reason`] ?? 'not in the report';
}

/** 28000 → "28,000", or "$28,000" when the report states the currency (cents only below 100, and not for 0). */
function money(value, currency) {
  const digits = Math.abs(value) >= 100 || value === 0 ? 0 : 2;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)) {
    return value.toLocaleString('en-US', { ...options, style: 'currency', currency });
  }
  return value.toLocaleString('en-US', options);
}

export function expectedFigures(overall) {
  const ci = overall.win_rate_ci;
  return {
    deals: orReason(overall, 'deals', count),
    won: orReason(overall, 'won', count),
    lost: orReason(overall, 'lost', count),
    open: orReason(overall, 'open', count),
    'win-rate': orReason(overall, 'win_rate', percent),
    'win-rate-ci': Array.isArray(ci)
      ? `${(ci[0] * 100).toFixed(1)}–${percent(ci[1])}`
      : overall.win_rate_ci_reason ?? orReason(overall, 'win_rate', percent),
    'win-rate-inclusive': orReason(overall, 'win_rate_inclusive', percent),
    'median-cycle-won': orReason(overall, 'median_cycle_days_won', (d) => `${count(d)} ${d === 1 ? 'day' : 'days'}`),
    'acv-median': orReason(overall, 'acv_median', (v) => money(v, overall.currency)),
  };
}
