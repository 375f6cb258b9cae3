// The setup every browser test file shares: the prerequisites checked (one clear message), the built
// page served under a sub-path, Chromium launched, a temporary folder; all closed and removed after.
// Call inside describe(); each test starts with suite.ready(), which rethrows a setup failure.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { launchBrowser } from './page_driver.mjs';
import { checkPrerequisites, distDir, repoRoot } from './prerequisites.mjs';
import { serveStatic } from './static_server.mjs';

/** Where browser tests save screenshots, PDFs and exported files for people to look at. */
export const artifactsDir = path.join(repoRoot, 'build', 'e2e-artifacts');

/**
 * @param {string} subPath URL sub-path with leading and trailing slash
 * @param {{ prepare?: (tmp: string) => void | Promise<void> }} [options] work in the temporary folder before the tests
 */
export function servedPage(subPath, options = {}) {
  const suite = { server: undefined, browser: undefined, tmp: undefined };
  let failure;
  before(async () => {
    try {
      checkPrerequisites();
      mkdirSync(artifactsDir, { recursive: true });
      suite.tmp = mkdtempSync(path.join(tmpdir(), 'icp-drift-e2e-'));
      await options.prepare?.(suite.tmp);
      suite.server = await serveStatic(distDir, subPath);
      suite.browser = await launchBrowser();
    } catch (error) {
      failure = error;
    }
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    if (suite.tmp) rmSync(suite.tmp, { recursive: true, force: true });
  });
  /** @returns {{ server: Awaited<ReturnType<typeof serveStatic>>, browser: import('playwright-core').Browser, tmp: string }} */
  suite.ready = () => {
    if (failure) throw failure;
    return suite;
  };
  return suite;
}
