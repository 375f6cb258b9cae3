// Drives the page in headless Chromium: launch, read the figures, download the report, watch requests.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumPath } from './prerequisites.mjs';

export const FIGURE_IDS = ['deals', 'won', 'lost', 'open', 'win-rate', 'win-rate-ci', 'win-rate-inclusive', 'median-cycle-won', 'acv-median'];

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh context and page, with every console error and page error collected. */
export async function openPage(browser, viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  /** Every request the context makes, the worker's included. */
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  return { context, page, problems, requests };
}

/**
 * Opens the file chooser with a key press on the focused file input and returns the chooser.
 * Race-free: the chooser is intercepted (page.on) and that request has reached the browser
 * (one evaluate round trip) before the key is pressed — `Promise.all([waitForEvent, press])`
 * can press first and lose the chooser. A key press that is itself lost is pressed again.
 */
export async function chooseWithKey(page, key, { attempts = 3, waitMs = 5_000 } = {}) {
  const choosers = [];
  const listener = (chooser) => choosers.push(chooser);
  page.on('filechooser', listener);
  try {
    await page.evaluate(() => 0);
    for (let attempt = 0; attempt < attempts && choosers.length === 0; attempt++) {
      await page.keyboard.press(key);
      const until = Date.now() + waitMs;
      while (choosers.length === 0 && Date.now() < until) await page.waitForTimeout(50);
    }
  } finally {
    page.off('filechooser', listener);
  }
  if (choosers.length === 0) throw new Error(`pressing ${key} ${attempts} times opened no file chooser`);
  return choosers[0];
}

/** Waits until the page has finished a job: a report or an error. */
export async function waitForOutcome(page, timeout = 60_000) {
  await page.waitForFunction(() => ['report', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout });
  return page.evaluate(() => document.body.dataset.state);
}

/** Waits until dropped files are in the review, every file read by the engine. */
export async function waitForReview(page, timeout = 60_000) {
  await page.waitForFunction(
    () => document.body.dataset.state === 'review' && document.getElementById('review')?.getAttribute('aria-busy') !== 'true',
    null,
    { timeout },
  );
}

/** Clicks Analyze in the review and waits for the outcome. */
export async function analyzeReviewed(page) {
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  return waitForOutcome(page);
}

/** Clicks a button that downloads a file and returns the file's name and bytes. */
export async function downloadFrom(page, locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file), url: download.url() };
}

export async function readFigures(page) {
  const figures = {};
  for (const id of FIGURE_IDS) figures[id] = (await page.getByTestId(id).textContent())?.trim();
  return figures;
}

/** Clicks "Download report (JSON)" and returns the file's name and bytes. */
export function downloadReport(page) {
  return downloadFrom(page, page.getByRole('button', { name: 'Download report (JSON)', exact: true }));
}

/** Shows a view of the report by clicking its tab ("Sales", "Data quality", …). */
export async function showView(page, name) {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await page.locator(`#${await tab.getAttribute('aria-controls')}`).waitFor({ state: 'visible' });
}
