// A tiny static file server for the built page, under a sub-path (proving the relative base), on
// 127.0.0.1 and a free port. It records every path it served.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { contentSecurityPolicyFromFile } from '../../../webapp/content_security_policy.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {string} root folder to serve (dist/)
 * @param {string} prefix URL sub-path, with leading and trailing slash ("/team/icp-drift/")
 * @returns {Promise<{url: string, origin: string, served: string[], close: () => Promise<void>}>}
 */
export async function serveStatic(root, prefix) {
  const served = [];
  // As a careful static host would: the page's policy as a header too, so it covers the worker.
  const policy = contentSecurityPolicyFromFile(path.join(root, 'index.html'));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    if (url.pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    if (!url.pathname.startsWith(prefix)) return send(res, 404, 'not found');
    let relative;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    } catch {
      return send(res, 400, 'bad path');
    }
    const file = path.resolve(root, relative);
    if (!file.startsWith(path.resolve(root) + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, 'not found');
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': policy,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + prefix,
    origin,
    served,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
