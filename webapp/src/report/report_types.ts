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

/** An interval [low, high] (95%). */
export type Interval = [number, number];

/** A distribution: n, median and quartiles, and the order-statistic 95% interval of the median. */
export interface Summary {
  n?: number | null;
  median?: number | null;
  q1?: number | null;
  q3?: number | null;
  median_ci?: Interval | null;
  [key: string]: unknown;
}

/** The keys of sales.overall; a segment row, a combination cell and a period carry the same. */
export interface SalesFigures {
  deals: number | null;
  won: number | null;
  lost: number | null;
  open: number | null;
  win_rate: number | null;
  win_rate_ci: Interval | null;
  win_rate_inclusive: number | null;
  median_cycle_days_won: number | null;
  acv_median: number | null;
  /** Currency of the money figures, when the engine states one (ISO 4217). */
  currency?: string | null;
  closed?: number | null;
  cycle_days_won?: Summary | null;
  median_cycle_days_lost?: number | null;
  cycle_days_lost?: Summary | null;
  acv_won?: Summary | null;
  acv_mean?: number | null;
  bookings?: number | null;
  new_logos?: number | null;
  pipeline_created?: number | null;
  n_won_with_amount?: number | null;
  n_won_with_cycle?: number | null;
  n_lost_with_cycle?: number | null;
  [key: string]: unknown;
}

/** One segment of a dimension: every key of overall, and its win rate tested against the rest. */
export interface SegmentSales extends Partial<SalesFigures> {
  segment: string;
  win_rate_p_value?: number | null;
  /** Benjamini–Hochberg across every segment of every dimension */
  win_rate_q_value?: number | null;
  /** q < 0.05 */
  win_rate_differs?: boolean | null;
}

/** A segment dimension: "industry", "employees_band", "owner", … */
export interface DimensionInfo {
  name: string;
  /** true: describes the customer; false: the deal */
  account_attribute?: boolean;
  /** levels are numeric bands, in band order */
  banded?: boolean;
  levels?: string[];
  /** values folded into "Other" */
  folded?: string[];
  deals_missing?: number | null;
  [key: string]: unknown;
}

export interface CombinationSegment extends Partial<SalesFigures> {
  /** one level per dimension of the combination */
  segment: string[];
}

export interface Combination {
  dimensions: string[];
  segments: CombinationSegment[];
  [key: string]: unknown;
}

export interface SalesPeriod {
  period: string;
  created?: number | null;
  pipeline_created?: number | null;
  won?: number | null;
  lost?: number | null;
  closed?: number | null;
  win_rate?: number | null;
  win_rate_ci?: Interval | null;
  bookings?: number | null;
  new_logos?: number | null;
  acv_median?: number | null;
  acv_mean?: number | null;
  median_cycle_days_won?: number | null;
  median_cycle_days_lost?: number | null;
  [key: string]: unknown;
}

/** figure → the date it is bucketed by ("created": "created_date") */
export type BucketedBy = Record<string, string>;

export interface Sales {
  overall: SalesFigures | null;
  dimensions?: DimensionInfo[];
  by_dimension?: Record<string, SegmentSales[]>;
  by_combination?: Combination[];
  /** "month" | "quarter" | "year" */
  period?: string;
  by_period?: SalesPeriod[];
  bucketed_by?: BucketedBy;
  /** how win_rate_p_value and win_rate_q_value were computed, in words */
  win_rate_test?: string;
  /** combinations list cells with at least this many closed deals */
  min_closed_per_combination?: number;
  /** deals in no period, by why */
  not_in_any_period?: Record<string, number>;
  [key: string]: unknown;
}

export interface EfficiencyPeriod {
  period: string;
  spend?: number | null;
  new_logos?: number | null;
  cac?: number | null;
  new_mrr_per_logo?: number | null;
  cac_payback_months?: number | null;
  [key: string]: unknown;
}

export interface EfficiencyChannel {
  channel: string;
  spend?: number | null;
  new_logos?: number | null;
  cac?: number | null;
  [key: string]: unknown;
}

export interface MagicNumberQuarter {
  quarter: string;
  net_new_arr?: number | null;
  prior_quarter_spend?: number | null;
  magic_number?: number | null;
  [key: string]: unknown;
}

