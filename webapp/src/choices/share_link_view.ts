// The share link in the settings panel: the link in a read-only field (selected on focus, so it can be
// copied by hand) and a Copy button; says plainly that the link carries choices, never data.
import { el } from '../ui/dom';

export function shareLinkView(link: string, copy: (text: string) => Promise<void>): HTMLElement {
  const input = el('input', { type: 'text', id: 'share-link', readonly: '', value: link, 'data-testid': 'share-link', class: 'share-link-input' });
  input.addEventListener('focus', () => input.select());
  const said = el('span', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'share-link-status' });
  const button = el('button', { type: 'button', class: 'button secondary', 'data-testid': 'share-link-copy' }, ['Copy link']);
  button.addEventListener('click', () => {
    copy(link).then(
      () => { said.textContent = 'Copied.'; },
      () => {
        input.focus();
        said.textContent = 'This browser did not let the page copy: the link is selected, copy it with Ctrl+C.';
      },
    );
  });
  return el('div', { class: 'share-link', 'data-testid': 'share-link-block' }, [
    el('label', { for: 'share-link' }, ['Share link for your team']),
    el('div', { class: 'actions' }, [input, button, said]),
    el('p', { class: 'hint' }, [
      'The link carries the mapping, the ICP, these settings and the scorecard answers — no row of data. ',
      'Whoever opens it analyses their own exports the same way.',
    ]),
  ]);
}
