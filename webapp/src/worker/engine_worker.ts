// The engine's module worker: instantiates the wasm engine once, then answers one request at a time.
// Nothing thrown here escapes without an {type:'error'} message.
import createModule, { type EngineModule } from '@engine/icp_drift_web.mjs';
import { analyzeSources, type AnalyzeOptions } from './analyze_sources';
import { fileSource, sampleSources, type ByteSource } from './byte_source';
import { engineModuleOptions } from './engine_wasm';
import { engineStartFailure } from './engine_start_failure';
import { inspectFiles } from './inspect_files';
import { parseRequest, SAMPLE_ICP_NAME, type WorkerRequest, type WorkerResponse } from './protocol';
import { roleFieldsOf } from './role_fields';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

let engine: Promise<EngineModule> | null = null;
function loadEngine(): Promise<EngineModule> {
  engine ??= createModule(engineModuleOptions());
  return engine;
}
// Start compiling the wasm now, so the first drop does not wait for it.
loadEngine().catch(() => {
  engine = null;
});

let queue: Promise<void> = Promise.resolve();
/** Requests received and not yet handled (the warm-up steps aside for a real one). */
let waiting = 0;
scope.addEventListener('message', (event) => {
  waiting++;
  queue = queue.then(() => {
    waiting--;
    return handle(event.data);
  });
});
scope.addEventListener('unhandledrejection', (event) => {
  post({ type: 'error', message: `The engine worker failed: ${String(event.reason)}` });
});

async function handle(data: unknown): Promise<void> {
  try {
    const request = parseRequest(data);
    if (!request) {
      post({ type: 'error', message: 'The engine worker received a request it does not know.' });
      return;
    }
    let module: EngineModule;
    try {
      module = await loadEngine();
    } catch (thrown) {
      engine = null;
      post({ type: 'error', message: engineStartFailure(describe(thrown)) });
      return;
    }
    if (request.type === 'warm-up') {
      post(await warmUp(module));
      return;
    }
    if (request.type === 'inspect') {
      const inspection = await inspectFiles(module, request.files, request);
      if (inspection.broken) engine = null;
      post({
        type: 'inspected',
        results: inspection.results,
        roleFields: roleFieldsOf(module),
        ...(inspection.mappingError !== undefined ? { mappingError: inspection.mappingError } : {}),
      });
      return;
    }
    const result = await analyzeSources(module, sourcesOf(request, module), post, optionsOf(request, module));
    if (result.ok) {
      post({ type: 'report', json: result.json, rejected: result.rejected, scored: result.scored });
    } else {
      if (result.broken) engine = null;
      post({ type: 'error', message: result.message, ...(result.part ? { part: result.part } : {}) });
    }
  } catch (thrown) {
    engine = null;
    post({ type: 'error', message: `The engine worker failed: ${describe(thrown)}` });
  }
}

/** The sample analysed and thrown away (protocol.ts: the warm-up), unless a real request waits. */
async function warmUp(module: EngineModule): Promise<WorkerResponse> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (waiting > 0) return { type: 'warmed', outcome: 'skipped', ms: 0 };
  const options: AnalyzeOptions = { scored: true, icp: { json: module.sampleIcpJson(), name: SAMPLE_ICP_NAME } };
  const result = await analyzeSources(module, sampleSources(module), () => {}, options);
  if (!result.ok && result.broken) engine = null;
  return { type: 'warmed', outcome: result.ok ? 'done' : 'failed', ms: ms() };
}

/** The sample is analysed against the ICP its company declared unless the page gives another (or none). */
function optionsOf(request: Exclude<WorkerRequest, { type: 'inspect' } | { type: 'warm-up' }>, module: EngineModule): AnalyzeOptions {
  const options: AnalyzeOptions = { scored: true };
  if (request.type === 'analyze' && request.mapping) options.mapping = request.mapping;
  if (request.settings) options.settings = request.settings;
  if (request.icp) options.icp = request.icp;
  else if (request.type === 'sample') options.icp = { json: module.sampleIcpJson(), name: SAMPLE_ICP_NAME };
  return options;
}

function sourcesOf(request: Exclude<WorkerRequest, { type: 'inspect' } | { type: 'warm-up' }>, module: EngineModule): ByteSource[] {
  return request.type === 'sample' ? sampleSources(module) : request.files.map((file) => fileSource(file));
}

function describe(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
