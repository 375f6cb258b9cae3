// What each number of the report is and how it is computed (../shared/METHODS.md, SPEC §4), said
// where the number is shown, on hover or focus. Keyed by the figure card's test id and by the report
// key a table column shows, so a figure reads the same wherever it appears.
const WIN_RATE = 'Won ÷ (won + lost) of the deals closed; open deals are left out. The interval is the Wilson 95% interval; with fewer closed deals it widens, and past ±15 points the rate is not given.';
const WIN_RATE_INCLUSIVE = 'Won ÷ every deal created, open ones included: what share of new pipeline has turned into customers so far.';
const CYCLE_WON = 'Days from created to closed, for won deals: the median (half the deals closed faster), with its order-statistic 95% interval; not given for fewer than 6 deals.';
const CYCLE_LOST = 'Days from created to closed, for lost deals: the median, with its order-statistic 95% interval.';
const ACV_MEDIAN = 'The median amount of the won deals (annual contract value as the export gives it), with its order-statistic 95% interval.';
const ACV_MEAN = 'The mean amount of the won deals; a few large deals pull it above the median.';
const NRR = 'Net revenue retention, trailing 12 months: the MRR now of the accounts that paid 12 months ago ÷ their MRR then. Expansion counts; new customers do not.';
const GRR = 'Gross revenue retention, trailing 12 months: like NRR but each account counts at most its MRR of 12 months ago, so only losses show.';
const LOGO_CHURN = 'Accounts that stopped paying in a month ÷ accounts paying at its start, averaged over the trailing months.';
const CAC = 'Customer acquisition cost: the spend of the period ÷ the new logos it brought (an account\'s first won deal).';
const PAYBACK = 'CAC ÷ (new MRR per new logo × gross margin): the months a new customer takes to pay back what it cost to win.';
const P_VALUE = 'The chance of a difference at least this large if the segment were like the rest: Fisher\'s exact test for small counts, else a two-proportion z test.';
const Q_VALUE = 'The p value adjusted for testing many segments at once (Benjamini–Hochberg): below 0.05 the difference is called real.';

