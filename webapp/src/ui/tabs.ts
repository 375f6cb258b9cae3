// Tabs (the WAI-ARIA tabs pattern): a tablist of buttons, each controlling one panel; click, or the
// arrow keys / Home / End on a focused tab, shows its panel. Only the selected tab is in the Tab order.
import { el } from './dom';

export interface Tab {
  id: string;
  label: string;
  panel: HTMLElement;
}

export interface Tabs {
  element: HTMLElement;
  select(id: string, focus?: boolean): void;
  selected(): string;
}

export function tabs(items: readonly Tab[], label: string, onSelect?: (id: string) => void): Tabs {
  const list = el('div', { role: 'tablist', 'aria-label': label, class: 'tab-list' });
  const buttons = items.map((item) => {
    const button = el('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${item.id}`,
      'aria-controls': `panel-${item.id}`,
      'data-tab': item.id,
      class: 'tab',
    }, [item.label]);
    item.panel.id = `panel-${item.id}`;
    item.panel.setAttribute('role', 'tabpanel');
    item.panel.setAttribute('aria-labelledby', button.id);
    item.panel.tabIndex = 0;
    button.addEventListener('click', () => select(item.id, false));
    list.append(button);
    return button;
  });
  let current = items[0]?.id ?? '';

  function select(id: string, focus = false): void {
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) return;
    current = id;
    items.forEach((item, i) => {
      const on = i === index;
      buttons[i]!.setAttribute('aria-selected', String(on));
      buttons[i]!.tabIndex = on ? 0 : -1;
      item.panel.hidden = !on;
    });
    if (focus) buttons[index]!.focus();
    onSelect?.(id);
  }

  list.addEventListener('keydown', (event) => {
    const index = buttons.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % items.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next < 0) return;
    event.preventDefault();
    select(items[next]!.id, true);
  });

  const element = el('div', { class: 'tabs' }, [el('nav', { class: 'tab-nav', 'aria-label': label }, [list]), ...items.map((i) => i.panel)]);
  if (current) select(current);
  return { element, select, selected: () => current };
}
