// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderReport, reportSource } from '../../../webapp/src/report/render_report';
import { rejectionText } from '../../../webapp/src/report/render_inputs_table';
import { sampleReport } from '../fakes/sample_report';

const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('renderReport', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement('div');
    document.body.append(root);
  });

  it('shows the headline sales figures under stable test ids', () => {
    renderReport(root, sampleReport());
    expect(byTestId(root, 'deals')).toBe('1,237');
    expect(byTestId(root, 'won')).toBe('301');
    expect(byTestId(root, 'lost')).toBe('700');
    expect(byTestId(root, 'open')).toBe('236');
    expect(byTestId(root, 'win-rate')).toBe('30.1%');
    expect(byTestId(root, 'win-rate-ci')).toBe('27.3–33.0%');
    expect(byTestId(root, 'win-rate-inclusive')).toBe('24.3%');
    expect(byTestId(root, 'median-cycle-won')).toBe('47 days');
    expect(byTestId(root, 'acv-median')).toBe('24,500');
  });

  it('shows the reason in place of a missing number', () => {
    const report = sampleReport();
    Object.assign(report.sales!.overall!, {
      acv_median: null,
      acv_median_reason: 'insufficient data (n=3)',
      win_rate: null,
      win_rate_reason: 'insufficient data (n=4)',
      win_rate_ci: null,
      median_cycle_days_won: null,
    });
    renderReport(root, report);
    expect(byTestId(root, 'acv-median')).toBe('insufficient data (n=3)');
    expect(root.querySelector('[data-testid="acv-median"]')!.classList.contains('missing')).toBe(true);
    expect(byTestId(root, 'win-rate')).toBe('insufficient data (n=4)');
    expect(byTestId(root, 'win-rate-ci')).toBe('insufficient data (n=4)');
    expect(byTestId(root, 'median-cycle-won')).toBe('not in the report');
    expect(root.textContent).not.toContain('NaN');
    expect(root.textContent).not.toContain('null');
  });

  it('says why there are no sales figures when no deals file was read', () => {
    const report = sampleReport();
    report.sales = null;
    report.sales_reason = 'no deals file';
    renderReport(root, report);
    expect(byTestId(root, 'sales-missing')).toBe('No sales figures: no deals file.');
    expect(root.querySelector('[data-testid="deals"]')).toBeNull();
  });

  it('lists each file with rows read, used, rejected and the reasons with their first lines', () => {
    renderReport(root, sampleReport());
    const rows = [...root.querySelectorAll('[data-testid="inputs-table"] tbody tr')];
    expect(rows).toHaveLength(2);
    const cells = (row: Element) => [...row.children].map((c) => c.textContent);
    expect(cells(rows[0]!).slice(0, 6)).toEqual([
      'deals.csv', 'deals', '1,250', '1,237', '13',
      'no outcome (stage not recognised): 12 rows (lines 4, 9, 17, 30, 41, …)' +
        'close date before created date: 1 row (line 77)',
    ]);
    expect(cells(rows[1]!).slice(0, 6)).toEqual(['accounts.csv', 'accounts', '300', '300', '0', 'none']);
    expect(rows[0]!.querySelector('summary')!.textContent).toBe('3 columns');
    expect(rows[0]!.querySelector('.mapping')!.textContent).toContain('stage ← Stage');
  });

  it('says how each file was read, and folds away its warnings and notes', () => {
    const report = sampleReport();
    Object.assign(report.inputs[0]!, {
      encoding: 'Windows-1252',
      delimiter: 'semicolon',
      warnings: ['3 rows have more fields than the header'],
      notes: ['amount: decimal mark is a comma', 'close date: dates read as day/month/year'],
    });
    renderReport(root, report);
    const [deals, accounts] = [...root.querySelectorAll('[data-testid="inputs-table"] tbody tr')];
    expect(deals!.querySelector('[data-testid="read-as"]')!.textContent).toBe('Windows-1252, semicolon-separated');
    expect(accounts!.querySelector('[data-testid="read-as"]')!.textContent).toBe('–');
    Object.assign(report.inputs[1]!, { format: 'json', encoding: 'UTF-8', delimiter: null });
    renderReport(root, report);
    expect(root.querySelectorAll('[data-testid="read-as"]')[1]!.textContent).toBe('UTF-8, JSON');
    const notes = deals!.querySelector('details.report-notes')!;
    expect(notes.hasAttribute('open')).toBe(false);
    expect(notes.querySelector('summary')!.textContent).toBe('1 warning, 2 notes');
    expect([...notes.querySelectorAll('li')].map((li) => [li.className, li.textContent])).toEqual([
      ['warning', '3 rows have more fields than the header'],
      ['', 'amount: decimal mark is a comma'],
      ['', 'close date: dates read as day/month/year'],
    ]);
    expect(accounts!.lastElementChild!.textContent).toBe('none');
  });

  it('offers the rejected rows of the files that have them', () => {
    const asked: string[] = [];
    renderReport(root, sampleReport(), { rejectedFiles: new Set(['deals.csv']), onDownloadRejected: (file) => asked.push(file) });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="download-rejected"]')];
    expect(buttons.map((b) => [b.textContent, b.closest('tr')!.querySelector('th')!.textContent])).toEqual([
      ['Download rejected rows', 'deals.csv'],
    ]);
    buttons[0]!.click();
    expect(asked).toEqual(['deals.csv']);
    renderReport(root, sampleReport());
    expect(root.querySelector('[data-testid="download-rejected"]')).toBeNull();
  });

  it('renders values from files as text only, never as HTML', () => {
    const report = sampleReport();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    report.inputs[0]!.file = hostile;
    report.inputs[0]!.mapping = { stage: hostile };
    report.inputs[0]!.rejected_by_reason[0]!.reason = `<script>alert(1)</script>`;
    report.inputs[0]!.notes = [hostile];
    report.inputs[0]!.warnings = [`<b>${hostile}</b>`];
    report.inputs[0]!.encoding = hostile;
    renderReport(root, report, { rejectedFiles: new Set([hostile]), onDownloadRejected: () => {} });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('[data-testid="download-rejected"]')).not.toBeNull();
    expect(root.textContent).toContain(hostile);
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });

  it('replaces the previous report', () => {
    renderReport(root, sampleReport());
    renderReport(root, sampleReport());
    expect(root.querySelectorAll('[data-testid="deals"]')).toHaveLength(1);
  });
});

