// inputs[] entries as the engine gives them (`icp-drift inspect --json`), for the review's tests.
import type { InputReport } from '../../../webapp/src/report/report_types';
import type { RoleFields } from '../../../webapp/src/worker/protocol';

/** A semicolon-separated, decimal-comma deals export whose dates fit both orders, with a custom stage. */
export function euDealsInput(): InputReport {
  return {
    "file": "deals-eu.csv",
    "role": "deals",
    "role_confidence": 0.99,
    "role_reason": "a stage or outcome column beside amounts or close dates",
    "encoding": "UTF-8",
    "delimiter": "semicolon",
    "rows_read": 160,
    "rows_used": 156,
    "rows_rejected": 4,
    "rejected_by_reason": [
      {
        "reason": "no stage or outcome",
        "count": 4,
        "first_lines": [
          38,
          75,
          112,
          149
        ]
      }
    ],
    "warnings": [],
    "mapping": {
      "deal_id": "Deal ID",
      "account_name": "Company",
      "stage": "Deal Stage",
      "created_date": "Created",
      "close_date": "Closed",
      "amount": "Amount",
      "lead_source": "Source"
    },
    "mapping_details": [
      {
        "field": "deal_id",
        "column": "Deal ID",
        "confidence": 0.95,
        "reason": "header \"Deal ID\" is a known name for deal_id"
      },
      {
        "field": "account_name",
        "column": "Company",
        "confidence": 0.85,
        "reason": "header \"Company\" is a known name for account_name"
      },
      {
        "field": "stage",
        "column": "Deal Stage",
        "confidence": 0.95,
        "reason": "header \"Deal Stage\" is a known name for stage"
      },
      {
        "field": "created_date",
        "column": "Created",
        "confidence": 0.8,
        "reason": "header \"Created\" is a known name for created_date; 100% of its values read as dates"
      },
      {
        "field": "close_date",
        "column": "Closed",
        "confidence": 0.6,
        "reason": "dates, and the header \"Closed\" suggests closing; 100% of its values read as dates"
      },
      {
        "field": "amount",
        "column": "Amount",
        "confidence": 0.95,
        "reason": "header \"Amount\" is a known name for amount; 100% of its values read as amounts"
      },
      {
        "field": "lead_source",
        "column": "Source",
        "confidence": 0.7,
        "reason": "header \"Source\" is a known name for lead_source"
      }
    ],
    "unmapped_columns": [],
    "columns": [
      {
        "name": "Deal ID",
        "type": "text",
        "values": 160,
        "missing": 0,
        "distinct": 160,
        "samples": [
          "D-1001",
          "D-1002",
          "D-1003",
          "D-1004",
          "D-1005"
        ]
      },
      {
        "name": "Company",
        "type": "text",
        "values": 160,
        "missing": 0,
        "distinct": 40,
        "samples": [
          "Firma 13 GmbH",
          "Firma 37 GmbH",
          "Firma 26 GmbH",
          "Firma 21 GmbH",
          "Firma 25 GmbH"
        ]
      },
      {
        "name": "Deal Stage",
        "type": "outcome",
        "values": 156,
        "missing": 4,
        "distinct": 4,
        "samples": [
          "Negotiation",
          "Closed Lost",
          "Closed Won",
          "Verbal win"
        ]
      },
      {
        "name": "Amount",
        "type": "money",
        "values": 160,
        "missing": 0,
        "distinct": 160,
        "samples": [
          "51.608,59",
          "43.480,84",
          "27.395,37",
          "74.317,62",
          "33.553,57"
        ]
      },
      {
        "name": "Created",
        "type": "date",
        "values": 160,
        "missing": 0,
        "distinct": 96,
        "samples": [
          "11/07/2023",
          "06/09/2023",
          "07/02/2023",
          "04/01/2023",
          "11/02/2023"
        ]
      },
      {
        "name": "Closed",
        "type": "date",
        "values": 139,
        "missing": 21,
        "distinct": 89,
        "samples": [
          "08/07/2024",
          "09/12/2024",
          "11/10/2024",
          "09/02/2024",
          "01/09/2024"
        ]
      },
      {
        "name": "Source",
        "type": "text",
        "values": 160,
        "missing": 0,
        "distinct": 3,
        "samples": [
          "Partner",
          "Web",
          "Event"
        ]
      }
    ],
    "stage_table": [
      {
        "column": "Deal Stage",
        "value": "Negotiation",
        "outcome": "open",
        "source": "name",
        "rows": 21
      },
      {
        "column": "Deal Stage",
        "value": "Closed Lost",
        "outcome": "lost",
        "source": "name",
        "rows": 55
      },
      {
        "column": "Deal Stage",
        "value": "Closed Won",
        "outcome": "won",
        "source": "name",
        "rows": 33
      },
      {
        "column": "Deal Stage",
        "value": "Verbal win",
        "outcome": "open",
        "source": "name",
        "rows": 47
      }
    ],
    "date_order": "day_first",
    "date_order_source": "assumed",
    "notes": [
      "created date: every date fits both day/month and month/day; assumed day/month/year (set the date order in the mapping if that is wrong)",
      "close date: every date fits both day/month and month/day; assumed day/month/year (set the date order in the mapping if that is wrong)",
      "amount: decimal mark is a comma (0 values show a point, 156 a comma)"
    ]
  };
}

