// Headline figures as cards (a <dl>): the value, or the reason it is missing, under a stable
// data-testid, with notes (interval, n) under it.
import { el } from '../ui/dom';
import { explain } from '../ui/explain';
import { explanation } from './explanations';
import { formatCount } from './format';
import { figureOf, intervalOf, type Figure } from './report_types';

export interface FigureCard {
  label: string;
  testId: string;
  figure: Figure;
  format: (value: number) => string;
  notes?: (HTMLElement | null)[];
  wide?: boolean;
  /** What the figure is and how it is computed (default: the explanation of its test id). */
  explain?: string;
}

export function figureGrid(cards: readonly FigureCard[], testId?: string): HTMLElement {
  const list = el('dl', { class: 'figure-grid', 'data-testid': testId });
  for (const card of cards) {
    const notes = (card.notes ?? []).filter((n): n is HTMLElement => n !== null);
    const value = el('dd', {}, [
      el('span', { class: card.figure.value === null ? 'value missing' : 'value', 'data-testid': card.testId }, [
        figureText(card.figure, card.format),
      ]),
      notes.length > 0 ? el('div', { class: 'figure-notes' }, notes) : null,
    ]);
    const item = el('div', { class: card.wide ? 'figure figure-wide' : 'figure' }, [el('dt', {}, [card.label]), value]);
    // The tooltip sits in the <dd> (a <dl>'s groups hold only <dt> and <dd>); the whole card shows it.
    const why = card.explain ?? explanation(card.testId);
    if (why) explain(item, why, { focusable: true, host: value, area: item });
    list.append(item);
  }
  return list;
}

/** The formatted value, or the reason it is missing. */
export function figureText(figure: Figure, format: (value: number) => string): string {
  return figure.value === null ? figure.reason : format(figure.value);
}

/** "95% interval 27.3–33.0%" as a note under a figure. */
export function figureNote(label: string, testId: string, value: string): HTMLElement {
  return el('span', { class: 'figure-note' }, [label, el('span', { 'data-testid': testId }, [value])]);
}

/** The interval `key` of a record as text, else its reason, else the reason of the figure it belongs to. */
export function intervalText(
  record: Record<string, unknown> | null | undefined,
  key: string,
  of: Figure,
  formatRange: (low: number, high: number) => string,
): string {
  const ci = intervalOf(record, key);
  if (ci) return formatRange(ci[0], ci[1]);
  const reason = record?.[`${key}_reason`];
  if (typeof reason === 'string' && reason !== '') return reason;
  return of.value === null ? of.reason : 'not in the report';
}

/** "n = 1,208 closed deals", or null when the report has no such count. */
export function nNote(record: Record<string, unknown> | null | undefined, key: string, what: string, testId?: string): HTMLElement | null {
  const n = figureOf(record, key);
  if (n.value === null) return null;
  return figureNote('n = ', testId ?? `${key}-n`, `${formatCount(n.value)} ${what}`.trim());
}
