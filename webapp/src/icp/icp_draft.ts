// The ICP as the page's editor holds it: text boxes, not JSON. Converts both ways with the ICP JSON of
// METHODS.md ("name", "match", "rules" [{field, op, values | value | min, max, weight}], "tiers",
// "pass_score"). The engine validates the JSON and names a bad key; the draft only keeps the form's
// text in the shape the engine reads, and whatever it does not edit (tiers, defined_on) as it was.
import type { IcpDefinition } from '../report/report_types';

export type RuleOp = 'in' | 'not_in' | 'between' | 'eq';
export const RULE_OPS: readonly RuleOp[] = ['in', 'not_in', 'between', 'eq'];

export interface RuleDraft {
  field: string;
  op: RuleOp;
  /** in / not_in: values separated by commas; eq: the one value. */
  values: string;
  /** between: either bound may be empty. */
  min: string;
  max: string;
  /** match "score" only. */
  weight: string;
}

export interface IcpDraft {
  name: string;
  match: 'all' | 'score';
  /** match "score" only; empty: the engine's default (tiers A and B pass). */
  passScore: string;
  rules: RuleDraft[];
  /** Keys the form does not edit, kept as they came (tiers, defined_on). */
  kept: Record<string, unknown>;
}

/** Fields whose values are numbers (the engine reads "employees": 250, not "250"). */
const NUMERIC_FIELDS = new Set(['employees', 'annual_revenue', 'amount', 'acv']);

export function emptyRule(field = 'industry'): RuleDraft {
  return { field, op: 'in', values: '', min: '', max: '', weight: '' };
}

export function emptyDraft(): IcpDraft {
  return { name: 'Our ICP', match: 'all', passScore: '', rules: [emptyRule()], kept: {} };
}

// A bound or weight as typed: a number, or the text the engine refused (kept, so the user sees it).
const numberText = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : '');
const valueText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The draft of an ICP definition (the report's declared or derived rules, or a loaded file's JSON). */
export function draftOf(definition: IcpDefinition): IcpDraft {
  const rules: RuleDraft[] = (Array.isArray(definition.rules) ? definition.rules : []).map((rule) => {
    const op: RuleOp = RULE_OPS.includes(rule.op as RuleOp) ? (rule.op as RuleOp) : 'in';
    const list = Array.isArray(rule.values) ? rule.values.map(valueText) : rule.value !== undefined ? [valueText(rule.value)] : [];
    return {
      field: typeof rule.field === 'string' ? rule.field : '',
      op,
      values: list.join(', '),
      min: numberText(rule.min),
      max: numberText(rule.max),
      weight: numberText(rule.weight),
    };
  });
  const kept: Record<string, unknown> = {};
  if (definition.tiers !== undefined && definition.tiers !== null) kept.tiers = definition.tiers;
  if (typeof definition.defined_on === 'string') kept.defined_on = definition.defined_on;
  return {
    name: typeof definition.name === 'string' ? definition.name : '',
    match: definition.match === 'score' ? 'score' : 'all',
    passScore: numberText(definition.pass_score),
    rules,
    kept,
  };
}

/** The draft of an ICP file's text, or the reason it cannot be edited in the form. */
export function draftOfJson(json: string): { ok: true; draft: IcpDraft } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (thrown) {
    return { ok: false, message: `it is not JSON (${thrown instanceof Error ? thrown.message : String(thrown)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'expected an object such as {"name": …, "rules": […]}' };
  }
  return { ok: true, draft: draftOf(data as IcpDefinition) };
}

/** "a, b ,c" → ["a", "b", "c"]; a quoted value keeps its commas: "\"Acme, Inc\", b". */
export function splitValues(text: string): string[] {
  const out: string[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match.index === text.length) break;
    const value = match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? '').trim();
    if (value !== '') out.push(value);
    if (pattern.lastIndex === match.index) pattern.lastIndex++;
  }
  return out;
}

function valueOf(field: string, text: string): string | number {
  if (NUMERIC_FIELDS.has(field.trim().toLowerCase())) {
    const n = Number(text.replace(/[\s,_]/g, ''));
    if (text.trim() !== '' && Number.isFinite(n)) return n;
  }
  return text;
}

function numberOf(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(/[\s_]/g, ''));
  return Number.isFinite(n) ? n : t; // not a number: the engine says so, naming the key
}

/** The ICP JSON of a draft, as the engine reads it. Empty rules (no field) are left out. */
export function icpJsonOf(draft: IcpDraft): string {
  const rules = draft.rules.filter((r) => r.field.trim() !== '').map((r) => {
    const field = r.field.trim();
    const rule: Record<string, unknown> = { field, op: r.op };
    if (r.op === 'between') {
      const min = numberOf(r.min), max = numberOf(r.max);
      if (min !== undefined) rule.min = min;
      if (max !== undefined) rule.max = max;
    } else if (r.op === 'eq') {
      rule.value = valueOf(field, r.values.trim());
    } else {
      rule.values = splitValues(r.values).map((v) => valueOf(field, v));
    }
    if (draft.match === 'score') {
      const weight = numberOf(r.weight);
      if (weight !== undefined) rule.weight = weight;
    }
    return rule;
  });
  const icp: Record<string, unknown> = { name: draft.name.trim() || 'Our ICP' };
  if (draft.kept.defined_on !== undefined) icp.defined_on = draft.kept.defined_on;
  icp.match = draft.match;
  icp.rules = rules;
  if (draft.match === 'score') {
    if (draft.kept.tiers !== undefined) icp.tiers = draft.kept.tiers;
    const pass = numberOf(draft.passScore);
    if (pass !== undefined) icp.pass_score = pass;
  }
  return JSON.stringify(icp, null, 2);
}

/** A file name for the draft's download: "core-icp.icp.json". */
export function icpFileName(draft: IcpDraft): string {
  const base = draft.name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${base || 'icp'}.icp.json`;
}
