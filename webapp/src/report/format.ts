// How the page writes numbers: counts, rates with their interval, money, days, bytes, speeds.
// Always 'en-US', so the output does not depend on the machine's locale.

const LOCALE = 'en-US';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234 → "1,234" */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 0.4231 → "42.3%" */
export function formatPercent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toLocaleString(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}

/** [0.081, 0.416] → "8.1–41.6%" */
export function formatPercentRange(low: number, high: number, digits = 1): string {
  const lo = formatPercent(low, digits).slice(0, -1);
  return `${lo}–${formatPercent(high, digits)}`;
}

/** 48250 → "48,250"; with a currency code → "$48,250" / "€48,250" (no cents above 100, nor for 0). */
export function formatMoney(value: number, currency?: string | null): string {
  const digits = Math.abs(value) >= 100 || value === 0 ? 0 : 2;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(LOCALE, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    } catch {
      // An unknown code: fall through to a plain number with the code after it.
    }
    return `${plainMoney(value, digits)} ${currency}`;
  }
  return plainMoney(value, digits);
}

function plainMoney(value: number, digits: number): string {
  return value.toLocaleString(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 42 → "42 days", 1 → "1 day", 36.5 → "36.5 days" */
export function formatDays(days: number): string {
  const text = Number.isInteger(days) ? integer.format(days) : oneDecimal.format(days);
  return `${text} ${days === 1 ? 'day' : 'days'}`;
}

/** 1536 → "1.5 KB" (powers of 1000, as file managers show them) */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${integer.format(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${oneDecimal.format(value)} ${units[unit]}`;
}

/** Bytes over milliseconds → "85.2 MB/s"; nothing yet → "–". */
export function formatRate(bytes: number, elapsedMs: number): string {
  if (elapsedMs <= 0 || bytes <= 0) return '–';
  return `${oneDecimal.format(bytes / 1e6 / (elapsedMs / 1000))} MB/s`;
}

/** 0.8234 → "0.82" (digits after the point, trailing zeros kept) */
export function formatDecimal(value: number, digits = 2): string {
  return value.toLocaleString(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 14.25 → "14.3 months", 1 → "1 month" */
export function formatMonths(months: number): string {
  const text = Number.isInteger(months) ? integer.format(months) : oneDecimal.format(months);
  return `${text} ${months === 1 ? 'month' : 'months'}`;
}

/** A p- or q-value: 0.0312 → "0.031", 0.00004 → "<0.001" */
export function formatPValue(p: number): string {
  if (p < 0.001) return '<0.001';
  return p.toLocaleString(LOCALE, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}

/** A formatted p value after "p": "<0.001" → "< 0.001", "0.023" → "= 0.023" (a reason is kept as said). */
export function pIs(text: string): string {
  return text.startsWith('<') ? `< ${text.slice(1)}` : `= ${text}`;
}

/** For axis ticks: 1,200,000 → "1.2M", 45,000 → "45K"; "$1.2M" with a currency code. */
export function compactMoney(currency: string | null | undefined): (value: number) => string {
  const options: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      const format = new Intl.NumberFormat(LOCALE, { ...options, style: 'currency', currency });
      return (value) => format.format(value);
    } catch {
      // An unknown code: plain numbers.
    }
  }
  const format = new Intl.NumberFormat(LOCALE, options);
  return (value) => format.format(value);
}
