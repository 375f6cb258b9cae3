// The built page in headless Chromium, served from a sub-path: the sample, a dropped export compared
// with the CLI byte for byte, an error, cancel, and proof that no request leaves the page's origin.
// Needs: npm run build (dist/), the native CLI, Chromium. Missing ones fail the test with a message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expectedFigures } from './support/expected_figures.mjs';
import { jsonDifference } from './support/json_difference.mjs';
import { bigDealsCsv, dealsCsv, writeFixture } from './support/fixtures.mjs';
import { downloadReport, launchBrowser, openPage, readFigures, waitForOutcome } from './support/page_driver.mjs';
import { checkPrerequisites, cliPath, distDir, screenshotDir } from './support/prerequisites.mjs';
import { serveStatic } from './support/static_server.mjs';

const SUB_PATH = '/team/icp-drift/';
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'";

let server;
let browser;
let tmp;
let setupError;

/** Fails the calling test with the setup's message (a missing dist/, CLI or Chromium). */
function requireSetup() {
  if (setupError) throw setupError;
}

/** Runs the CLI in `cwd` (so reports name files as the page does) and returns its stdout bytes. */
function runCli(args, cwd) {
  const run = spawnSync(cliPath, args, { cwd, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 256 << 20 });
  assert.equal(run.status, 0, `icp-drift ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** Requests that leave the page's origin: another host, or a scheme other than http(s), blob, data. */
function outsideRequests(urls, origin) {
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === 'data:') return false;
    if (['http:', 'https:', 'blob:'].includes(url.protocol)) return url.origin !== origin;
    return true;
  });
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

function assertFiguresMatch(figures, report, what) {
  assert.ok(report.sales?.overall, `${what}: the report has no sales.overall`);
  assert.deepEqual(figures, expectedFigures(report.sales.overall), `${what}: the page's figures differ from its report`);
}

describe('icp-drift page (built dist/, headless Chromium)', () => {
  before(async () => {
    try {
      checkPrerequisites();
      mkdirSync(screenshotDir, { recursive: true });
      tmp = mkdtempSync(path.join(os.tmpdir(), 'icp-drift-e2e-'));
      server = await serveStatic(distDir, SUB_PATH);
      browser = await launchBrowser();
    } catch (error) {
      setupError = error; // every test fails with it, so the count says what happened
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('loads from a sub-path with its CSP, engine and all, from its own origin only', async () => {
    requireSetup();
    const { context, page, problems, requests } = await openPage(browser);
    try {
      const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 30_000 });
      await page.goto(server.url);
      const wasmResponse = await wasm;
      assert.equal(wasmResponse.status(), 200);
      assert.equal(wasmResponse.headers()['content-type'], 'application/wasm');
      assert.ok(wasmResponse.url().startsWith(server.url), `the wasm came from ${wasmResponse.url()}, not under ${server.url}`);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.equal(csp, CSP);
      await page.getByRole('button', { name: 'Try the sample', exact: true }).waitFor();
      assert.equal(await page.getByLabel(/choose files/).getAttribute('type'), 'file');
      // The worker's requests are in the log too (the wasm), so the later checks see everything.
      assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the request log missed the worker\'s wasm request');
      assert.deepEqual(outsideRequests(requests, server.origin), []);
      assert.ok(server.served.every((p) => p.startsWith(SUB_PATH)), `requests outside ${SUB_PATH}: ${server.served}`);
      await screenshot(page, '01-start.png');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  let sampleFigures;
  it('"Try the sample" shows the figures of the CLI on `icp-drift sample` files, byte for byte', async () => {
    requireSetup();
    const { context, page, problems, requests } = await openPage(browser);
    try {
      await page.goto(server.url);
      const start = requests.length;
      await page.getByRole('button', { name: 'Try the sample', exact: true }).click();
      assert.equal(await waitForOutcome(page), 'report', await page.locator('[role=alert]').textContent());
      sampleFigures = await readFigures(page);
      await screenshot(page, '02-sample-report.png');
      const download = await downloadReport(page);
      assert.equal(download.name, 'icp-drift-report.json');
      assert.match(download.url, /^blob:/);
      const report = JSON.parse(download.bytes.toString('utf8'));
      assertFiguresMatch(sampleFigures, report, 'sample');
      assert.deepEqual(report.inputs.map((i) => i.role).sort(), ['accounts', 'deals']);

      const sampleDir = path.join(tmp, 'sample');
      runCli(['sample', sampleDir], tmp);
      const args = ['analyze', ...report.inputs.flatMap((i) => [`--${i.role}`, i.file])];
      const cli = runCli(args, sampleDir);
      assert.ok(
        cli.equals(download.bytes),
        `the page's sample report differs from \`icp-drift ${args.join(' ')}\` on \`icp-drift sample\` files ` +
          `(page vs CLI at ${jsonDifference(download.bytes.toString('utf8'), cli.toString('utf8'))})`,
      );
      assert.deepEqual(outsideRequests(requests.slice(start), server.origin), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('?sample runs the sample on load', async () => {
    requireSetup();
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(`${server.url}?sample`);
      assert.equal(await waitForOutcome(page), 'report');
      assert.ok(sampleFigures, 'the sample test did not run first');
      assert.deepEqual(await readFigures(page), sampleFigures);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('works from the keyboard: Tab reaches the file picker, then "Try the sample", and Enter runs it', async () => {
    requireSetup();
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'file-input');
      const outline = await page.locator('#drop-zone').evaluate((zone) => getComputedStyle(zone).outlineStyle);
      assert.equal(outline, 'solid', 'the focused drop zone shows no focus outline');
      await screenshot(page, '06-keyboard-focus.png');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Try the sample');
      await page.keyboard.press('Enter');
      assert.equal(await waitForOutcome(page), 'report');
      assert.ok(sampleFigures, 'the sample test did not run first');
      assert.deepEqual(await readFigures(page), sampleFigures);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a dropped export gives the CLI\'s report byte for byte, and no request leaves the page', async () => {
    requireSetup();
    const dir = path.join(tmp, 'upload');
    mkdirSync(dir);
    const file = writeFixture(dir, 'deals-export.csv', dealsCsv());
    const { context, page, problems, requests } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.waitForResponse((r) => r.url().endsWith('.wasm'));
      const start = requests.length;
      await page.locator('input[type=file]').setInputFiles(file);
      assert.equal(await waitForOutcome(page), 'report', await page.locator('[role=alert]').textContent());
      const figures = await readFigures(page);
      await screenshot(page, '03-dropped-report.png');
      const download = await downloadReport(page);
      const after = requests.slice(start);
      assert.deepEqual(outsideRequests(after, server.origin), [], 'requests left the page after the drop');

      const report = JSON.parse(download.bytes.toString('utf8'));
      assertFiguresMatch(figures, report, 'dropped file');
      const input = report.inputs[0];
      assert.equal(input.file, 'deals-export.csv');
      assert.equal(input.role, 'deals');
      assert.ok(input.rows_rejected > 0, 'the fixture has rows the engine should reject');

      // The page detects the role as `icp-drift analyze FILE` does: same bytes.
      const auto = runCli(['analyze', 'deals-export.csv'], dir);
      assert.ok(
        auto.equals(download.bytes),
        'the page\'s report differs from `icp-drift analyze deals-export.csv` ' +
          `(page vs CLI at ${jsonDifference(download.bytes.toString('utf8'), auto.toString('utf8'))})`,
      );
      // Naming the role changes how the role is explained (reason, confidence), never a figure.
      const named = JSON.parse(runCli(['analyze', '--deals', 'deals-export.csv'], dir).toString('utf8'));
      assert.deepEqual(named.sales, report.sales);
      const { role_reason: _a, role_confidence: _c, ...namedInput } = named.inputs[0];
      const { role_reason: _b, role_confidence: _d, ...pageInput } = input;
      assert.deepEqual(namedInput, pageInput);

      // The inputs table shows what was read, used and rejected, with the reasons and first lines.
      const row = page.getByTestId('inputs-table').locator('tbody tr').first();
      const cells = await row.locator('th, td').allTextContents();
      assert.deepEqual(cells.slice(0, 5), [
        'deals-export.csv',
        'deals',
        input.rows_read.toLocaleString('en-US'),
        input.rows_used.toLocaleString('en-US'),
        input.rows_rejected.toLocaleString('en-US'),
      ]);
      for (const reason of input.rejected_by_reason) {
        assert.ok(cells[5].includes(reason.reason), `the table does not show "${reason.reason}"`);
        assert.ok(cells[5].includes(String(reason.first_lines[0])), `no first line for "${reason.reason}"`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a tiny export shows why a figure is missing instead of a number', async () => {
    requireSetup();
    const file = writeFixture(tmp, 'tiny-deals.csv', dealsCsv(4, 3));
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.locator('input[type=file]').setInputFiles(file);
      assert.equal(await waitForOutcome(page), 'report', await page.locator('[role=alert]').textContent());
      const figures = await readFigures(page);
      await screenshot(page, '07-insufficient-data.png');
      const report = JSON.parse((await downloadReport(page)).bytes.toString('utf8'));
      assertFiguresMatch(figures, report, 'tiny file');
      assert.equal(report.sales.overall.win_rate, null, 'four deals should be too few for a win rate');
      assert.match(figures['win-rate'], /insufficient data \(n=\d+\)/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a file the engine refuses gives a clear message in an alert, its name shown as text only', async () => {
    requireSetup();
    // An empty file, named like markup: the engine refuses it, and the name must not become HTML.
    const name = '<img src=x onerror=document.title=1>.csv';
    const file = writeFixture(tmp, name, '');
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      const title = await page.title();
      await page.locator('input[type=file]').setInputFiles(file);
      assert.equal(await waitForOutcome(page), 'error');
      const alert = page.getByRole('alert');
      const text = await alert.textContent();
      assert.ok(text.startsWith(`${name}: `) && /empty/.test(text), `unexpected alert: ${text}`);
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.title(), title);
      assert.equal(await page.locator('#report').isHidden(), true);
      await screenshot(page, '04-error.png');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('Cancel stops a long read at once, and the next drop works', async () => {
    requireSetup();
    const big = writeFixture(tmp, 'big-deals.csv', bigDealsCsv(150_000_000));
    const small = writeFixture(tmp, 'deals-export.csv', dealsCsv());
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.waitForResponse((r) => r.url().endsWith('.wasm'));
      await page.locator('input[type=file]').setInputFiles(big);
      await page.getByText(/MB of 150\.\d MB/).waitFor({ timeout: 30_000 });
      await screenshot(page, '05-progress.png');
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.waitForFunction(() => document.body.dataset.state === 'idle');
      assert.match(await page.getByRole('status').textContent(), /Cancelled/);
      assert.equal(await page.locator('#progress').isHidden(), true);

      await page.locator('input[type=file]').setInputFiles(small);
      assert.equal(await waitForOutcome(page), 'report');
      assert.equal(await page.getByTestId('inputs-table').locator('tbody th').first().textContent(), 'deals-export.csv');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
