// The inputs table: what was read from each file, what was used, what was rejected and why (with the
// rejected rows to download), how the file was decoded, and what the engine noticed.
import { el } from '../ui/dom';
import { sortableTable, type Column } from '../ui/sortable_table';
import { formatCount } from './format';
import type { InputReport, RejectionReason, Report } from './report_types';

export interface InputsTableOptions {
  /** Files whose rejected rows can be downloaded. */
  rejectedFiles?: ReadonlySet<string>;
  onDownloadRejected?(file: string): void;
}

export function renderInputsTable(report: Report, options: InputsTableOptions = {}): HTMLElement {
  const count = (key: 'rows_read' | 'rows_used' | 'rows_rejected', label: string): Column<InputReport> => ({
    key,
    label,
    numeric: true,
    sortValue: (input) => (typeof input[key] === 'number' ? input[key] : null),
    cell: (input) => (typeof input[key] === 'number' ? formatCount(input[key]) : '–'),
  });
  const columns: Column<InputReport>[] = [
    { key: 'file', label: 'File', rowHeader: true, className: 'file-name', sortValue: fileOf, cell: fileOf },
    { key: 'role', label: 'Role', sortValue: (input) => String(input.role ?? ''), cell: (input) => String(input.role ?? '') },
    count('rows_read', 'Rows read'),
    count('rows_used', 'Used'),
    count('rows_rejected', 'Rejected'),
    {
      key: 'rejected_by_reason',
      label: 'Why rows were rejected',
      sortValue: (input) => reasonsOf(input).length,
      cell: (input) => rejectedCell(input, options),
      csv: { headers: ['rejected_by_reason'], values: (input) => [reasonsOf(input).map(rejectionText).join('; ')] },
    },
    { key: 'read_as', label: 'Read as', cellTestId: 'read-as', sortValue: readAs, cell: readAs },
    {
      key: 'mapping',
      label: 'Columns used',
      sortValue: (input) => mappingEntries(input.mapping).length,
      cell: (input) => mappingList(input.mapping),
      csv: { headers: ['mapping'], values: (input) => [mappingEntries(input.mapping).map(([f, c]) => `${f} <- ${columnName(c)}`).join('; ')] },
    },
    {
      key: 'notes',
      label: 'Notes',
      sortValue: (input) => strings(input.warnings).length + strings(input.notes).length,
      cell: notesList,
      csv: { headers: ['warnings', 'notes'], values: (input) => [strings(input.warnings).join('; '), strings(input.notes).join('; ')] },
    },
  ];
  const table = sortableTable(report.inputs, columns, { testId: 'inputs-table', caption: 'What was read from each file', csvName: 'icp-drift-files-read' });
  return el('section', { class: 'inputs', 'aria-labelledby': 'inputs-heading' }, [
    el('h2', { id: 'inputs-heading' }, ['Files read']),
    table,
  ]);
}

const fileOf = (input: InputReport) => String(input.file ?? '');
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const reasonsOf = (input: InputReport) => (Array.isArray(input.rejected_by_reason) ? input.rejected_by_reason : []);

function rejectedCell(input: InputReport, options: InputsTableOptions): Node {
  const file = fileOf(input);
  const download = options.rejectedFiles?.has(file) && options.onDownloadRejected
    ? el('button', { type: 'button', class: 'button secondary small', 'data-testid': 'download-rejected' }, ['Download rejected rows'])
    : null;
  download?.addEventListener('click', () => options.onDownloadRejected?.(file));
  const fragment = document.createDocumentFragment();
  fragment.append(reasonsList(input.rejected_by_reason));
  if (download) fragment.append(download);
  return fragment;
}

/** "UTF-8, semicolon-separated" */
export function readAs(input: InputReport): string {
  const parts: string[] = [];
  if (typeof input.encoding === 'string' && input.encoding !== '') parts.push(input.encoding);
  if (input.format === 'json') parts.push('JSON');
  else if (typeof input.delimiter === 'string' && input.delimiter !== '') parts.push(`${input.delimiter}-separated`);
  return parts.length > 0 ? parts.join(', ') : '–';
}

function notesList(input: InputReport): Node {
  const warnings = strings(input.warnings);
  const notes = strings(input.notes);
  if (warnings.length + notes.length === 0) return document.createTextNode('none');
  const summary = [
    warnings.length > 0 ? `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : '',
    notes.length > 0 ? `${notes.length} ${notes.length === 1 ? 'note' : 'notes'}` : '',
  ].filter(Boolean).join(', ');
  return el('details', { class: 'report-notes' }, [
    el('summary', { class: warnings.length > 0 ? 'has-warnings' : undefined }, [summary]),
    el('ul', { class: 'plain-list' }, [
      ...warnings.map((text) => el('li', { class: 'warning' }, [text])),
      ...notes.map((text) => el('li', {}, [text])),
    ]),
  ]);
}


function reasonsList(reasons: RejectionReason[] | undefined): Node {
  if (!Array.isArray(reasons) || reasons.length === 0) return document.createTextNode('none');
  return el('ul', { class: 'plain-list' }, reasons.map((r) => el('li', {}, [rejectionText(r)])));
}

/** "missing close date: 12 rows (lines 4, 9, 17, …)" */
export function rejectionText(reason: RejectionReason): string {
  const rows = `${formatCount(reason.count)} ${reason.count === 1 ? 'row' : 'rows'}`;
  const lines = Array.isArray(reason.first_lines) ? reason.first_lines : [];
  if (lines.length === 0) return `${reason.reason}: ${rows}`;
  const more = reason.count > lines.length ? ', …' : '';
  const word = lines.length === 1 && !more ? 'line' : 'lines';
  return `${reason.reason}: ${rows} (${word} ${lines.map((l) => formatCount(l)).join(', ')}${more})`;
}

function mappingEntries(mapping: Record<string, unknown> | undefined): [string, unknown][] {
  return mapping && typeof mapping === 'object' ? Object.entries(mapping) : [];
}

function mappingList(mapping: Record<string, unknown> | undefined): Node {
  const entries = mappingEntries(mapping);
  if (entries.length === 0) return document.createTextNode('none');
  return el('details', {}, [
    el('summary', {}, [`${entries.length} ${entries.length === 1 ? 'column' : 'columns'}`]),
    el('ul', { class: 'plain-list mapping' }, entries.map(([field, column]) =>
      el('li', {}, [el('span', { class: 'field' }, [field]), ' ← ', columnName(column)]))),
  ]);
}

/** A mapping value is the column's header, or an object that names it ({column, confidence, …}). */
function columnName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { column?: unknown }).column === 'string') {
    return (value as { column: string }).column;
  }
  return JSON.stringify(value);
}
