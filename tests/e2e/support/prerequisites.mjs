// Where the end-to-end test finds what it needs, and a clear failure when something is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = path.join(repoRoot, 'dist');
export const cliPath = process.env.ICP_DRIFT_CLI ?? path.join(repoRoot, 'build', 'native-release', 'bin', 'icp-drift');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

/** Throws one message listing every missing prerequisite and how to get it. */
export function checkPrerequisites() {
  const missing = [];
  if (!existsSync(path.join(distDir, 'index.html'))) {
    missing.push('dist/index.html is missing: build the page first (npm run build, after the wasm build).');
  }
  if (!existsSync(cliPath)) {
    missing.push(`the CLI is missing at ${path.relative(repoRoot, cliPath)}: cmake --preset native-release && cmake --build --preset native-release`);
  }
  if (!existsSync(chromiumPath)) {
    missing.push(`Chromium is missing at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH).`);
  }
  if (missing.length > 0) throw new Error(`end-to-end prerequisites missing:\n- ${missing.join('\n- ')}`);
}
