// The parts of the report JSON (SPEC §7) the page reads. Any number may be null, with a sibling
// "<key>_reason" saying why ("insufficient data (n=3)"); keys the page does not read are kept as
// `unknown` so newer engines never break it.

export interface RejectionReason {
  reason: string;
  count: number;
  first_lines: number[];
}

export interface InputReport {
  file: string;
  role: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_reason: RejectionReason[];
  /** canonical field → the file's column header (or an object naming it, with its confidence) */
  mapping: Record<string, unknown>;
  [key: string]: unknown;
}

export interface SalesFigures {
  deals: number | null;
  won: number | null;
  lost: number | null;
  open: number | null;
  win_rate: number | null;
  win_rate_ci: [number, number] | null;
  win_rate_inclusive: number | null;
  median_cycle_days_won: number | null;
  acv_median: number | null;
  /** Currency of the money figures, when the engine states one (ISO 4217). */
  currency?: string | null;
  [key: string]: unknown;
}

export interface Report {
  schema_version: string;
  inputs: InputReport[];
  sales: { overall: SalesFigures | null; [key: string]: unknown } | null;
  [key: string]: unknown;
}

/** A number of the report, or the reason it is missing. */
export type Figure = { value: number; reason?: undefined } | { value: null; reason: string };

/** Reads `key` of a report object with its "<key>_reason" sibling. */
export function figureOf(object: Record<string, unknown> | null | undefined, key: string): Figure {
  const value = object?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return { value };
  const reason = object?.[`${key}_reason`];
  return { value: null, reason: typeof reason === 'string' && reason !== '' ? reason : 'not in the report' };
}
