// The build-time pieces of offline use and the single file: the service worker's precache list and
// version, the single file's policy, and the embedded wasm's decoding.
import { describe, expect, it } from 'vitest';
import { precacheOf, serviceWorkerSource } from '../../../webapp/vite_plugins/service_worker_plugin.mjs';
import { sha256Base64, singleFilePolicy } from '../../../webapp/vite_plugins/single_file_plugin.mjs';
import { bytesOfDataUrl } from '../../../webapp/src/worker/engine_wasm.single';

const PAGE_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'";

describe('the service worker\'s precache', () => {
  const bundle = {
    'index.html': { type: 'asset' as const, source: '<!doctype html>' },
    'assets/index-abc.js': { type: 'chunk' as const, code: 'console.log(1)' },
    'assets/engine.wasm': { type: 'asset' as const, source: new Uint8Array([0, 97, 115, 109]) },
  };

  it('lists every file of the bundle, sorted, and a version of their content', () => {
    const { files, version } = precacheOf(bundle);
    expect(files).toEqual(['assets/engine.wasm', 'assets/index-abc.js', 'index.html']);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes its version with any byte of any file, index.html included', () => {
    const { version } = precacheOf(bundle);
    const edited = { ...bundle, 'index.html': { type: 'asset' as const, source: '<!doctype html> ' } };
    expect(precacheOf(edited).version).not.toBe(version);
    expect(precacheOf({ ...bundle }).version).toBe(version);
  });

  it('writes the list and version before the worker\'s code', () => {
    const source = serviceWorkerSource(['index.html'], '0123456789abcdef');
    expect(source).toContain('const PRECACHE = ["index.html"];');
    expect(source).toContain('const VERSION = "0123456789abcdef";');
    expect(source).toContain("addEventListener('fetch'");
  });
});

describe('the single file\'s policy', () => {
  it('drops \'self\', allows the inline script by its hash and the worker from blob:', () => {
    const hash = sha256Base64('console.log(1)');
    expect(singleFilePolicy(PAGE_POLICY, [hash])).toBe(
      `default-src 'none'; script-src 'sha256-${hash}' 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'; ` +
        "img-src data: blob:; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('refuses a page policy that lets any inline script run', () => {
    expect(() => singleFilePolicy("script-src 'self' 'unsafe-inline'", ['x'])).toThrow(/unsafe-inline/);
  });

  it('hashes as browsers do (sha256 of the UTF-8 text, base64)', () => {
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('the embedded wasm', () => {
  it('decodes a base64 data URL to its bytes', () => {
    expect([...bytesOfDataUrl('data:application/wasm;base64,AGFzbQ==')]).toEqual([0, 97, 115, 109]);
  });

  it('refuses anything else', () => {
    expect(() => bytesOfDataUrl('icp_drift_web.wasm')).toThrow(/base64 data URL/);
    expect(() => bytesOfDataUrl('data:application/wasm,abc')).toThrow(/base64 data URL/);
  });
});
