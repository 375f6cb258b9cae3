// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderDataQualityView } from '../../../../webapp/src/report/views/data_quality_view';
import { fullReport, nullSectionsReport } from '../../fakes/full_report';

const rows = (root: ParentNode, id: string) => [...root.querySelectorAll(`[data-testid="${id}"] tbody tr`)];
const cells = (row: Element) => [...row.children].map((c) => c.textContent);

describe('renderDataQualityView', () => {
  it('shows the files read, with the rejected rows to download', () => {
    const asked: string[] = [];
    const view = renderDataQualityView(fullReport(), { rejectedFiles: new Set(['deals.csv']), onDownloadRejected: (f) => asked.push(f) });
    expect(rows(view, 'inputs-table').map((r) => r.firstElementChild!.textContent)).toEqual(['deals.csv', 'accounts.csv']);
    view.querySelector<HTMLButtonElement>('[data-testid="download-rejected"]')!.click();
    expect(asked).toEqual(['deals.csv']);
  });

  it('shows each join with its match rate', () => {
    const view = renderDataQualityView(fullReport());
    expect(rows(view, 'joins-table').map(cells)).toEqual([
      ['deals → accounts', '1,237', '97.0%', '1,200', '1,150', '50', '37', 'Globex GmbH, =HYPERLINK("http://x")'],
      ['revenue → accounts', '4,000', '99.8%', '3,990', '3,990', '0', '10', '–'],
    ]);
  });

  it('lists every rejection reason, most rows first', () => {
    const view = renderDataQualityView(fullReport());
    expect(rows(view, 'rejections-table').map(cells)).toEqual([
      ['deals.csv', 'no outcome (stage not recognised)', '12', '4, 9, 17, 30, 41'],
      ['deals.csv', 'close date before created date', '1', '77'],
    ]);
  });

  it('says why there are no joins, and that no row was rejected', () => {
    const report = nullSectionsReport();
    for (const input of report.inputs) input.rejected_by_reason = [];
    const view = renderDataQualityView(report);
    expect(view.querySelector('[data-testid="joins-reason"]')!.textContent)
      .toBe('No accounts file was given — drop an accounts export to join deals, revenue and tickets to their companies.');
    expect(view.querySelector('[data-testid="rejections-none"]')!.textContent).toBe('No row was rejected.');
  });
});
