// The inputs table: what was read from each file, what was used, what was rejected and why.
import { el } from '../ui/dom';
import { formatCount } from './format';
import type { InputReport, RejectionReason, Report } from './report_types';

export function renderInputsTable(report: Report): HTMLElement {
  const section = el('section', { class: 'inputs', 'aria-labelledby': 'inputs-heading' }, [
    el('h2', { id: 'inputs-heading' }, ['Files read']),
  ]);
  const body = el('tbody');
  for (const input of report.inputs) body.append(inputRow(input));
  section.append(el('div', { class: 'table-scroll' }, [
    el('table', { 'data-testid': 'inputs-table' }, [
      el('thead', {}, [el('tr', {}, [
        th('File'), th('Role'), th('Rows read', 'num'), th('Used', 'num'), th('Rejected', 'num'),
        th('Why rows were rejected'), th('Columns used'),
      ])]),
      body,
    ]),
  ]));
  return section;
}

function th(label: string, className?: string): HTMLElement {
  return el('th', { scope: 'col', class: className }, [label]);
}

function inputRow(input: InputReport): HTMLElement {
  return el('tr', {}, [
    el('th', { scope: 'row', class: 'file-name' }, [String(input.file ?? '')]),
    el('td', {}, [String(input.role ?? '')]),
    countCell(input.rows_read),
    countCell(input.rows_used),
    countCell(input.rows_rejected),
    el('td', {}, [reasonsList(input.rejected_by_reason)]),
    el('td', {}, [mappingList(input.mapping)]),
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
