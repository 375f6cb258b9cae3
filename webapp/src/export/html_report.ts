// The report as one self-contained HTML file: every view one after another, the charts inline as SVG,
// the page's stylesheet inline, no script, and a policy that forbids the file to fetch anything. It is
// built from the same views as the page (so it says what the page says) and serialised by the DOM, so
// a value from a file is text in it as it is on screen — never markup.
import { el } from '../ui/dom';
import { guarded, REPORT_VIEWS, reportViews, type RenderOptions } from '../report/render_report';
import type { Report } from '../report/report_types';

export const HTML_REPORT_FILE_NAME = 'icp-drift-report.html';

/** The exported file's own policy: its inline styles and data: images, nothing else. */
export const EXPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Controls that mean nothing on paper or in a file: dropped from the export. */
const INTERACTIVE = 'button:not(.sort-button), input, select, textarea, details > summary ~ .actions, [data-export="omit"]';

export interface HtmlReportOptions {
  /** "Sample dataset · 3 files · 12,000 rows read · report schema 0.4" */
  source: string;
  /** The stylesheet to inline (the page's own: pageStylesheet()). */
  css: string;
  /** The views' options (the export has no actions: nothing runs again from a file). */
  render?: Omit<RenderOptions, 'actions' | 'view'>;
}

/** The whole report as an HTML document (text). */
export function reportHtml(report: Report, options: HtmlReportOptions): string {
  const views = reportViews(report, options.render ?? {});
  const body = el('main', { class: 'wrap export' }, [
    el('header', { class: 'export-header' }, [
      el('h1', {}, ['icp-drift report']),
      el('p', { class: 'report-source' }, [options.source]),
      el('p', { class: 'hint' }, [
        'Computed from the CRM exports on the computer that made this file; the exports themselves are not in it. ',
        'This file fetches nothing and runs no script.',
      ]),
    ]),
    ...REPORT_VIEWS.map((view) => el('section', { class: 'export-view', 'aria-labelledby': `export-${view.id}` }, [
      el('h2', { id: `export-${view.id}`, class: 'export-view-title' }, [view.label]),
      guarded(view.label, views[view.id]),
    ])),
  ]);
  staticCopy(body);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(`icp-drift report · ${options.source}`)}</title>`,
    `<style>${options.css.replace(/<\//g, '<\\/')}</style>`,
    '</head>',
    `<body class="export-body">${body.outerHTML}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Turns the views into a static copy: controls out, sort buttons into their label, nothing focusable left over. */
function staticCopy(root: HTMLElement): void {
  for (const node of root.querySelectorAll(INTERACTIVE)) node.remove();
  for (const button of root.querySelectorAll('button.sort-button')) {
    button.replaceWith(el('span', { class: 'sort-label' }, [button.firstChild?.textContent ?? button.textContent ?? '']));
  }
  for (const details of root.querySelectorAll('details')) details.setAttribute('open', '');
  for (const node of root.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  // Labels left without their control (the ICP editor's, the scorecard answers') say nothing on paper.
  const ids = new Set([...root.querySelectorAll('[id]')].map((node) => node.id));
  for (const label of root.querySelectorAll('label[for]')) {
    if (!ids.has(label.getAttribute('for') ?? '')) label.remove();
  }
}

/** The page's own styles as text, from its stylesheets (same origin, so their rules are readable). */
export function pageStylesheet(doc: Document = document): string {
  return [...doc.styleSheets].map((sheet) => {
    try {
      return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    } catch {
      return '';
    }
  }).join('\n');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
