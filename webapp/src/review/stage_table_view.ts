// The stage table of a deals file: each distinct stage (or status) value, how many rows have it, and
// the outcome it counts as — won, lost or open — which the user can change.
import type { Outcome } from '../report/report_types';
import { formatCount } from '../report/format';
import { el } from '../ui/dom';
import { OUTCOMES, stageKey, stageOutcome, type FileReview, type ReviewModel } from './review_model';

const OUTCOME_LABELS: Record<string, string> = {
  won: 'won',
  lost: 'lost',
  open: 'open',
  deleted: 'deleted (rows left out)',
};

export function renderStageTable(
  model: ReviewModel,
  file: FileReview,
  index: number,
  onChange: (value: string, outcome: Outcome) => void,
): HTMLElement | null {
  if (file.role !== 'deals' || file.stageValues.length === 0) return null;
  const headingId = `stages-${index}-heading`;
  const columns = [...new Set(file.stageValues.map((s) => s.column))];
  const body = el('tbody');
  file.stageValues.forEach((stage, n) => {
    const id = `stage-${index}-${n}`;
    const current = stageOutcome(model, stage.value);
    const select = el('select', { id, 'data-stage-key': stageKey(stage.value), class: `outcome outcome-${current}` });
    for (const outcome of current === 'deleted' ? [...OUTCOMES, 'deleted'] : OUTCOMES) {
      const option = el('option', { value: outcome }, [OUTCOME_LABELS[outcome] ?? outcome]);
      option.selected = outcome === current;
      select.append(option);
    }
    select.addEventListener('change', () => {
      if (OUTCOMES.includes(select.value as Outcome)) onChange(stage.value, select.value as Outcome);
    });
    body.append(el('tr', {}, [
      el('th', { scope: 'row' }, [
        el('label', { for: id, class: 'stage-value' }, [stage.value]),
        columns.length > 1 ? el('span', { class: 'muted small' }, [` (${stage.column})`]) : null,
      ]),
      el('td', { class: 'num' }, [formatCount(stage.rows)]),
      el('td', {}, [select]),
    ]));
  });
  return el('section', { class: 'stage-table', 'aria-labelledby': headingId }, [
    el('h4', { id: headingId }, ['Stages and what they count as']),
    el('p', { class: 'hint' }, [
      `Values of ${columns.map((c) => `"${c}"`).join(' and ')}. `,
      'A stage the engine does not recognise counts as open: mark your own won and lost stages here.',
    ]),
    el('div', { class: 'table-scroll' }, [
      el('table', { 'data-testid': 'stage-table' }, [
        el('thead', {}, [el('tr', {}, [
          el('th', { scope: 'col' }, ['Stage']),
          el('th', { scope: 'col', class: 'num' }, [file.partial ? 'Deals in the rows checked' : 'Deals']),
          el('th', { scope: 'col' }, ['Counts as']),
        ])]),
        body,
      ]),
    ]),
  ]);
}

/** Shows a stage's new outcome in every select of that stage (a value may be in several files). */
export function syncStageSelects(root: ParentNode, value: string, outcome: Outcome): void {
  const key = stageKey(value);
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-stage-key]')) {
    if (select.dataset.stageKey !== key) continue;
    select.value = outcome;
    select.className = `outcome outcome-${outcome}`;
  }
}
