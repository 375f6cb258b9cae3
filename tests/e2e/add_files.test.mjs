// Adding and taking out files at any time, in headless Chromium on the real engine: a file dropped on
// a report of the user's files joins the review (the deals stay), the report then joins them; a file
// taken out from its card leaves the others; the last one taken out goes back to the start.
// Needs: npm run build (dist/), the native CLI (for the sample files) and Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyzeReviewed, downloadReport, launchBrowser, openPage, waitForReview } from './support/page_driver.mjs';
import { chromiumPath, cliPath, distDir } from './support/prerequisites.mjs';
import { serveStatic } from './support/static_server.mjs';

let server;
let browser;
let setupError;
let tmp;

describe('adding and removing files (built page, real engine, headless Chromium)', () => {
  before(async () => {
    try {
      const missing = [];
      if (!existsSync(path.join(distDir, 'index.html'))) missing.push('dist/index.html is missing: build the page first (npm run build).');
      if (!existsSync(chromiumPath)) missing.push(`Chromium is missing at ${chromiumPath}: apt-get install chromium.`);
      if (!existsSync(cliPath)) missing.push(`${cliPath} is missing: run scripts/setup.sh.`);
      if (missing.length > 0) throw new Error(`end-to-end prerequisites missing:\n- ${missing.join('\n- ')}`);
      tmp = mkdtempSync(path.join(tmpdir(), 'icp-drift-add-e2e-'));
      const run = spawnSync(cliPath, ['sample', 'sample'], { cwd: tmp });
      assert.equal(run.status, 0, String(run.stderr));
      server = await serveStatic(distDir, '/add/');
      browser = await launchBrowser();
    } catch (error) {
      setupError = error;
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('a file dropped on the report joins the files analysed; one taken out leaves the others', async () => {
    if (setupError) throw setupError;
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
