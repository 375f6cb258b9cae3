// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { attachDropZone } from '../../../webapp/src/ui/drop_zone';

function dragEvent(type: string, files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
}

describe('attachDropZone', () => {
  let zone: HTMLElement;
  let input: HTMLInputElement;
  let received: File[][];
  beforeEach(() => {
    document.body.innerHTML = '<div id="z"><input type="file" id="f" multiple><label for="f">Drop</label></div>';
    zone = document.getElementById('z')!;
    input = document.getElementById('f') as HTMLInputElement;
    received = [];
    attachDropZone(zone, input, (files) => received.push(files));
  });

  it('takes files dropped on the zone', () => {
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.csv')];
    zone.dispatchEvent(dragEvent('dragenter', []));
    expect(zone.classList.contains('dragging')).toBe(true);
    const drop = dragEvent('drop', files);
    zone.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(received).toEqual([files]);
    expect(zone.classList.contains('dragging')).toBe(false);
  });

  it('takes files picked with the input', () => {
    const files = [new File(['a'], 'a.csv')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    expect(received).toEqual([files]);
  });

  it('ignores a drop without files', () => {
    zone.dispatchEvent(dragEvent('drop', []));
    expect(received).toEqual([]);
  });
});
