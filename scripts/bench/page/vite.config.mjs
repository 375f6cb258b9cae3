// Builds the benchmark's comparison page (never part of dist/): Papa Parse and DuckDB-Wasm bundled
// from node_modules, DuckDB's worker and wasm copied beside it, so the page needs nothing from outside.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pageDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(pageDir, '../../..');

export default defineConfig({
  root: pageDir,
  base: './',
  logLevel: 'warn',
  cacheDir: path.join(repoRoot, 'node_modules', '.vite-bench'),
  build: { target: 'es2022', assetsInlineLimit: 0, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  worker: { format: 'es' },
});
