// The report leaving the page, in headless Chromium on the real engine: the self-contained HTML report
// (no outside reference, opens from disk fetching nothing), the print layout and its PDF (every view,
// no controls), the share link (a second browser that opens it analyses the same export to the same
// report, byte for byte, and the link holds no data), and values from a file that look like markup
// (shown as text in the page and in the exported HTML, never run). Screenshots go to
// build/e2e-artifacts/. Needs: npm run build (dist/), the native CLI and Chromium.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { dealsCsv, writeFixture } from './support/fixtures.mjs';
import { jsonDifference } from './support/json_difference.mjs';
import { analyzeReviewed, downloadFrom, downloadReport, openPage, showView, waitForOutcome, waitForReview } from './support/page_driver.mjs';
import { artifactsDir, servedPage } from './support/served_page.mjs';

const VIEW_TITLES = ['Overview', 'Sales', 'Revenue & retention', 'Efficiency', 'Customer success', 'Segments', 'Drift', 'ICP', 'Data quality'];
const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';

async function openSample({ browser, server }) {
  const opened = await openPage(browser);
  await opened.page.goto(server.url);
  await opened.page.getByRole('button', { name: 'Try the sample', exact: true }).click();
  assert.equal(await waitForOutcome(opened.page, 120_000), 'report', await opened.page.locator('[role=alert]').textContent());
  return opened;
}

async function dropAndAnalyze(page, file) {
  await page.locator('#file-input').setInputFiles(file);
  await waitForReview(page);
  assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
}

