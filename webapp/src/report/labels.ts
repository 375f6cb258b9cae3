// The words the page uses for the report's names: dimensions, periods, bucketing dates.

const DIMENSIONS: Record<string, string> = {
  industry: 'Industry',
  country: 'Country',
  region: 'Region',
  employees_band: 'Employees',
  annual_revenue_band: 'Annual revenue',
  acv_band: 'ACV',
  owner: 'Owner',
  lead_source: 'Lead source',
  deal_type: 'Deal type',
  product: 'Product',
  channel: 'Channel',
};

/** "employees_band" → "Employees"; a custom column keeps its own name, underscores as spaces. */
export function dimensionLabel(name: string): string {
  const known = DIMENSIONS[name];
  if (known) return known;
  const words = name.replace(/_/g, ' ').trim();
  return words === '' ? name : words.charAt(0).toUpperCase() + words.slice(1);
}

/** A dimension's name inside a sentence: "Industry" → "industry", "ACV" stays "ACV". */
export function dimensionInText(name: string): string {
  return dimensionLabel(name).split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase())).join(' ');
}

/** "quarter" → "Quarter" */
export function periodLabel(period: string | undefined): string {
  if (!period) return 'Period';
  return period.charAt(0).toUpperCase() + period.slice(1);
}

/** "close_date" → "close date" */
export function dateLabel(field: string): string {
  return field.replace(/_/g, ' ');
}

/** "Created by created date · won by close date" from a bucketed_by object, for the keys asked. */
export function bucketedByText(bucketedBy: unknown, keys: readonly string[]): string | null {
  if (typeof bucketedBy !== 'object' || bucketedBy === null) return null;
  const record = bucketedBy as Record<string, unknown>;
  const parts = keys
    .filter((key) => typeof record[key] === 'string')
    .map((key) => `${key.replace(/_/g, ' ')} by ${dateLabel(record[key] as string)}`);
  if (parts.length === 0) return null;
  const text = parts.join(' · ');
  return `Bucketed: ${text}`;
}
