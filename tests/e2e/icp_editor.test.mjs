// The ICP and the scorecard as a user changes them, in headless Chromium on the real engine: the
// sample opens with its company's declared ICP in the editor; the scored pipeline downloads equal
// `icp-drift score` with the ICP the editor downloads; an edited ICP is applied (the report follows), a
// bad one is refused with the engine's message naming the key and the report kept; the ICP removed
// falls back to the derived one; a scorecard answer counts in the verdict; the analysis settings are
// applied, refused by the engine with its message, and exported as the file with which the CLI gives
// the same report; and the user's own ICP is kept in the browser for their next visit. Needs: npm run build (dist/), the native CLI and Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyzeReviewed, downloadFrom, downloadReport, launchBrowser, openPage, showView, waitForOutcome, waitForReview } from './support/page_driver.mjs';
import { chromiumPath, cliPath, distDir, repoRoot } from './support/prerequisites.mjs';
import { serveStatic } from './support/static_server.mjs';

const SUB_PATH = '/icp/';
const artifactsDir = path.join(repoRoot, 'build', 'e2e-artifacts');
let server;
let browser;
let setupError;
let tmp;

/** The sample's files in the engine's order (deals, accounts, revenue, tickets, spend), by role. */
const SAMPLE_ROLES = { 'deals.csv': 'deals', 'accounts.csv': 'accounts', 'mrr.csv': 'revenue', 'tickets.csv': 'tickets', 'spend.csv': 'spend' };
const roleOf = (file) => SAMPLE_ROLES[path.basename(file)];
const order = (file, roles) => roles.indexOf(roleOf(file));