/** Every reference in an HTML text that would reach outside it (a URL in src/href/srcset/action or CSS url()). */
function outsideReferences(html) {
  const found = [];
  for (const m of html.matchAll(/\s(src|href|srcset|action|xlink:href|poster|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
    const value = m[2].replace(/^["']|["']$/g, '');
    if (!/^(#|data:)/.test(value)) found.push(`${m[1]}=${value}`);
  }
  for (const m of html.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!/^(#|data:)/.test(m[2])) found.push(`url(${m[2]})`);
  for (const m of html.matchAll(/@import/gi)) found.push(m[0]);
  return found;
}

describe('exports: HTML report, print and PDF, share link (built page, real engine, headless Chromium)', () => {
  const suite = servedPage('/team/icp-drift/');

  it('the HTML report holds every view, references nothing outside, and opens from disk fetching nothing', async () => {
    const { browser, tmp } = suite.ready();
    const { context, page, problems } = await openSample(suite);
    try {
      const score = (await page.getByTestId('drift-score').textContent()).trim();
      const html = await downloadFrom(page, page.getByRole('button', { name: 'Download report (HTML)', exact: true }));
      assert.equal(html.name, 'icp-drift-report.html');
      const text = html.bytes.toString('utf8');
      assert.deepEqual(outsideReferences(text), []);
      assert.doesNotMatch(text, /<script/i);
      assert.match(text, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
      const file = path.join(tmp, html.name);
      writeFileSync(file, html.bytes);

      const opened = await openPage(browser);
      try {
        await opened.page.goto(pathToFileURL(file).href);
        const titles = await opened.page.locator('.export-view-title').allTextContents();
        assert.deepEqual(titles, VIEW_TITLES);
        assert.equal((await opened.page.getByTestId('drift-score').textContent()).trim(), score);
        assert.ok(await opened.page.locator('svg[data-chart]').count() > 8, 'the charts are in the file');
        assert.equal(await opened.page.locator('button, input, select').count(), 0);
        assert.deepEqual(opened.requests, [pathToFileURL(file).href], 'the file fetched nothing');
        await opened.page.screenshot({ path: path.join(artifactsDir, 'export-html-report.png'), fullPage: true });
        assert.deepEqual(opened.problems, []);
      } finally {
        await opened.context.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('Print builds every view and prints them one after another without controls; the PDF has a page per view at least', async () => {
    suite.ready();
    const { context, page, problems } = await openSample(suite);
    try {
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => { window.__printed += 1; };
      });
      await page.getByRole('button', { name: 'Print or save as PDF', exact: true }).click();
      assert.equal(await page.evaluate(() => window.__printed), 1);
      const built = await page.locator('[role=tabpanel]').evaluateAll((panels) => panels.map((p) => p.children.length > 0));
      assert.deepEqual(built, VIEW_TITLES.map(() => true), 'every view is built before printing');

      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator('[role=tabpanel]').evaluateAll((panels) => panels.map((p) => getComputedStyle(p).display !== 'none'));
      assert.deepEqual(shown, VIEW_TITLES.map(() => true), 'every view is on paper');
      const titles = await page.locator('[role=tabpanel]').evaluateAll((panels) => panels.map((p) => getComputedStyle(p, '::before').content));
      assert.deepEqual(titles, VIEW_TITLES.map((t) => JSON.stringify(t)));
      for (const selector of ['.tab-nav', '.intake', '.report-actions', '.settings-panel', '.table-toolbar button']) {
        const hidden = await page.locator(selector).evaluateAll((nodes) => nodes.every((n) => getComputedStyle(n).display === 'none'));
        assert.ok(hidden, `${selector} is not printed`);
      }
      await page.screenshot({ path: path.join(artifactsDir, 'print-layout.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= VIEW_TITLES.length, `the PDF has ${pages} pages`);
      writeFileSync(path.join(artifactsDir, 'report.pdf'), pdf);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a share link carries the settings, no data, and gives a teammate the same report from the same export', async () => {
    const { server, browser, tmp } = suite.ready();
    const file = writeFixture(tmp, 'team-deals.csv', dealsCsv(320, 9));
    const first = await openPage(browser);
    let link;
    let expected;
    try {
      await first.page.goto(server.url);
      await dropAndAnalyze(first.page, file);
      await first.page.getByTestId('settings-panel').locator('summary').click();
      await first.page.getByTestId('setting-period').selectOption('month');
      await first.page.getByTestId('setting-margin').fill('0.7');
      await first.page.getByTestId('settings-apply').click();
      await first.page.waitForFunction(() => document.body.dataset.state === 'running', null, { timeout: 10_000 }).catch(() => {});
      assert.equal(await waitForOutcome(first.page, 120_000), 'report');
      await first.page.getByTestId('settings-panel').locator('summary').click();
      link = await first.page.getByTestId('share-link').inputValue();
      await first.page.getByTestId('share-link-block').screenshot({ path: path.join(artifactsDir, 'share-link.png') });
      expected = (await downloadReport(first.page)).bytes;
      assert.equal(JSON.parse(expected.toString('utf8')).settings.period, 'month');
      assert.deepEqual(first.problems, []);
    } finally {
      await first.context.close();
    }

    assert.ok(link.startsWith(`${server.url}#settings=`), link);
    const payload = JSON.parse(Buffer.from(link.split('#settings=')[1], 'base64url').toString('utf8'));
    assert.deepEqual(Object.keys(payload).sort(), ['icp', 'icp_drift_share', 'mapping', 'settings']);
    assert.deepEqual(payload.settings, { icp_drift_settings: 1, period: 'month', gross_margin: 0.7 });
    const values = readFileSync(file, 'utf8').split(/\r\n/).slice(1, 40).flatMap((line) => line.split(',')).filter((v) => /^(Company \d+|Deal \d+|0068W\w+)$/.test(v));
    assert.ok(values.length > 50);
    for (const value of values) assert.ok(!JSON.stringify(payload).includes(value), `the link holds "${value}" from the data`);

    const second = await openPage(browser);
    try {
      const served = server.served.length;
      await second.page.goto(link);
      assert.match(await second.page.locator('#notice').textContent(), /^Settings from a share link are in use: the mapping [^,]+, no declared ICP, 2 settings\./);
      assert.equal(await second.page.evaluate(() => location.hash), '', 'the fragment leaves the address bar');
      assert.ok(server.served.slice(served).every((p) => !p.includes('settings=')), 'the fragment is never sent to the host');
      await dropAndAnalyze(second.page, file);
      const report = (await downloadReport(second.page)).bytes;
      // The same report; only where each file's role and columns came from differs: guessed there,
      // set by the shared mapping here.
      const PROVENANCE = ['role_confidence', 'role_reason', 'mapping_details', 'date_order_source', 'mapping_rule_applied'];
      const figures = (bytes) => {
        const r = JSON.parse(bytes.toString('utf8'));
        for (const input of r.inputs) {
          for (const key of PROVENANCE) delete input[key];
          for (const stage of input.stage_table ?? []) delete stage.source;
        }
        return JSON.stringify(r);
      };
      assert.equal(JSON.parse(report.toString('utf8')).inputs[0].role_confidence, 1);
      assert.equal(JSON.parse(report.toString('utf8')).inputs[0].role_reason, 'set in the mapping');
      assert.ok(figures(report) === figures(expected), jsonDifference(figures(expected), figures(report)));
      assert.match(await second.page.getByTestId('settings-summary').textContent(), /^month · gross margin 0\.7/);
      assert.deepEqual(second.problems, []);
    } finally {
      await second.context.close();
    }

    const broken = await openPage(browser);
    try {
      await broken.page.goto(`${link.slice(0, link.length - 12)}`);
      assert.match(await broken.page.locator('[role=alert]').textContent(), /^This share link could not be used: the link is cut short or damaged/);
    } finally {
      await broken.context.close();
    }
  });

  it('values from a file that look like markup are text in the page and in the HTML report, never run', async () => {
    const { server, browser, tmp } = suite.ready();
    const csv = dealsCsv(320, 5)
      .replace(/,Partner\r\n/g, `,${IMG}\r\n`)
      .replace(/,Event\r\n/g, `,${SCRIPT}\r\n`)
      .replace(/,Company 1(\d),/g, `,${SCRIPT} $1,`);
    const file = writeFixture(tmp, 'hostile-names.csv', csv);
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(server.url);
      await dropAndAnalyze(page, file);
      await showView(page, 'Segments');
      await showView(page, 'ICP');
      const bodyText = await page.locator('#report-body').textContent();
      assert.ok(bodyText.includes(IMG), 'the lead source is shown as text');
      assert.ok(bodyText.includes(SCRIPT), 'the account name is shown as text');
      assert.equal(await page.locator('#report-body img, #report-body script').count(), 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      const html = (await downloadFrom(page, page.getByRole('button', { name: 'Download report (HTML)', exact: true }))).bytes.toString('utf8');
      assert.doesNotMatch(html, /<script|<img/i);
      assert.ok(html.includes('&lt;img src=x onerror=window.__pwned=1&gt;'), 'the export shows the lead source as text');
      assert.ok(html.includes('&lt;script&gt;window.__pwned=2&lt;/script&gt;'), 'the export shows the other lead source as text');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
