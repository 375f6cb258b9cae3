// Columns of the report's tables: a figure per column, shown formatted or as the reason it is
// missing, sorted by its value (missing ones last), written to CSV as the report's number.
import { el } from '../ui/dom';
import type { Column } from '../ui/sortable_table';
import { explanation } from './explanations';
import { formatPValue } from './format';
import { figureOf, intervalOf } from './report_types';

type Row = object;
const record = (row: Row) => row as Record<string, unknown>;

/** The column that names the row (a segment, a period, a file). */
export function labelColumn<R extends Row>(key: string, label: string, text: (row: R) => string = (row) => String(record(row)[key] ?? '')): Column<R> {
  return { key, label, rowHeader: true, sortValue: text, cell: text, csv: { headers: [key], values: (row) => [text(row)] } };
}

/** A plain text column (not the row's name). */
export function textColumn<R extends Row>(key: string, label: string, text: (row: R) => string): Column<R> {
  return { key, label, sortValue: text, cell: text, csv: { headers: [key], values: (row) => [text(row)] } };
}

/** A number of the report: formatted, or its reason ("insufficient data (n=12)") — never 0. */
export function figureColumn<R extends Row>(key: string, label: string, format: (value: number) => string): Column<R> {
  const why = explanation(key);
  return {
    key,
    label,
    numeric: true,
    ...(why ? { explain: why } : {}),
    sortValue: (row) => figureOf(record(row), key).value,
    cell: (row) => {
      const figure = figureOf(record(row), key);
      if (figure.value !== null) return format(figure.value);
      // A reason is said; a figure with none (not in this engine's report, or null unexplained) is a dash.
      return hasReason(row, key) ? missingCell(figure.reason) : missingCell('–', 'not in the report');
    },
  };
}

/** An interval [low, high]: "27.3–33.0%"; sorts by its low end; two CSV columns. */
export function intervalColumn<R extends Row>(key: string, label: string, formatRange: (low: number, high: number) => string): Column<R> {
  const why = explanation(key);
  return {
    key,
    label,
    numeric: true,
    ...(why ? { explain: why } : {}),
    sortValue: (row) => intervalOf(record(row), key)?.[0] ?? null,
    cell: (row) => {
      const ci = intervalOf(record(row), key);
      if (ci) return formatRange(ci[0], ci[1]);
      const reason = record(row)[`${key}_reason`];
      return missingCell(typeof reason === 'string' && reason !== '' ? reason : '–');
    },
    csv: {
      headers: [`${key}_low`, `${key}_high`],
      values: (row) => {
        const ci = intervalOf(record(row), key);
        return ci ? [ci[0], ci[1]] : [null, null];
      },
    },
  };
}

/** A p- or q-value. */
export function pValueColumn<R extends Row>(key: string, label: string): Column<R> {
  return figureColumn<R>(key, label, formatPValue);
}

/** A yes/no flag ("differs"); missing is "–". */
export function flagColumn<R extends Row>(key: string, label: string, yes: string, no: string): Column<R> {
  const flag = (row: R) => {
    const value = record(row)[key];
    return typeof value === 'boolean' ? value : null;
  };
  return {
    key,
    label,
    sortValue: (row) => {
      const value = flag(row);
      return value === null ? null : value ? 1 : 0;
    },
    cell: (row) => {
      const value = flag(row);
      return value === null ? '–' : value ? el('strong', { class: 'differs' }, [yes]) : no;
    },
    csv: { headers: [key], values: (row) => [flag(row)] },
  };
}

export function missingCell(reason: string, title?: string): HTMLElement {
  return el('span', { class: 'missing-figure', title }, [reason]);
}

function hasReason(row: Row, key: string): boolean {
  const reason = record(row)[`${key}_reason`];
  return typeof reason === 'string' && reason !== '';
}
