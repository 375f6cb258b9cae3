// The page's privacy guarantees that live in index.html: the CSP, and no outside asset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../../webapp/index.html', import.meta.url), 'utf8');

describe('index.html', () => {
  it('declares a Content-Security-Policy that forbids every outside connection', () => {
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
        "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
  });

  it('loads nothing from outside', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('has the two buttons and the labelled file input', () => {
    expect(html).toMatch(/<button[^>]*>Try the sample<\/button>/);
    expect(html).toMatch(/<button[^>]*>Download report \(JSON\)<\/button>/);
    expect(html).toMatch(/<input\s[^>]*type="file"[^>]*multiple/);
    expect(html).toMatch(/<label for="file-input"/);
    expect(html).toMatch(/role="alert"/);
  });

  it('has the review\'s buttons, the mapping file input and the way back from the report', () => {
    for (const label of ['Analyze', 'Save mapping', 'Load mapping', 'Review mapping', 'Forget it']) {
      expect(html).toMatch(new RegExp(`<button[^>]*>${label}</button>`));
    }
    expect(html).toMatch(/<input\s[^>]*type="file"[^>]*id="mapping-input"[^>]*accept="\.json,application\/json"/);
  });
});
