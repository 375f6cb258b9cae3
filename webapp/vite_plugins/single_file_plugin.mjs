// Turns the single-file build's bundle into one HTML file: the entry script and the stylesheet go inline
// (the worker, with the wasm in it, is already a string in the entry script: start_engine_worker.single.ts),
// and the page's Content-Security-Policy is made strict for a file with nothing beside it: no 'self',
// the inline script allowed by its sha256 hash (never 'unsafe-inline' for scripts), the worker by
// worker-src blob:. The build fails when anything would be left outside the file.
import { createHash } from 'node:crypto';

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]+)(")/;

/** The page's policy made for one file opened from disk, with these hashes for its inline scripts. */
export function singleFilePolicy(policy, scriptHashes) {
  const directives = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  const out = directives.map(([name, ...sources]) => {
    // Nothing is beside the file: 'self' would allow other files of its folder.
    let kept = sources.filter((s) => s !== "'self'");
    if (name === 'script-src') kept = [...scriptHashes.map((h) => `'sha256-${h}'`), ...kept];
    if (name === 'worker-src') kept = ['blob:', ...kept];
    if (name === 'script-src' && kept.includes("'unsafe-inline'")) throw new Error("script-src must not allow 'unsafe-inline'");
    return [name, ...(kept.length > 0 ? kept : ["'none'"])].join(' ');
  });
  return out.join('; ');
}

export function sha256Base64(text) {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** Script text safe inside <script>…</script>: a "</script" in a string or regex would end the element. */
function inlineScriptText(code, name) {
  if (code.includes('<!--')) throw new Error(`${name} contains "<!--", which cannot go inside an inline <script>`);
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * @param {{fileName: string}} options the one file written (icp-drift.html)
 * @returns {import('vite').Plugin}
 */
export function singleFilePlugin({ fileName }) {
  return {
    name: 'icp-drift:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return this.error('the single-file build has no index.html');
      let html = String(page.source);
      const inlined = new Set(['index.html']);
      const fileOf = (src) => {
        const name = src.replace(/^\.\//, '');
        const item = bundle[name];
        if (!item) this.error(`index.html refers to ${src}, which the build did not emit`);
        inlined.add(name);
        return item;
      };
      html = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_tag, src) => {
        const chunk = fileOf(src);
        if (chunk.type !== 'chunk') this.error(`${src} is not a script chunk`);
        return `<script type="module">${inlineScriptText(chunk.code, src)}</script>`;
      });
      html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_tag, href) => {
        const css = fileOf(href);
        const text = String(css.type === 'asset' ? css.source : '');
        if (/<\/style/i.test(text)) this.error(`${href} contains "</style"`);
        return `<style>${text}</style>`;
      });
      const leftOver = Object.keys(bundle).filter((name) => !inlined.has(name));
      if (leftOver.length > 0) this.error(`the single file would need files beside it: ${leftOver.join(', ')}`);
      if (/<(script|link)\b[^>]*\s(src|href)="(?!data:)/i.test(html)) this.error('the single file still loads a file');

      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256Base64(m[1]));
      // The policy is the <meta> before the first script (the scripts may hold such text themselves).
      const firstScript = html.indexOf('<script');
      const head = html.slice(0, firstScript);
      if (!CSP_META.test(head)) return this.error('index.html has no Content-Security-Policy <meta> before its script');
      html = head.replace(CSP_META, (_m, open, policy, close) => open + singleFilePolicy(policy, scripts) + close) + html.slice(firstScript);

      for (const name of inlined) delete bundle[name];
      this.emitFile({ type: 'asset', fileName, source: html });
    },
  };
}

const GLUE_WASM_URL = 'new URL("icp_drift_web.wasm",import.meta.url).toString()';

/**
 * The Emscripten glue's fallback `new URL("icp_drift_web.wasm", import.meta.url)` (used only without
 * locateFile) would make the bundler emit the wasm as a file beside the page; the single-file build
 * always gives the engine its bytes (wasmBinary), so the fallback becomes the bare name, never fetched.
 * @returns {import('vite').Plugin}
 */
export function embeddedWasmGluePlugin() {
  return {
    name: 'icp-drift:embedded-wasm-glue',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/icp_drift_web\.mjs$/.test(id.split('?')[0])) return null;
      if (!code.includes(GLUE_WASM_URL)) this.error(`the engine glue ${id} no longer has ${GLUE_WASM_URL}: update single_file_plugin.mjs`);
      return { code: code.replace(GLUE_WASM_URL, '"icp_drift_web.wasm"'), map: null };
    },
  };
}
