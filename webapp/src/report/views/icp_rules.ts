// An ICP definition's rules in words: "industry in Software, Financial Services · employees 51–500".
import { formatCount } from '../format';
import { dimensionLabel } from '../labels';
import type { IcpDefinition, IcpRule } from '../report_types';

export function ruleText(rule: IcpRule): string {
  const field = dimensionLabel(rule.field).toLowerCase();
  const values = Array.isArray(rule.values) ? rule.values.filter((v) => typeof v === 'string') : [];
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? formatCount(v) : null);
  switch (rule.op) {
    case 'not_in': return `${field} not in ${values.join(', ')}`;
    case 'eq': return `${field} is ${values[0] ?? ''}`;
    case 'between': {
      const min = num(rule.min), max = num(rule.max);
      if (min !== null && max !== null) return `${field} ${min}–${max}`;
      if (min !== null) return `${field} ≥ ${min}`;
      if (max !== null) return `${field} ≤ ${max}`;
      return `${field} (any)`;
    }
    default: return `${field} in ${values.join(', ')}`;
  }
}

/** The rules joined with " · " (all must hold), or with their weights for a score ICP; null without rules. */
export function rulesText(definition: IcpDefinition | null | undefined): string | null {
  const rules = Array.isArray(definition?.rules) ? definition!.rules : [];
  if (rules.length === 0) return null;
  const score = definition!.match === 'score';
  return rules.map((r) => (score && typeof r.weight === 'number' ? `${ruleText(r)} (weight ${r.weight})` : ruleText(r))).join(' · ');
}