describe('rejectionText', () => {
  it('writes the count, and the first lines with an ellipsis when there are more', () => {
    expect(rejectionText({ reason: 'bad date', count: 2, first_lines: [3, 1200] })).toBe('bad date: 2 rows (lines 3, 1,200)');
    expect(rejectionText({ reason: 'bad date', count: 9, first_lines: [3] })).toBe('bad date: 9 rows (lines 3, …)');
    expect(rejectionText({ reason: 'bad date', count: 1, first_lines: [] })).toBe('bad date: 1 row');
  });
});

describe('reportSource', () => {
  it('sums the rows read over the files', () => {
    expect(reportSource(sampleReport(), 'Sample dataset')).toBe('Sample dataset · 2 files · 1,550 rows read · report schema 0.1.0');
  });
});

describe('renderReport views', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement('div');
    document.body.append(root);
  });

  it('has a tab per view, opening on Overview', async () => {
    const { fullReport } = await import('../fakes/full_report');
    renderReport(root, fullReport());
    const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent)).toEqual(['Overview', 'Sales', 'Revenue & retention', 'Efficiency', 'Customer success', 'Segments', 'Drift', 'ICP', 'Data quality']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false', 'false', 'false', 'false', 'false']);
    const visible = [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden);
    expect(visible).toHaveLength(1);
    expect(visible[0]!.querySelector('[data-testid="overview-view"]')).not.toBeNull();
    // Data quality is there at once; the views with charts are built when their tab is opened.
    expect(root.querySelector('#panel-data-quality [data-testid="inputs-table"]')).not.toBeNull();
    expect(root.querySelector('#panel-revenue')!.childElementCount).toBe(0);
    for (const tab of tabs) tab.click();
    for (const id of ['win-rate-trend', 'segment-matrix', 'mrr-movements-chart', 'revenue-retention-heatmap', 'cac-by-period-chart',
      'magic-number-chart', 'tickets-by-segment-chart', 'ttv-curve', 'health-by-segment-chart']) {
      expect(root.querySelector(`[data-testid="${id}"] svg`), id).not.toBeNull();
    }
    expect(root.querySelector<HTMLElement>('#panel-data-quality')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('#panel-sales')!.hidden).toBe(true);
  });

  it('says why each missing section is missing, and never writes NaN, null or undefined', async () => {
    const { nullSectionsReport } = await import('../fakes/full_report');
    for (const report of [nullSectionsReport(), sampleReport()]) {
      renderReport(root, report);
      for (const tab of root.querySelectorAll<HTMLButtonElement>('[role="tab"]')) tab.click();
      for (const id of ['revenue-reason', 'efficiency-reason', 'customer_success-reason']) {
        expect(root.querySelector(`[data-testid="${id}"]`)?.textContent, id).toMatch(/\w/);
      }
      expect(root.textContent).not.toMatch(/NaN|undefined|\bnull\b/);
    }
  });

  it('renders values from the new sections as text only', async () => {
    const { fullReport } = await import('../fakes/full_report');
    const report = fullReport();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    report.revenue!.by_dimension!.industry![0]!.segment = hostile;
    report.efficiency!.by_channel![0]!.channel = hostile;
    report.customer_success!.health!.by_dimension!.industry![0]!.segment = hostile;
    report.sales!.by_period![0]!.period = hostile;
    renderReport(root, report);
    for (const tab of root.querySelectorAll<HTMLButtonElement>('[role="tab"]')) tab.click();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });
});

describe('renderReport, a view that cannot be built', () => {
  it('says so in that view, and the others still show', async () => {
    const { fullReport } = await import('../fakes/full_report');
    const report = fullReport();
    // A getter that throws stands for any shape the views did not foresee.
    Object.defineProperty(report.revenue!, 'movements', { get: () => { throw new Error('bad shape'); } });
    const root = document.createElement('div');
    renderReport(root, report);
    root.querySelector<HTMLButtonElement>('[data-tab="revenue"]')!.click();
    expect(root.querySelector('#panel-revenue [data-testid="view-error"]')!.textContent)
      .toBe('The Revenue & retention view could not be shown for this report (bad shape).');
    root.querySelector<HTMLButtonElement>('[data-tab="efficiency"]')!.click();
    expect(root.querySelector('#panel-efficiency [data-testid="cac-by-period-chart"] svg')).not.toBeNull();
  });
});
