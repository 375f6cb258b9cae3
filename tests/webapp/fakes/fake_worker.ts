// A fake engine worker for the EngineClient: records what it was sent and lets a test answer.
import type { WorkerFactory, WorkerPort } from '../../../webapp/src/engine_client';
import type { WorkerRequest } from '../../../webapp/src/worker/protocol';

export class FakeWorker implements WorkerPort {
  readonly sent: WorkerRequest[] = [];
  terminated = false;
  constructor(readonly reply: (data: unknown) => void, readonly crash: (reason: string) => void) {}
  post(request: WorkerRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.sent.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A factory that keeps every worker it started, newest last. */
export function fakeWorkerFactory(): { factory: WorkerFactory; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const factory: WorkerFactory = (onMessage, onCrash) => {
    const worker = new FakeWorker(onMessage, onCrash);
    workers.push(worker);
    return worker;
  };
  return { factory, workers };
}
