// The ICP editor: the declared ICP as a form — name, match mode, a row per rule (field, operator,
// values or bounds, weight) — with Apply (the analysis runs again against it), Start from the derived
// ICP, Load and Download the ICP file, and Remove. The engine validates what is applied; its message,
// naming the bad key, is shown here, beside the form that caused it.
import { el } from '../ui/dom';
import { dimensionLabel } from '../report/labels';
import type { IcpDefinition } from '../report/report_types';
import { draftOf, draftOfJson, emptyDraft, emptyRule, icpFileName, icpJsonOf, RULE_OPS, type IcpDraft, type RuleDraft, type RuleOp } from './icp_draft';

export interface IcpText {
  json: string;
  name: string;
}

export interface IcpEditorOptions {
  /** The ICP the analysis used (null: none was declared). */
  declared: IcpDefinition | null;
  /** The ICP derived from the data, to start from. */
  derived: IcpDefinition | null;
  /** Values seen in the data, by rule field (for suggestions). */
  suggestions: Map<string, string[]>;
  /** The last ICP applied and the engine's message, when it refused it: the form shows that ICP. */
  refused: { icp: IcpText; message: string } | null;
  /** Runs the analysis again with this ICP (null: without a declared ICP). */
  onApply(icp: IcpText | null): void;
  onDownload(icp: IcpText): void;
}

const OP_LABEL: Record<RuleOp, string> = { in: 'is one of', not_in: 'is none of', between: 'is between', eq: 'equals' };

let editors = 0;

