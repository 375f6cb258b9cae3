// The single-file build (npm run build:single): one HTML file with every script, the stylesheet, the
// worker and the wasm inside, that works opened straight from disk (README, "Offline and single file").
// The page's config with two modules swapped: the worker starts from a blob: URL
// (start_engine_worker.single.ts) and the engine gets its wasm as embedded bytes (engine_wasm.single.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { embeddedWasmGluePlugin, singleFilePlugin } from './vite_plugins/single_file_plugin.mjs';
import pageConfig from './vite.config.ts';

const webappDir = path.dirname(fileURLToPath(import.meta.url));
const workerDir = path.join(webappDir, 'src', 'worker');
export const SINGLE_FILE_NAME = 'icp-drift.html';

// The served page's plugins, less its service worker (a file opened from disk has none).
const base = pageConfig as UserConfig;
const plugins = (base.plugins ?? []).filter((p) => (p as Plugin | null)?.name !== 'icp-drift:service-worker');

export default mergeConfig({ ...base, plugins }, defineConfig({
  // import.meta.env.MODE: register_service_worker.ts does nothing in this build.
  mode: 'single-file',
  plugins: [embeddedWasmGluePlugin(), singleFilePlugin({ fileName: SINGLE_FILE_NAME })],
  resolve: {
    alias: [
      { find: /^\.\/start_engine_worker$/, replacement: path.join(workerDir, 'start_engine_worker.single.ts') },
      { find: /^\.\/engine_wasm$/, replacement: path.join(workerDir, 'engine_wasm.single.ts') },
    ],
  },
  build: {
    outDir: path.join(webappDir, '..', 'dist-single'),
    emptyOutDir: true,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  // The worker is bundled on its own, with its own plugins, as a classic script: Chromium refuses a
  // module worker from a blob: URL made by a page opened from disk.
  worker: { format: 'iife', plugins: () => [embeddedWasmGluePlugin()] },
}));
