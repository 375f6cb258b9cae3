// The page's Content-Security-Policy has one source: the <meta> in index.html. A <meta> policy does
// not reach the module worker (a worker takes its policy from its own response headers), so every
// server the project runs — vite preview / dev and the end-to-end test's static server — also sends
// it as an HTTP header, and static hosts should do the same (README, "Hosting").
import { readFileSync } from 'node:fs';

/** @param {string} html */
export function contentSecurityPolicyOf(html) {
  const match = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  if (!match) throw new Error('index.html has no Content-Security-Policy <meta>');
  return match[1];
}

/** @param {string} htmlPath */
export function contentSecurityPolicyFromFile(htmlPath) {
  return contentSecurityPolicyOf(readFileSync(htmlPath, 'utf8'));
}
