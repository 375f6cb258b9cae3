// A file too large for a browser tab, in headless Chromium: refused at the drop with a message that
// names it and points to the command-line tool, before a byte is read — the tab stays alive and the
// page usable. The file is sparse (truncate), so it takes no disk space.
// Needs: npm run build (dist/) and Chromium.
import assert from 'node:assert/strict';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openPage, waitForReview } from './support/page_driver.mjs';
import { servedPage } from './support/served_page.mjs';

const HUGE_BYTES = 3_200_000_000; // over the page's 2.2 GB limit for CSV (webapp/src/review/browser_size_limit.ts)

describe('a file too large for the browser (built page, headless Chromium)', () => {
  const suite = servedPage('/huge/', {
    prepare: (tmp) => {
      const fd = openSync(path.join(tmp, 'all-deals.csv'), 'w');
      ftruncateSync(fd, HUGE_BYTES);
      closeSync(fd);
      writeFileSync(path.join(tmp, 'deals.csv'), 'Opportunity ID,Stage,Amount,Created Date,Close Date\n1,Closed Won,100,2024-01-02,2024-02-03\n');
    },
  });

  it('is refused at the drop, by name and size, pointing to the CLI; the page goes on working', async () => {
    const { server, browser, tmp } = suite.ready();
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.locator('#file-input').setInputFiles(path.join(tmp, 'all-deals.csv'));
      const alert = page.locator('#alert');
      await alert.waitFor({ state: 'visible' });
      const text = await alert.textContent();
      assert.match(text, /^"all-deals\.csv" \(3\.2 GB\) is too large to analyse in this browser tab/);
      assert.match(text, /icp-drift command-line tool/);
      assert.equal(await page.evaluate(() => document.body.dataset.state), 'idle');
      assert.ok(await page.locator('#review').isHidden());

      // The tab is alive: a normal file goes on to its review.
      await page.locator('#file-input').setInputFiles(path.join(tmp, 'deals.csv'));
      await waitForReview(page);
      assert.equal(await page.getByTestId('file-card').count(), 1);

      // Added to a review, the big file is refused and the review keeps its file.
      await page.locator('#file-input').setInputFiles(path.join(tmp, 'all-deals.csv'));
      await alert.waitFor({ state: 'visible' });
      assert.match(await alert.textContent(), /all-deals\.csv/);
      assert.equal(await page.evaluate(() => document.body.dataset.state), 'review');
      assert.equal(await page.getByTestId('file-card').count(), 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
