// A table whose columns sort on a click or a key press on their header (a button inside each <th>,
// with aria-sort), and a "Download CSV" button that saves the rows in the order shown. Cells are text
// or nodes built with el(): nothing becomes HTML.
import { downloadCsv, type CsvValue } from './csv_export';
import { el } from './dom';
import { explain } from './explain';

export type SortValue = number | string | null;

export interface Column<Row> {
  /** Stable name, also the CSV header unless csv says otherwise. */
  key: string;
  label: string;
  /** Right-aligned, and sorted high to low first. */
  numeric?: boolean;
  /** The first column names the row (a <th scope="row">). */
  rowHeader?: boolean;
  /** What the column sorts by; null (a missing figure) sorts last either way. */
  sortValue(row: Row): SortValue;
  /** The cell as shown. */
  cell(row: Row): string | Node;
  /** The CSV columns of this column (default: its key, and sortValue). */
  csv?: { headers: string[]; values(row: Row): CsvValue[] };
  /** A class for the cells (besides "num"). */
  className?: string;
  /** A data-testid for each of the column's cells. */
  cellTestId?: string;
  /** What the column's numbers are and how they are computed, on hover or focus of its header. */
  explain?: string;
}

export interface SortableTableOptions {
  /** data-testid of the <table>; also names the CSV file (icp-drift-<csvName>.csv). */
  testId: string;
  /** Says what the table holds (a visible caption). */
  caption: string;
  /** File name of the CSV, without ".csv" (default icp-drift-<testId>). */
  csvName?: string;
  /** Column key and direction to start sorted by (default: the order given). */
  sortBy?: { key: string; direction: SortDirection };
  /** Extra classes on the <table>. */
  className?: string;
}

export type SortDirection = 'ascending' | 'descending';

/** Compares two sort values, nulls last whatever the direction. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : -order;
}

export function sortableTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], options: SortableTableOptions): HTMLElement {
  let shown = [...rows];
  let sortKey: string | null = null;
  let direction: SortDirection = 'ascending';

  const headers = columns.map((column) => {
    const arrow = el('span', { class: 'sort-arrow', 'aria-hidden': 'true' }, ['↕']);
    const button = el('button', { type: 'button', class: 'sort-button', 'data-sort-key': column.key }, [column.label, arrow]);
    const th = el('th', { scope: 'col', class: column.numeric ? 'num' : undefined, 'aria-sort': 'none' }, [button]);
    if (column.explain) explain(button, column.explain, { host: th });
    button.addEventListener('click', () => {
      const next: SortDirection = sortKey === column.key
        ? (direction === 'ascending' ? 'descending' : 'ascending')
        : (column.numeric ? 'descending' : 'ascending');
      sortBy(column.key, next);
    });
    return { column, th, arrow };
  });
  const body = el('tbody');
  const table = el('table', { 'data-testid': options.testId, class: ['sortable', options.className].filter(Boolean).join(' ') }, [
    el('caption', { class: 'visually-hidden' }, [options.caption]),
    el('thead', {}, [el('tr', {}, headers.map((h) => h.th))]),
    body,
  ]);

  function renderBody(): void {
    body.replaceChildren(...shown.map((row) => el('tr', {}, columns.map((column) => {
      const classes = [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
      const content = column.cell(row);
      const attributes = { class: classes, 'data-testid': column.cellTestId };
      return column.rowHeader
        ? el('th', { scope: 'row', ...attributes }, [content])
        : el('td', attributes, [content]);
    }))));
  }

  function sortBy(key: string, next: SortDirection): void {
    const column = columns.find((c) => c.key === key);
    if (!column) return;
    sortKey = key;
    direction = next;
    const indexed = rows.map((row, index) => ({ row, index, value: column.sortValue(row) }));
    indexed.sort((a, b) => compareSortValues(a.value, b.value, direction) || a.index - b.index);
    shown = indexed.map((entry) => entry.row);
    for (const h of headers) {
      const active = h.column.key === key;
      h.th.setAttribute('aria-sort', active ? direction : 'none');
      h.arrow.textContent = active ? (direction === 'ascending' ? '▲' : '▼') : '↕';
    }
    renderBody();
  }

  const download = el('button', { type: 'button', class: 'button secondary small', 'data-testid': `${options.testId}-csv` }, ['Download CSV']);
  download.addEventListener('click', () => downloadCsv(tableCsv(shown, columns), `${options.csvName ?? `icp-drift-${options.testId}`}.csv`));

  renderBody();
  if (options.sortBy) sortBy(options.sortBy.key, options.sortBy.direction);
  return el('div', { class: 'table-block' }, [
    el('div', { class: 'table-toolbar' }, [el('p', { class: 'table-caption', 'aria-hidden': 'true' }, [options.caption]), download]),
    el('div', { class: 'table-scroll' }, [table]),
  ]);
}

/** The CSV of rows: a header line of the columns' CSV headers, then one line per row. */
export function tableCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): CsvValue[][] {
  const csvOf = (column: Column<Row>) => column.csv ?? { headers: [column.key], values: (row: Row) => [column.sortValue(row)] };
  return [
    columns.flatMap((column) => csvOf(column).headers),
    ...rows.map((row) => columns.flatMap((column) => csvOf(column).values(row))),
  ];
}
