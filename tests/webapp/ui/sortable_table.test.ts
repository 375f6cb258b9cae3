// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareSortValues, sortableTable, tableCsv, type Column } from '../../../webapp/src/ui/sortable_table';

interface Row { name: string; won: number | null }
const rows: Row[] = [
  { name: 'Beta', won: 10 },
  { name: 'alpha', won: null },
  { name: 'Gamma', won: 30 },
  { name: '=evil()', won: -2 },
];
const columns: Column<Row>[] = [
  { key: 'name', label: 'Segment', rowHeader: true, sortValue: (r) => r.name, cell: (r) => r.name },
  { key: 'won', label: 'Won', numeric: true, sortValue: (r) => r.won, cell: (r) => (r.won === null ? 'insufficient data (n=3)' : String(r.won)) },
];

const names = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')].map((tr) => tr.firstElementChild!.textContent);
const header = (root: HTMLElement, key: string) => root.querySelector<HTMLButtonElement>(`[data-sort-key="${key}"]`)!;

describe('sortableTable', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = sortableTable(rows, columns, { testId: 't', caption: 'Test rows' });
    document.body.append(root);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the rows in the given order, the first column as row headers', () => {
    expect(names(root)).toEqual(['Beta', 'alpha', 'Gamma', '=evil()']);
    expect(root.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
    expect(root.querySelector('caption')!.textContent).toBe('Test rows');
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'))).toEqual(['none', 'none']);
  });

  it('sorts on a click of the header: numbers high to low first, missing values last both ways', () => {
    header(root, 'won').click();
    expect(names(root)).toEqual(['Gamma', 'Beta', '=evil()', 'alpha']);
    expect(header(root, 'won').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    header(root, 'won').click();
    expect(names(root)).toEqual(['=evil()', 'Beta', 'Gamma', 'alpha']);
    expect(header(root, 'won').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts text A to Z first, ignoring case, and marks only the sorted column', () => {
    header(root, 'name').click();
    expect(names(root)).toEqual(['=evil()', 'alpha', 'Beta', 'Gamma']);
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'))).toEqual(['ascending', 'none']);
  });

  it('is reachable from the keyboard: the headers are buttons (Enter and Space click them)', () => {
    const button = header(root, 'name');
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it('downloads the rows as CSV in the order shown, formulas neutralised', async () => {
    header(root, 'won').click();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:t'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const files: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push(this.download);
    });
    const button = root.querySelector<HTMLButtonElement>('[data-testid="t-csv"]')!;
    expect(button.textContent).toBe('Download CSV');
    button.click();
    expect(files).toEqual(['icp-drift-t.csv']);
    expect(await blobs[0]!.text()).toBe('name,won\r\nGamma,30\r\nBeta,10\r\n"\'=evil()",-2\r\nalpha,\r\n');
  });

  it('starts sorted when asked', () => {
    const sorted = sortableTable(rows, columns, { testId: 's', caption: 'x', sortBy: { key: 'won', direction: 'ascending' } });
    expect(names(sorted)).toEqual(['=evil()', 'Beta', 'Gamma', 'alpha']);
  });
});

describe('tableCsv / compareSortValues', () => {
  it('takes a column\'s own CSV columns when it has them', () => {
    const withInterval: Column<{ ci: [number, number] }>[] = [{
      key: 'ci', label: 'CI', sortValue: (r) => r.ci[0], cell: () => '',
      csv: { headers: ['ci_low', 'ci_high'], values: (r) => r.ci },
    }];
    expect(tableCsv([{ ci: [0.1, 0.2] }], withInterval)).toEqual([['ci_low', 'ci_high'], [0.1, 0.2]]);
  });

  it('orders numbers, then text naturally, nulls last', () => {
    expect(compareSortValues(null, 1, 'descending')).toBeGreaterThan(0);
    expect(compareSortValues(1, null, 'ascending')).toBeLessThan(0);
    expect(compareSortValues('2024-Q2', '2024-Q10', 'ascending')).toBeLessThan(0);
  });
});
