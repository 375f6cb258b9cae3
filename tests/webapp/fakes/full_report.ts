// A report with every section of docs/REPORT.md filled (sales with dimensions, combinations and
// periods; efficiency; revenue; customer_success), with some figures null and their reasons, and one
// with every optional section null as an engine writes it when the inputs are missing.
import type { Report, SalesFigures } from '../../../webapp/src/report/report_types';
import { sampleReport } from './sample_report';

/** The keys of sales.overall, for a segment or a cell of a combination. */
function figures(deals: number, won: number, lost: number, extra: Partial<SalesFigures> = {}): SalesFigures {
  const closed = won + lost;
  return {
    deals,
    won,
    lost,
    open: deals - closed,
    closed,
    win_rate: won / closed,
    win_rate_ci: [Math.max(0, won / closed - 0.06), Math.min(1, won / closed + 0.06)],
    win_rate_inclusive: won / deals,
    median_cycle_days_won: 40 + won % 17,
    median_cycle_days_lost: 55,
    acv_median: 20000 + won * 10,
    acv_mean: 26000 + won * 10,
    bookings: won * 26000,
    new_logos: Math.round(won * 0.9),
    pipeline_created: deals * 30000,
    currency: 'USD',
    ...extra,
  };
}

export function fullReport(): Report {
  const report = sampleReport();
  report.schema_version = '1.0.0';
  report.settings = { period: 'quarter', fiscal_year_start_month: 1, gross_margin: 0.8, as_of_day: '2026-09-30' };
  report.joins = [
    { from: 'deals', to: 'accounts', rows: 1237, matched: 1200, matched_by_id: 1150, matched_by_name: 50, unmatched: 37, match_rate: 0.9701,
      unmatched_examples: ['Globex GmbH', '=HYPERLINK("http://x")'] },
    { from: 'revenue', to: 'accounts', rows: 4000, matched: 3990, matched_by_id: 3990, matched_by_name: 0, unmatched: 10, match_rate: 0.9975,
      unmatched_examples: [] },
  ];
  const overall = report.sales!.overall!;
  Object.assign(overall, {
    closed: 1001,
    cycle_days_won: { n: 301, median: 47, q1: 33, q3: 68, median_ci: [44, 51] },
    median_cycle_days_lost: 52,
    cycle_days_lost: { n: 700, median: 52, q1: 30, q3: 80, median_ci: [49, 55] },
    acv_won: { n: 301, median: 24500, q1: 15000, q3: 40000, median_ci: [22000, 27000] },
    acv_mean: 31234.5,
    bookings: 9401000,
    currency: 'USD',
    new_logos: 280,
    pipeline_created: 38100000,
    n_won_with_amount: 301,
    n_won_with_cycle: 301,
    n_lost_with_cycle: 700,
  });
  report.sales = {
    overall,
    dimensions: [
      { name: 'industry', account_attribute: true, banded: false, levels: ['Software', 'Healthcare', 'Retail', 'Other'], folded: ['Media', 'Travel'], deals_missing: 12 },
      { name: 'employees_band', account_attribute: true, banded: true, levels: ['11-50', '51-200', '201-500'], folded: [], deals_missing: 0 },
      { name: 'lead_source', account_attribute: false, banded: false, levels: ['Web', 'Partner', '=cmd|calc'], folded: [], deals_missing: 3 },
    ],
    by_dimension: {
      industry: [
        { segment: 'Software', ...figures(500, 190, 240), win_rate_p_value: 0.0004, win_rate_q_value: 0.003, win_rate_differs: true },
        { segment: 'Healthcare', ...figures(400, 80, 260), win_rate_p_value: 0.02, win_rate_q_value: 0.06, win_rate_differs: false },
        { segment: 'Retail', ...figures(300, 30, 190), win_rate_p_value: 0.0001, win_rate_q_value: 0.0009, win_rate_differs: true },
        {
          segment: 'Other', ...figures(25, 1, 10), win_rate: null, win_rate_reason: 'insufficient data (n=11)', win_rate_ci: null,
          win_rate_p_value: null, win_rate_q_value: null, win_rate_differs: null, acv_median: null, acv_median_reason: 'insufficient data (n=1)',
        },
      ],
      employees_band: [
        { segment: '11-50', ...figures(400, 70, 250), win_rate_p_value: 0.001, win_rate_q_value: 0.004, win_rate_differs: true },
        { segment: '51-200', ...figures(500, 160, 280), win_rate_p_value: 0.3, win_rate_q_value: 0.4, win_rate_differs: false },
        { segment: '201-500', ...figures(337, 71, 170), win_rate_p_value: 0.5, win_rate_q_value: 0.55, win_rate_differs: false },
      ],
      lead_source: [
        { segment: 'Web', ...figures(600, 150, 350), win_rate_p_value: 0.7, win_rate_q_value: 0.7, win_rate_differs: false },
        { segment: 'Partner', ...figures(500, 140, 300), win_rate_p_value: 0.2, win_rate_q_value: 0.3, win_rate_differs: false },
        { segment: '=cmd|calc', ...figures(134, 11, 50), win_rate_p_value: 0.01, win_rate_q_value: 0.03, win_rate_differs: true },
      ],
    },
    by_combination: [
      {
        dimensions: ['industry', 'employees_band'],
        segments: [
          { segment: ['Software', '51-200'], ...figures(200, 90, 80) },
          { segment: ['Healthcare', '11-50'], ...figures(150, 20, 100) },
        ],
      },
      { dimensions: ['industry', 'lead_source'], segments: [{ segment: ['Software', 'Web'], ...figures(180, 60, 90) }] },
    ],
    win_rate_test: 'each segment against all other closed deals: Fisher\'s exact test for small counts, else the two-proportion z test',
    min_closed_per_combination: 30,
    not_in_any_period: { closed_without_close_date: 2, without_created_date: 0, outside_range: 1 },
    period: 'quarter',
    by_period: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'].map((period, i) => ({
      period,
      created: 200 + i * 10,
      pipeline_created: (200 + i * 10) * 30000,
      won: 50 - i * 3,
      lost: 110 + i * 5,
      closed: 160 + i * 2,
      win_rate: i === 5 ? null : (50 - i * 3) / (160 + i * 2),
      ...(i === 5 ? { win_rate_reason: 'insufficient data (n=12)' } : {}),
      win_rate_ci: i === 5 ? null : [(50 - i * 3) / (160 + i * 2) - 0.07, (50 - i * 3) / (160 + i * 2) + 0.07] as [number, number],
      bookings: (50 - i * 3) * 26000,
      new_logos: 45 - i * 3,
      acv_median: 24000,
      acv_mean: 30000,
      median_cycle_days_won: 45 + i,
      median_cycle_days_lost: 50,
    })),
    bucketed_by: { created: 'created_date', pipeline_created: 'created_date', won: 'close_date', lost: 'close_date', bookings: 'close_date' },
  };
  report.efficiency = {
    gross_margin: 0.8,
    new_mrr_basis: 'revenue',
    spend_total: 2400000,
    new_logos_total: 240,
    cac_overall: 10000,
    by_period: [
      { period: '2025-Q1', spend: 400000, new_logos: 45, cac: 8888.89, new_mrr_per_logo: 2100, cac_payback_months: 5.29 },
      { period: '2025-Q2', spend: 400000, new_logos: 42, cac: 9523.81, new_mrr_per_logo: 2000, cac_payback_months: 5.95 },
      { period: '2025-Q3', spend: 400000, new_logos: 0, cac: null, cac_reason: 'no new logos', new_mrr_per_logo: null, cac_payback_months: null,
        cac_payback_months_reason: 'no new logos' },
    ],
    by_channel: [
      { channel: 'Paid Search', spend: 1200000, new_logos: 80, cac: 15000 },
      { channel: 'Events', spend: 800000, new_logos: 40, cac: 20000 },
      { channel: 'Partner', spend: 400000, new_logos: 0, cac: null, cac_reason: 'no new logos' },
    ],
    unmatched_spend_channels: ['Billboards'],
    magic_number: [
      { quarter: '2025-Q1', net_new_arr: null, prior_quarter_spend: null, magic_number: null, magic_number_reason: 'no previous quarter' },
      { quarter: '2025-Q2', net_new_arr: 340000, prior_quarter_spend: 400000, magic_number: 0.85 },
      { quarter: '2025-Q3', net_new_arr: 480000, prior_quarter_spend: 400000, magic_number: 1.2 },
    ],
    bucketed_by: { spend: 'period', new_logos: 'close_date' },
  };
  const months = Array.from({ length: 14 }, (_, i) => (i < 12 ? `2025-${String(i + 1).padStart(2, '0')}` : `2026-${String(i - 11).padStart(2, '0')}`));
  report.revenue = {
    as_of: '2026-02',
    basis: 'snapshots',
    months: 14,
    customers: 260,
    rows_without_customer: 4,
    mrr: 512000,
    arr: 6144000,
    paying_customers: 231,
    nrr_trailing_12m: 1.064,
    grr_trailing_12m: 0.912,
    nrr_n: 180,
    logo_churn_monthly: 0.0121,
    logo_churn_monthly_ci: [0.0094, 0.0155],
    logo_churn_annualized: 0.1358,
    logo_churn_annualized_ci: [0.107, 0.171],
    logo_churn_n: 2950,
    revenue_churn_monthly_6m: 0.0098,
    arpa: 2216.45,
    gross_margin: 0.8,
    ltv: null,
    ltv_reason: 'revenue churn is 0 over the last 6 months',
    movements: months.map((month, i) => ({
      month,
      start_mrr: 400000 + i * 8000,
      new: 9000 + i * 100,
      expansion: 4000,
      contraction: -1500,
      churn: -3500,
      reactivation: i % 3 === 0 ? 500 : 0,
      end_mrr: 408000 + i * 8000,
      customers_start: 200 + i * 2,
      customers_end: 202 + i * 2,
      new_customers: 5,
      churned_customers: 3,
      reactivated_customers: i % 3 === 0 ? 1 : 0,
      logo_churn: 0.015,
    })),
    by_dimension: {
      industry: [
        { segment: 'Software', customers: 120, nrr_n: 90, nrr_trailing_12m: 1.18, grr_trailing_12m: 0.95, logo_churn_annualized: 0.08, ltv: 310000, mrr: 280000 },
        { segment: 'Retail', customers: 40, nrr_n: 30, nrr_trailing_12m: 0.84, grr_trailing_12m: 0.8, logo_churn_annualized: 0.31, ltv: 60000, mrr: 50000 },
        { segment: 'Other', customers: 8, nrr_n: 5, nrr_trailing_12m: null, nrr_trailing_12m_reason: 'insufficient data (n=5)', grr_trailing_12m: null,
          grr_trailing_12m_reason: 'insufficient data (n=5)', logo_churn_annualized: null, ltv: null, mrr: 9000 },
      ],
    },
    by_cohort: [
      { cohort: '2025-Q1', customers: 40, start_mrr: 80000, nrr_n: 40, nrr_trailing_12m: 1.05, grr_trailing_12m: 0.9, logo_churn_annualized: 0.12,
        revenue_retention: [1, 0.99, 1.02, 1.04, 1.03, 1.05, 1.06, 1.08, 1.07, 1.1, 1.12, 1.11, 1.13],
        logo_retention: [1, 0.98, 0.97, 0.95, 0.95, 0.93, 0.92, 0.92, 0.9, 0.9, 0.88, 0.87, 0.87] },
      { cohort: '2025-Q2', customers: 35, start_mrr: 70000, nrr_n: null, nrr_trailing_12m: null, nrr_trailing_12m_reason: 'cohort younger than 12 months',
        grr_trailing_12m: null, logo_churn_annualized: 0.2,
        revenue_retention: [1, 0.97, 0.95, 0.96, 0.94, 0.93, 0.92, 0.9, 0.88, 0.86],
        logo_retention: [1, 0.97, 0.94, 0.91, 0.9, 0.88, 0.85, 0.83, 0.8, 0.78] },
      { cohort: '2025-Q3', customers: 30, start_mrr: 60000, nrr_n: null, nrr_trailing_12m: null, grr_trailing_12m: null, logo_churn_annualized: null,
        revenue_retention: [1, 0.9, 0.82, 0.75, 0.7, 0.66, 0.6],
        logo_retention: [1, 0.93, 0.87, 0.8, 0.77, 0.73, 0.7] },
    ],
  };
  report.customer_success = {
    as_of: '2026-02-28',
    customers: 260,
    tickets: {
      tickets: 1830,
      without_customer: 12,
      before_start: 3,
      per_account_month: 0.62,
      account_months: 2950,
      per_account_month_first_90d: 1.41,
      customers_first_90d: 210,
      by_dimension: {
        industry: [
          { segment: 'Software', customers: 120, per_account_month: 0.41, per_account_month_first_90d: 1.1 },
          { segment: 'Retail', customers: 40, per_account_month: 1.32, per_account_month_first_90d: 2.5 },
          { segment: 'Other', customers: 8, per_account_month: null, per_account_month_reason: 'insufficient data (n=8)', per_account_month_first_90d: null },
        ],
      },
      by_cohort: [{ cohort: '2025-Q1', customers: 40, per_account_month: 0.5 }],
    },
    time_to_value: {
      n: 210,
      events: 180,
      censored: 30,
      median_days: 34,
      median_days_ci: [30, 39],
      go_live_before_close: 2,
      curve: [
        { day: 0, survival: 1, at_risk: 210 },
        { day: 10, survival: 0.9, at_risk: 189 },
        { day: 25, survival: 0.7, at_risk: 146 },
        { day: 34, survival: 0.5, at_risk: 104 },
        { day: 60, survival: 0.25, at_risk: 50 },
        { day: 120, survival: 0.12, at_risk: 18 },
      ],
      by_dimension: {
        industry: [
          { segment: 'Software', n: 100, events: 90, median_days: 28 },
          { segment: 'Retail', n: 30, events: 20, median_days: null, median_days_reason: 'insufficient data (n=20)' },
        ],
      },
      by_cohort: [],
    },
    health: {
      n: 240,
      mean: 71.4,
      median: 74,
      by_dimension: {
        industry: [
          { segment: 'Software', n: 110, mean: 78.2, median: 80, median_ci: [77, 83] },
          { segment: 'Retail', n: 38, mean: 58.9, median: 57, median_ci: [51, 63] },
          { segment: 'Other', n: 4, mean: null, median: null, median_reason: 'insufficient data (n=4)', median_ci: null },
        ],
      },
    },
  };
  return report;
}

/** What an engine writes with only a deals file: every other section null, with its reason. */
export function nullSectionsReport(): Report {
  const report = sampleReport();
  report.schema_version = '1.0.0';
  report.joins = null;
  report.joins_reason = 'no accounts file was given';
  report.sales = {
    overall: report.sales!.overall,
    dimensions: [],
    by_dimension: {},
    by_combination: [],
    period: 'quarter',
    by_period: [],
    bucketed_by: {},
  };
  report.efficiency = null;
  report.efficiency_reason = 'no spend file was given';
  report.revenue = null;
  report.revenue_reason = 'no revenue file was given';
  report.customer_success = null;
  report.customer_success_reason = 'no tickets file and no go-live or health columns were given';
  return report;
}