export interface Efficiency {
  gross_margin?: number | null;
  /** where new MRR per logo comes from */
  new_mrr_basis?: 'revenue' | 'deal_amount' | string;
  spend_total?: number | null;
  new_logos_total?: number | null;
  cac_overall?: number | null;
  by_period?: EfficiencyPeriod[];
  by_channel?: EfficiencyChannel[];
  unmatched_spend_channels?: string[];
  magic_number?: MagicNumberQuarter[];
  bucketed_by?: BucketedBy;
  currency?: string | null;
  [key: string]: unknown;
}

export interface MrrMovement {
  month: string;
  start_mrr?: number | null;
  new?: number | null;
  expansion?: number | null;
  /** a decrease, as a positive amount or a negative one: the page shows it below zero either way */
  contraction?: number | null;
  churn?: number | null;
  reactivation?: number | null;
  end_mrr?: number | null;
  customers_start?: number | null;
  customers_end?: number | null;
  new_customers?: number | null;
  churned_customers?: number | null;
  reactivated_customers?: number | null;
  logo_churn?: number | null;
  [key: string]: unknown;
}

export interface RevenueSegment {
  segment: string;
  customers?: number | null;
  nrr_n?: number | null;
  nrr_trailing_12m?: number | null;
  grr_trailing_12m?: number | null;
  logo_churn_annualized?: number | null;
  ltv?: number | null;
  mrr?: number | null;
  [key: string]: unknown;
}

export interface RevenueCohort {
  cohort: string;
  customers?: number | null;
  start_mrr?: number | null;
  nrr_n?: number | null;
  nrr_trailing_12m?: number | null;
  grr_trailing_12m?: number | null;
  logo_churn_annualized?: number | null;
  /** by month since start, month 0 first (1.0); null where a month has no value */
  revenue_retention?: (number | null)[];
  logo_retention?: (number | null)[];
  [key: string]: unknown;
}

export interface Revenue {
  as_of?: string;
  basis?: 'snapshots' | 'intervals' | string;
  months?: number | null;
  customers?: number | null;
  rows_without_customer?: number | null;
  mrr?: number | null;
  arr?: number | null;
  paying_customers?: number | null;
  nrr_trailing_12m?: number | null;
  grr_trailing_12m?: number | null;
  nrr_n?: number | null;
  logo_churn_monthly?: number | null;
  logo_churn_monthly_ci?: Interval | null;
  logo_churn_annualized?: number | null;
  logo_churn_annualized_ci?: Interval | null;
  logo_churn_n?: number | null;
  revenue_churn_monthly_6m?: number | null;
  arpa?: number | null;
  gross_margin?: number | null;
  ltv?: number | null;
  movements?: MrrMovement[];
  by_dimension?: Record<string, RevenueSegment[]>;
  by_cohort?: RevenueCohort[];
  currency?: string | null;
  [key: string]: unknown;
}

export interface TicketSegment {
  segment: string;
  customers?: number | null;
  per_account_month?: number | null;
  per_account_month_first_90d?: number | null;
  [key: string]: unknown;
}

export interface Tickets {
  tickets?: number | null;
  without_customer?: number | null;
  before_start?: number | null;
  per_account_month?: number | null;
  account_months?: number | null;
  per_account_month_first_90d?: number | null;
  customers_first_90d?: number | null;
  by_dimension?: Record<string, TicketSegment[]>;
  by_cohort?: ({ cohort: string } & Record<string, unknown>)[];
  [key: string]: unknown;
}

export interface SurvivalPoint {
  day: number;
  survival: number;
  at_risk?: number | null;
  [key: string]: unknown;
}

export interface TimeToValueSegment {
  segment: string;
  n?: number | null;
  events?: number | null;
  median_days?: number | null;
  [key: string]: unknown;
}

export interface TimeToValue {
  n?: number | null;
  events?: number | null;
  censored?: number | null;
  median_days?: number | null;
  median_days_ci?: Interval | null;
  go_live_before_close?: number | null;
  curve?: SurvivalPoint[];
  by_dimension?: Record<string, TimeToValueSegment[]>;
  by_cohort?: ({ cohort: string } & Record<string, unknown>)[];
  [key: string]: unknown;
}

export interface HealthSegment {
  segment: string;
  n?: number | null;
  mean?: number | null;
  median?: number | null;
  median_ci?: Interval | null;
  [key: string]: unknown;
}

