import { describe, expect, it } from 'vitest';
import { engineStartFailure, wasmSimdSupported } from '../../../webapp/src/worker/engine_start_failure';

describe('wasmSimdSupported', () => {
  it('validates the SIMD probe where SIMD exists (Node 20 has it), and is false where validation says no or throws', () => {
    expect(wasmSimdSupported()).toBe(true);
    expect(wasmSimdSupported(() => false)).toBe(false);
    expect(wasmSimdSupported(() => { throw new Error('no WebAssembly'); })).toBe(false);
  });

  it('hands the probe to the validator as a module WebAssembly accepts', () => {
    let seen: Uint8Array<ArrayBuffer> | null = null;
    wasmSimdSupported((bytes) => { seen = bytes; return true; });
    expect(seen).not.toBeNull();
    expect(WebAssembly.validate(seen!)).toBe(true);
    // The same module without its SIMD instructions' prefix is not valid: the probe tests SIMD itself.
    const scalar = Uint8Array.from(seen!, (b) => (b === 253 ? 0 : b));
    expect(WebAssembly.validate(scalar)).toBe(false);
  });
});

describe('engineStartFailure', () => {
  it('names the missing SIMD and the alternatives when the browser lacks it', () => {
    const message = engineStartFailure('CompileError: invalid opcode', false);
    expect(message).toMatch(/needs WebAssembly SIMD/);
    expect(message).toMatch(/command-line tool/);
  });

  it('passes any other failure on with its detail', () => {
    expect(engineStartFailure('out of memory', true)).toBe('The engine could not start in this browser: out of memory');
  });
});
