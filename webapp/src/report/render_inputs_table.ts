// The inputs table: what was read from each file, what was used, what was rejected and why (with the
// rejected rows to download), how the file was decoded, and what the engine noticed.
import { el } from '../ui/dom';
import { formatCount } from './format';
import type { InputReport, RejectionReason, Report } from './report_types';

export interface InputsTableOptions {
  /** Files whose rejected rows can be downloaded. */
  rejectedFiles?: ReadonlySet<string>;
  onDownloadRejected?(file: string): void;
}

export function renderInputsTable(report: Report, options: InputsTableOptions = {}): HTMLElement {
  const section = el('section', { class: 'inputs', 'aria-labelledby': 'inputs-heading' }, [
    el('h2', { id: 'inputs-heading' }, ['Files read']),
  ]);
  const body = el('tbody');
  for (const input of report.inputs) body.append(inputRow(input, options));
  section.append(el('div', { class: 'table-scroll' }, [
    el('table', { 'data-testid': 'inputs-table' }, [
      el('thead', {}, [el('tr', {}, [
        th('File'), th('Role'), th('Rows read', 'num'), th('Used', 'num'), th('Rejected', 'num'),
        th('Why rows were rejected'), th('Read as'), th('Columns used'), th('Notes'),
      ])]),
      body,
    ]),
  ]));
  return section;
}

function th(label: string, className?: string): HTMLElement {
  return el('th', { scope: 'col', class: className }, [label]);
}

function inputRow(input: InputReport, options: InputsTableOptions): HTMLElement {
  const file = String(input.file ?? '');
  const download = options.rejectedFiles?.has(file) && options.onDownloadRejected
    ? el('button', { type: 'button', class: 'button secondary small', 'data-testid': 'download-rejected' }, ['Download rejected rows'])
    : null;
  download?.addEventListener('click', () => options.onDownloadRejected?.(file));
  return el('tr', {}, [
    el('th', { scope: 'row', class: 'file-name' }, [file]),
    el('td', {}, [String(input.role ?? '')]),
    countCell(input.rows_read),
    countCell(input.rows_used),
    countCell(input.rows_rejected),
    el('td', {}, [reasonsList(input.rejected_by_reason), download]),
    el('td', { 'data-testid': 'read-as' }, [readAs(input)]),
    el('td', {}, [mappingList(input.mapping)]),
    el('td', {}, [notesList(input)]),
  ]);
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
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
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

function countCell(value: unknown): HTMLElement {
  return el('td', { class: 'num' }, [typeof value === 'number' ? formatCount(value) : '–']);
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

function mappingList(mapping: Record<string, unknown> | undefined): Node {
  const entries = mapping && typeof mapping === 'object' ? Object.entries(mapping) : [];
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
