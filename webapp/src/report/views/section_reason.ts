// What a view says when its part of the report is missing: the engine's reason in plain words, with
// what to drop to get it ("No revenue file was given — drop an MRR export to see retention").
import { el } from '../../ui/dom';
import type { Report } from '../report_types';

const HINTS: Record<string, string> = {
  sales: 'drop a deals export to see win rates, periods and segments',
  efficiency: 'drop a spend sheet (month, channel, spend) to see CAC and payback',
  revenue: 'drop an MRR export to see retention',
  customer_success: 'drop a tickets export, or accounts with go-live dates or health scores, to see customer success',
  joins: 'drop an accounts export to join deals, revenue and tickets to their companies',
};

/** null when report[key] is there (an object or an array); else the paragraph that says why not. */
export function sectionReason(report: Report, key: string, title: string): HTMLElement | null {
  const value = (report as Record<string, unknown>)[key];
  if (typeof value === 'object' && value !== null) return null;
  return el('p', { class: 'missing section-reason', 'data-testid': `${key}-reason` }, [sectionReasonText(report, key, title)]);
}

export function sectionReasonText(report: Report, key: string, title: string): string {
  const record = report as Record<string, unknown>;
  const reason = record[`${key}_reason`];
  if (typeof reason !== 'string' || reason === '') {
    if (!(key in record)) return `${title} is not in this report: the engine that wrote it does not compute it yet.`;
    return `No ${title.toLowerCase()} in this report (the engine gave no reason).`;
  }
  const hint = HINTS[key];
  const missingFile = /\bno\b.*\b(file|export|column|columns)\b/i.test(reason);
  return `${capitalise(reason)}${hint && missingFile ? ` — ${hint}` : ''}.`;
}

/** The reason a part of a section (a table, a chart) is missing: its "<key>_reason", else a fallback. */
export function partReason(parent: Record<string, unknown> | null | undefined, key: string, what: string): string {
  const reason = parent?.[`${key}_reason`];
  if (typeof reason === 'string' && reason !== '') return capitalise(reason);
  return `This report has no ${what}: the engine that wrote it does not compute this yet`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
