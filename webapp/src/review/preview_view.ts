// The preview of a file's first rows, as a compact table (cells as text only, long ones cut with their
// full text in a tooltip).
import { el } from '../ui/dom';
import type { Preview } from './papa_preview';

const MAX_CELL = 60;

export function renderPreview(preview: Preview, fileName: string): HTMLElement {
  if (preview.kind === 'empty') {
    return el('p', { class: 'preview-empty' }, ['Nothing to preview: the file starts with no readable rows.']);
  }
  if (preview.kind === 'text') {
    return el('pre', { class: 'preview-text', tabindex: '0', 'aria-label': `First lines of ${fileName}` }, [preview.lines.join('\n')]);
  }
  const [header = [], ...rows] = preview.rows;
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const cell = (tag: 'th' | 'td', text: string) => {
    const attributes: Record<string, string | undefined> = tag === 'th' ? { scope: 'col' } : {};
    if (text.length > MAX_CELL) attributes.title = text;
    return el(tag, attributes, [text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text]);
  };
  const pad = (row: string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  return el('div', { class: 'table-scroll preview-scroll', tabindex: '0', role: 'region', 'aria-label': `First rows of ${fileName}` }, [
    el('table', { class: 'preview-table', 'data-testid': 'preview-table' }, [
      el('thead', {}, [el('tr', {}, pad(header).map((text) => cell('th', text)))]),
      el('tbody', {}, rows.map((row) => el('tr', {}, pad(row).map((text) => cell('td', text))))),
    ]),
  ]);
}
