// Accessibility in headless Chromium on the real engine: axe-core finds no serious or critical
// violation on the start page, the mapping review, every report view and the open settings panel;
// and a keyboard alone goes from choosing an export to the report, to the ICP view's scored pipeline
// CSV, and to print (the PDF) — Tab, Enter and the arrow keys only. Screenshots go to
// build/e2e-artifacts/. Needs: npm run build (dist/) and Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dealsCsv, writeFixture } from './support/fixtures.mjs';
import { chooseWithKey, openPage, showView, waitForOutcome, waitForReview } from './support/page_driver.mjs';
import { artifactsDir, servedPage } from './support/served_page.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VIEW_TITLES = ['Overview', 'Sales', 'Revenue & retention', 'Efficiency', 'Customer success', 'Segments', 'Drift', 'ICP', 'Data quality'];

/**
 * The serious and critical axe violations on the page as it is, as "rule: target (summary)" lines.
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern (the page
 * itself still runs under its policy).
 */
async function seriousViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n}`));
}

/** Presses Tab until the focused element matches, at most `max` times; returns how many presses. */
async function tabTo(page, matches, what, max = 250) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(matches);
    if (hit) return i;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}

describe('accessibility: axe-core and the keyboard alone (built page, real engine, headless Chromium)', () => {
  const suite = servedPage('/a11y/');

  it('axe finds no serious or critical violation on the start page, the review, each report view and the settings panel', async () => {
    const { server, browser, tmp } = suite.ready();
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      const found = {};
      found.start = await seriousViolations(page);

      await page.locator('#file-input').setInputFiles(writeFixture(tmp, 'deals.csv', dealsCsv(240, 3)));
      await waitForReview(page);
      found.review = await seriousViolations(page);

      await page.goto(server.url);
      await page.getByRole('button', { name: 'Try the sample', exact: true }).click();
      assert.equal(await waitForOutcome(page, 120_000), 'report');
      for (const view of VIEW_TITLES) {
        await showView(page, view);
        found[view] = await seriousViolations(page);
        await page.screenshot({ path: path.join(artifactsDir, `view-${view.toLowerCase().replace(/[^a-z]+/g, '-')}.png`), fullPage: true });
      }
      // A number explains itself on focus (and hover): its tooltip shows, and is its description.
      await showView(page, 'Sales');
      const figure = page.locator('#panel-sales .figure').filter({ has: page.getByTestId('win-rate') });
      await figure.focus();
      const tip = page.locator(`#${await figure.getAttribute('aria-describedby')}`);
      assert.ok(await tip.isVisible(), 'the focused figure shows its explanation');
      assert.match(await tip.textContent(), /Wilson 95% interval/);
      const box = await figure.boundingBox();
      await page.screenshot({ path: path.join(artifactsDir, 'figure-explanation.png'), clip: { x: box.x, y: box.y, width: box.width + 200, height: box.height + 140 } });
      await page.locator('#panel-sales [data-testid="sales-by-period-table"] th').nth(1).hover();
      found.tooltip = await seriousViolations(page);
      await page.getByTestId('settings-panel').locator('summary').click();
      found.settings = await seriousViolations(page);
      const all = Object.entries(found).flatMap(([where, list]) => list.map((line) => `${where}: ${line}`));
      assert.deepEqual(all, [], all.join('\n'));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the keyboard alone: choose an export, analyze, open the ICP view, download the scored pipeline, print', async () => {
    const { server, browser, tmp } = suite.ready();
    const { context, page, problems } = await openPage(browser);
    const file = writeFixture(tmp, 'keyboard-deals.csv', dealsCsv(320, 8));
    try {
      await page.goto(server.url);
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => { window.__printed += 1; };
      });
      await tabTo(page, () => document.activeElement?.id === 'file-input', 'the file picker');
      const chooser = await chooseWithKey(page, 'Space');
      await chooser.setFiles(file);
      await waitForReview(page);

      await tabTo(page, () => document.activeElement?.id === 'analyze-button', 'Analyze');
      await page.keyboard.press('Enter');
      assert.equal(await waitForOutcome(page, 120_000), 'report');

      await tabTo(page, () => document.activeElement?.getAttribute('role') === 'tab', 'the report tabs');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Overview');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Sales');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'ICP');
      assert.ok(await page.locator('#panel-icp').isVisible());
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.equal(outline, 'solid', 'the focused tab shows its focus');
      await page.screenshot({ path: path.join(artifactsDir, 'keyboard-icp-tab.png') });

      await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'download-scored-deals', 'the scored pipeline download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /\.csv$/);
      assert.match(readFileSync(await download.path(), 'utf8'), /^record_id,name,score,tier,pass,reasons\r\n/);

      // Shift+Tab back up to the report's actions, then print.
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Shift+Tab');
        if (await page.evaluate(() => document.activeElement?.id === 'print-button')) break;
      }
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'print-button');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => window.__printed), 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
