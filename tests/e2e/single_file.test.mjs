// The single-file build (npm run build:single → dist-single/icp-drift.html) opened straight from disk
// in headless Chromium: the sample and a chosen file give the served page's report byte for byte,
// nothing is fetched but the file itself, and the file refers to nothing outside it under a strict
// policy (the inline script allowed by its hash, the worker by blob:).
// Needs: npm run build (dist/) and npm run build:single (dist-single/), Chromium. scripts/test.sh
// builds both. Missing ones fail the test with a message.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { dealsCsv, writeFixture } from './support/fixtures.mjs';
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
import { checkPrerequisites, distDir, repoRoot } from './support/prerequisites.mjs';
import { serveStatic } from './support/static_server.mjs';

const singleDir = path.join(repoRoot, 'dist-single');
const singleFile = path.join(singleDir, 'icp-drift.html');
const singleUrl = pathToFileURL(singleFile).href;

let browser;
let server;
let tmp;
let fixture;
let setupError;

function requireSetup() {
  if (setupError) throw setupError;
}

/** Requests other than the single file itself and what it makes in memory (blob:, data:). */
function requestsBeyondTheFile(urls) {
  return urls.filter((raw) => raw !== singleUrl && !/^(blob|data):/.test(raw));
}

/** Runs `job` on a fresh page at `url` and returns the report's figures and downloaded JSON. */
async function reportAt(url, job) {
  const { context, page, problems, requests } = await openPage(browser);
  try {
    await page.goto(url);
    await job(page);
    const state = await waitForOutcome(page);
    assert.equal(state, 'report', `${url}: ${await page.locator('[role=alert]').textContent()}`);
    const figures = await readFigures(page);
    const download = await downloadReport(page);
    assert.deepEqual(problems, [], `${url}: console errors`);
    return { figures, json: download.bytes.toString('utf8'), requests };
  } finally {
    await context.close();
  }
}

const runSample = (page) => page.getByRole('button', { name: 'Try the sample', exact: true }).click();
const chooseFixture = async (page) => {
  await page.locator('#file-input').setInputFiles(fixture);
  await waitForReview(page);
  assert.equal(await analyzeReviewed(page), 'report', await page.locator('[role=alert]').textContent());
};

describe('icp-drift single file (dist-single/icp-drift.html from disk, headless Chromium)', () => {
  before(async () => {
    try {
      checkPrerequisites();
      if (!existsSync(singleFile)) {
        throw new Error('dist-single/icp-drift.html is missing: build it first (npm run build:single).');
      }
      tmp = mkdtempSync(path.join(os.tmpdir(), 'icp-drift-single-'));
      fixture = writeFixture(tmp, 'deals-export.csv', dealsCsv());
      server = await serveStatic(distDir, '/served/');
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

  it('is one file that refers to nothing outside it, under a strict policy', () => {
    requireSetup();
    assert.deepEqual(readdirSync(singleDir), ['icp-drift.html']);
    const html = readFileSync(singleFile, 'utf8');
    assert.ok(html.length > 1_000_000, 'the file is too small to hold the engine');
    // (assert.ok, not doesNotMatch: a failure must not print two megabytes of HTML.)
    const absent = {
      'an outside src/href': /\s(src|href)\s*=\s*["']?(https?:)?\/\//i,
      'an outside url()': /url\(\s*["']?(https?:)?\/\//i,
      'a CSS @import': /@import\b/,
      'a script loaded from a file': /<script\b[^>]*\ssrc=/i,
      'a linked file': /<link\b[^>]*rel="(stylesheet|modulepreload|preload)"/i,
      'a file of the served build (assets/…)': /\bassets\//,
      'a worker started from a file': /new Worker\(\s*new URL\(/,
    };
    for (const [what, pattern] of Object.entries(absent)) {
      const found = pattern.exec(html);
      assert.ok(!found, `${what}: …${found ? html.slice(Math.max(0, found.index - 80), found.index + 80) : ''}…`);
    }
    assert.ok(html.includes('<style>'), 'the stylesheet is not inline');

    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    assert.ok(policy, 'no Content-Security-Policy <meta>');
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1, 'one inline script');
    const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64');
    assert.deepEqual(directives['script-src'], [`'sha256-${hash}'`, "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives['worker-src'], ['blob:']);
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['connect-src'], ["'none'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
    assert.doesNotMatch(policy, /'self'|https?:|\*/, 'the policy allows more than the file');
  });

  it('"Try the sample" opened from disk gives the served page\'s report byte for byte', async () => {
    requireSetup();
    const served = await reportAt(server.url, runSample);
    const single = await reportAt(singleUrl, runSample);
    assert.deepEqual(single.figures, served.figures);
    assert.ok(single.json === served.json, 'the single file\'s sample report differs from the served page\'s');
    assert.ok(single.requests.some((u) => u.startsWith('blob:')), 'the worker did not start from a blob: URL');
    assert.deepEqual(requestsBeyondTheFile(single.requests), [], 'the single file fetched something');
  });

  it('a file chosen in the single file gives the served page\'s report byte for byte', async () => {
    requireSetup();
    const served = await reportAt(server.url, chooseFixture);
    const single = await reportAt(singleUrl, chooseFixture);
    assert.deepEqual(single.figures, served.figures);
    assert.ok(single.json === served.json, 'the single file\'s report of the chosen file differs from the served page\'s');
    assert.equal(JSON.parse(single.json).inputs[0].file, 'deals-export.csv');
    assert.deepEqual(requestsBeyondTheFile(single.requests), [], 'the single file fetched something');
  });

  it('from the single file: the HTML report, print (the PDF) and the scored pipeline CSV', async () => {
    requireSetup();
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(`${singleUrl}?sample`);
      assert.equal(await waitForOutcome(page), 'report');
      const html = (await downloadFrom(page, page.getByRole('button', { name: 'Download report (HTML)', exact: true }))).bytes.toString('utf8');
      assert.match(html, /<h2 id="export-overview" class="export-view-title">Overview<\/h2>/);
      assert.match(html, /<h2 id="export-data-quality" class="export-view-title">Data quality<\/h2>/);
      assert.ok(html.includes('.figure-grid'), 'the export carries the stylesheet');
      assert.doesNotMatch(html, /<script|\s(src|href)\s*=\s*["']?(https?:)?\/\//i);
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => { window.__printed += 1; };
      });
      await page.getByRole('button', { name: 'Print or save as PDF', exact: true }).click();
      assert.equal(await page.evaluate(() => window.__printed), 1);
      const pdf = await page.pdf({ format: 'A4' });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      await showView(page, 'ICP');
      const scored = await downloadFrom(page, page.getByTestId('download-scored-deals'));
      assert.match(scored.bytes.toString('utf8'), /^record_id,name,score,tier,pass,reasons\r\n/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('registers no service worker and keeps working without one', async () => {
    requireSetup();
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(`${singleUrl}?sample`);
      assert.equal(await waitForOutcome(page), 'report');
      assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
      const registrations = await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations?.().catch(() => []))?.length ?? 0);
      assert.equal(registrations, 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
