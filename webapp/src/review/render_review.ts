// The mapping review on the page: one card per dropped file — its first rows (Papa Parse, at once),
// then what the engine made of it: the role, each field's column with samples and confidence, the
// date-order question, the stage table, the notes. Edits go to the handlers as new models; nothing
// from a file is ever rendered as HTML.
import type { DateOrder, Outcome } from '../report/report_types';
import { formatBytes, formatCount } from '../report/format';
import { el } from '../ui/dom';
import { asksDateOrder, renderDateOrderQuestion } from './date_order_question';
import { confidenceText, roleLabel } from './field_labels';
import { renderFieldTable } from './field_table_view';
import type { Preview } from './papa_preview';
import { renderPreview } from './preview_view';
import {
  isRole,
  ROLES,
  setColumn,
  setDateOrder,
  setStageOutcome,
  type FileReview,
  type ReviewModel,
  type Role,
} from './review_model';
import { renderStageTable, syncStageSelects } from './stage_table_view';

export interface ReviewHandlers {
  /** An edit that needs no new reading: columns, stage outcomes, date order. */
  onEdit(model: ReviewModel): void;
  /** The user gave file `index` another role: it must be read again with it. */
  onRole(index: number, role: Role): void;
  /** File `index` now reads its stages from another column: its stage values must be read again. */
  onStageColumn(index: number, model: ReviewModel): void;
  /** The user took file `index` out of the analysis. */
  onRemove?(index: number): void;
}

/** Fields whose column holds the deal outcome: changing one changes the stage table. */
const OUTCOME_FIELDS = ['stage', 'status', 'is_won', 'is_closed'];

/** A file's card: the engine's answers go above (role, date question) and below (columns…) the preview. */
interface Card {
  root: HTMLElement;
  facts: HTMLElement;
  top: HTMLElement;
  preview: HTMLElement;
  bottom: HTMLElement;
  size: number;
  /** The id of the control that had the focus when the card was emptied, to focus again once drawn. */
  refocus: string;
}

export class ReviewView {
  private cards: Card[] = [];
  private current: ReviewModel | null = null;

  constructor(private readonly container: HTMLElement, private readonly handlers: ReviewHandlers) {}

  get model(): ReviewModel | null {
    return this.current;
  }

  /** A card for each file, waiting for its preview and for the engine. */
  start(files: readonly { name: string; size: number }[]): void {
    this.current = null;
    this.cards = files.map((file, index) => this.card(file.name, file.size, index));
    this.container.replaceChildren(...this.cards.map((c) => c.root));
  }

  showPreview(index: number, preview: Preview): void {
    const card = this.cards[index];
    if (!card) return;
    const name = card.root.dataset.fileName ?? '';
    card.preview.replaceChildren(el('summary', {}, [PREVIEW_SUMMARY]), renderPreview(preview, name));
  }

  /** Every card shows the engine's reading from `model`. */
  show(model: ReviewModel): void {
    this.current = model;
    model.files.forEach((_, index) => this.renderEngine(index));
  }

  /** The engine could not read the files at all: every waiting card says so. */
  failed(message: string): void {
    for (const card of this.cards) {
      if (card.top.querySelector('.checking')) card.top.replaceChildren(el('p', { class: 'file-error' }, [message]));
    }
  }

  /** One card shows "reading…" while its file is read again. */
  checking(index: number): void {
    const card = this.cards[index];
    if (!card) return;
    card.refocus = focusedIn(card.root) || card.refocus;
    card.top.replaceChildren(checkingLine());
    card.bottom.replaceChildren();
  }

  /** One card shows the model's reading of its file (after it was read again). */
  showFile(model: ReviewModel, index: number): void {
    this.current = model;
    this.renderEngine(index);
  }

  private removeButton(name: string, index: number): HTMLElement | null {
    const onRemove = this.handlers.onRemove;
    if (!onRemove) return null;
    const button = el('button', { type: 'button', class: 'link-button remove-file', 'data-testid': 'remove-file', 'aria-label': `Remove ${name}` }, ['Remove']);
    button.addEventListener('click', () => onRemove(index));
    return button;
  }

  private card(name: string, size: number, index: number): Card {
    const titleId = `file-${index}-title`;
    const facts = el('p', { class: 'file-facts' }, [formatBytes(size)]);
    const top = el('div', { class: 'engine-top' }, [checkingLine()]);
    const preview = el('details', { class: 'preview', open: '' }, [
      el('summary', {}, [PREVIEW_SUMMARY]),
      el('p', { class: 'muted' }, ['Reading…']),
    ]);
    const bottom = el('div', { class: 'engine-bottom' });
    const root = el('article', { class: 'file-card', 'aria-labelledby': titleId, 'data-testid': 'file-card' }, [
      el('header', { class: 'file-card-header' }, [el('h3', { id: titleId, class: 'file-name' }, [name]), facts, this.removeButton(name, index)]),
      top,
      preview,
      bottom,
    ]);
    root.dataset.fileName = name;
    return { root, facts, top, preview, bottom, size, refocus: '' };
  }