export interface Health {
  n?: number | null;
  mean?: number | null;
  median?: number | null;
  by_dimension?: Record<string, HealthSegment[]>;
  [key: string]: unknown;
}

export interface CustomerSuccess {
  as_of?: string;
  customers?: number | null;
  tickets?: Tickets | null;
  time_to_value?: TimeToValue | null;
  health?: Health | null;
  [key: string]: unknown;
}

/** A join of deals, revenue or tickets to accounts. */
export interface JoinReport {
  from: string;
  to?: string;
  rows?: number | null;
  matched?: number | null;
  matched_by_id?: number | null;
  matched_by_name?: number | null;
  unmatched?: number | null;
  match_rate?: number | null;
  unmatched_examples?: string[];
  [key: string]: unknown;
}


// ── drift and icp (docs/REPORT.md "drift", "icp"): every key optional, read defensively ──

export interface FitSharePoint {
  period: string;
  fit?: number;
  total?: number;
  unknown?: number;
  share?: number | null;
  ci?: Interval | null;
  [key: string]: unknown;
}

export interface DriftComponent { name: string; points?: number | null; max?: number | null; why?: string; [key: string]: unknown }

export interface MixLevel { level: string; baseline?: number; recent?: number; baseline_share?: number | null; recent_share?: number | null; [key: string]: unknown }

export interface MixShift {
  dimension: string;
  kind?: 'categorical' | 'numeric' | string;
  account_attribute?: boolean;
  baseline_n?: number;
  recent_n?: number;
  levels?: MixLevel[];
  test?: string;
  statistic?: number | null;
  df?: number | null;
  p_value?: number | null;
  q_value?: number | null;
  psi?: number | null;
  psi_threshold?: number | null;
  psi_flagged?: boolean;
  js_distance?: number | null;
  linf?: number | null;
  largest_gain?: string | null;
  largest_gain_share?: number | null;
  ks_d?: number | null;
  wasserstein_normalized?: number | null;
  baseline_median?: number | null;
  recent_median?: number | null;
  median_shift?: number | null;
  median_shift_ci?: Interval | null;
  /** How the interval was computed: bootstrapped up to 2,000 values, from order statistics above. */
  median_shift_ci_method?: 'bootstrap' | 'order_statistic' | null;
  shifted?: boolean;
  [key: string]: unknown;
}

export interface DriftType { type: string; detected?: boolean; evaluated?: boolean; evidence?: string; size?: number | null; q_value?: number | null; where?: string[]; reason?: string; [key: string]: unknown }

export interface DriftIndicator {
  id: string;
  kind?: 'leading' | 'lagging' | string;
  what?: string;
  test?: string;
  evaluated?: boolean;
  detected?: boolean;
  p_value?: number | null;
  slope?: number | null;
  series?: { label: string; value: number | null }[];
  [key: string]: unknown;
}

export interface ScorecardItem { id: string; function?: string; symptom?: string; from_data?: boolean; status?: string; evidence?: string; [key: string]: unknown }

export interface Scorecard { detected?: number; evaluated?: number; questions?: number; answered?: number; answered_yes?: number; items?: ScorecardItem[]; [key: string]: unknown }

export interface DriftOnset {
  detected?: boolean;
  shape?: string;
  trend?: { test?: string; chi_square?: number | null; z?: number | null; p_value?: number | null; [key: string]: unknown } | null;
  hinge?: { onset_period?: string | null; stable_share?: number | null; slope_per_quarter?: number | null; lr?: number | null; p_value?: number | null; replicates?: number; seed?: number; better_fit?: string; [key: string]: unknown } | null;
  step?: { change_period?: string | null; rate_before?: number | null; rate_after?: number | null; lr?: number | null; p_value?: number | null; replicates?: number; [key: string]: unknown } | null;
  change_periods?: string[];
  recent_change_probability?: number | null;
  [key: string]: unknown;
}

export interface Drift {
  score?: number | null;
  severity?: string;
  onset_period?: string | null;
  onset_p_value?: number | null;
  dominant_types?: string[];
  recommendation?: string;
  components?: DriftComponent[];
  fit_basis?: string | null;
  windows?: { baseline?: string; recent?: string; unit?: string; [key: string]: unknown } | null;
  fit_share_by_period?: FitSharePoint[] | null;
  fit_share_of_new_customers?: FitSharePoint[] | null;
  fit_share_by_period_derived?: FitSharePoint[] | null;
  onset?: DriftOnset | null;
  mix_shift?: MixShift[];
  types?: DriftType[];
  indicators?: DriftIndicator[];
  scorecard?: Scorecard | null;
  [key: string]: unknown;
}

