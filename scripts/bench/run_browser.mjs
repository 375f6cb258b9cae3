// Browser measurements in headless Chromium: each one in a fresh browser (so a fresh renderer), the
// file given to a real <input type=file> with setInputFiles, timed inside the page from the input's
// `change` event to the figures. Four kinds:
//   stream — the platform's floor: the File's bytes read in a worker, nothing else (bench page)
//   page   — the product page (a build of webapp/): drop → mapping review → Analyze → report
//   papa   — Papa Parse in a worker, streaming, dynamicTyping, computing the figures (bench page)
//   duckdb — DuckDB-Wasm: registerFileHandle + read_csv + one aggregate query (bench page)
// Memory: the page's renderer process (workers run inside it) read from /proc: VmRSS when idle (tool
// ready, before the file is given) and VmHWM (peak resident set) after the run, the peak having been
// reset (clear_refs 5) just before the file was given. The renderer is found with CDP
// SystemInfo.getProcessInfo (the renderer whose CPU time grew during the run).
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { figuresOfReport } from './overall_figures.mjs';

export const BROWSER_KINDS = ['stream', 'page', 'papa', 'duckdb'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export async function chromiumVersion(executablePath) {
  const browser = await launch(executablePath);
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

function procStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rss_kb: kb('VmRSS'), hwm_kb: kb('VmHWM') };
  } catch {
    return null;
  }
}

function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

async function renderers(cdp) {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return processInfo.filter((p) => p.type === 'renderer');
}

/** Requests that leave the page's origin (data: and blob: URLs of the page are its own). */
function outside(urls, origin) {
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === 'data:') return false;
    if (['http:', 'https:', 'blob:'].includes(url.protocol)) return url.origin !== origin;
    return true;
  });
}

/**
 * Waits for the product page's engine: its wasm fetched and compiled, and its warm-up on the sample
 * over (data-engine set: what a user who opens the page and then picks a file meets), then a quiet
 * moment.
 */
async function productPageReady(page, url) {
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 60_000 });
  await page.goto(url);
  await (await wasm).finished();
  await page.locator('#file-input').waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.body.dataset.engine !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
}

/**
 * Times the product page from the input's change event to data-state=report. At the mapping review,
 * Analyze is clicked as soon as it is enabled (the review's engine pass may finish after the state
 * says 'review'); review_ms is when that happened.
 */
function instrumentProductPage() {
  const bench = (window.__bench = {});
  const analyze = document.getElementById('analyze-button');
  document.addEventListener(
    'change',
    (event) => {
      if (event.target?.id === 'file-input' && bench.t0 === undefined) bench.t0 = performance.now();
    },
    true,
  );
  const watch = () => {
    const state = document.body.dataset.state;
    if (bench.t0 === undefined) return;
    if (state === 'review' && bench.review_ms === undefined && analyze && !analyze.disabled) {
      bench.review_ms = performance.now() - bench.t0;
      analyze.click();
    }
    if ((state === 'report' || state === 'error') && bench.ms === undefined) {
      bench.ms = performance.now() - bench.t0;
      bench.state = state;
      if (state === 'error') bench.error = document.getElementById('alert')?.textContent ?? 'error';
    }
  };
  const observer = new MutationObserver(watch);
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
  if (analyze) observer.observe(analyze, { attributes: true, attributeFilter: ['disabled'] });
}

async function downloadReportJson(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report (JSON)', exact: true }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/**
 * One measurement. `urls` = {page, bench} (the product page's and the bench page's addresses).
 * Returns {ms, renderer_cpu_s, startup_ms, review_ms, figures, idle_rss_kb, peak_kb, renderer_count}.
 */
export async function measureInBrowser({ kind, file, fileBytes, urls, executablePath }) {
  const browser = await launch(executablePath);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    context.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    const origin = new URL(kind === 'page' ? urls.page : urls.bench).origin;

    let startupMs = null;
    if (kind === 'page') {
      await productPageReady(page, urls.page);
      await page.evaluate(instrumentProductPage);
    } else {
      await page.goto(`${urls.bench}?tool=${kind}`);
      await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state), null, { timeout: 120_000 });
      const bench = await page.evaluate(() => window.__bench);
      if (bench.error) throw new Error(`${kind} did not start: ${bench.error}`);
      startupMs = bench.startup_ms;
    }

    const before = await renderers(cdp);
    const idle = new Map(before.map((p) => [p.id, procStatus(p.id)]));
    const peakReset = before.every((p) => resetPeak(p.id));
    const timeout = 60_000 + (fileBytes / 1e6) * 1_000;
    await page.locator('#file-input').setInputFiles(file);
    if (kind === 'page') {
      await page.waitForFunction(() => window.__bench.ms !== undefined || window.__bench.error, null, { timeout, polling: 50 });
    } else {
      await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state), null, { timeout, polling: 50 });
    }
    const after = await renderers(cdp);
    const peaks = new Map(after.map((p) => [p.id, procStatus(p.id)]));
    const bench = await page.evaluate(() => window.__bench);
    if (bench.error) throw new Error(`${kind} failed on ${file}: ${bench.error}`);

    // The page's renderer: the one that worked (CPU time grew most) during the run.
    const cpuBefore = new Map(before.map((p) => [p.id, p.cpuTime]));
    const busiest = after.reduce((best, p) => {
      const grew = p.cpuTime - (cpuBefore.get(p.id) ?? 0);
      return !best || grew > best.grew ? { id: p.id, grew } : best;
    }, null);
    const idleOf = idle.get(busiest?.id);
    const peakOf = peaks.get(busiest?.id);

    let figures;
    let ms;
    let reviewMs = null;
    if (kind === 'page') {
      ms = bench.ms;
      reviewMs = bench.review_ms ?? null;
      figures = figuresOfReport(await downloadReportJson(page));
    } else {
      ms = bench.result.ms;
      figures = bench.result.figures;
    }
    const leaks = outside(requests, origin);
    if (leaks.length > 0) throw new Error(`${kind}: requests left the page's origin: ${leaks.join(', ')}`);
    if (problems.length > 0) throw new Error(`${kind}: page errors: ${problems.join('; ')}`);
    return {
      ms,
      renderer_cpu_s: busiest?.grew ?? null,
      startup_ms: startupMs,
      review_ms: reviewMs,
      figures,
      idle_rss_kb: idleOf?.rss_kb ?? null,
      peak_kb: peakReset ? (peakOf?.hwm_kb ?? null) : null,
      renderer_count: after.length,
    };
  } finally {
    await browser.close();
  }
}
