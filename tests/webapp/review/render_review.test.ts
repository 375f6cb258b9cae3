// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { previewText } from '../../../webapp/src/review/papa_preview';
import { factsText, ReviewView } from '../../../webapp/src/review/render_review';
import { buildReview, mappingFileOf, stageOutcome, type ReviewModel, type Role } from '../../../webapp/src/review/review_model';
import type { InputReport } from '../../../webapp/src/report/report_types';
import { euDealsInput, ROLE_FIELDS } from '../fakes/inspected_inputs';

const HOSTILE = '<img src=x onerror=alert(1)>';

function hostileInput(): InputReport {
  const input = euDealsInput();
  input.file = `${HOSTILE}.csv`;
  input.mapping = { ...input.mapping, account_name: HOSTILE };
  input.mapping_details = input.mapping_details!.map((d) =>
    d.field === 'account_name' ? { ...d, column: HOSTILE, reason: `header "${HOSTILE}" is a known name for account_name` } : d);
  input.columns = input.columns!.map((c) => (c.name === 'Company' ? { ...c, name: HOSTILE, samples: [`<b>${HOSTILE}</b>`, 'Firma 2'] } : c));
  input.stage_table = [...input.stage_table!, { column: 'Deal Stage', value: `<script>${HOSTILE}</script>`, outcome: 'open', source: 'name', rows: 1 }];
  input.notes = [`note about ${HOSTILE}`];
  input.warnings = [`warning about ${HOSTILE}`];
  input.role_reason = `because ${HOSTILE}`;
  return input;
}

interface Calls {
  edits: ReviewModel[];
  roles: [number, Role][];
  stageColumns: number[];
}

function setup(model: ReviewModel, sizes = [11_200]) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const calls: Calls = { edits: [], roles: [], stageColumns: [] };
  const view = new ReviewView(root, {
    onEdit: (m) => calls.edits.push(m),
    onRole: (i, r) => calls.roles.push([i, r]),
    onStageColumn: (i) => calls.stageColumns.push(i),
  });
  view.start(model.files.map((f, i) => ({ name: f.name, size: sizes[i] ?? 0 })));
  return { root, view, calls };
}

const change = (element: HTMLSelectElement | HTMLInputElement, value?: string) => {
  if (value !== undefined) element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
};

const review = (input = euDealsInput()) => buildReview([input.file], [{ ok: true, input, partial: false }], ROLE_FIELDS);

