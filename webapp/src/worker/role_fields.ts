// The canonical fields each role can map, asked of the engine (roleFields). An engine built before
// roleFields existed gets the same lists, copied from core/mapping/header_mapping.cpp.
import type { EngineModule } from '@engine/icp_drift_web.mjs';
import type { RoleFields } from './protocol';

export const ROLE_NAMES = ['deals', 'accounts', 'revenue', 'tickets', 'spend'] as const;

export const FALLBACK_ROLE_FIELDS: RoleFields = {
  deals: [
    'deal_id', 'account_id', 'account_name', 'stage', 'status', 'is_won', 'is_closed', 'created_date', 'close_date',
    'amount', 'currency', 'owner', 'lead_source', 'deal_type', 'product', 'industry', 'employees', 'annual_revenue',
    'country', 'region',
  ],
  accounts: [
    'account_id', 'account_name', 'created_date', 'owner', 'lead_source', 'product', 'industry', 'employees',
    'annual_revenue', 'country', 'region', 'go_live_date', 'health_score',
  ],
  revenue: [
    'account_id', 'account_name', 'status', 'amount', 'currency', 'month', 'start_date', 'end_date', 'mrr', 'arr',
    'billing_interval', 'subscription_id', 'event_type',
  ],
  tickets: ['account_id', 'account_name', 'status', 'created_date', 'ticket_id', 'priority'],
  spend: ['amount', 'currency', 'period', 'channel'],
};

export function roleFieldsOf(engine: EngineModule): RoleFields {
  if (typeof engine.roleFields !== 'function') return FALLBACK_ROLE_FIELDS;
  const out: RoleFields = {};
  for (const role of ROLE_NAMES) {
    try {
      const parsed: unknown = JSON.parse(engine.roleFields(role));
      out[role] = Array.isArray(parsed) && parsed.length > 0 && parsed.every((f) => typeof f === 'string')
        ? parsed as string[]
        : FALLBACK_ROLE_FIELDS[role]!;
    } catch {
      out[role] = FALLBACK_ROLE_FIELDS[role]!;
    }
  }
  return out;
}
