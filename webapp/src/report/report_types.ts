// The parts of the report JSON (SPEC §7) the page reads. Any number may be null, with a sibling
// "<key>_reason" saying why ("insufficient data (n=3)"); keys the page does not read are kept as
// `unknown` so newer engines never break it.

export interface RejectionReason {
  reason: string;
  count: number;
  first_lines: number[];
}

/** How a canonical field was mapped: the column, how sure the engine is, and why. */
export interface MappingDetail {
  field: string;
  column: string;
  confidence: number;
  reason: string;
}

/** A column of the file as the engine profiled it (from the first rows). */
export interface ColumnSummary {
  name: string;
  /** "text" | "date" | "money" | "number" | "outcome" | … */
  type: string;
  values: number;
  missing: number;
  distinct: number;
  samples: string[];
}

export type Outcome = 'won' | 'lost' | 'open';

/** One distinct value of a stage/outcome column and the outcome it was read as. */
export interface StageTableRow {
  column: string;
  value: string;
  /** "deleted": a deleted-deal stage, whose rows are rejected */
  outcome: Outcome | 'deleted';
  /** "name" (recognised), "mapping" (set by the user), … */
  source: string;
  rows: number;
}

export type DateOrder = 'month_first' | 'day_first';

/** One file as the engine read it: the report's inputs[] entry, and what `inspect` gives. */
export interface InputReport {
  file: string;
  role: string;
  rows_read: number;
  rows_used: number;
  rows_rejected: number;
  rejected_by_reason: RejectionReason[];
  /** canonical field → the file's column header (or an object naming it, with its confidence) */
  mapping: Record<string, unknown>;
  role_confidence?: number;
  role_reason?: string;
  /** "csv" | "json" */
  format?: string;
  encoding?: string;
  /** "comma" | "semicolon" | "tab" | "pipe"; null for JSON */
  delimiter?: string | null;
  warnings?: string[];
  notes?: string[];
  mapping_details?: MappingDetail[];
  unmapped_columns?: string[];
  columns?: ColumnSummary[];
  stage_table?: StageTableRow[];
  date_order?: DateOrder | null;
  /** "data" (decided from the values), "assumed" (undecidable: ask), "mapping" (set by the user) */
  date_order_source?: 'data' | 'assumed' | 'mapping' | null;
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
