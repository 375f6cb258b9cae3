// The page's handle on the engine worker: one job at a time, cancel by terminating the worker and
// starting a fresh one, restart after a crash. Results are values, never thrown.
import {
  parseResponse,
  type AnalysisChoices,
  type RefusedPart,
  type ScoredCsv,
  type InspectResult,
  type MappingText,
  type ProgressMessage,
  type RejectedRows,
  type RoleFields,
  type WarmUpOutcome,
  type WorkerRequest,
} from './worker/protocol';

/** What the client needs from a worker; the real one is spawn_engine_worker.ts, tests pass a fake. */
export interface WorkerPort {
  post(request: WorkerRequest): void;
  terminate(): void;
}

/** Starts a worker. `onCrash` is called when it dies (an uncaught error in it, an unreadable message). */
export type WorkerFactory = (onMessage: (data: unknown) => void, onCrash: (reason: string) => void) => WorkerPort;

export type JobResult =
  | { kind: 'report'; json: string; rejected: RejectedRows[]; scored: ScoredCsv }
  | { kind: 'inspected'; results: InspectResult[]; roleFields: RoleFields; mappingError?: string }
  | { kind: 'error'; message: string; part?: RefusedPart }
  | { kind: 'cancelled' };

/** What analyze() and sample() resolve with. */
export type AnalysisResult = Exclude<JobResult, { kind: 'inspected' }>;
/** What inspect() resolves with. */
export type InspectionResult = Exclude<JobResult, { kind: 'report' }>;

export interface ClientListener {
  onProgress?(progress: ProgressMessage): void;
  /** Something the user should know that is not the result of a job (the engine was restarted). */
  onNotice?(message: string): void;
  /** The first worker's warm-up ended (protocol.ts); ms is how long it took in the worker. */
  onWarm?(outcome: WarmUpOutcome, ms: number): void;
}

export const CRASH_NOTICE = 'The engine stopped unexpectedly and has been restarted.';
/** Crashes in a row (no sound message between them) after which the client stops restarting on its own. */
export const MAX_RESTARTS = 3;

export class EngineClient {
  private worker: WorkerPort | null;
  private job: ((result: JobResult) => void) | null = null;
  private generation = 0;
  private crashesInARow = 0;

  constructor(private readonly factory: WorkerFactory, private readonly listener: ClientListener = {}) {
    // Started now, so the engine is compiled, and warmed up, before the first drop. Only the first
    // worker warms up: a worker started later (after a cancel or a crash) is in the same page, whose
    // compiled wasm code V8 keeps and shares.
    this.worker = this.spawn();
    try {
      this.worker.post({ type: 'warm-up' });
    } catch {
      this.listener.onWarm?.('failed', 0);
    }
  }

  get busy(): boolean {
    return this.job !== null;
  }

  /**
   * Analyses the files, with the user's mapping, ICP and settings when given. A job already running is
   * cancelled first.
   */
  analyze(files: File[], mapping?: MappingText, choices: AnalysisChoices = {}): Promise<AnalysisResult> {
    const request: WorkerRequest = { type: 'analyze', files, ...withChoices(choices) };
    if (mapping) request.mapping = mapping;
    return this.run(request) as Promise<AnalysisResult>;
  }

  /** Reads the first part of each file for the mapping review; roles[i] replaces 'auto' for files[i]. */
  inspect(files: File[], options: { mapping?: MappingText; roles?: string[] } = {}): Promise<InspectionResult> {
    const request: WorkerRequest = { type: 'inspect', files };
    if (options.mapping) request.mapping = options.mapping;
    if (options.roles) request.roles = options.roles;
    return this.run(request) as Promise<InspectionResult>;
  }

  /** Analyses the engine's built-in sample dataset (against its own declared ICP unless choices.icp says). */
  sample(choices: AnalysisChoices = {}): Promise<AnalysisResult> {
    return this.run({ type: 'sample', ...withChoices(choices) }) as Promise<AnalysisResult>;
  }

  /** Stops the running job at once: its worker is terminated and a fresh one started. */
  cancel(): void {
    if (!this.job) return;
    this.stopWorker();
    this.worker = this.spawn();
    this.finish({ kind: 'cancelled' });
  }

  dispose(): void {
    this.cancel();
    this.stopWorker();
  }

  private run(request: WorkerRequest): Promise<JobResult> {
    this.cancel();
    const worker = (this.worker ??= this.spawn()); // after repeated crashes, a new job tries again
    return new Promise<JobResult>((resolve) => {
      this.job = resolve;
      try {
        worker.post(request);
      } catch (thrown) {
        const detail = thrown instanceof Error ? thrown.message : String(thrown);
        this.finish({ kind: 'error', message: `The files could not be handed to the engine: ${detail}` });
      }
    });
  }

  private spawn(): WorkerPort {
    const generation = ++this.generation;
    // Messages and crashes of a worker that was replaced are ignored.
    return this.factory(
      (data) => {
        if (generation === this.generation) this.receive(data);
      },
      (reason) => {
        if (generation === this.generation) this.crashed(reason);
      },
    );
  }

  private stopWorker(): void {
    this.generation++; // silences the old worker before it is terminated
    this.worker?.terminate();
    this.worker = null;
  }

  private receive(data: unknown): void {
    const response = parseResponse(data);
    if (!response) {
      this.crashed('it sent a message the page does not understand');
      return;
    }
    this.crashesInARow = 0;
    switch (response.type) {
      case 'progress':
        if (this.job) this.listener.onProgress?.(response);
        return;
      case 'report':
        this.finish({ kind: 'report', json: response.json, rejected: response.rejected, scored: response.scored });
        return;
      case 'inspected': {
        const result: JobResult = { kind: 'inspected', results: response.results, roleFields: response.roleFields };
        if (response.mappingError !== undefined) result.mappingError = response.mappingError;
        this.finish(result);
        return;
      }
      case 'warmed':
        this.listener.onWarm?.(response.outcome, response.ms);
        return;
      case 'error':
        if (this.job) this.finish(response.part ? { kind: 'error', message: response.message, part: response.part } : { kind: 'error', message: response.message });
        else this.listener.onNotice?.(response.message);
        return;
    }
  }

  private crashed(reason: string): void {
    this.stopWorker();
    const restart = ++this.crashesInARow < MAX_RESTARTS;
    if (restart) this.worker = this.spawn();
    if (this.job) {
      this.finish({ kind: 'error', message: `${CRASH_NOTICE} (${reason}) Please try again.` });
    } else if (restart) {
      this.listener.onNotice?.(`${CRASH_NOTICE} (${reason})`);
    } else {
      this.listener.onNotice?.(
        `The engine could not be started (${reason}). It will be tried again with your next file; reloading the page may help.`,
      );
    }
  }

  private finish(result: JobResult): void {
    const resolve = this.job;
    this.job = null;
    resolve?.(result);
  }
}

/** Only the choices that are set, so a request never carries `icp: undefined`. */
function withChoices(choices: AnalysisChoices): AnalysisChoices {
  const out: AnalysisChoices = {};
  if (choices.icp) out.icp = choices.icp;
  if (choices.settings) out.settings = choices.settings;
  return out;
}
