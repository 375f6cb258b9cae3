// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ProgressView, progressText } from '../../../webapp/src/ui/progress_view';

describe('progressText', () => {
  it('says bytes of total, rows, speed and file', () => {
    const p = { type: 'progress', file: 'deals.csv', bytesDone: 12_300_000, bytesTotal: 40_000_000, rows: 120_000 } as const;
    expect(progressText(p, 500)).toBe('12.3 MB of 40.0 MB · 120,000 rows · 24.6 MB/s · deals.csv');
    expect(progressText({ ...p, bytesDone: 0, rows: 1 }, 0)).toBe('0 B of 40.0 MB · 1 row · – · deals.csv');
  });
});

describe('ProgressView', () => {
  it('shows, updates, cancels and hides', () => {
    document.body.innerHTML = `<section id="p" hidden><progress></progress><p></p><button>Cancel</button></section>`;
    const root = document.getElementById('p')!;
    let clock = 1000;
    let cancels = 0;
    const view = new ProgressView(
      root,
      root.querySelector('progress')!,
      root.querySelector('p')!,
      root.querySelector('button')!,
      () => cancels++,
      () => clock,
    );
    view.start('Starting: deals.csv…');
    expect(root.hidden).toBe(false);
    expect(root.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(root.querySelector('p')!.textContent).toBe('Starting: deals.csv…');
    clock = 2000;
    view.update({ type: 'progress', file: 'deals.csv', bytesDone: 5_000_000, bytesTotal: 10_000_000, rows: 10 });
    expect(root.querySelector('progress')!.value).toBe(5_000_000);
    expect(root.querySelector('progress')!.max).toBe(10_000_000);
    expect(root.querySelector('p')!.textContent).toBe('5.0 MB of 10.0 MB · 10 rows · 5.0 MB/s · deals.csv');
    root.querySelector('button')!.click();
    expect(cancels).toBe(1);
    view.stop();
    expect(root.hidden).toBe(true);
  });
});
