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
export async function openPage(browser) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
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

/** Waits until the page has finished a job: a report or an error. */
export async function waitForOutcome(page, timeout = 60_000) {
  await page.waitForFunction(() => ['report', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout });
  return page.evaluate(() => document.body.dataset.state);
}

export async function readFigures(page) {
  const figures = {};
  for (const id of FIGURE_IDS) figures[id] = (await page.getByTestId(id).textContent())?.trim();
  return figures;
}

/** Clicks "Download report (JSON)" and returns the file's name and bytes. */
export async function downloadReport(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report (JSON)', exact: true }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file), url: download.url() };
}
