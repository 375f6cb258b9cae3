// Adding and taking out files at any time, in headless Chromium on the real engine: a file dropped on
// a report of the user's files joins the review (the deals stay), the report then joins them; a file
// taken out from its card leaves the others; the last one taken out goes back to the start.
// Needs: npm run build (dist/), the native CLI (for the sample files) and Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeReviewed, downloadReport, openPage, waitForReview } from './support/page_driver.mjs';
import { cliPath } from './support/prerequisites.mjs';
import { servedPage } from './support/served_page.mjs';

describe('adding and removing files (built page, real engine, headless Chromium)', () => {
  const suite = servedPage('/add/', {
    prepare: (tmp) => {
      const run = spawnSync(cliPath, ['sample', 'sample'], { cwd: tmp });
      assert.equal(run.status, 0, String(run.stderr));
    },
  });

  it('a file dropped on the report joins the files analysed; one taken out leaves the others', async () => {
    const { server, browser, tmp } = suite.ready();
    const { context, page, problems } = await openPage(browser);
    const deals = path.join(tmp, 'sample', 'deals.csv');
    const accounts = path.join(tmp, 'sample', 'accounts.csv');
    try {
      await page.goto(server.url);
      await page.locator('#file-input').setInputFiles(deals);
      await waitForReview(page);
      assert.equal(await analyzeReviewed(page), 'report');
      let report = JSON.parse((await downloadReport(page)).bytes.toString('utf8'));
      assert.deepEqual(report.inputs.map((i) => i.role), ['deals']);

      await page.locator('#file-input').setInputFiles(accounts);
      await waitForReview(page);
      assert.match(await page.locator('#notice').textContent(), /^accounts\.csv was added to the review\./);
      assert.deepEqual(await page.locator('[data-testid="file-card"] .file-name').allTextContents(), ['deals.csv', 'accounts.csv']);
      assert.equal(await analyzeReviewed(page), 'report');
      report = JSON.parse((await downloadReport(page)).bytes.toString('utf8'));
      assert.deepEqual(report.inputs.map((i) => i.role).sort(), ['accounts', 'deals']);
      assert.ok(report.joins.some((j) => j.from === 'deals' && j.to === 'accounts' && j.matched > 0), JSON.stringify(report.joins));

      // The same file again replaces the one there; the review keeps two files.
      await page.locator('#file-input').setInputFiles(deals);
      await waitForReview(page);
      assert.match(await page.locator('#notice').textContent(), /\(1 replacing the file of the same name\)/);
      assert.equal(await page.getByTestId('file-card').count(), 2);

      await page.getByRole('button', { name: 'Remove accounts.csv', exact: true }).click();
      await waitForReview(page);
      assert.deepEqual(await page.locator('[data-testid="file-card"] .file-name').allTextContents(), ['deals.csv']);
      await page.getByRole('button', { name: 'Remove deals.csv', exact: true }).click();
      await page.waitForFunction(() => document.body.dataset.state === 'idle');
      assert.ok(await page.locator('#review').isHidden());

      // After the sample, dropped files start a review of their own.
      await page.getByRole('button', { name: 'Try the sample', exact: true }).click();
      await page.waitForFunction(() => document.body.dataset.state === 'report', null, { timeout: 120_000 });
      await page.locator('#file-input').setInputFiles(accounts);
      await waitForReview(page);
      assert.equal(await page.getByTestId('file-card').count(), 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
