// The single-file build's wasm: embedded in the worker as base64 and given to the engine as bytes
// (wasmBinary), so the engine fetches nothing — a page opened from disk has nothing it may fetch.
// Chosen over engine_wasm.ts by an alias in webapp/vite.single.config.ts.
import type { ModuleOptions } from '@engine/icp_drift_web.mjs';
import wasmDataUrl from '@engine/icp_drift_web.wasm?url&inline';

export function engineModuleOptions(): ModuleOptions {
  return { wasmBinary: bytesOfDataUrl(wasmDataUrl) };
}

/** The bytes of a `data:…;base64,…` URL, decoded here: fetch() of a data: URL would need connect-src. */
export function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('the embedded engine is not a base64 data URL');
  }
  const text = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}
