// The built page works offline after its first load: served from a sub-path, its service worker
// precaches the build (dist/sw.js, the list written at build time), then with the network cut and the
// server gone a reload still opens the page and the sample still gives its report. No request leaves
// the page's origin, the service worker's included.
// Needs: npm run build (dist/), Chromium. Missing ones fail the test with a message.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, readFigures, waitForOutcome } from './support/page_driver.mjs';
import { checkPrerequisites, distDir } from './support/prerequisites.mjs';
import { serveStatic } from './support/static_server.mjs';

const SUB_PATH = '/offline/icp-drift/';

/** Requests that leave the page's origin: another host, or a scheme other than http(s), blob, data. */
function outsideRequests(urls, origin) {
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === 'data:') return false;
    if (['http:', 'https:', 'blob:'].includes(url.protocol)) return url.origin !== origin;
    return true;
  });
}

/** The precache list and version dist/sw.js was written with. */
function builtServiceWorker(dir = distDir) {
  const source = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const files = JSON.parse(/^const PRECACHE = (.*);$/m.exec(source)?.[1] ?? 'null');
  const version = JSON.parse(/^const VERSION = (.*);$/m.exec(source)?.[1] ?? 'null');
  return { files, version };
}

/** Every file of the build but sw.js itself, relative to dist/. */
function buildFiles() {
  const list = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else list.push(path.relative(distDir, full).split(path.sep).join('/'));
    }
  };
  walk(distDir);
  return list.filter((f) => f !== 'sw.js').sort();
}

/** Waits until a service worker controls the page (it claims the page once it has cached the build). */
async function waitForController(page) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 });
  } catch {
    assert.fail('no service worker took the page over within 30 s');
  }
}

let browser;
let setupError;

describe('icp-drift page offline (service worker, built dist/, headless Chromium)', () => {
  before(async () => {
    try {
      checkPrerequisites();
      browser = await launchBrowser();
    } catch (error) {
      setupError = error;
    }
  });

  after(async () => {
    await browser?.close();
  });

  it('dist/sw.js precaches every file of the build, under a version of their content', () => {
    if (setupError) throw setupError;
    const { files, version } = builtServiceWorker();
    assert.deepEqual(files, buildFiles(), 'the precache list is not the build\'s file list');
    for (const kind of [/^index\.html$/, /^assets\/index-.*\.js$/, /^assets\/engine_worker-.*\.js$/, /\.wasm$/, /\.css$/]) {
      assert.ok(files.some((f) => kind.test(f)), `nothing in the precache list matches ${kind}`);
    }
    assert.match(version, /^[0-9a-f]{16}$/);
  });

  it('after the first load, opens and runs the sample with the network cut and the server gone', async () => {
    if (setupError) throw setupError;
    const server = await serveStatic(distDir, SUB_PATH);
    let serverOpen = true;
    const { context, page, problems, requests } = await openPage(browser);
    try {
      await page.goto(`${server.url}?sample`);
      assert.equal(await waitForOutcome(page), 'report', await page.locator('[role=alert]').textContent());
      const onlineFigures = await readFigures(page);

      // The worker took this page over (clients.claim) once it had cached the whole build.
      await waitForController(page);
      const registration = await page.evaluate(async () => {
        const ready = await navigator.serviceWorker.ready;
        return { scope: ready.scope, script: ready.active?.scriptURL, state: ready.active?.state };
      });
      assert.equal(registration.scope, server.url, 'the service worker\'s scope is not the page\'s folder');
      assert.equal(registration.script, `${server.url}sw.js`);
      assert.equal(registration.state, 'activated');
      const { files, version } = builtServiceWorker();
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls = [];
        for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return { names, urls };
      });
      assert.deepEqual(cached.names, [`icp-drift ${server.url} ${version}`]);
      assert.deepEqual(cached.urls.sort(), files.map((f) => server.url + f).sort());

      // Offline: no network at all, and no server either.
      await context.setOffline(true);
      await server.close();
      serverOpen = false;
      const servedBefore = server.served.length;
      await page.reload();
      await page.getByRole('button', { name: 'Try the sample', exact: true }).waitFor();
      assert.equal(await waitForOutcome(page), 'report', await page.locator('[role=alert]').textContent());
      assert.deepEqual(await readFigures(page), onlineFigures, 'offline, the sample\'s figures differ');
      // A fresh navigation (a new tab of the same browser) opens offline too, on the page alone.
      const second = await context.newPage();
      await second.goto(server.url);
      await second.getByRole('button', { name: 'Try the sample', exact: true }).click();
      assert.equal(await waitForOutcome(second), 'report');
      assert.deepEqual(await readFigures(second), onlineFigures);
      assert.equal(server.served.length, servedBefore, 'the closed server was reached');

      assert.ok(requests.some((u) => u.endsWith('sw.js')), 'the request log missed the service worker');
      assert.deepEqual(outsideRequests(requests, server.origin), []);
      assert.ok(server.served.every((p) => p.startsWith(SUB_PATH)), `requests outside ${SUB_PATH}: ${server.served}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      if (serverOpen) await server.close();
    }
  });

  it('a new deploy replaces the old cache', async () => {
    if (setupError) throw setupError;
    // A copy of dist/ whose sw.js then gets another version stands for a new deploy at the same path.
    const deploy = mkdtempSync(path.join(os.tmpdir(), 'icp-drift-offline-'));
    cpSync(distDir, deploy, { recursive: true });
    const server = await serveStatic(deploy, SUB_PATH);
    const { context, page, problems } = await openPage(browser);
    try {
      const { version } = builtServiceWorker(deploy);
      await page.goto(server.url);
      await waitForController(page);
      const cacheNames = () => page.evaluate(() => caches.keys());
      assert.deepEqual(await cacheNames(), [`icp-drift ${server.url} ${version}`]);

      const next = 'f'.repeat(16);
      const swPath = path.join(deploy, 'sw.js');
      writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(JSON.stringify(version), JSON.stringify(next)));
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        // The new worker installs (filling its cache), takes over, and its activation drops the old cache.
        const worker = registration?.installing ?? registration?.waiting;
        if (!worker) return 'no new worker';
        const deadline = Date.now() + 30_000;
        while (worker.state !== 'activated' && worker.state !== 'redundant' && Date.now() < deadline) {
          await new Promise((resolve) => {
            worker.addEventListener('statechange', resolve, { once: true });
            setTimeout(resolve, 1000);
          });
        }
        return worker.state;
      });
      assert.equal(state, 'activated');
      assert.deepEqual(await cacheNames(), [`icp-drift ${server.url} ${next}`], 'the old deploy\'s cache is still there');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
      rmSync(deploy, { recursive: true, force: true });
    }
  });
});
