// A labelled <select> of segment dimensions; calls back with the chosen one's name.
import { el } from '../../ui/dom';
import { dimensionLabel } from '../labels';

export function dimensionPicker(id: string, names: readonly string[], selected: string, onChange: (name: string) => void, label = 'Segment by'): HTMLElement {
  const select = el('select', { id, 'data-testid': id }, names.map((name) => {
    const option = el('option', { value: name }, [dimensionLabel(name)]);
    option.selected = name === selected;
    return option;
  }));
  select.addEventListener('change', () => onChange(select.value));
  return el('div', { class: 'picker' }, [el('label', { for: id }, [label]), select]);
}

/** The dimensions of a by_dimension object, in the order of `preferred` (the report's dimensions) first. */
export function dimensionNames(byDimension: unknown, preferred: readonly string[] = []): string[] {
  if (typeof byDimension !== 'object' || byDimension === null) return [];
  const keys = Object.keys(byDimension).filter((k) => Array.isArray((byDimension as Record<string, unknown>)[k]));
  const first = preferred.filter((name) => keys.includes(name));
  return [...first, ...keys.filter((k) => !first.includes(k))];
}
