// The single-file build's worker: its whole bundle (the wasm included) is a string in the page, started
// from a blob: URL — Chromium refuses a worker from a file:// URL. Chosen over start_engine_worker.ts
// by an alias in webapp/vite.single.config.ts; the single file's CSP allows worker-src blob:.
import EngineWorker from './engine_worker.ts?worker&inline';

export function startEngineWorker(name: string): Worker {
  return new EngineWorker({ name });
}