const BY_KEY: Readonly<Record<string, string>> = {
  deals: 'Every deal read from the deals files, open, won or lost; rejected rows are not counted (Data quality lists them).',
  won: 'Deals whose stage maps to won (the stage table in the mapping review says which stages do).',
  lost: 'Deals whose stage maps to lost.',
  open: 'Deals neither won nor lost yet; they are left out of the win rate.',
  closed: 'Won + lost deals: the base of the win rate.',
  'win-rate': WIN_RATE,
  win_rate: WIN_RATE,
  win_rate_ci: WIN_RATE,
  win_rate_inclusive: WIN_RATE_INCLUSIVE,
  'median-cycle-won': CYCLE_WON,
  median_cycle_days_won: CYCLE_WON,
  'median-cycle-lost': CYCLE_LOST,
  median_cycle_days_lost: CYCLE_LOST,
  'acv-median': ACV_MEDIAN,
  acv_median: ACV_MEDIAN,
  'acv-mean': ACV_MEAN,
  acv_mean: ACV_MEAN,
  bookings: 'The sum of the amounts of the won deals.',
  'new-logos': 'Accounts whose first won deal falls in the data: new customers.',
  new_logos: 'Accounts whose first won deal falls in the period: new customers.',
  'pipeline-created': 'The sum of the amounts of every deal created, whatever its outcome.',
  pipeline_created: 'The sum of the amounts of the deals created in the period, whatever their outcome.',
  p_value: P_VALUE,
  win_rate_p_value: P_VALUE,
  q_value: Q_VALUE,
  win_rate_q_value: Q_VALUE,
  mrr: 'Monthly recurring revenue as of the month shown: the sum over accounts of their MRR (ARR ÷ 12 where only ARR is given; annual contracts spread monthly).',
  arr: 'Annual recurring revenue: the MRR of the month shown × 12.',
  nrr: NRR,
  nrr_trailing_12m: NRR,
  grr: GRR,
  grr_trailing_12m: GRR,
  'logo-churn-monthly': LOGO_CHURN,
  'logo-churn-annualized': 'The monthly logo churn m made yearly as 1 − (1 − m)^12 (never 12 × m, which overstates it).',
  'revenue-churn': 'MRR lost to churn and contraction in a month ÷ MRR at its start, averaged over the last 6 complete months.',
  arpa: 'Average revenue per account: MRR ÷ accounts paying.',
  ltv: 'Lifetime value: ARPA × gross margin ÷ monthly revenue churn (trailing 6 months); not given when churn is 0, since it would be infinite.',
  'spend-total': 'The sum of the spend file over its periods.',
  'new-logos-total': 'New customers (first won deal of an account) over the periods the spend covers.',
  'cac-overall': CAC,
  cac: CAC,
  payback_months: PAYBACK,
  'efficiency-gross-margin': 'The gross margin used for CAC payback and LTV: the settings value, else 80%.',
  'tickets-total': 'Support tickets read from the tickets file.',
  'tickets-per-account-month': 'Tickets ÷ account-months of the accounts that opened them: how much support a customer needs.',
  'tickets-first-90d': 'Tickets per account-month in each customer\'s first 90 days: the onboarding load.',
  'ttv-median': 'Time to value: the median days from a customer\'s start to its first value event, counting customers who have not reached it yet (Kaplan–Meier).',
  'ttv-events': 'Customers who reached their first value event.',
  'ttv-censored': 'Customers who have not reached it yet: they count as "at least this long" in the median.',
  'health-median': 'The median of the health scores the export gives, one per account.',
  'health-mean': 'The mean of the health scores the export gives.',
  cac_payback_months: PAYBACK,
  new_mrr_per_logo: 'New MRR of the period ÷ its new logos: what a new customer pays a month at the start.',
  spend: 'The spend of the period, from the spend file.',
  prior_quarter_spend: 'The spend of the quarter before: what the magic number divides by.',
  net_new_arr: 'ARR added in the quarter: (new + expansion + reactivation − contraction − churn) MRR × 12, or won bookings when there is no revenue file.',
  magic_number: 'Net new ARR of the quarter ÷ the spend of the quarter before.',
  new: 'MRR of accounts paying for the first time this month.',
  expansion: 'MRR added by accounts that paid more than the month before.',
  contraction: 'MRR lost by accounts that paid less than the month before but still pay.',
  churn: 'MRR lost by accounts that stopped paying this month.',
  reactivation: 'MRR of accounts paying again after having churned.',
  start_mrr: 'The MRR at the start of the period.',
  end_mrr: 'The MRR at the end of the period.',
  customers_start: 'Accounts paying at the start of the period.',
  customers_end: 'Accounts paying at the end of the period.',
  new_customers: 'Accounts whose first paid month is in the period.',
  churned_customers: 'Accounts that stopped paying in the period.',
  reactivated_customers: 'Accounts that paid again in the period after having churned.',
  logo_churn: LOGO_CHURN,
  logo_churn_annualized: 'The monthly logo churn m made yearly as 1 − (1 − m)^12 (never 12 × m, which overstates it).',
  nrr_n: 'Accounts that paid 12 months ago: the base of NRR and GRR.',
  created: 'Deals created in the period, by created date.',
  per_account_month: 'Tickets ÷ account-months of the accounts that opened them: how much support a customer needs.',
  per_account_month_first_90d: 'Tickets per account-month in each customer\'s first 90 days: the onboarding load.',
  median_days: 'The median days to the first value event, counting customers who have not reached it yet (Kaplan–Meier).',
  good: 'Customers won and retained (not churned, and NRR at least 100% after 12 months when revenue data allows): the good outcome the ICP is derived from.',
  good_rate: 'Good customers ÷ the segment\'s customers, with its Wilson 95% interval.',
  log_odds: 'How much the value raises (+) or lowers (−) the odds of a good customer against the overall rate, smoothed toward 0 when few customers hold it; calibrated, it gives the fit-score points.',
  points: 'The points this part adds to the drift score, out of its maximum.',
  baseline_n: 'New deals in the baseline window: the older quarters the recent mix is compared with.',
  recent_n: 'New deals in the recent window.',
  psi: 'Population stability index of the mix: Σ (recent − baseline) × ln(recent ÷ baseline); flagged above a threshold that allows for the counts (the 95% chi-square quantile × (1/m + 1/n)).',
  js_distance: 'Jensen–Shannon distance between the baseline and recent mixes: 0 the same, 1 nothing in common.',
  linf: 'The largest change in any one level\'s share, in points of share.',
  ks_d: 'Kolmogorov–Smirnov D: the largest gap between the two windows\' cumulative distributions.',
  wasserstein_normalized: 'How far the distribution moved (Wasserstein distance), divided by the baseline\'s spread.',
  median_shift: 'Recent median − baseline median, with a bootstrap 95% interval.',
  median_shift_ci: 'The 95% interval of the recent median − the baseline median: a seeded bootstrap up to 2,000 values in all, the order-statistic (McKean–Schrader) interval above.',
  match_rate: 'Rows that found their account ÷ all rows, by id first, then by normalised name.',
  matched: 'Rows that found their account.',
  matched_by_id: 'Rows matched on the account id (15- and 18-character Salesforce ids are the same account).',
  matched_by_name: 'Rows matched on the account name, normalised (case, punctuation and legal suffixes such as Inc. or GmbH set aside).',
  unmatched: 'Rows whose account was not in the accounts file: they count in their own figures, not in per-account ones.',
};

/** What the number under this key is and how it was computed, or null when there is nothing to add. */
export function explanation(key: string): string | null {
  return BY_KEY[key] ?? null;
}
