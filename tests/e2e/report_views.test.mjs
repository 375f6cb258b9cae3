// The report's views in headless Chromium, under the page's Content-Security-Policy (as <meta> and as
// a header): the built page on the real engine's sample, and the same page built against a stand-in
// engine that answers with the full fake report (every section of docs/REPORT.md), so every chart is
// drawn. Each view is visited by its tab, its charts checked, and a screenshot saved to
// build/e2e-artifacts/. Needs: npm run build (dist/) and Chromium; the full-report page is built here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { downloadFrom, downloadReport, launchBrowser, openPage, showView, waitForOutcome } from './support/page_driver.mjs';
import { chromiumPath, distDir, repoRoot } from './support/prerequisites.mjs';
import { serveStatic } from './support/static_server.mjs';

const SUB_PATH = '/reports/icp-drift/';
const artifactsDir = path.join(repoRoot, 'build', 'e2e-artifacts');
const fullDistDir = path.join(repoRoot, 'build', 'e2e-full-dist');
const fakeEngineDir = path.join(repoRoot, 'tests', 'e2e', 'support', 'full_report_engine');

/** The views: tab name, the id of its panel, and the charts it has when its section is filled. */
const VIEWS = [
  { name: 'Overview', id: 'overview', charts: ['fit-share-chart', 'overview-mix-chart', 'overview-win-rate-trend'] },
  { name: 'Drift', id: 'drift', charts: ['mix-shift-chart', 'indicator-win_rate', 'indicator-cycle_days'] },
  { name: 'ICP', id: 'icp', charts: ['icp-fit-share-deals'] },
  { name: 'Sales', id: 'sales', charts: ['win-rate-trend', 'created-won-chart', 'bookings-chart'] },
  { name: 'Segments', id: 'segments', charts: ['segment-matrix'] },
  { name: 'Revenue & retention', id: 'revenue', charts: ['mrr-movements-chart', 'nrr-by-segment-chart', 'revenue-retention-heatmap', 'logo-retention-heatmap'] },
  { name: 'Efficiency', id: 'efficiency', charts: ['cac-by-period-chart', 'payback-by-period-chart', 'cac-by-channel-chart', 'magic-number-chart'] },
  { name: 'Customer success', id: 'customer-success', charts: ['tickets-by-segment-chart', 'ttv-curve', 'health-by-segment-chart'] },
  { name: 'Data quality', id: 'data-quality', charts: [] },
];

let live;
let full;
let browser;
let setupError;

function requireSetup() {
  if (setupError) throw setupError;
}

/** Builds the page against the stand-in engine into build/e2e-full-dist/. */
function buildFullReportPage() {
  const run = spawnSync('npx', ['vite', 'build', '--config', 'webapp/vite.config.ts', '--outDir', fullDistDir, '--logLevel', 'warn'], {
    cwd: repoRoot,
    env: { ...process.env, ICP_ENGINE_DIR: fakeEngineDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`building the full-report page failed: ${run.stderr || run.stdout}`);
}

/** Collects every CSP violation of the page (the console reports them too, as errors). */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || '(inline)'}`);
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}

/** Opens the sample's report on a server. */
async function openSampleReport(server) {
  const opened = await openPage(browser, { width: 1366, height: 900 });
  const violations = await watchViolations(opened.page);
  await opened.page.goto(server.url);
  await opened.page.getByRole('button', { name: 'Try the sample', exact: true }).click();
  assert.equal(await waitForOutcome(opened.page), 'report', await opened.page.locator('[role=alert]').textContent());
  return { ...opened, violations };
}

/** The charts drawn in a view's panel (an <svg> per chart). */
async function chartsIn(page, viewId) {
  return page.locator(`#panel-${viewId} svg[data-chart]`).evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-chart')));
}

async function screenshot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky tabs then sit at the top of the report
  await page.screenshot({ path: path.join(artifactsDir, name), fullPage: true });
}