describe('ReviewView', () => {
  beforeEach(() => document.body.replaceChildren());

  it('shows a card per file at once, waiting for the engine, and its preview when parsed', () => {
    const model = review();
    const { root, view } = setup(model);
    expect(root.querySelectorAll('[data-testid="file-card"]')).toHaveLength(1);
    expect(root.querySelector('h3')?.textContent).toBe('deals-eu.csv');
    expect(root.querySelector('.checking')?.textContent).toMatch(/Reading the first rows/);
    view.showPreview(0, previewText('Deal ID;Stage\nD-1;Won\n'));
    const preview = root.querySelector('[data-testid="preview-table"]')!;
    expect(Array.from(preview.querySelectorAll('th')).map((c) => c.textContent)).toEqual(['Deal ID', 'Stage']);
    expect(Array.from(preview.querySelectorAll('td')).map((c) => c.textContent)).toEqual(['D-1', 'Won']);
  });

  it('shows the detected role, each field with its column, samples, confidence and reason', () => {
    const model = review();
    const { root, view } = setup(model);
    view.show(model);
    expect(root.querySelector('.checking')).toBeNull();
    const role = root.querySelector<HTMLSelectElement>('#role-0')!;
    expect(role.value).toBe('deals');
    expect(root.querySelector('label[for="role-0"]')?.textContent).toBe('This file holds');
    expect(root.querySelector('.role-why')?.textContent).toBe('99% a stage or outcome column beside amounts or close dates');
    expect(root.querySelector('.file-facts')?.textContent).toBe('11.2 KB · semicolon-separated · UTF-8 · 160 rows');
    const stage = root.querySelector<HTMLSelectElement>('#map-0-stage')!;
    expect(stage.value).toBe('Deal Stage');
    expect(root.querySelector('label[for="map-0-stage"]')?.textContent).toBe('Stage');
    const row = root.querySelector('tr[data-field="stage"]')!;
    expect(Array.from(row.querySelectorAll('.sample')).map((s) => s.textContent)).toEqual(['Negotiation', 'Closed Lost', 'Closed Won']);
    expect(row.querySelector('.sure')?.textContent).toBe('95%header "Deal Stage" is a known name for stage');
    // Every field of the role can be mapped: the key ones first, the rest folded away.
    const fields = Array.from(root.querySelectorAll('tr[data-field]')).map((r) => r.getAttribute('data-field'));
    expect(fields.sort()).toEqual([...ROLE_FIELDS.deals!].sort());
    expect(root.querySelector('.more-fields summary')?.textContent).toBe('12 more fields you can map');
    expect(root.querySelector('[data-testid="date-order-question"]')).not.toBeNull();
    expect(Array.from(root.querySelectorAll('.note-list li')).map((li) => li.textContent)).toHaveLength(3);
  });

  it('labels every control', () => {
    const model = review();
    const { root, view } = setup(model);
    view.show(model);
    for (const control of root.querySelectorAll('select, input')) {
      expect(root.querySelector(`label[for="${control.id}"]`), `#${control.id} has no label`).not.toBeNull();
    }
  });

  it('renders values from the file as text only', () => {
    const model = review(hostileInput());
    const { root, view } = setup(model);
    view.showPreview(0, previewText(`Deal ID;${HOSTILE}\nD-1;<b>x</b>\n`));
    view.show(model);
    expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(root.querySelector('h3')?.textContent).toBe(`${HOSTILE}.csv`);
    const select = root.querySelector<HTMLSelectElement>('#map-0-account_name')!;
    expect(select.value).toBe(HOSTILE);
    expect(Array.from(select.options).map((o) => o.textContent)).toContain(HOSTILE);
    expect(root.textContent).toContain(`<b>${HOSTILE}</b>`);
    expect(root.textContent).toContain(`<script>${HOSTILE}</script>`);
    expect(root.textContent).toContain(`warning about ${HOSTILE}`);
    expect(root.textContent).toContain(`because ${HOSTILE}`);
    expect(root.querySelector('[data-testid="preview-table"] th:nth-child(2)')?.textContent).toBe(HOSTILE);
  });

  it('a new column for a field updates its samples and confidence and sends the edit', () => {
    const model = review();
    const { root, view, calls } = setup(model);
    view.show(model);
    const select = root.querySelector<HTMLSelectElement>('#map-0-owner')!;
    expect(select.value).toBe('');
    change(select, 'Source');
    const row = root.querySelector('tr[data-field="owner"]')!;
    expect(Array.from(row.querySelectorAll('.sample')).map((s) => s.textContent)).toEqual(['Partner', 'Web', 'Event']);
    expect(row.querySelector('.sure')?.textContent).toBe('Your choiceThe engine did not map this field.');
    expect(calls.edits).toHaveLength(1);
    expect(mappingFileOf(calls.edits[0]!).files[0]!.columns!.owner).toBe('Source');
    expect(view.model).toBe(calls.edits[0]);
    change(select, '');
    expect(row.querySelector('.sure')?.textContent).toBe('Not found in this file');
    expect(calls.stageColumns).toEqual([]);
  });

  it('a new stage column asks for the stage values to be read again', () => {
    const model = review();
    const { root, view, calls } = setup(model);
    view.show(model);
    change(root.querySelector<HTMLSelectElement>('#map-0-stage')!, 'Source');
    expect(calls.stageColumns).toEqual([0]);
    expect(root.querySelector('tr[data-field="stage"] .sure')?.textContent).toBe('Your choiceThe engine suggested "Deal Stage".');
  });

  it('the stage table sets outcomes, in every file with that stage', () => {
    const second = euDealsInput();
    second.file = 'deals-2.csv';
    const model = buildReview(['deals-eu.csv', 'deals-2.csv'], [
      { ok: true, input: euDealsInput(), partial: false },
      { ok: true, input: second, partial: false },
    ], ROLE_FIELDS);
    const { root, view, calls } = setup(model, [1, 2]);
    view.show(model);
    const selects = Array.from(root.querySelectorAll<HTMLSelectElement>('select[data-stage-key="verbal win"]'));
    expect(selects).toHaveLength(2);
    expect(root.querySelector(`label[for="${selects[0]!.id}"]`)?.textContent).toBe('Verbal win');
    expect(Array.from(selects[0]!.options).map((o) => o.value)).toEqual(['won', 'lost', 'open']);
    change(selects[0]!, 'won');
    expect(selects[1]!.value).toBe('won');
    expect(stageOutcome(calls.edits[0]!, 'Verbal win')).toBe('won');
    expect(root.querySelectorAll('[data-testid="stage-table"] tbody tr')).toHaveLength(8);
  });

  it('the date question sends the answer', () => {
    const model = review();
    const { root, view, calls } = setup(model);
    view.show(model);
    const monthFirst = root.querySelector<HTMLInputElement>('#date-order-0-month_first')!;
    monthFirst.checked = true;
    change(monthFirst);
    expect(calls.edits[0]!.files[0]!.dateOrder).toBe('month_first');
  });

  it('a file the engine could not read shows the message and asks for the role', () => {
    const model = buildReview(['log.csv'], [{ ok: false, error: 'log.csv: could not tell what this file holds; give its role' }], ROLE_FIELDS);
    const { root, view, calls } = setup(model);
    view.show(model);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('log.csv: could not tell what this file holds; give its role');
    expect(root.querySelector('.hint')?.textContent).toMatch(/^Choose what the file holds/);
    const role = root.querySelector<HTMLSelectElement>('#role-0')!;
    expect(role.value).toBe('');
    expect(root.querySelector('[data-testid="field-table"]')).toBeNull();
    change(role, 'tickets');
    expect(calls.roles).toEqual([[0, 'tickets']]);
  });

  it('keeps the keyboard focus where it was when a card is drawn again', () => {
    const model = review();
    const { root, view } = setup(model);
    view.show(model);
    root.querySelector<HTMLSelectElement>('#role-0')!.focus();
    view.checking(0);
    view.showFile(model, 0);
    expect(document.activeElement?.id).toBe('role-0');
  });

  it('says when the engine could not read the files at all', () => {
    const model = review();
    const { root, view } = setup(model);
    view.failed('The engine stopped unexpectedly.');
    expect(root.querySelector('.file-error')?.textContent).toBe('The engine stopped unexpectedly.');
  });
});

describe('factsText', () => {
  it('says how much of the file was checked', () => {
    const file = review().files[0]!;
    expect(factsText({ ...file, partial: true, rowsRead: 4321 }, 2_500_000)).toBe('2.5 MB · semicolon-separated · UTF-8 · first 4,321 rows checked');
    expect(factsText({ ...file, rowsRead: null, delimiter: null, encoding: null }, 10)).toBe('10 B');
    expect(factsText({ ...file, format: 'json', delimiter: null }, 2000)).toBe('2.0 KB · JSON · UTF-8 · 160 rows');
  });
});
