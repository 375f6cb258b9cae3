// The benchmark's comparison page: prepares one tool (?tool=stream|papa|duckdb), then times the file
// given to its file input from the `change` event to the tool's figures, as run_browser.mjs times the
// product page. Results go to window.__bench and body[data-state] ('ready' → 'done' | 'error').
const TOOLS = {
  stream: () => import('./stream_tool.js'),
  papa: () => import('./papa_tool.js'),
  duckdb: () => import('./duckdb_tool.js'),
};

const bench = (window.__bench = { tool: new URLSearchParams(location.search).get('tool') });
const input = document.getElementById('file-input');
const setState = (state) => {
  document.body.dataset.state = state;
};

function fail(error) {
  bench.error = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  document.getElementById('out').textContent = bench.error;
  setState('error');
}

async function start() {
  const load = TOOLS[bench.tool];
  if (!load) throw new Error(`unknown tool ${bench.tool}: use ?tool=${Object.keys(TOOLS).join('|')}`);
  const started = performance.now();
  const tool = await (await load()).prepare();
  bench.startup_ms = performance.now() - started;
  input.addEventListener('change', () => {
    const file = input.files[0];
    const t0 = performance.now();
    tool.run(file).then((result) => {
      bench.result = { ms: performance.now() - t0, ...result };
      document.getElementById('out').textContent = JSON.stringify(bench.result, null, 2);
      setState('done');
    }, fail);
  });
  setState('ready');
}

start().catch(fail);
