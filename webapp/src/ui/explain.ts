// A number that explains itself: its explanation is a tooltip shown while the pointer is over it or
// it has the keyboard focus, and it is the number's accessible description (aria-describedby), so a
// screen reader says it too. The tooltip is plain text.
import { el } from './dom';

let next = 0;

/**
 * Adds `text` as the explanation of `target`. `focusable`: make the target reachable with Tab (for a
 * figure; a header button already is). The tooltip goes inside `host` (default: the target), and shows
 * while the pointer is over `area` or the focus is in it (default: the host).
 */
export function explain(
  target: HTMLElement,
  text: string,
  options: { focusable?: boolean; host?: HTMLElement; area?: HTMLElement } = {},
): void {
  const id = `explain-${++next}`;
  const tip = el('span', { id, role: 'tooltip', class: 'explain' }, [text]);
  const host = options.host ?? target;
  (options.area ?? host).classList.add('has-explain');
  host.append(tip);
  target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  if (options.focusable) target.tabIndex = 0;
}
