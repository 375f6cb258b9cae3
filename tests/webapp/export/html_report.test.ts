// @vitest-environment jsdom
// The exported HTML report: every view, charts inline, no script, nothing fetched, values as text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_POLICY, reportHtml } from '../../../webapp/src/export/html_report';
import { REPORT_VIEWS } from '../../../webapp/src/report/render_report';
import { fullReport } from '../fakes/full_report';

const CSS = readFileSync(path.resolve(__dirname, '../../../webapp/src/styles.css'), 'utf8');
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

function exported(mutate?: (report: ReturnType<typeof fullReport>) => void): { html: string; doc: Document } {
  const report = fullReport();
  mutate?.(report);
  const html = reportHtml(report, { source: 'deals.csv · 1 file · 1,237 rows read · report schema 1.0.0', css: CSS });
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

// Each test builds every view of the full report: seconds on a busy machine.
describe('the HTML report', { timeout: 30_000 }, () => {
  it('is one document holding every view under its title, with the source line', () => {
    const { html, doc } = exported();
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const titles = [...doc.querySelectorAll('.export-view-title')].map((h) => h.textContent);
    expect(titles).toEqual(REPORT_VIEWS.map((v) => v.label));
    expect(doc.querySelector('.report-source')?.textContent).toBe('deals.csv · 1 file · 1,237 rows read · report schema 1.0.0');
    expect(doc.querySelector('[data-testid="win-rate"]')?.textContent).toBe('30.1%');
  });

  it('has its charts inline as SVG and the page stylesheet inline', () => {
    const { doc } = exported();
    expect(doc.querySelectorAll('svg[data-chart]').length).toBeGreaterThan(5);
    const style = doc.querySelector('head > style')?.textContent ?? '';
    expect(style).toContain('.figure-grid');
  });

  it('runs nothing and fetches nothing: no script, no outside reference, a policy that forbids both', () => {
    const { html, doc } = exported();
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(EXPORT_POLICY);
    expect(EXPORT_POLICY).toMatch(/^default-src 'none'/);
    for (const node of doc.querySelectorAll('[src], [href], [srcset], [action], [xlink\\:href]')) {
      for (const name of ['src', 'href', 'srcset', 'action', 'xlink:href']) {
        const value = node.getAttribute(name);
        if (value !== null) expect(value, `${node.tagName} ${name}`).toMatch(/^(#|data:)/);
      }
    }
    expect(html).not.toMatch(/url\(\s*['"]?(?!data:|#)/i);
    const handlers = [...doc.querySelectorAll('*')].flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${node.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
  });

  it('leaves out the controls: no button, field or form, tables still titled by their columns', () => {
    const { doc } = exported();
    expect(doc.querySelectorAll('button, input, select, textarea, form').length).toBe(0);
    expect(doc.querySelectorAll('[tabindex]').length).toBe(0);
    const headers = [...doc.querySelectorAll('[data-testid="segment-table"] thead th')].map((th) => th.textContent?.trim());
    expect(headers.length).toBeGreaterThan(3);
    expect(headers.every((h) => h && h.length > 0)).toBe(true);
  });

  it('writes a value from a file as text, never as markup', () => {
    const { html, doc } = exported((report) => {
      report.joins![0]!.unmatched_examples = [HOSTILE];
      const industry = report.sales!.dimensions![0]!;
      industry.levels = [HOSTILE, ...industry.levels!.slice(1)];
    });
    expect(doc.querySelectorAll('img, script').length).toBe(0);
    expect(doc.body.textContent).toContain(HOSTILE);
    expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;');
  });
});
