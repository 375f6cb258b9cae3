// One config for the page (Vite) and its unit tests (Vitest). The page is a static site: relative
// base so dist/ works from any sub-path, the engine's wasm and glue come from the wasm build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { serviceWorkerPlugin } from './vite_plugins/service_worker_plugin.mjs';
import { contentSecurityPolicyFromFile } from './content_security_policy.mjs';

const webappDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webappDir, '..');
// ICP_ENGINE_DIR points the page at another engine build (a debug build, a fake for UI work).
const engineDir = process.env.ICP_ENGINE_DIR
  ? path.resolve(process.env.ICP_ENGINE_DIR)
  : path.join(repoRoot, 'build', 'wasm-release', 'wasm');

// The worker needs the policy as a header (content_security_policy.mjs says why).
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicyFromFile(path.join(webappDir, 'index.html')),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Unit tests are deterministic: one time zone for every worker Vitest starts.
process.env.TZ = 'UTC';

export default defineConfig({
  root: webappDir,
  base: './',
  // dist/sw.js precaches the whole build, so the page works offline after its first load.
  plugins: [serviceWorkerPlugin()],
  // Vite's and Vitest's caches stay in the root node_modules/, not in a webapp/node_modules/.
  cacheDir: path.join(repoRoot, 'node_modules', '.vite'),
  resolve: {
    alias: { '@engine': engineDir },
  },
  build: {
    outDir: path.join(repoRoot, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The wasm binary is always a file next to the glue, never inlined as base64.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { fs: { allow: [repoRoot] }, headers: securityHeaders },
  preview: { headers: securityHeaders },
  test: {
    include: ['../tests/webapp/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
