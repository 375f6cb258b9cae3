// A worker that dies, in headless Chromium on the real engine: an uncaught error thrown inside the
// engine's worker gets it restarted and the user told, and the next job works. (A death in the middle
// of a job — the job then fails with the same message — is covered by the engine client's units: the
// DevTools protocol runs code in a worker only between its tasks, after the job.)
// Needs: npm run build (dist/) and Chromium.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, readFigures, waitForOutcome } from './support/page_driver.mjs';
import { servedPage } from './support/served_page.mjs';

/** The engine's worker once it has started. */
async function engineWorker(page) {
  for (let i = 0; i < 100; i++) {
    const worker = page.workers().find((w) => w.url().includes('engine_worker'));
    if (worker) return worker;
    await page.waitForTimeout(100);
  }
  throw new Error(`no engine worker among ${page.workers().map((w) => w.url())}`);
}

/** Makes the worker die the way a bug in it would: an error nothing catches. */
const killWorker = (worker) => worker.evaluate(() => {
  setTimeout(() => {
    throw new Error('simulated engine fault');
  }, 0);
}).catch(() => {});

describe('a worker that dies is restarted and the user told (built page, real engine, headless Chromium)', () => {
  const suite = servedPage('/restart/');

  it('dies while idle: a notice says so, and the sample then runs', async () => {
    const { server, browser } = suite.ready();
    const { context, page } = await openPage(browser);
    try {
      await page.goto(server.url);
      const first = await engineWorker(page);
      await killWorker(first);
      await page.waitForFunction(() => (document.getElementById('notice')?.textContent ?? '').startsWith('The engine stopped unexpectedly and has been restarted.'), null, { timeout: 15_000 });
      assert.match(await page.locator('#notice').textContent(), /simulated engine fault/);
      await page.getByRole('button', { name: 'Try the sample', exact: true }).click();
      assert.equal(await waitForOutcome(page, 120_000), 'report', await page.locator('[role=alert]').textContent());
      assert.match((await readFigures(page)).deals, /^[\d,]+$/);
    } finally {
      await context.close();
    }
  });
});