export function icpEditor(options: IcpEditorOptions): HTMLElement {
  const id = `icp-editor-${++editors}`;
  const refusedDraft = options.refused ? draftOfJson(options.refused.icp.json) : null;
  let draft: IcpDraft = refusedDraft?.ok ? refusedDraft.draft : options.declared ? draftOf(options.declared) : emptyDraft();
  const section = el('section', { class: 'figures icp-editor', 'aria-labelledby': `${id}-heading`, 'data-testid': 'icp-editor' });
  const message = el('p', { class: 'alert', 'aria-live': 'assertive', 'data-testid': 'icp-editor-error' });
  const showError = (text: string | null) => {
    message.textContent = text ?? '';
    message.hidden = !text;
  };
  showError(options.refused ? withRuleNumber(options.refused.message) : null);
  const form = el('form', { class: 'icp-form', novalidate: '' });
  const datalists = el('div', { hidden: '' });
  const listOf = new Map<string, string>();
  for (const [field, values] of options.suggestions) {
    const listId = `${id}-values-${listOf.size}`;
    listOf.set(field, listId);
    datalists.append(el('datalist', { id: listId }, values.map((v) => el('option', { value: v }))));
  }
  datalists.append(el('datalist', { id: `${id}-fields` }, [...options.suggestions.keys()].map((f) => el('option', { value: f }, [dimensionLabel(f)]))));

  const apply = () => {
    showError(null);
    options.onApply({ json: icpJsonOf(draft), name: icpFileName(draft) });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });

  const fileInput = el('input', { type: 'file', accept: '.json,application/json', hidden: '', 'data-testid': 'icp-file-input', 'aria-label': 'ICP file' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const read = draftOfJson(text);
      if (!read.ok) {
        showError(`${file.name}: ${read.message}.`);
        return;
      }
      draft = read.draft;
      render();
      showError(null);
      // Applied as it is in the file, so the engine's message names the file's own keys.
      options.onApply({ json: text, name: file.name });
    });
  });

  function render(): void {
    form.replaceChildren(
      el('div', { class: 'icp-form-head' }, [
        labelled(`${id}-name`, 'Name', textInput(`${id}-name`, draft.name, (v) => { draft.name = v; }, 'icp-name')),
        labelled(`${id}-match`, 'An account fits when', select(`${id}-match`, [['all', 'every rule holds'], ['score', 'its weighted score passes']], draft.match, (v) => {
          draft.match = v === 'score' ? 'score' : 'all';
          render();
        }, 'icp-match')),
        draft.match === 'score'
          ? labelled(`${id}-pass`, 'Pass score (0–100, empty: tiers A and B)', textInput(`${id}-pass`, draft.passScore, (v) => { draft.passScore = v; }, 'icp-pass-score', 'numeric'))
          : null,
      ]),
      rulesTable(),
      el('div', { class: 'actions' }, [
        button('Add a rule', 'secondary', () => {
          draft.rules.push(emptyRule(''));
          render();
          form.querySelector<HTMLInputElement>(`#${id}-field-${draft.rules.length - 1}`)?.focus();
        }, 'icp-add-rule'),
        el('button', { type: 'submit', class: 'button primary', 'data-testid': 'icp-apply' }, ['Apply this ICP']),
      ]),
    );
  }

  function rulesTable(): HTMLElement {
    if (draft.rules.length === 0) return el('p', { class: 'hint' }, ['No rule yet: add one, or start from the derived ICP.']);
    const score = draft.match === 'score';
    return el('table', { class: 'icp-rules', 'data-testid': 'icp-rules' }, [
      el('caption', {}, ['Rules']),
      el('thead', {}, [el('tr', {}, [
        el('th', { scope: 'col' }, ['Field']), el('th', { scope: 'col' }, ['Condition']), el('th', { scope: 'col' }, ['Values']),
        score ? el('th', { scope: 'col' }, ['Weight']) : null, el('th', { scope: 'col' }, [el('span', { class: 'visually-hidden' }, ['Remove'])]),
      ])]),
      el('tbody', {}, draft.rules.map((rule, i) => ruleRow(rule, i, score))),
    ]);
  }

  function ruleRow(rule: RuleDraft, i: number, score: boolean): HTMLElement {
    const n = i + 1;
    const field = textInput(`${id}-field-${i}`, rule.field, (v) => { rule.field = v; }, 'icp-rule-field');
    field.setAttribute('list', `${id}-fields`);
    field.setAttribute('aria-label', `Rule ${n} field`);
    field.addEventListener('change', () => render());
    const op = select(`${id}-op-${i}`, RULE_OPS.map((o) => [o, OP_LABEL[o]]), rule.op, (v) => {
      rule.op = v as RuleOp;
      render();
    }, 'icp-rule-op');
    op.setAttribute('aria-label', `Rule ${n} condition`);
    let values: HTMLElement;
    if (rule.op === 'between') {
      const min = textInput(`${id}-min-${i}`, rule.min, (v) => { rule.min = v; }, 'icp-rule-min', 'numeric');
      const max = textInput(`${id}-max-${i}`, rule.max, (v) => { rule.max = v; }, 'icp-rule-max', 'numeric');
      min.setAttribute('aria-label', `Rule ${n} from`);
      max.setAttribute('aria-label', `Rule ${n} to`);
      min.placeholder = 'from (any)';
      max.placeholder = 'to (any)';
      values = el('span', { class: 'icp-bounds' }, [min, ' – ', max]);
    } else {
      const input = textInput(`${id}-values-${i}`, rule.values, (v) => { rule.values = v; }, 'icp-rule-values');
      input.setAttribute('aria-label', `Rule ${n} ${rule.op === 'eq' ? 'value' : 'values, separated by commas'}`);
      input.placeholder = rule.op === 'eq' ? 'a value' : 'values, separated by commas';
      const list = listOf.get(rule.field.trim().toLowerCase());
      if (list) input.setAttribute('list', list);
      values = input;
    }
    const weight = score ? textInput(`${id}-weight-${i}`, rule.weight, (v) => { rule.weight = v; }, 'icp-rule-weight', 'numeric') : null;
    weight?.setAttribute('aria-label', `Rule ${n} weight`);
    return el('tr', {}, [
      el('td', {}, [field]), el('td', {}, [op]), el('td', {}, [values]), weight ? el('td', {}, [weight]) : null,
      el('td', {}, [button('Remove', 'small', () => {
        draft.rules.splice(i, 1);
        render();
      }, 'icp-remove-rule', `Remove rule ${n}`)]),
    ]);
  }

  render();
  section.append(
    el('h2', { id: `${id}-heading` }, ['Your ICP']),
    el('p', { class: 'hint' }, [options.declared
      ? 'The analysis measures drift against this ICP. Edit it and apply to see the report again.'
      : 'No ICP is declared: the analysis measures drift against the one derived from your data. Write yours, or start from the derived one.']),
    message,
    form,
    el('div', { class: 'actions' }, [
      options.derived
        ? button('Start from the derived ICP', 'secondary', () => {
          draft = draftOf(options.derived!);
          draft.name = draft.name || 'Derived ICP';
          render();
        }, 'icp-from-derived')
        : null,
      button('Load an ICP file…', 'secondary', () => fileInput.click(), 'icp-load'),
      button('Download ICP JSON', 'secondary', () => options.onDownload({ json: icpJsonOf(draft), name: icpFileName(draft) }), 'icp-download'),
      options.declared ? button('Remove the ICP', 'secondary', () => options.onApply(null), 'icp-remove') : null,
      fileInput,
    ]),
    datalists,
  );
  return section;
}

function labelled(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, [el('label', { for: id }, [label]), control]);
}

function textInput(id: string, value: string, onInput: (v: string) => void, testId: string, mode?: string): HTMLInputElement {
  const input = el('input', { type: 'text', id, 'data-testid': testId, inputmode: mode, autocomplete: 'off' });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

function select(id: string, choices: [string, string][], value: string, onChange: (v: string) => void, testId: string): HTMLSelectElement {
  const node = el('select', { id, 'data-testid': testId }, choices.map(([v, label]) => el('option', { value: v }, [label])));
  node.value = value;
  node.addEventListener('change', () => onChange(node.value));
  return node;
}

function button(label: string, kind: 'primary' | 'secondary' | 'small', onClick: () => void, testId: string, ariaLabel?: string): HTMLButtonElement {
  const node = el('button', { type: 'button', class: kind === 'small' ? 'button small secondary' : `button ${kind}`, 'data-testid': testId, 'aria-label': ariaLabel }, [label]);
  node.addEventListener('click', onClick);
  return node;
}

/** "icp.json: rules[1].min: expected a number" → "… (rule 2 in the form)", so the message points at a row. */
export function withRuleNumber(message: string): string {
  const rule = /rules\[(\d+)\]/.exec(message);
  return rule ? `${message} (rule ${Number(rule[1]) + 1} in the form)` : message;
}
