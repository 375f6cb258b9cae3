// The date-order question: when every date of a file fits both day/month/year and month/day/year,
// the engine assumes one and the review asks. An example date from the file shows both readings.
import type { DateOrder } from '../report/report_types';
import { el } from '../ui/dom';
import type { FileReview } from './review_model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DateExample {
  /** The date as the file writes it. */
  text: string;
  dayFirst: string;
  monthFirst: string;
}

const NUMERIC_DATE = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;

/** "05/02/2024" → both readings ("5 February 2024", "2 May 2024"), or null when it is not such a date. */
export function readDateBothWays(text: string): DateExample | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = match[4]!.length === 2 ? `20${match[4]}` : match[4]!;
  if (first < 1 || second < 1 || first > 12 || second > 12) return null;
  return {
    text: text.trim(),
    dayFirst: `${first} ${MONTHS[second - 1]} ${year}`,
    monthFirst: `${second} ${MONTHS[first - 1]} ${year}`,
  };
}

/** A date of the file that reads differently each way (day ≠ month), from its date columns' samples. */
export function exampleDate(file: FileReview): DateExample | null {
  const dateColumns = file.columns.filter((c) => c.type === 'date');
  const mapped = new Set(Object.values(file.mapping));
  // Mapped date columns first: their dates are the ones the analysis reads.
  dateColumns.sort((a, b) => Number(mapped.has(b.name)) - Number(mapped.has(a.name)));
  let fallback: DateExample | null = null;
  for (const column of dateColumns) {
    for (const sample of Array.isArray(column.samples) ? column.samples : []) {
      const example = readDateBothWays(String(sample));
      if (!example) continue;
      if (example.dayFirst !== example.monthFirst) return example;
      fallback ??= example;
    }
  }
  return fallback;
}

/** The question is asked when the engine had to assume, and kept on screen once the order is the user's. */
export function asksDateOrder(file: FileReview): boolean {
  return file.dateOrder !== null && (file.dateOrderSource === 'assumed' || file.dateOrderSource === 'mapping');
}

export function renderDateOrderQuestion(file: FileReview, index: number, onChange: (order: DateOrder) => void): HTMLElement {
  const example = exampleDate(file);
  const name = `date-order-${index}`;
  const legendId = `${name}-legend`;
  const option = (order: DateOrder, label: string, reading: string | null) => {
    const id = `${name}-${order}`;
    const input = el('input', { type: 'radio', name, id, value: order });
    input.checked = file.dateOrder === order;
    input.addEventListener('change', () => {
      if (input.checked) onChange(order);
    });
    const assumed = file.assumedDateOrder === order ? el('span', { class: 'tag' }, ['assumed']) : null;
    return el('div', { class: 'radio-option' }, [
      input,
      el('label', { for: id }, [
        el('strong', {}, [label]),
        reading && example ? el('span', { class: 'reading' }, [` — ${example.text} is ${reading}`]) : null,
        assumed ? ' ' : null,
        assumed,
      ]),
    ]);
  };
  const assumedQuestion = file.dateOrderSource === 'assumed';
  return el('fieldset', { class: assumedQuestion ? 'date-question ask' : 'date-question', 'aria-labelledby': legendId, 'data-testid': 'date-order-question' }, [
    el('legend', { id: legendId }, [assumedQuestion ? 'How are the dates written in this file?' : 'Date order']),
    assumedQuestion
      ? el('p', { class: 'hint' }, [
          'Every date in the first rows fits both orders, so the file itself cannot tell. ',
          'Pick the one your CRM uses; it changes sales cycles and periods.',
        ])
      : null,
    el('div', { class: 'radio-row' }, [
      option('day_first', 'day/month/year', example?.dayFirst ?? null),
      option('month_first', 'month/day/year', example?.monthFirst ?? null),
    ]),
  ]);
}
