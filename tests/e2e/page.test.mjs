// The built page in headless Chromium, served from a sub-path: the sample, dropped exports through the
// mapping review compared with the CLI byte for byte (report, saved mapping, rejected rows), an error,
// cancel, and proof that no request leaves the page's origin.
// Needs: npm run build (dist/), the native CLI, Chromium. Missing ones fail the test with a message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expectedFigures } from './support/expected_figures.mjs';
import { jsonDifference } from './support/json_difference.mjs';
import { bigDealsCsv, dealsCsv, euDealsCsv, writeFixture } from './support/fixtures.mjs';
import {
  analyzeReviewed,
  downloadFrom,
  downloadReport,
  launchBrowser,
  openPage,
  readFigures,
  showView,
  waitForOutcome,
  waitForReview,
} from './support/page_driver.mjs';
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

async function screenshot(page, name, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage });
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
      // The worker warms the engine up on the sample while the page idles (protocol.ts: 'warm-up').
      await page.waitForFunction(() => document.body.dataset.engine !== undefined, null, { timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.body.dataset.engine), 'warm');
      // The worker's requests are in the log too (the wasm), so the later checks see everything.
      assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the request log missed the worker\'s wasm request');
      assert.deepEqual(outsideRequests(requests, server.origin), []);
      assert.match(await page.locator('#privacy-statement').innerText(), /nothing is uploaded, there is no telemetry and no third-party asset/);
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
      assert.deepEqual(report.inputs.map((i) => i.role), ['deals', 'accounts', 'revenue', 'tickets', 'spend']);

      const sampleDir = path.join(tmp, 'sample');
      runCli(['sample', sampleDir], tmp);
      // The sample is analysed against its company's declared ICP, which the report writes back.
      assert.equal(report.icp?.declared?.rules?.name, 'Core ICP');
      const icpFile = path.join(tmp, 'sample-icp.json');
      writeFileSync(icpFile, JSON.stringify(report.icp.declared.rules));
      const args = ['analyze', ...report.inputs.flatMap((i) => [`--${i.role}`, i.file]), '--icp', icpFile];
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
      await page.locator('#file-input').setInputFiles(file);
      await waitForReview(page);
      // The review shows what the engine detected; nothing changed, so the analysis uses no mapping.
      assert.equal(await page.getByLabel('This file holds').inputValue(), 'deals');
      assert.equal(await page.getByLabel('Stage', { exact: true }).inputValue(), 'Stage');
      assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
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
      assert.equal(cells[6], `${input.encoding}, ${input.delimiter}-separated`);

      // The rejected rows download as the CLI's --rejected-dir writes them.
      const rejectedDir = path.join(dir, 'rejected');
      runCli(['analyze', 'deals-export.csv', '--rejected-dir', rejectedDir], dir);
      await showView(page, 'Data quality');
      const rejected = await downloadFrom(page, row.getByRole('button', { name: 'Download rejected rows' }));
      assert.equal(rejected.name, 'deals-export.csv.rejected.csv');
      assert.ok(rejected.bytes.equals(readFileSync(path.join(rejectedDir, 'deals-export.csv.rejected.csv'))),
        'the page\'s rejected rows differ from the CLI\'s --rejected-dir file');
      assert.deepEqual(outsideRequests(requests.slice(start), server.origin), []);
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
      await page.locator('#file-input').setInputFiles(file);
      await waitForReview(page);
      assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
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
      await page.locator('#file-input').setInputFiles(file);
      await waitForReview(page);
      const alert = page.getByRole('alert');
      const text = await alert.textContent();
      assert.ok(text.startsWith(`${name}: `) && /empty/.test(text), `unexpected alert: ${text}`);
      assert.equal(await page.getByRole('heading', { name, exact: true }).count(), 1);
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.title(), title);
      assert.equal(await page.locator('#report').isHidden(), true);
      assert.equal(await page.getByRole('button', { name: 'Analyze', exact: true }).isDisabled(), true);
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
      await page.locator('#file-input').setInputFiles(big);
      // The review reads only the first megabyte: a 150 MB file is in review at once.
      await waitForReview(page, 15_000);
      assert.match(await page.locator('.file-facts').textContent(), /first [\d,]+ rows checked$/);
      await page.getByRole('button', { name: 'Analyze', exact: true }).click();
      await page.getByText(/MB of 150\.\d MB/).waitFor({ timeout: 30_000 });
      await screenshot(page, '05-progress.png');
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.waitForFunction(() => document.body.dataset.state === 'review');
      assert.match(await page.locator('#notice').textContent(), /Cancelled/);
      assert.equal(await page.locator('#progress').isHidden(), true);

      // A file dropped on the review joins it; the big one is taken out from its card.
      await page.locator('#file-input').setInputFiles(small);
      await waitForReview(page);
      assert.match(await page.locator('#notice').textContent(), /^deals-export\.csv was added to the review\./);
      await page.getByRole('button', { name: 'Remove big-deals.csv', exact: true }).click();
      await waitForReview(page);
      assert.equal(await analyzeReviewed(page), 'report');
      assert.deepEqual(await page.getByTestId('inputs-table').locator('tbody th').allTextContents(), ['deals-export.csv']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
  it('the mapping review: detection, preview, a custom won stage and the date order; the report, saved mapping and rejected rows match the CLI byte for byte', async () => {
    requireSetup();
    const dir = path.join(tmp, 'eu');
    mkdirSync(dir);
    const name = 'deals-eu.csv';
    const text = euDealsCsv();
    const file = writeFixture(dir, name, text);
    const inspected = JSON.parse(runCli(['inspect', name, '--json'], dir).toString('utf8'));
    assert.equal(inspected.date_order_source, 'assumed', 'the fixture should leave the date order to the user');
    const verbal = inspected.stage_table.find((s) => s.value === 'Verbal win');
    assert.equal(verbal?.outcome, 'open', 'the engine should not know the custom stage');

    const { context, page, problems, requests } = await openPage(browser, { width: 1366, height: 768 });
    try {
      await page.goto(server.url);
      await page.waitForResponse((r) => r.url().endsWith('.wasm'));
      const start = requests.length;
      await page.locator('#file-input').setInputFiles(file);

      // The first rows, parsed on the page with Papa Parse, as the file has them.
      const preview = page.getByTestId('preview-table');
      await preview.waitFor();
      const [header, ...rows] = text.split('\r\n').slice(0, 9).map((line) => line.split(';'));
      assert.deepEqual(await preview.locator('thead th').allTextContents(), header);
      assert.equal(await preview.locator('tbody tr').count(), 8);
      assert.deepEqual(await preview.locator('tbody tr').first().locator('td').allTextContents(), rows[0]);

      // What the engine detected: role with its reason, each field's column with samples, the question.
      await waitForReview(page);
      assert.equal(await page.getByLabel('This file holds').inputValue(), 'deals');
      await page.getByText(inspected.role_reason, { exact: true }).waitFor();
      assert.match(await page.locator('.file-facts').textContent(), /semicolon-separated · UTF-8 · 160 rows$/);
      for (const [field, column] of Object.entries(inspected.mapping)) {
        assert.equal(await page.locator(`#map-0-${field}`).inputValue(), column, `the review maps ${field} elsewhere`);
      }
      const stageRow = page.getByTestId('field-table').locator('tr[data-field="stage"]');
      const stageSamples = inspected.columns.find((c) => c.name === 'Deal Stage').samples.slice(0, 3);
      assert.deepEqual(await stageRow.locator('.sample').allTextContents(), stageSamples);
      assert.match(await stageRow.locator('.sure').textContent(), /^\d+%header "Deal Stage"/);
      const question = page.getByRole('group', { name: 'How are the dates written in this file?' });
      assert.equal(await question.isVisible(), true, 'the date-order question is not shown');
      assert.equal(await page.getByLabel(/^day\/month\/year/).isChecked(), true, 'the assumed order is not preselected');
      assert.match(await question.textContent(), /\d\d\/\d\d\/\d{4} is \d+ \w+ \d{4}/);
      await screenshot(page, '08-review.png', false);
      // The whole card, on a screen tall enough that the bar under the review does not cover it.
      await page.setViewportSize({ width: 1366, height: 2400 });
      await page.getByTestId('file-card').screenshot({ path: path.join(screenshotDir, '09-review-card.png') });
      await page.setViewportSize({ width: 1366, height: 768 });

      // The user's corrections: "Verbal win" is won; the dates are day/month/year.
      const verbalSelect = page.getByLabel('Verbal win', { exact: true });
      assert.equal(await verbalSelect.inputValue(), 'open');
      await verbalSelect.selectOption('won');
      await page.getByLabel(/^month\/day\/year/).check();
      await page.getByLabel(/^day\/month\/year/).check();
      assert.match(await page.locator('#review-summary').textContent(), /your corrections applied/);
      await page.getByTestId('stage-table').screenshot({ path: path.join(screenshotDir, '10-review-stages.png') });

      // "Save mapping" downloads the mapping file the analysis uses.
      const saved = await downloadFrom(page, page.getByRole('button', { name: 'Save mapping', exact: true }));
      assert.equal(saved.name, 'icp-drift-mapping.json');
      const mapping = JSON.parse(saved.bytes.toString('utf8'));
      assert.equal(mapping.icp_drift_mapping, 1);
      assert.deepEqual(
        { file: mapping.files[0].file, role: mapping.files[0].role, date_order: mapping.files[0].date_order },
        { file: name, role: 'deals', date_order: 'day_first' },
      );
      assert.equal(mapping.files[0].columns.stage, 'Deal Stage');
      assert.equal(mapping.stages['Verbal win'], 'won');
      writeFileSync(path.join(dir, 'saved.json'), saved.bytes);

      assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
      const figures = await readFigures(page);
      await screenshot(page, '11-review-report.png');
      const download = await downloadReport(page);
      const report = JSON.parse(download.bytes.toString('utf8'));
      assertFiguresMatch(figures, report, 'reviewed file');
      const auto = JSON.parse(runCli(['analyze', name], dir).toString('utf8'));
      assert.equal(report.sales.overall.won, auto.sales.overall.won + verbal.rows, '"Verbal win" deals did not become won');
      assert.equal(figures.won, report.sales.overall.won.toLocaleString('en-US'));
      assert.equal(report.inputs[0].date_order, 'day_first');
      assert.equal(report.inputs[0].date_order_source, 'mapping');

      const cli = runCli(['analyze', name, '--mapping', 'saved.json', '--rejected-dir', 'rejected'], dir);
      assert.ok(
        cli.equals(download.bytes),
        `the page's report differs from \`icp-drift analyze ${name} --mapping saved.json\` ` +
          `(page vs CLI at ${jsonDifference(download.bytes.toString('utf8'), cli.toString('utf8'))})`,
      );
      const row = page.getByTestId('inputs-table').locator('tbody tr').first();
      await showView(page, 'Data quality');
      const rejected = await downloadFrom(page, row.getByRole('button', { name: 'Download rejected rows' }));
      assert.equal(rejected.name, `${name}.rejected.csv`);
      assert.deepEqual(readdirSync(path.join(dir, 'rejected')), [`${name}.rejected.csv`]);
      assert.ok(rejected.bytes.equals(readFileSync(path.join(dir, 'rejected', `${name}.rejected.csv`))),
        'the page\'s rejected rows differ from the CLI\'s --rejected-dir file');

      // "Review mapping" goes back to the review as the user left it.
      await page.getByRole('button', { name: 'Review mapping', exact: true }).click();
      await waitForReview(page);
      assert.equal(await page.getByLabel('Verbal win', { exact: true }).inputValue(), 'won');
      assert.equal(await page.locator('#report').isHidden(), true);
      assert.deepEqual(outsideRequests(requests.slice(start), server.origin), [], 'requests left the page');

      // The mapping (never the data) is kept in this browser and applied on the next visit.
      const kept = await page.evaluate(() => Object.entries(localStorage));
      assert.equal(kept.length, 1);
      assert.ok(!kept[0][1].includes('D-1001'), 'a row of data was kept in localStorage');
      await page.reload();
      await page.locator('#file-input').setInputFiles(file);
      await waitForReview(page);
      assert.match(await page.locator('#mapping-source').textContent(), /kept in this browser from your last visit/);
      assert.equal(await page.getByLabel('Verbal win', { exact: true }).inputValue(), 'won');
      assert.equal(await page.getByLabel(/^day\/month\/year/).isChecked(), true);
      assert.equal(await analyzeReviewed(page), 'report');
      assert.ok((await downloadReport(page)).bytes.equals(cli), 'the kept mapping gives another report');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('Load mapping: a bad file is refused with the engine\'s message, a good one is applied to the review', async () => {
    requireSetup();
    const dir = path.join(tmp, 'load');
    mkdirSync(dir);
    const file = writeFixture(dir, 'deals-eu.csv', euDealsCsv());
    const bad = writeFixture(dir, 'bad-mapping.json', '{"icp_drift_mapping": 1, "files": [{"file": "deals-eu.csv", "colour": "red"}]}');
    const good = writeFixture(dir, 'team-mapping.json', JSON.stringify({
      icp_drift_mapping: 1,
      files: [{ file: 'deals-eu.csv', role: 'deals', columns: { lead_source: null }, date_order: 'month_first' }],
      stages: { Negotiation: 'lost', 'Verbal win': 'won' },
    }));
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.locator('#file-input').setInputFiles(file);
      await waitForReview(page);
      assert.equal(await page.locator('#map-0-lead_source').inputValue(), 'Source');

      await page.locator('#mapping-input').setInputFiles(bad);
      const alert = page.locator('#alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /^bad-mapping\.json: files\[0\]\.colour: unknown key/);
      assert.equal(await page.getByLabel('Negotiation', { exact: true }).inputValue(), 'open', 'a refused mapping changed the review');

      await page.locator('#mapping-input').setInputFiles(good);
      await page.getByText('Using the mapping from "team-mapping.json"', { exact: false }).waitFor();
      await waitForReview(page);
      assert.equal(await alert.isHidden(), true);
      assert.equal(await page.getByLabel('Negotiation', { exact: true }).inputValue(), 'lost');
      assert.equal(await page.getByLabel('Verbal win', { exact: true }).inputValue(), 'won');
      assert.equal(await page.locator('#map-0-lead_source').inputValue(), '');
      assert.equal(await page.getByLabel(/^month\/day\/year/).isChecked(), true);
      const saved = JSON.parse((await downloadFrom(page, page.getByRole('button', { name: 'Save mapping', exact: true }))).bytes.toString('utf8'));
      assert.equal(saved.files[0].columns.lead_source, null);
      assert.equal(saved.stages.Negotiation, 'lost');

      // "Forget it" reads the file afresh, without the mapping.
      await page.getByRole('button', { name: 'Forget it', exact: true }).click();
      await page.waitForFunction(() => document.getElementById('mapping-source')?.hidden === true);
      await waitForReview(page);
      await page.waitForFunction(() => (document.getElementById('map-0-lead_source'))?.value === 'Source');
      assert.equal(await page.getByLabel('Negotiation', { exact: true }).inputValue(), 'open');
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a file the engine cannot classify asks for its role, is read again with it, and its columns can be mapped', async () => {
    requireSetup();
    const dir = path.join(tmp, 'role');
    mkdirSync(dir);
    const name = 'support-log.csv';
    const file = writeFixture(dir, name, 'Ref,Client,Opened on,Level\nT-1,Acme,2024-01-03,High\nT-2,Beta,2024-02-11,Low\nT-3,Acme,2024-03-05,Medium\n');
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.locator('#file-input').setInputFiles(file);
      await waitForReview(page);
      const card = page.getByTestId('file-card');
      assert.match(await card.getByRole('alert').textContent(), /could not tell what this file holds/);
      assert.equal(await page.getByRole('button', { name: 'Analyze', exact: true }).isDisabled(), true);
      await screenshot(page, '12-review-choose-role.png', false);

      await page.getByLabel('This file holds').selectOption('tickets');
      await page.locator('#map-0-ticket_id').waitFor();
      assert.equal(await card.getByRole('alert').count(), 0);
      await page.locator('#map-0-ticket_id').selectOption('Ref');
      await page.locator('#map-0-account_name').selectOption('Client');
      await page.locator('#map-0-created_date').selectOption('Opened on');
      await page.locator('#map-0-priority').selectOption('Level');
      assert.deepEqual(await page.locator('tr[data-field="priority"] .sample').allTextContents(), ['High', 'Low', 'Medium']);
      const saved = await downloadFrom(page, page.getByRole('button', { name: 'Save mapping', exact: true }));
      writeFileSync(path.join(dir, 'saved.json'), saved.bytes);

      assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
      const download = await downloadReport(page);
      const cli = runCli(['analyze', name, '--mapping', 'saved.json'], dir);
      assert.ok(cli.equals(download.bytes),
        `the page's report differs from the CLI's (${jsonDifference(download.bytes.toString('utf8'), cli.toString('utf8'))})`);
      const input = JSON.parse(download.bytes.toString('utf8')).inputs[0];
      assert.equal(input.role, 'tickets');
      assert.deepEqual(input.mapping, { account_name: 'Client', created_date: 'Opened on', ticket_id: 'Ref', priority: 'Level' });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
