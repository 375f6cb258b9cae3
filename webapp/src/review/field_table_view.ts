// The columns of a file: each canonical field of its role, the column it is read from (a select of
// the file's columns, or "not mapped"), sample values of that column, and how sure the engine was.
// The fields the role's analysis leans on and the mapped ones come first; the rest fold away.
import { el } from '../ui/dom';
import { confidenceText, fieldLabel, KEY_FIELDS } from './field_labels';
import { fieldsOf, type FileReview, type ReviewModel } from './review_model';

export const NOT_MAPPED = '— not mapped —';
const SAMPLES_SHOWN = 3;

export function renderFieldTable(
  model: ReviewModel,
  file: FileReview,
  index: number,
  onColumn: (field: string, column: string | null) => void,
): HTMLElement {
  const fields = fieldsOf(file, model.roleFields);
  const keyFields = KEY_FIELDS[file.role ?? ''] ?? [];
  const first = fields.filter((f) => file.mapping[f] || keyFields.includes(f));
  const rest = fields.filter((f) => !first.includes(f));
  const columnNames = columnChoices(file);
  const rows = (list: string[]) => list.map((field) => fieldRow(file, index, field, columnNames, onColumn));
  const headingId = `fields-${index}-heading`;
  return el('section', { class: 'field-table', 'aria-labelledby': headingId }, [
    el('h4', { id: headingId }, ['Columns']),
    table(rows(first), 'field-table'),
    rest.length > 0
      ? el('details', { class: 'more-fields' }, [
          el('summary', {}, [`${rest.length} more ${rest.length === 1 ? 'field' : 'fields'} you can map`]),
          table(rows(rest), 'field-table-more'),
        ])
      : null,
  ]);
}

function table(rows: HTMLElement[], testId: string): HTMLElement {
  return el('div', { class: 'table-scroll' }, [
    el('table', { class: 'mapping-table', 'data-testid': testId }, [
      el('colgroup', {}, [
        el('col', { class: 'col-field' }), el('col', { class: 'col-column' }),
        el('col', { class: 'col-samples' }), el('col', { class: 'col-sure' }),
      ]),
      el('thead', {}, [el('tr', {}, [
        el('th', { scope: 'col' }, ['Field']),
        el('th', { scope: 'col' }, ['Column in your file']),
        el('th', { scope: 'col' }, ['Sample values']),
        el('th', { scope: 'col' }, ['How sure, and why']),
      ])]),
      el('tbody', {}, rows),
    ]),
  ]);
}

/** The file's columns in file order, and any mapped column the profile did not list. */
function columnChoices(file: FileReview): string[] {
  const names = file.columns.map((c) => c.name).filter((n) => n !== '');
  for (const column of Object.values(file.mapping)) {
    if (column && !names.includes(column)) names.push(column);
  }
  return names;
}

function fieldRow(
  file: FileReview,
  index: number,
  field: string,
  columnNames: string[],
  onColumn: (field: string, column: string | null) => void,
): HTMLElement {
  const id = `map-${index}-${field}`;
  const current = file.mapping[field] ?? null;
  const select = el('select', { id, 'data-field': field });
  select.append(el('option', { value: '' }, [NOT_MAPPED]));
  for (const name of columnNames) {
    const option = el('option', { value: name }, [name]);
    option.selected = name === current;
    select.append(option);
  }
  const samples = el('td', { class: 'samples' });
  const sure = el('td', { class: 'sure' });
  const row = el('tr', { class: current ? 'mapped' : 'unmapped', 'data-field': field }, [
    el('th', { scope: 'row' }, [
      el('label', { for: id }, [fieldLabel(field)]),
      el('span', { class: 'field-name' }, [field]),
    ]),
    el('td', {}, [select]),
    samples,
    sure,
  ]);
  const show = (column: string | null) => {
    row.className = column ? 'mapped' : 'unmapped';
    samples.replaceChildren(...samplesOf(file, column));
    sure.replaceChildren(...sureOf(file, field, column));
  };
  show(current);
  select.addEventListener('change', () => {
    const column = select.value === '' ? null : select.value;
    show(column);
    onColumn(field, column);
  });
  return row;
}

function samplesOf(file: FileReview, column: string | null): Node[] {
  if (!column) return [];
  const profile = file.columns.find((c) => c.name === column);
  const values = (Array.isArray(profile?.samples) ? profile.samples : []).slice(0, SAMPLES_SHOWN).map(String);
  if (values.length === 0) return [el('span', { class: 'muted' }, [profile ? 'no values in the first rows' : '–'])];
  return [el('ul', { class: 'sample-list' }, values.map((value) => el('li', { class: 'sample', title: value }, [value])))];
}

function sureOf(file: FileReview, field: string, column: string | null): Node[] {
  const guess = file.guesses[field];
  if (!column) {
    return guess
      ? [el('span', { class: 'changed' }, ['Left out by you']), el('span', { class: 'why' }, [`The engine suggested "${guess.column}".`])]
      : [el('span', { class: 'muted' }, ['Not found in this file'])];
  }
  if (guess && guess.column === column) {
    const level = guess.confidence >= 0.85 ? 'high' : guess.confidence >= 0.6 ? 'medium' : 'low';
    return [
      el('span', { class: `confidence ${level}` }, [confidenceText(guess.confidence)]),
      el('span', { class: 'why' }, [guess.reason]),
    ];
  }
  return [
    el('span', { class: 'changed' }, ['Your choice']),
    el('span', { class: 'why' }, [guess ? `The engine suggested "${guess.column}".` : 'The engine did not map this field.']),
  ];
}
