// How the worker hands the engine its wasm. The served page: a file next to the worker, fetched and
// compiled while streaming. The single-file build swaps this module for engine_wasm.single.ts.
import type { ModuleOptions } from '@engine/icp_drift_web.mjs';
import wasmUrl from '@engine/icp_drift_web.wasm?url';

export function engineModuleOptions(): ModuleOptions {
  return { locateFile: () => wasmUrl };
}
