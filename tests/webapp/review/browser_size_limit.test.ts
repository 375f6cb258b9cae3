import { describe, expect, it } from 'vitest';
import {
  BROWSER_CSV_LIMIT_BYTES,
  BROWSER_JSON_LIMIT_BYTES,
  BROWSER_MEMORY_BUDGET_BYTES,
  estimatedEngineBytes,
  tooLargeForBrowser,
} from '../../../webapp/src/review/browser_size_limit';

describe('tooLargeForBrowser', () => {
  it('lets a CSV or a JSON export up to its limit through, and not a byte more', () => {
    expect(tooLargeForBrowser([{ name: 'deals.csv', size: BROWSER_CSV_LIMIT_BYTES }])).toBeNull();
    expect(tooLargeForBrowser([{ name: 'deals.csv', size: BROWSER_CSV_LIMIT_BYTES + 2 }])).not.toBeNull();
    expect(tooLargeForBrowser([{ name: 'deals.json', size: BROWSER_JSON_LIMIT_BYTES }])).toBeNull();
    expect(tooLargeForBrowser([{ name: 'deals.JSON', size: BROWSER_JSON_LIMIT_BYTES + 2 }])).not.toBeNull();
    expect(tooLargeForBrowser([])).toBeNull();
  });

  it('takes the 2.08 GB CSV export measured in the engine (1.42 GB of wasm memory) and not a 1.5 GB JSON one', () => {
    expect(BROWSER_CSV_LIMIT_BYTES).toBeGreaterThan(2_080_000_000);
    expect(tooLargeForBrowser([{ name: 'deals-11m.csv', size: 2_075_357_090 }])).toBeNull();
    expect(tooLargeForBrowser([{ name: 'deals.ndjson', size: 1_500_000_000 }])).toMatch(/too large/);
    // Both under 2 GiB of engine memory, with room for the rest.
    expect(BROWSER_MEMORY_BUDGET_BYTES).toBeLessThan(2 ** 31);
  });

  it('refuses one file over the limit by name and size, pointing to the command-line tool', () => {
    const message = tooLargeForBrowser([{ name: 'deals.csv', size: 3_200_000_000 }]);
    expect(message).toMatch(/^"deals\.csv" \(3\.2 GB\) is too large to analyse in this browser tab/);
    expect(message).toContain('about 2.2 GB of CSV exports, or 1.1 GB of JSON');
    expect(message).toContain('Nothing was read');
    expect(message).toContain('icp-drift command-line tool');
  });

  it('refuses a JSON file over the 1 GiB the engine reads of one, and says to export CSV instead', () => {
    expect(BROWSER_JSON_LIMIT_BYTES).toBe(2 ** 30);
    const message = tooLargeForBrowser([{ name: 'opportunities.json', size: 2 ** 30 + 1 }, { name: 'accounts.csv', size: 1_000 }]);
    expect(message).toMatch(/^"opportunities\.json" \(1\.1 GB\) is too large to analyse in this browser tab: a JSON export is held whole/);
    expect(message).toContain('Export it as CSV instead');
    expect(message).not.toContain('use the icp-drift command-line tool');
    expect(message).toContain('Nothing was read');
  });

  it('counts files together, JSON at its own weight: each fits, their total does not', () => {
    expect(estimatedEngineBytes([{ name: 'a.csv', size: 100 }, { name: 'b.json', size: 100 }])).toBeCloseTo(220);
    const message = tooLargeForBrowser([
      { name: 'a.csv', size: 1_200_000_000 },
      { name: 'b.json', size: 600_000_000 },
    ]);
    expect(message).toMatch(/^These 2 files \(.+ together, the largest "a\.csv" at .+\) are too large/);
    expect(tooLargeForBrowser([
      { name: 'a.csv', size: 1_200_000_000 },
      { name: 'b.csv', size: 600_000_000 },
    ])).toBeNull();
  });
});
