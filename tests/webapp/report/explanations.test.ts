// @vitest-environment jsdom
// Every headline figure of every view explains itself on hover or focus: a tooltip that is also its
// accessible description; table columns of the common figures explain themselves from their header.
import { describe, expect, it } from 'vitest';
import { reportViews, REPORT_VIEWS } from '../../../webapp/src/report/render_report';
import { explanation } from '../../../webapp/src/report/explanations';
import { fullReport } from '../fakes/full_report';

function allViews(): HTMLElement {
  const root = document.createElement('div');
  const views = reportViews(fullReport());
  for (const view of REPORT_VIEWS) root.append(views[view.id]());
  document.body.replaceChildren(root);
  return root;
}

describe('explanations', { timeout: 30_000 }, () => {
  it('every figure card is focusable and described by its tooltip', () => {
    const root = allViews();
    const figures = [...root.querySelectorAll<HTMLElement>('.figure')];
    expect(figures.length).toBeGreaterThan(30);
    const unexplained = figures.filter((f) => {
      const tip = document.getElementById(f.getAttribute('aria-describedby') ?? '');
      return f.tabIndex !== 0 || tip?.getAttribute('role') !== 'tooltip' || (tip.textContent ?? '').length < 20;
    }).map((f) => f.querySelector('[data-testid]')?.getAttribute('data-testid'));
    expect(unexplained).toEqual([]);
  });

  it('the win rate column says how it is computed, from its header button', () => {
    const root = allViews();
    const header = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="segment-table"] .sort-button')].find((b) => b.textContent?.startsWith('Win rate'));
    const tip = document.getElementById(header!.getAttribute('aria-describedby')!);
    expect(tip!.textContent).toBe(explanation('win_rate'));
    expect(tip!.textContent).toMatch(/Wilson 95%/);
    expect(tip!.parentElement!.tagName).toBe('TH');
  });

  it('the explanations say what METHODS.md computes', () => {
    expect(explanation('logo-churn-annualized')).toMatch(/1 − \(1 − m\)\^12/);
    expect(explanation('nrr')).toMatch(/12 months ago/);
    expect(explanation('ltv')).toMatch(/ARPA × gross margin ÷ monthly revenue churn/);
    expect(explanation('no-such-figure')).toBeNull();
  });
});
