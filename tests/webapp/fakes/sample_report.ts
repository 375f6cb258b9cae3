// A report shaped like the engine's (SPEC §7), for rendering tests.
import type { Report } from '../../../webapp/src/report/report_types';

export function sampleReport(): Report {
  return {
    schema_version: '0.1.0',
    inputs: [
      {
        file: 'deals.csv',
        role: 'deals',
        rows_read: 1250,
        rows_used: 1237,
        rows_rejected: 13,
        rejected_by_reason: [
          { reason: 'no outcome (stage not recognised)', count: 12, first_lines: [4, 9, 17, 30, 41] },
          { reason: 'close date before created date', count: 1, first_lines: [77] },
        ],
        mapping: { deal_id: 'Opportunity ID', stage: 'Stage', amount: 'Amount' },
      },
      {
        file: 'accounts.csv',
        role: 'accounts',
        rows_read: 300,
        rows_used: 300,
        rows_rejected: 0,
        rejected_by_reason: [],
        mapping: { account_id: 'Id' },
      },
    ],
    sales: {
      overall: {
        deals: 1237,
        won: 301,
        lost: 700,
        open: 236,
        win_rate: 0.3007,
        win_rate_ci: [0.2728, 0.3302],
        win_rate_inclusive: 0.2433,
        median_cycle_days_won: 47,
        acv_median: 24500,
      },
    },
  };
}