describe('report views (built page, headless Chromium)', () => {
  before(async () => {
    try {
      const missing = [];
      if (!existsSync(path.join(distDir, 'index.html'))) missing.push('dist/index.html is missing: build the page first (npm run build, after the wasm build).');
      if (!existsSync(chromiumPath)) missing.push(`Chromium is missing at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH).`);
      if (missing.length > 0) throw new Error(`end-to-end prerequisites missing:\n- ${missing.join('\n- ')}`);
      mkdirSync(artifactsDir, { recursive: true });
      buildFullReportPage();
      live = await serveStatic(distDir, SUB_PATH);
      full = await serveStatic(fullDistDir, SUB_PATH);
      browser = await launchBrowser();
    } catch (error) {
      setupError = error;
    }
  });

  after(async () => {
    await browser?.close();
    await live?.close();
    await full?.close();
  });

  it('the sample on the real engine: every view renders, a missing section says why, no CSP violation', async () => {
    requireSetup();
    const { context, page, problems, violations } = await openSampleReport(live);
    try {
      const report = JSON.parse((await downloadReport(page)).bytes.toString('utf8'));
      for (const view of VIEWS) {
        await showView(page, view.name);
        assert.equal(await page.getByRole('tab', { name: view.name, exact: true }).getAttribute('aria-selected'), 'true');
        assert.equal(await page.locator(`#panel-${view.id}`).isVisible(), true, `${view.name} is not shown`);
        await screenshot(page, `live-${view.id}.png`);
      }
      // The sample drifts (planted): the overview says so, with its fit-share chart and onset.
      await showView(page, 'Overview');
      if (report.drift) {
        assert.match(await page.getByTestId('drift-severity').textContent(), /moderate|high/i);
        if (report.drift.fit_basis) {
          assert.ok((await chartsIn(page, 'overview')).includes('fit-share-chart'), 'no fit-share chart on the overview');
          assert.match(await page.getByTestId('drift-onset').textContent(), /20\d\d-Q[1-4]/);
        } else {
          assert.match(await page.getByTestId('drift-onset').textContent(), /No onset/);
        }
      }
      await showView(page, 'Sales');
      assert.match(await page.getByTestId('deals').textContent(), /^[\d,]+$/);
      if (Array.isArray(report.sales?.by_period) && report.sales.by_period.length > 0) {
        assert.ok((await chartsIn(page, 'sales')).includes('win-rate-trend'), 'no win-rate trend although the report has periods');
      } else {
        assert.match(await page.getByTestId('sales-periods-missing').textContent(), /\w/);
      }
      await showView(page, 'Segments');
      if (report.sales?.by_dimension && Object.keys(report.sales.by_dimension).length > 0) {
        assert.deepEqual(await chartsIn(page, 'segments'), ['segment-matrix']);
        assert.ok(await page.getByTestId('segment-table').locator('tbody tr').count() > 0);
      } else {
        assert.match(await page.getByTestId('segments-missing').textContent(), /\w/);
      }
      // A section the engine did not write (or wrote as null) says why, in words.
      for (const [key, id] of [['revenue', 'revenue'], ['efficiency', 'efficiency'], ['customer_success', 'customer-success']]) {
        if (typeof report[key] === 'object' && report[key] !== null) continue;
        await showView(page, VIEWS.find((v) => v.id === id).name);
        const reason = await page.getByTestId(`${key}-reason`).textContent();
        assert.ok(reason && reason.length > 20 && !/null|undefined/.test(reason), `${key}: "${reason}"`);
      }
      await showView(page, 'Data quality');
      assert.equal(await page.getByTestId('inputs-table').locator('tbody tr').count(), report.inputs.length);
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the full report: every chart is drawn with Plot under the CSP, tables sort by keyboard and export safe CSV', async () => {
    requireSetup();
    const { context, page, problems, violations } = await openSampleReport(full);
    try {
      for (const view of VIEWS) {
        await showView(page, view.name);
        assert.deepEqual(await chartsIn(page, view.id), view.charts, `${view.name}: charts drawn`);
        for (const chart of view.charts) {
          const box = await page.locator(`svg[data-chart="${chart}"]`).boundingBox();
          assert.ok(box && box.width > 300 && box.height > 100, `${chart} is not laid out (${JSON.stringify(box)})`);
        }
        await screenshot(page, `full-${view.id}.png`);
      }

      // The tabs from the keyboard.
      await page.getByRole('tab', { name: 'Customer success', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByRole('tab', { name: 'Segments', exact: true }).getAttribute('aria-selected'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Segments');

      // A table header sorts from the keyboard; the CSV neutralises a formula from the data.
      await page.getByTestId('segment-dimension').selectOption('lead_source');
      const header = page.getByTestId('segment-table').locator('[data-sort-key="win_rate"]');
      await header.focus();
      await page.keyboard.press('Enter');
      assert.equal(await header.locator('xpath=..').getAttribute('aria-sort'), 'descending');
      const firstSegments = await page.getByTestId('segment-table').locator('tbody th').allTextContents();
      assert.deepEqual(firstSegments, ['Partner', 'Web', '=cmd|calc']);
      const csv = await downloadFrom(page, page.getByTestId('segment-table-csv'));
      assert.equal(csv.name, 'icp-drift-segments-lead_source.csv');
      const lines = csv.bytes.toString('utf8').split('\r\n');
      assert.match(lines[0], /^segment,deals,closed,won,/);
      assert.match(lines[3], /^"'=cmd\|calc",134,/);
      await screenshot(page, 'full-segments-lead-source.png');

      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
