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
  const quarters = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];
  const shares = [0.62, 0.6, 0.61, 0.55, 0.49, 0.44, 0.4, 0.36];
  report.drift = {
    score: 68,
    severity: 'high',
    onset_period: '2025-Q3',
    onset_p_value: 0.004,
    dominant_types: ['upmarket', 'industry'],
    recommendation: 'Re-qualify against the ICP: new pipeline has moved away from Software accounts of 51–500 employees.',
    components: [
      { name: 'fit_share', points: 30, max: 35, why: 'fit share fell from 61% to 42% (onset 2025-Q3, p=0.004)' },
      { name: 'mix_shift', points: 18, max: 25, why: '2 of 4 dimensions shifted (BH q < 0.05)' },
      { name: 'drift_types', points: 10, max: 15, why: 'upmarket, industry' },
      { name: 'lagging_indicators', points: 6, max: 10, why: 'win rate falls' },
      { name: 'leading_indicators', points: 4, max: 10, why: 'cycle length rises' },
      { name: 'scorecard_answers', points: 0, max: 5, why: 'no question answered' },
    ],
    fit_basis: 'derived',
    windows: { baseline: '2024-Q4 – 2025-Q3', recent: '2025-Q4 – 2026-Q3', unit: 'quarter' },
    fit_share_by_period: quarters.map((period, i) => ({
      period, fit: Math.round(shares[i]! * 120), total: 120, unknown: 4, share: shares[i]!, ci: [shares[i]! - 0.09, shares[i]! + 0.08],
    })),
    fit_share_of_new_customers: [],
    fit_share_by_period_derived: null,
    fit_share_by_period_derived_reason: 'no ICP was declared',
    onset: {
      detected: true,
      shape: 'slide',
      trend: { test: 'Cochran–Armitage trend', chi_square: 14.2, z: -3.77, p_value: 0.0002 },
      hinge: { onset_period: '2025-Q3', stable_share: 0.61, slope_per_quarter: -0.052, lr: 12.1, p_value: 0.004, replicates: 999, seed: 42, better_fit: 'hinge' },
      step: { change_period: '2025-Q4', rate_before: 0.6, rate_after: 0.42, lr: 9.4, p_value: 0.011, replicates: 999 },
      change_periods: ['2025-Q4'],
      recent_change_probability: 0.18,
    },
    mix_shift: [
      { dimension: 'industry', kind: 'categorical', account_attribute: true, baseline_n: 480, recent_n: 470,
        levels: [
          { level: 'Software', baseline: 250, recent: 160, baseline_share: 0.521, recent_share: 0.34 },
          { level: 'Retail', baseline: 100, recent: 170, baseline_share: 0.208, recent_share: 0.362 },
          { level: '<img src=x onerror=alert(1)>', baseline: 130, recent: 140, baseline_share: 0.271, recent_share: 0.298 },
        ],
        test: 'chi-square homogeneity', statistic: 38.1, df: 2, p_value: 0.00001, q_value: 0.00004, psi: 0.142, psi_threshold: 0.1,
        psi_flagged: true, js_distance: 0.19, linf: 0.181, largest_gain: 'Retail', largest_gain_share: 0.154, shifted: true },
      { dimension: 'lead_source', kind: 'categorical', account_attribute: false, baseline_n: 480, recent_n: 470,
        levels: [
          { level: 'Web', baseline: 300, recent: 290, baseline_share: 0.625, recent_share: 0.617 },
          { level: 'Partner', baseline: 180, recent: 180, baseline_share: 0.375, recent_share: 0.383 },
        ],
        test: 'chi-square homogeneity', statistic: 0.06, df: 1, p_value: 0.81, q_value: 0.81, psi: 0.0003, psi_threshold: 0.1,
        psi_flagged: false, js_distance: 0.008, linf: 0.008, largest_gain: 'Partner', largest_gain_share: 0.008, shifted: false },
      { dimension: 'employees', kind: 'numeric', baseline_n: 470, recent_n: 465, test: 'two-sample Kolmogorov–Smirnov', ks_d: 0.21,
        p_value: 0.0001, q_value: 0.0003, wasserstein_normalized: 0.34, baseline_median: 180, recent_median: 740, median_shift: 560,
        median_shift_ci: [410, 720], median_shift_ci_method: 'bootstrap', shifted: true },
      { dimension: 'amount', kind: 'numeric', baseline_n: 480, recent_n: 470, test: 'two-sample Kolmogorov–Smirnov', ks_d: null,
        ks_d_reason: 'insufficient data (n=12)', p_value: null, p_value_reason: 'insufficient data (n=12)', q_value: null,
        wasserstein_normalized: null, baseline_median: 24000, recent_median: null, recent_median_reason: 'insufficient data (n=12)',
        median_shift: null, median_shift_reason: 'insufficient data (n=12)', median_shift_ci: null, median_shift_ci_method: null, shifted: false },
    ],
    types: [
      { type: 'upmarket', detected: true, evaluated: true, evidence: 'median employees rose from 180 to 740 (KS q < 0.001)', size: 560, q_value: 0.0003, where: ['employees'] },
      { type: 'industry', detected: true, evaluated: true, evidence: 'Retail rose from 21% to 36% of new deals', size: 0.154, q_value: 0.00004, where: ['industry'] },
      { type: 'geography', detected: false, evaluated: true, evidence: 'the country mix did not change (q = 0.64)', size: null, q_value: 0.64, where: [] },
      { type: 'channel', detected: false, evaluated: false, evidence: '', reason: 'no lead source column', where: [] },
    ],
    indicators: [
      { id: 'win_rate', kind: 'lagging', what: 'Win rate of closed deals by quarter', test: 'Cochran–Armitage trend', evaluated: true, detected: true,
        p_value: 0.003, slope: -0.02, series: quarters.map((label, i) => ({ label, value: 0.31 - 0.015 * i })) },
      { id: 'cycle_days', kind: 'leading', what: 'Median sales cycle of won deals (days)', test: 'Mann–Kendall', evaluated: true, detected: false,
        p_value: 0.21, slope: 1.5, series: quarters.map((label, i) => ({ label, value: 40 + (i % 3) * 4 })) },
      { id: 'discount', kind: 'leading', what: 'Discount on won deals', test: 'Mann–Kendall', evaluated: false, detected: false,
        p_value: null, p_value_reason: 'no discount column', series: [] },
    ],
    scorecard: {
      detected: 2, evaluated: 3, questions: 2, answered: 1, answered_yes: 1,
      items: [
        { id: 'sales_win_rate', function: 'Sales', symptom: 'Win rate is falling', from_data: true, status: 'detected', evidence: 'win rate fell 2 points a quarter (p=0.003)' },
        { id: 'sales_cycle', function: 'Sales', symptom: 'Cycles are getting longer', from_data: true, status: 'not_detected', evidence: 'no trend (p=0.21)' },
        { id: 'cs_tickets', function: 'Customer success', symptom: 'New customers file more tickets', from_data: true, status: 'no_data', evidence: 'no tickets file was given' },
        { id: 'marketing_persona', function: 'Marketing', symptom: 'Campaigns target a new persona', from_data: false, status: 'yes', evidence: '' },
        { id: 'product_roadmap', function: 'Product', symptom: 'Roadmap asks come from outside the ICP', from_data: false, status: 'unanswered', evidence: '' },
      ],
    },
  };
  const derivedRules = {
    name: 'Derived ICP', match: 'all',
    rules: [
      { field: 'industry', op: 'in', values: ['Software', 'Financial Services'] },
      { field: 'employees', op: 'between', min: 51, max: 500 },
    ],
  };
  report.icp = {
    declared: null,
    declared_reason: 'no ICP file was given (icp-drift analyze --icp FILE, or the page\'s ICP editor)',
    derived: {
      outcome: 'retained_12m', unit: 'deals', good: 210, bad: 140, undecided: 35, n: 350,
      rules: derivedRules,
      base_rate: 0.6, flagged: 150, flagged_good: 120,
      coverage: 0.43, coverage_ci: [0.38, 0.48], precision: 0.8, precision_ci: [0.73, 0.86],
      recall: 0.571, recall_ci: [0.5, 0.64], lift: 1.33, lift_ci: [1.2, 1.45],
      validation: {
        method: 'out_of_time', train_until: '2025-09-30', test_periods: ['2025-Q4', '2026-Q1'], train_n: 280, train_good: 170,
        rules: derivedRules, n: 70, good: 40, base_rate: 0.571, flagged: 30, flagged_good: 22,
        coverage: 0.429, coverage_ci: [0.32, 0.55], precision: 0.733, precision_ci: [0.56, 0.86],
        recall: 0.55, recall_ci: [0.4, 0.69], lift: 1.28, lift_ci: null, lift_ci_reason: 'insufficient data (n=30)', meets_qualification_bar: true,
      },
      notes: ['Good: still a customer 12 months after the first won close.'],
    },
    derived_evaluation: null,
    overlap: null,
    overlap_reason: 'no ICP was declared',
    scoring: {
      model: {
        labelled: 350, good: 210, base_rate: 0.6, pass_score: 60,
        tiers: [{ name: 'A', min_score: 80 }, { name: 'B', min_score: 60 }, { name: 'C', min_score: 40 }, { name: 'D', min_score: 0 }],
        attributes: [
          { field: 'industry', banded: false, missing: 3, levels: [
            { level: 'Software', n: 160, good: 120, good_rate: 0.75, log_odds: 0.69, points: 18 },
            { level: 'Retail', n: 90, good: 36, good_rate: 0.4, log_odds: -0.81, points: -21 },
          ] },
          { field: 'employees', banded: true, missing: 0, levels: [
            { level: '51-200', n: 120, good: 84, good_rate: 0.7, log_odds: 0.44, points: 11 },
            { level: '1001+', n: 40, good: 12, good_rate: 0.3, log_odds: -1.25, points: -32 },
          ] },
        ],
        notes: [],
      },
      customers: { n: 260, mean_score: 58.4, pass: 120, tiers: [{ name: 'A', n: 60 }, { name: 'B', n: 60 }, { name: 'C', n: 80 }, { name: 'D', n: 60 }] },
      deals: { n: 85, mean_score: 47.2, pass: 30, tiers: [{ name: 'A', n: 12 }, { name: 'B', n: 18 }, { name: 'C', n: 25 }, { name: 'D', n: 30 }] },
    },
    what_if: {
      basis: 'derived', closed_all: 950, closed_fit: 410, win_rate_all: 0.29, win_rate_fit: 0.41, win_rate_fit_ci: [0.36, 0.46],
      nrr_all: 1.04, nrr_fit: 1.17, nrr_fit_n: 140, cac_all: 18400, cac_fit: null, cac_fit_reason: 'no spend file was given',
      cac_assumption: 'spend split by the share of fit deals among new deals',
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
  report.drift = null;
  report.drift_reason = 'no deals file was given';
  report.icp = null;
  report.icp_reason = 'no deals file was given';
  return report;
}
