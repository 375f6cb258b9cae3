// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { tabs } from '../../../webapp/src/ui/tabs';

function panel(text: string): () => HTMLElement {
  return () => {
    const div = document.createElement('div');
    div.textContent = text;
    return div;
  };
}

describe('tabs', () => {
  beforeEach(() => document.body.replaceChildren());

  it('shows the first panel, each tab controlling its own', () => {
    const t = tabs([{ id: 'a', label: 'A', content: panel('one') }, { id: 'b', label: 'B', content: panel('two') }], 'Views');
    document.body.append(t.element);
    const [a, b] = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(document.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Views');
    expect(a!.getAttribute('aria-selected')).toBe('true');
    expect(b!.getAttribute('aria-selected')).toBe('false');
    expect(a!.tabIndex).toBe(0);
    expect(b!.tabIndex).toBe(-1);
    expect(document.getElementById(a!.getAttribute('aria-controls')!)!.hidden).toBe(false);
    expect(document.getElementById(b!.getAttribute('aria-controls')!)!.hidden).toBe(true);
    b!.click();
    expect(t.selected()).toBe('b');
    expect(document.getElementById('panel-a')!.hidden).toBe(true);
    expect(document.getElementById('panel-b')!.hidden).toBe(false);
    expect(document.getElementById('panel-b')!.getAttribute('aria-labelledby')).toBe('tab-b');
  });

  it('builds a panel the first time it is shown, once, unless it is eager', () => {
    const built: string[] = [];
    const content = (id: string) => () => (built.push(id), document.createTextNode(id));
    const t = tabs([
      { id: 'a', label: 'A', content: content('a') },
      { id: 'b', label: 'B', content: content('b') },
      { id: 'c', label: 'C', content: content('c'), eager: true },
    ], 'Views');
    expect(built.sort()).toEqual(['a', 'c']);
    t.select('b');
    t.select('a');
    t.select('b');
    expect(built.sort()).toEqual(['a', 'b', 'c']);
    expect(t.element.querySelector('#panel-b')!.textContent).toBe('b');
  });

  it('moves with the arrow keys, Home and End', () => {
    const t = tabs(['a', 'b', 'c'].map((id) => ({ id, label: id, content: panel(id) })), 'Views');
    document.body.append(t.element);
    const list = document.querySelector('[role="tablist"]')!;
    const key = (k: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    document.querySelector<HTMLButtonElement>('#tab-a')!.focus();
    key('ArrowRight');
    expect(t.selected()).toBe('b');
    expect(document.activeElement!.id).toBe('tab-b');
    key('End');
    expect(t.selected()).toBe('c');
    key('ArrowRight');
    expect(t.selected()).toBe('a');
    key('ArrowLeft');
    expect(t.selected()).toBe('c');
    key('Home');
    expect(t.selected()).toBe('a');
    expect(list.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);
  });
});

describe('tabs.buildAll', () => {
  it('builds every panel not opened yet, once, without changing the selection', async () => {
    const { tabs } = await import('../../../webapp/src/ui/tabs');
    let built = 0;
    const t = tabs([
      { id: 'a', label: 'A', content: () => { built++; return document.createTextNode('a'); } },
      { id: 'b', label: 'B', content: () => { built++; return document.createTextNode('b'); } },
    ], 'Views');
    expect(built).toBe(1);
    t.buildAll();
    t.buildAll();
    expect(built).toBe(2);
    expect(t.selected()).toBe('a');
    expect(t.element.querySelector('#panel-b')!.textContent).toBe('b');
    expect(t.element.querySelector('#panel-b')!.getAttribute('data-title')).toBe('B');
  });
});
