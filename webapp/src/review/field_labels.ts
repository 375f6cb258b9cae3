// Plain names for the canonical fields and roles, as the review shows them.

const FIELD_LABELS: Record<string, string> = {
  deal_id: 'Deal ID',
  account_id: 'Account ID',
  account_name: 'Account name',
  stage: 'Stage',
  status: 'Status (won / lost / open)',
  is_won: 'Is won',
  is_closed: 'Is closed',
  created_date: 'Created date',
  close_date: 'Close date',
  amount: 'Amount',
  currency: 'Currency',
  owner: 'Owner',
  lead_source: 'Lead source',
  deal_type: 'Deal type',
  product: 'Product / use case',
  industry: 'Industry',
  employees: 'Employees',
  annual_revenue: 'Annual revenue',
  country: 'Country',
  region: 'Region',
  go_live_date: 'Go-live date',
  health_score: 'Health score',
  month: 'Month',
  start_date: 'Start date',
  end_date: 'End date',
  mrr: 'MRR',
  arr: 'ARR',
  billing_interval: 'Billing interval',
  subscription_id: 'Subscription ID',
  event_type: 'Event type',
  ticket_id: 'Ticket ID',
  priority: 'Priority',
  period: 'Period',
  channel: 'Channel',
};

/** "close_date" → "Close date"; an unknown field reads as its words. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ROLE_LABELS: Record<string, string> = {
  deals: 'Deals (opportunities)',
  accounts: 'Accounts (companies)',
  revenue: 'Revenue (MRR / ARR)',
  tickets: 'Support tickets',
  spend: 'Sales & marketing spend',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/** The fields a role's analysis leans on: shown first, even when nothing was mapped to them. */
export const KEY_FIELDS: Record<string, string[]> = {
  deals: ['deal_id', 'account_id', 'account_name', 'stage', 'created_date', 'close_date', 'amount'],
  accounts: ['account_id', 'account_name', 'industry', 'employees', 'country'],
  revenue: ['account_id', 'account_name', 'month', 'mrr'],
  tickets: ['ticket_id', 'account_id', 'account_name', 'created_date', 'priority'],
  spend: ['period', 'channel', 'amount'],
};

/** 0.95 → "95%" */
export function confidenceText(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
