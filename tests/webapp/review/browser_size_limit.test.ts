import { describe, expect, it } from 'vitest';
import { BROWSER_INPUT_LIMIT_BYTES, tooLargeForBrowser } from '../../../webapp/src/review/browser_size_limit';

describe('tooLargeForBrowser', () => {
  it('lets files up to the limit through', () => {
    expect(tooLargeForBrowser([{ name: 'deals.csv', size: BROWSER_INPUT_LIMIT_BYTES }])).toBeNull();
    expect(tooLargeForBrowser([])).toBeNull();
  });

  it('refuses one file over the limit by name and size, pointing to the command-line tool', () => {
    const message = tooLargeForBrowser([{ name: 'deals.csv', size: 3_200_000_000 }]);
    expect(message).toMatch(/^"deals\.csv" \(3\.2 GB\) is too large to analyse in this browser tab/);
    expect(message).toContain('Nothing was read');
    expect(message).toContain('icp-drift command-line tool');
  });

  it('counts files together: each fits, their total does not', () => {
    const message = tooLargeForBrowser([
      { name: 'a.csv', size: 700_000_000 },
      { name: 'b.csv', size: 600_000_000 },
    ]);
    expect(message).toMatch(/^These 2 files \(.+ together, the largest "a\.csv" at .+\) are too large/);
  });
});