function runCli(args, cwd) {
  const run = spawnSync(cliPath, args, { cwd, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 256 << 20 });
  assert.equal(run.status, 0, `icp-drift ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

async function openSample() {
  const opened = await openPage(browser);
  await opened.page.goto(server.url);
  await opened.page.getByRole('button', { name: 'Try the sample', exact: true }).click();
  assert.equal(await waitForOutcome(opened.page, 120_000), 'report', await opened.page.locator('[role=alert]').textContent());
  return opened;
}

async function currentReport(page) {
  return JSON.parse((await downloadReport(page)).bytes.toString('utf8'));
}

/** Clicks Apply in the editor and waits for the analysis it starts to end. */
async function apply(page, testId = 'icp-apply') {
  await page.getByTestId(testId).click();
  await page.waitForFunction(() => document.body.dataset.state === 'running', null, { timeout: 10_000 }).catch(() => {});
  assert.equal(await waitForOutcome(page, 120_000), 'report');
}

describe('ICP editor and scorecard answers (built page, real engine, headless Chromium)', () => {
  before(async () => {
    try {
      const missing = [];
      if (!existsSync(path.join(distDir, 'index.html'))) missing.push('dist/index.html is missing: build the page first (npm run build).');
      if (!existsSync(chromiumPath)) missing.push(`Chromium is missing at ${chromiumPath}: apt-get install chromium.`);
      if (!existsSync(cliPath)) missing.push(`${cliPath} is missing: run scripts/setup.sh.`);
      if (missing.length > 0) throw new Error(`end-to-end prerequisites missing:\n- ${missing.join('\n- ')}`);
      mkdirSync(artifactsDir, { recursive: true });
      tmp = mkdtempSync(path.join(tmpdir(), 'icp-drift-icp-e2e-'));
      runCli(['sample', 'sample'], tmp);
      server = await serveStatic(distDir, SUB_PATH);
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

  it('the sample opens with its declared ICP, and the scored pipeline equals `icp-drift score` with that ICP', async () => {
    if (setupError) throw setupError;
    const { context, page, problems } = await openSample();
    try {
      await showView(page, 'ICP');
      assert.equal(await page.getByTestId('icp-name').inputValue(), 'Core ICP');
      assert.equal(await page.getByTestId('icp-rule-field').count(), 3);
      assert.match(await page.getByTestId('declared-rules').textContent(), /industry in Software, Financial Services/);
      assert.match(await page.getByTestId('scored-summary').textContent(), /^[\d,]+ open deals scored: [\d,]+ pass/);
      await page.getByTestId('icp-editor').screenshot({ path: path.join(artifactsDir, 'icp-editor.png') });

      const icp = await downloadFrom(page, page.getByTestId('icp-download'));
      assert.equal(icp.name, 'core-icp.icp.json');
      const icpFile = path.join(tmp, icp.name);
      writeFileSync(icpFile, icp.bytes);
      const files = readdirSync(path.join(tmp, 'sample')).map((f) => path.join('sample', f));
      for (const [testId, records] of [['download-scored-deals', 'open_deals'], ['download-scored-accounts', 'accounts']]) {
        const scored = await downloadFrom(page, page.getByTestId(testId));
        const cli = runCli(['score', ...files, '--icp', icpFile, '--records', records], tmp);
        assert.ok(scored.bytes.equals(cli), `${scored.name} differs from icp-drift score --records ${records}`);
        assert.match(scored.bytes.toString('utf8'), /^record_id,name,score,tier,pass,reasons\r\n\w{15,18},/);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('an edited ICP is applied, a bad one refused naming its key with the report kept, and removing it falls back to the derived ICP', async () => {
    if (setupError) throw setupError;
    const { context, page, problems } = await openSample();
    try {
      await showView(page, 'ICP');
      // Drop the country rule (the third) and apply.
      await page.getByRole('button', { name: 'Remove rule 3', exact: true }).click();
      await apply(page);
      assert.equal(await page.getByRole('tab', { name: 'ICP', exact: true }).getAttribute('aria-selected'), 'true', 'the view stays on ICP');
      let report = await currentReport(page);
      assert.deepEqual(report.icp.declared.rules.rules.map((r) => r.field), ['industry', 'employees']);
      assert.equal(report.drift.fit_basis, 'declared');
      assert.doesNotMatch(await page.getByTestId('declared-rules').textContent(), /country/);

      // A bound that is not a number: the engine names the key, the report stays the one before.
      await page.getByTestId('icp-rule-min').fill('many');
      await apply(page);
      const error = await page.getByTestId('icp-editor-error').textContent();
      assert.match(error, /rules\[1\]\.min: expected a number \(rule 2 in the form\)/);
      assert.equal(await page.getByTestId('icp-rule-min').inputValue(), 'many', 'the form keeps what the user wrote');
      report = await currentReport(page);
      assert.deepEqual(report.icp.declared.rules.rules.map((r) => r.field), ['industry', 'employees']);
      await page.getByTestId('icp-editor').screenshot({ path: path.join(artifactsDir, 'icp-editor-refused.png') });

      // No declared ICP: drift is measured against the derived one.
      await apply(page, 'icp-remove');
      report = await currentReport(page);
      assert.equal(report.icp.declared, null);
      assert.equal(report.drift.fit_basis, 'derived');
      assert.ok(await page.getByTestId('declared-reason').isVisible());
      // And back, from the derived ICP.
      await page.getByTestId('icp-from-derived').click();
      await apply(page);
      report = await currentReport(page);
      assert.deepEqual(report.icp.declared.rules.rules, report.icp.derived.rules.rules);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a scorecard answer counts toward the verdict', async () => {
    if (setupError) throw setupError;
    const { context, page, problems } = await openSample();
    try {
      const before = await currentReport(page);
      assert.equal(before.drift.scorecard.answered, 0);
      const question = before.drift.scorecard.items.find((i) => !i.from_data);
      await page.locator(`[data-testid="scorecard-answer"][data-item="${question.id}"]`).selectOption('yes');
      await apply(page, 'scorecard-apply');
      const after = await currentReport(page);
      assert.equal(after.drift.scorecard.answered, 1);
      assert.equal(after.drift.scorecard.answered_yes, 1);
      assert.equal(after.drift.scorecard.items.find((i) => i.id === question.id).status, 'yes');
      const points = (r) => r.drift.components.find((c) => c.name === 'scorecard_answers');
      assert.ok(points(after).points > points(before).points, JSON.stringify(points(after)));
      assert.match(await page.getByTestId('scorecard-summary').textContent(), /1 of \d+ answered, 1 yes/);
      assert.equal(await page.locator(`[data-testid="scorecard-answer"][data-item="${question.id}"]`).inputValue(), 'yes');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('settings are applied, a bad one refused naming its key, and the exported file gives the CLI the same report', async () => {
    if (setupError) throw setupError;
    const { context, page, problems } = await openSample();
    try {
      await page.getByTestId('settings-panel').locator('summary').click();
      await page.getByTestId('setting-period').selectOption('month');
      await page.getByTestId('setting-recent').fill('2');
      await apply(page, 'settings-apply');
      let report = await currentReport(page);
      assert.equal(report.settings.period, 'month');
      assert.match(await page.getByTestId('settings-summary').textContent(), /^month/);

      await page.getByTestId('settings-panel').locator('summary').click();
      await page.getByTestId('setting-margin').fill('1.5');
      await apply(page, 'settings-apply');
      assert.match(await page.getByTestId('settings-error').textContent(), /gross_margin: expected a fraction/);
      assert.equal((await currentReport(page)).settings.gross_margin, 0.8, 'the report before stays');
      await page.getByTestId('setting-margin').fill('');

      const settings = await downloadFrom(page, page.getByTestId('settings-export'));
      assert.equal(settings.name, 'icp-drift-settings.json');
      assert.deepEqual(JSON.parse(settings.bytes.toString('utf8')), { icp_drift_settings: 1, period: 'month', recent_quarters: 2 });
      await showView(page, 'ICP');
      const icp = await downloadFrom(page, page.getByTestId('icp-download'));
      writeFileSync(path.join(tmp, 'team-settings.json'), settings.bytes);
      writeFileSync(path.join(tmp, 'team.icp.json'), icp.bytes);
      report = await downloadReport(page);
      const files = readdirSync(path.join(tmp, 'sample')).map((f) => path.join('sample', f));
      const roles = JSON.parse(report.bytes.toString('utf8')).inputs.map((i) => i.role);
      const args = ['analyze', ...files.map((f) => f).sort((a, b) => order(a, roles) - order(b, roles)).flatMap((f) => [`--${roleOf(f)}`, f]),
        '--settings', 'team-settings.json', '--icp', 'team.icp.json'];
      const cli = runCli(args, tmp);
      assert.ok(cli.equals(report.bytes), `the page's report differs from icp-drift ${args.join(' ')}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the ICP set for the user\'s own files is kept in the browser for their next visit', async () => {
    if (setupError) throw setupError;
    const { context, page, problems } = await openPage(browser);
    try {
      const deals = path.join(tmp, 'sample', 'deals.csv');
      const accounts = path.join(tmp, 'sample', 'accounts.csv');
      await page.goto(server.url);
      await page.locator('#file-input').setInputFiles([deals, accounts]);
      await waitForReview(page);
      assert.equal(await analyzeReviewed(page), 'report');
      assert.equal((await currentReport(page)).icp.declared, null, 'files start without a declared ICP');
      await showView(page, 'ICP');
      await page.getByTestId('icp-name').fill('Team ICP');
      await page.getByTestId('icp-rule-field').first().fill('industry');
      await page.getByTestId('icp-rule-values').first().fill('Software');
      await apply(page);
      assert.equal((await currentReport(page)).icp.declared.rules.name, 'Team ICP');

      await page.reload();
      await page.locator('#file-input').setInputFiles([deals, accounts]);
      await waitForReview(page);
      assert.equal(await analyzeReviewed(page), 'report');
      const report = await currentReport(page);
      assert.equal(report.icp.declared.rules.name, 'Team ICP');
      assert.deepEqual(report.icp.declared.rules.rules, [{ field: 'industry', op: 'in', values: ['Software'] }]);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