/** A small accounts export. */
export function accountsInput(): InputReport {
  return {
    file: 'accounts.csv',
    role: 'accounts',
    role_confidence: 0.99,
    role_reason: 'company names or ids with firmographics',
    encoding: 'UTF-8',
    delimiter: 'comma',
    rows_read: 3,
    rows_used: 3,
    rows_rejected: 0,
    rejected_by_reason: [],
    warnings: ['2 rows have more fields than the header'],
    mapping: { account_id: 'Id', account_name: 'Name', industry: 'Industry' },
    mapping_details: [
      { field: 'account_id', column: 'Id', confidence: 0.8, reason: 'header "Id" is a known name for account_id' },
      { field: 'account_name', column: 'Name', confidence: 0.8, reason: 'header "Name" is a known name for account_name' },
      { field: 'industry', column: 'Industry', confidence: 0.95, reason: 'header "Industry" is a known name for industry' },
    ],
    unmapped_columns: ['Seats'],
    columns: [
      { name: 'Id', type: 'text', values: 3, missing: 0, distinct: 3, samples: ['A1', 'A2', 'A3'] },
      { name: 'Name', type: 'text', values: 3, missing: 0, distinct: 3, samples: ['Acme', 'Beta', 'Gamma'] },
      { name: 'Industry', type: 'text', values: 3, missing: 0, distinct: 2, samples: ['Software', 'Retail'] },
      { name: 'Seats', type: 'number', values: 3, missing: 0, distinct: 3, samples: ['10', '20', '30'] },
    ],
    stage_table: [],
    date_order: null,
    date_order_source: null,
    notes: [],
  };
}

/** The fields each role can map, as the engine's roleFields gives them. */
export const ROLE_FIELDS: RoleFields = {
  deals: [
    'deal_id', 'account_id', 'account_name', 'stage', 'status', 'is_won', 'is_closed', 'created_date', 'close_date',
    'amount', 'currency', 'owner', 'lead_source', 'deal_type', 'product', 'industry', 'employees', 'annual_revenue',
    'country', 'region',
  ],
  accounts: [
    'account_id', 'account_name', 'created_date', 'owner', 'lead_source', 'product', 'industry', 'employees',
    'annual_revenue', 'country', 'region', 'go_live_date', 'health_score',
  ],
  revenue: ['account_id', 'account_name', 'status', 'amount', 'currency', 'month', 'start_date', 'end_date', 'mrr', 'arr', 'billing_interval', 'subscription_id', 'event_type'],
  tickets: ['account_id', 'account_name', 'status', 'created_date', 'ticket_id', 'priority'],
  spend: ['amount', 'currency', 'period', 'channel'],
};
