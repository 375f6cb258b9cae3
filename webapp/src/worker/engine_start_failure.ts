// Why the engine could not start, in words a user can act on. The engine is built with WebAssembly
// SIMD (-msimd128): a browser without it cannot compile the module at all, and says so only as a
// compile error; this names the cause and what to use instead.

/**
 * The smallest module using a SIMD instruction (v128.const, then i8x16.popcnt), as wasm-feature-detect
 * tests it: it validates exactly where WebAssembly SIMD is supported.
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export function wasmSimdSupported(validate: (bytes: Uint8Array<ArrayBuffer>) => boolean = (b) => WebAssembly.validate(b)): boolean {
  try {
    return validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/** The message for an engine that failed to start with `detail`. */
export function engineStartFailure(detail: string, simd: boolean = wasmSimdSupported()): string {
  if (!simd) {
    return 'The engine cannot run in this browser: it needs WebAssembly SIMD (Chrome or Edge 91+, ' +
      'Firefox 89+, Safari 16.4+). Update the browser, or use the icp-drift command-line tool, which reads the same files.';
  }
  return `The engine could not start in this browser: ${detail}`;
}
