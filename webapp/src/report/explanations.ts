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
};

/** What the number under this key is and how it was computed, or null when there is nothing to add. */
export function explanation(key: string): string | null {
  return BY_KEY[key] ?? null;
}
