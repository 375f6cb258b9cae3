// Tabs (the WAI-ARIA tabs pattern): a tablist of buttons, each controlling one panel; click, or the
// arrow keys / Home / End on a focused tab, shows its panel. Only the selected tab is in the Tab order.
// A panel's content is built the first time it is shown, unless it is eager.
import { el } from './dom';

export interface Tab {
  id: string;
  label: string;
  content: () => Node;
  /** Build the content at once (for content other code reads before the tab is opened). */
  eager?: boolean;
}

export interface Tabs {
  element: HTMLElement;
  select(id: string, focus?: boolean): void;
  selected(): string;
  /** Builds every panel not built yet (to print them all). */
  buildAll(): void;
}

export function tabs(items: readonly Tab[], label: string, onSelect?: (id: string) => void): Tabs {
  const list = el('div', { role: 'tablist', 'aria-label': label, class: 'tab-list' });
  const built = new Set<string>();
  const entries = items.map((item) => {
    const button = el('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${item.id}`,
      'aria-controls': `panel-${item.id}`,
      'data-tab': item.id,
      class: 'tab',
    }, [item.label]);
    // data-title: on paper every panel is printed one after another, each under its tab's name.
    const panel = el('div', { role: 'tabpanel', id: `panel-${item.id}`, 'aria-labelledby': button.id, tabindex: '0', class: 'tab-panel', 'data-title': item.label });
    button.addEventListener('click', () => select(item.id, false));
    list.append(button);
    return { item, button, panel };
  });
  const build = (entry: (typeof entries)[number]) => {
    if (built.has(entry.item.id)) return;
    built.add(entry.item.id);
    entry.panel.append(entry.item.content());
  };
  for (const entry of entries) if (entry.item.eager) build(entry);
  let current = items[0]?.id ?? '';

  function select(id: string, focus = false): void {
    const index = entries.findIndex((entry) => entry.item.id === id);
    if (index < 0) return;
    current = id;
    entries.forEach((entry, i) => {
      const on = i === index;
      if (on) build(entry);
      entry.button.setAttribute('aria-selected', String(on));
      entry.button.tabIndex = on ? 0 : -1;
      entry.panel.hidden = !on;
    });
    if (focus) entries[index]!.button.focus();
    onSelect?.(id);
  }

  list.addEventListener('keydown', (event) => {
    const index = entries.findIndex((entry) => entry.button === document.activeElement);
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % entries.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + entries.length) % entries.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = entries.length - 1;
    if (next < 0) return;
    event.preventDefault();
    select(entries[next]!.item.id, true);
  });

  const element = el('div', { class: 'tabs' }, [el('nav', { class: 'tab-nav', 'aria-label': label }, [list]), ...entries.map((e) => e.panel)]);
  if (current) select(current);
  return { element, select, selected: () => current, buildAll: () => entries.forEach(build) };
}
