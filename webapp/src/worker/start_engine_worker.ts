// Starts the engine's module worker from its own file next to the page's scripts. The single-file
// build swaps this module for start_engine_worker.single.ts.
export function startEngineWorker(name: string): Worker {
  return new Worker(new URL('./engine_worker.ts', import.meta.url), { type: 'module', name });
}