  private renderEngine(index: number): void {
    const card = this.cards[index];
    const model = this.current;
    const file = model?.files[index];
    if (!card || !model || !file) return;
    const focused = focusedIn(card.root) || card.refocus;
    card.refocus = '';
    card.facts.replaceChildren(factsText(file, card.size));
    const { top, bottom } = this.engineParts(model, file, index);
    const present = (parts: (HTMLElement | null)[]) => parts.filter((p): p is HTMLElement => p !== null);
    card.top.replaceChildren(...present(top));
    card.bottom.replaceChildren(...present(bottom));
    if (focused) document.getElementById(focused)?.focus();
  }

  private engineParts(model: ReviewModel, file: FileReview, index: number): { top: (HTMLElement | null)[]; bottom: (HTMLElement | null)[] } {
    const edit = (change: (m: ReviewModel) => ReviewModel) => {
      if (!this.current) return;
      this.current = change(this.current);
      this.handlers.onEdit(this.current);
      return this.current;
    };
    const top: (HTMLElement | null)[] = [roleLine(file, index, (role) => this.handlers.onRole(index, role))];
    if (file.error !== null) {
      top.push(el('div', { class: 'file-error', role: 'alert' }, [file.error]));
      top.push(el('p', { class: 'hint' }, [
        /\brole\b/i.test(file.error) && file.role === null
          ? 'Choose what the file holds above, and it will be read with that role. Until then it is left out of the analysis.'
          : 'This file is left out of the analysis.',
      ]));
      return { top, bottom: [] };
    }
    if (asksDateOrder(file)) {
      top.push(renderDateOrderQuestion(file, index, (order: DateOrder) => edit((m) => setDateOrder(m, index, order))));
    }
    const bottom = [
      renderFieldTable(model, file, index, (field, column) => {
        const next = edit((m) => setColumn(m, index, field, column));
        if (next && OUTCOME_FIELDS.includes(field)) this.handlers.onStageColumn(index, next);
      }),
      renderStageTable(model, file, index, (value: string, outcome: Outcome) => {
        edit((m) => setStageOutcome(m, value, outcome));
        syncStageSelects(this.container, value, outcome);
      }),
      notesList(file),
    ];
    return { top, bottom };
  }
}

const PREVIEW_SUMMARY = 'First rows, as the file has them';

/** The id of the focused control inside `root`, or ''. */
function focusedIn(root: HTMLElement): string {
  const active = document.activeElement;
  return active instanceof HTMLElement && root.contains(active) ? active.id : '';
}

function checkingLine(): HTMLElement {
  return el('p', { class: 'checking', role: 'status' }, ['Reading the first rows with the engine…']);
}

/** "297.2 KB · comma-separated · UTF-8 · 1,290 rows", or "… · first 9,120 rows checked" of a big file */
export function factsText(file: FileReview, size: number): string {
  const parts = [formatBytes(size)];
  if (file.format === 'json') parts.push('JSON');
  else if (file.delimiter) parts.push(`${file.delimiter}-separated`);
  if (file.encoding) parts.push(file.encoding);
  if (file.rowsRead !== null) {
    const rows = `${formatCount(file.rowsRead)} ${file.rowsRead === 1 ? 'row' : 'rows'}`;
    parts.push(file.partial ? `first ${rows} checked` : rows);
  }
  return parts.join(' · ');
}

function roleLine(file: FileReview, index: number, onRole: (role: Role) => void): HTMLElement {
  const id = `role-${index}`;
  const select = el('select', { id, 'data-testid': 'role-select' });
  if (file.role === null) {
    const choose = el('option', { value: '' }, ['— choose what this file holds —']);
    choose.selected = true;
    choose.disabled = true;
    select.append(choose);
  }
  for (const role of ROLES) {
    const option = el('option', { value: role }, [roleLabel(role)]);
    option.selected = role === file.role;
    select.append(option);
  }
  select.addEventListener('change', () => {
    if (isRole(select.value)) onRole(select.value);
  });
  const detected = file.error === null && file.roleConfidence !== null;
  return el('div', { class: 'role-line' }, [
    el('label', { for: id }, ['This file holds']),
    select,
    detected
      ? el('span', { class: 'role-why' }, [
          el('span', { class: 'confidence high' }, [confidenceText(file.roleConfidence!)]),
          ' ',
          el('span', { class: 'why' }, [file.roleReason]),
        ])
      : null,
  ]);
}

function notesList(file: FileReview): HTMLElement | null {
  const items = [
    ...file.warnings.map((text) => el('li', { class: 'warning' }, [text])),
    ...file.notes.map((text) => el('li', {}, [text])),
  ];
  if (items.length === 0) return null;
  return el('section', { class: 'notes', 'aria-label': 'What the engine noticed' }, [
    el('h4', {}, ['What the engine noticed']),
    el('ul', { class: 'plain-list note-list' }, items),
  ]);
}
