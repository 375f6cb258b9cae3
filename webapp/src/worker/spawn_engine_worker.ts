// Starts the real engine worker and adapts it to the small port the EngineClient uses.
import type { WorkerFactory } from '../engine_client';
import { startEngineWorker } from './start_engine_worker';

export const spawnEngineWorker: WorkerFactory = (onMessage, onCrash) => {
  const worker = startEngineWorker('icp-drift-engine');
  worker.onmessage = (event: MessageEvent) => onMessage(event.data);
  // An uncaught error in the worker, or a worker script that could not load (a plain Event then).
  worker.onerror = (event: Event) => {
    event.preventDefault();
    const message = event instanceof ErrorEvent ? event.message : '';
    onCrash(message || 'the engine worker could not run');
  };
  worker.onmessageerror = () => onCrash('a message from the engine worker could not be read');
  return {
    post: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
};