/** An ICP definition (METHODS.md "ICP definition JSON"). */
export interface IcpRule { field: string; op?: string; values?: string[]; min?: number | null; max?: number | null; weight?: number; [key: string]: unknown }
export interface IcpDefinition { name?: string; defined_on?: string | null; match?: string; rules?: IcpRule[]; tiers?: unknown; pass_score?: number | null; [key: string]: unknown }

export interface RuleFigures {
  n?: number;
  good?: number;
  base_rate?: number | null;
  flagged?: number;
  flagged_good?: number;
  coverage?: number | null;
  coverage_ci?: Interval | null;
  precision?: number | null;
  precision_ci?: Interval | null;
  recall?: number | null;
  recall_ci?: Interval | null;
  lift?: number | null;
  lift_ci?: Interval | null;
  [key: string]: unknown;
}

export interface DerivedIcp extends RuleFigures {
  outcome?: string;
  unit?: string;
  bad?: number;
  undecided?: number;
  rules?: IcpDefinition | null;
  validation?: (RuleFigures & { method?: string; train_until?: string | null; test_periods?: string[]; rules?: IcpDefinition | null; meets_qualification_bar?: boolean | null; reason?: string }) | null;
  notes?: string[];
}

export interface ScoreSummary { n?: number; mean_score?: number | null; pass?: number; tiers?: { name: string; n: number }[]; [key: string]: unknown }

export interface ScoringLevel { level: string; n?: number; good?: number; good_rate?: number; log_odds?: number; points?: number; [key: string]: unknown }

export interface Icp {
  declared?: { rules?: IcpDefinition | null; evaluation?: Record<string, unknown> | null; [key: string]: unknown } | null;
  derived?: DerivedIcp | null;
  derived_evaluation?: Record<string, unknown> | null;
  overlap?: { customers?: number; both?: number; declared_only?: number; derived_only?: number; neither?: number; agreement?: number; [key: string]: unknown } | null;
  scoring?: {
    model?: { pass_score?: number; tiers?: unknown; base_rate?: number; attributes?: { field: string; banded?: boolean; missing?: number; levels?: ScoringLevel[] }[]; notes?: string[]; [key: string]: unknown } | null;
    customers?: ScoreSummary | null;
    deals?: ScoreSummary | null;
    [key: string]: unknown;
  } | null;
  what_if?: {
    basis?: string;
    closed_all?: number;
    closed_fit?: number;
    win_rate_all?: number | null;
    win_rate_fit?: number | null;
    win_rate_fit_ci?: Interval | null;
    nrr_all?: number | null;
    nrr_fit?: number | null;
    nrr_fit_n?: number;
    cac_all?: number | null;
    cac_fit?: number | null;
    cac_assumption?: string;
    [key: string]: unknown;
  } | null;
  [key: string]: unknown;
}

export interface Report {
  schema_version: string;
  inputs: InputReport[];
  sales: Sales | null;
  joins?: JoinReport[] | null;
  /** Absent from older engines' reports; null with efficiency_reason without a spend file. */
  efficiency?: Efficiency | null;
  revenue?: Revenue | null;
  customer_success?: CustomerSuccess | null;
  /** With the drift work: null with drift_reason / icp_reason without a deals file. */
  drift?: Drift | null;
  icp?: Icp | null;
  settings?: { period?: string; fiscal_year_start_month?: number; gross_margin?: number; as_of_day?: string; [key: string]: unknown };
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

/** An interval of the report, or null when it is not a pair of finite numbers (low ≤ high). */
export function intervalOf(object: Record<string, unknown> | null | undefined, key: string): Interval | null {
  const value = object?.[key];
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [low, high] = value as unknown[];
  if (typeof low !== 'number' || typeof high !== 'number' || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  return low <= high ? [low, high] : null;
}

/** The reason a section (or any object) is missing: its "<key>_reason" in the parent, or null. */
export function reasonOf(object: Record<string, unknown> | null | undefined, key: string): string | null {
  const reason = object?.[`${key}_reason`];
  return typeof reason === 'string' && reason !== '' ? reason : null;
}
