// A chart in the report: a <figure> with its title, what its units and n are, the chart (or, when
// there is nothing to draw, the reason in words), and notes under it.
import { el } from '../../ui/dom';

export interface ChartFrame {
  /** data-testid of the <figure> */
  testId: string;
  title: string;
  /** units, n and intervals: "Win rate of closed deals (%) · band: Wilson 95% interval · n = closed deals" */
  subtitle: string;
  /** Said in place of the chart when there is nothing to draw. */
  emptyReason?: string;
  notes?: (string | Node | null)[];
  wide?: boolean;
}

export function chartFigure(frame: ChartFrame, chart: Element | null): HTMLElement {
  const body: Node = chart ?? el('p', { class: 'missing chart-missing', 'data-testid': `${frame.testId}-missing` }, [
    frame.emptyReason ?? 'nothing to draw',
  ]);
  if (chart) {
    // With a legend, Plot returns a <figure> holding the legend and the chart's <svg> (the last).
    const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : [...chart.querySelectorAll(':scope > svg')];
    const main = svgs[svgs.length - 1] ?? chart;
    main.setAttribute('data-chart', frame.testId);
    main.setAttribute('role', 'img');
    main.setAttribute('aria-label', `${frame.title}. ${frame.subtitle}`);
    // The chart is one image, named above; Plot's labelled mark groups inside it are not read apart
    // (an aria-label on a plain <g> is not allowed), so they are hidden from assistive technology.
    for (const group of main.querySelectorAll('[aria-label]')) group.setAttribute('aria-hidden', 'true');
  }
  const notes = (frame.notes ?? []).filter((n): n is string | Node => n !== null && n !== '');
  return el('figure', { class: frame.wide === false ? 'chart' : 'chart chart-wide', 'data-testid': frame.testId }, [
    el('figcaption', {}, [
      el('h3', { class: 'chart-title' }, [frame.title]),
      el('p', { class: 'chart-subtitle' }, [frame.subtitle]),
    ]),
    el('div', { class: 'chart-body' }, [body]),
    notes.length > 0 ? el('div', { class: 'chart-notes' }, notes.map((n) => el('p', {}, [n]))) : null,
  ]);
}

/** A fraction as a percent tick: 0.25 → "25%". (Plot's own percent option rescales the domain too.) */
export function percentTick(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

/** Shortens a label for an axis (the full text is in the table beside the chart). */
export function shortLabel(text: string, max = 26): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Shows every k-th of many ordinal ticks so their labels do not overlap. */
export function sparseTicks<T>(values: readonly T[], room: number): T[] {
  const step = Math.max(1, Math.ceil(values.length / Math.max(1, room)));
  return values.filter((_, i) => i % step === 0);
}
