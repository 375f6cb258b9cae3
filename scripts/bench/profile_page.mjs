// Where the product page's drop → report time goes: one extra run (not counted in the timings) under
// a Chromium trace with V8's sampling profiler on, summarised per thread (the page's main thread and
// the engine's worker): wasm (the engine), JS (glue, streams, UI), GC, (program), idle.
import { launch } from './run_browser.mjs';
import { profilesOfTrace, selfTimes, summarize } from './cpu_profile.mjs';

const CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'v8.execute', '__metadata'];

/** {ms, threads: [{thread, total_ms, kinds, top}]} of one drop → Analyze → report of `file`. */
export async function profilePage({ url, file, executablePath, timeoutMs = 300_000 }) {
  const browser = await launch(executablePath);
  try {
    const page = await browser.newPage();
    const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 60_000 });
    await page.goto(url);
    await (await wasm).finished();
    // As in run_browser.mjs: the engine's warm-up over, then a quiet moment.
    await page.waitForFunction(() => document.body.dataset.engine !== undefined, null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: CATEGORIES });
    const started = Date.now();
    await page.locator('#file-input').setInputFiles(file);
    await page.waitForFunction(
      () => document.body.dataset.state === 'report' ||
        (document.body.dataset.state === 'review' && !document.getElementById('analyze-button')?.disabled),
      null,
      { timeout: timeoutMs, polling: 20 },
    );
    if (await page.evaluate(() => document.body.dataset.state === 'review')) await page.click('#analyze-button');
    await page.waitForFunction(() => ['report', 'error'].includes(document.body.dataset.state), null, { timeout: timeoutMs, polling: 20 });
    const ms = Date.now() - started;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const threads = profilesOfTrace(trace)
      .filter(({ thread }) => thread === 'CrRendererMain' || thread === 'DedicatedWorker thread')
      .map(({ thread, profile }) => ({ thread, ...summarize(selfTimes(profile)) }));
    return { ms, threads };
  } finally {
    await browser.close();
  }
}
