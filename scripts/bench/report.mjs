// Turns the raw measurements into the benchmark's summary: medians by size, ratios taken run by run
// (each ratio compares two measurements of the same round, then the median of those ratios is kept),
// SPEC §8's targets checked, a plain-text table for the terminal and a Markdown one for
// docs/BENCHMARKS.md. bench.json holds everything, raw runs included.

const MB = 1e6;

export function median(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = (xs.length - 1) / 2;
  return (xs[Math.floor(mid)] + xs[Math.ceil(mid)]) / 2;
}

/** Median over rounds of f(round index); rounds where a side is missing are skipped. */
function medianOfRounds(count, f) {
  const values = [];
  for (let r = 0; r < count; r++) {
    const v = f(r);
    if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
  }
  return median(values);
}

/**
 * runs: {native, wasm_node, papa_node, stream, page, papa_worker, duckdb} → arrays by round (null when
 * not measured). Returns the summary of one file.
 */
export function summarizeSize(file, runs) {
  const n = Math.max(...Object.values(runs).map((list) => list?.length ?? 0));
  const at = (tool, r, key) => runs[tool]?.[r]?.[key];
  const med = (tool, key) => median((runs[tool] ?? []).map((m) => m?.[key]));
  const mb = file.bytes / MB;
  const s = {
    rows: file.rows,
    label: file.label,
    mb,
    native: runs.native?.length
      ? {
          ingest_s: med('native', 'ingest_s'),
          ingest_mb_s: median(runs.native.map((m) => mb / m.ingest_s)),
          analyze_s: med('native', 'analyze_s'),
          analyze_mb_s: median(runs.native.map((m) => mb / m.analyze_s)),
          analyze_max_rss_mb: med('native', 'analyze_max_rss_kb') / 1024,
        }
      : null,
    papa_node: runs.papa_node?.length
      ? {
          s: med('papa_node', 'seconds'),
          mb_s: median(runs.papa_node.map((m) => mb / m.seconds)),
          max_rss_mb: med('papa_node', 'max_rss_kb') / 1024,
          // how many times faster the native analyze is, round by round
          native_speedup: medianOfRounds(n, (r) => at('papa_node', r, 'seconds') / at('native', r, 'analyze_s')),
        }
      : null,
    wasm_node: runs.wasm_node?.length
      ? {
          startup_s: med('wasm_node', 'startup_s'),
          ingest_s: med('wasm_node', 'ingest_s'),
          ingest_mb_s: median(runs.wasm_node.map((m) => mb / m.ingest_s)),
          whole_s: med('wasm_node', 'whole_s'),
          max_rss_mb: med('wasm_node', 'max_rss_kb') / 1024,
          wasm_memory_mb: med('wasm_node', 'wasm_memory_bytes') / 2 ** 20,
          // wasm time ÷ native time, round by round (1 = as fast as native)
          ingest_vs_native: medianOfRounds(n, (r) => at('wasm_node', r, 'ingest_s') / at('native', r, 'ingest_s')),
          whole_vs_native: medianOfRounds(n, (r) => at('wasm_node', r, 'whole_s') / at('native', r, 'analyze_s')),
          papa_speedup: medianOfRounds(n, (r) => at('papa_node', r, 'seconds') / at('wasm_node', r, 'whole_s')),
        }
      : null,
  };
  if (runs.page?.length) {
    const browser = (tool) => ({
      s: med(tool, 'ms') / 1000,
      mb_s: median((runs[tool] ?? []).map((m) => mb / (m.ms / 1000))),
      startup_s: med(tool, 'startup_ms') === null ? null : med(tool, 'startup_ms') / 1000,
      idle_mb: med(tool, 'idle_rss_kb') / 1024,
      peak_mb: med(tool, 'peak_kb') / 1024,
      // peak − idle, as a multiple of the input's size
      growth_per_input: median((runs[tool] ?? []).map((m) => (m.peak_kb - m.idle_rss_kb) * 1024 / file.bytes)),
    });
    s.browser = {
      stream: browser('stream'),
      page: { ...browser('page'), review_s: med('page', 'review_ms') / 1000 },
      papa_worker: browser('papa_worker'),
      duckdb: browser('duckdb'),
      page_vs_floor: medianOfRounds(n, (r) => at('page', r, 'ms') / at('stream', r, 'ms')),
      papa_vs_page: medianOfRounds(n, (r) => at('papa_worker', r, 'ms') / at('page', r, 'ms')),
      duckdb_vs_page: medianOfRounds(n, (r) => at('duckdb', r, 'ms') / at('page', r, 'ms')),
      duckdb_with_startup_vs_page: medianOfRounds(n, (r) => (at('duckdb', r, 'ms') + at('duckdb', r, 'startup_ms')) / at('page', r, 'ms')),
    };
  }
  return s;
}

/** log(cost ratio) / log(rows ratio) between consecutive sizes: 1 = linear, < 1 = fixed costs still show. */
function growthExponents(sizes, cost) {
  const out = [];
  for (let i = 1; i < sizes.length; i++) {
    const a = cost(sizes[i - 1]);
    const b = cost(sizes[i]);
    if (a && b) out.push({ from: sizes[i - 1].label, to: sizes[i].label, exponent: Math.log(b / a) / Math.log(sizes[i].rows / sizes[i - 1].rows) });
  }
  return out;
}

/** SPEC §8's targets, checked on the largest size that has each figure. */
export function checkTargets(sizes, weight) {
  const largest = (f) => [...sizes].reverse().find((s) => f(s) !== null && f(s) !== undefined);
  const targets = [];
  const add = (target, goal, size, value, met, unit = '×') => targets.push({ target, goal, size: size?.label ?? null, value, unit, met: value === null || value === undefined ? null : met(value) });
  let s = largest((x) => x.browser?.page_vs_floor);
  add('drop → report vs the stream floor', '≤ 2×', s, s?.browser.page_vs_floor, (v) => v <= 2);
  s = largest((x) => x.browser?.papa_vs_page);
  add('drop → report vs Papa Parse in a worker', '≥ 5× faster', s, s?.browser.papa_vs_page, (v) => v >= 5);
  s = largest((x) => x.browser?.duckdb_vs_page);
  add('drop → report vs DuckDB-Wasm (query, start-up not counted)', '≥ 2× faster', s, s?.browser.duckdb_vs_page, (v) => v >= 2);
  s = largest((x) => x.native?.ingest_mb_s);
  add('native ingest', '≥ 1000 MB/s', s, s?.native.ingest_mb_s, (v) => v >= 1000, 'MB/s');
  s = largest((x) => x.papa_node?.native_speedup);
  add('native analyze vs Papa Parse in Node', '≥ 20× faster', s, s?.papa_node.native_speedup, (v) => v >= 20);
  s = largest((x) => x.browser?.page.growth_per_input);
  add('page peak memory − idle, per input byte', '≤ 0.6', s, s?.browser.page.growth_per_input, (v) => v <= 0.6, '× input');
  const growth = {
    native: growthExponents(sizes, (x) => x.native?.analyze_s),
    wasm_node: growthExponents(sizes, (x) => x.wasm_node?.whole_s),
    page: growthExponents(sizes, (x) => x.browser?.page.s),
  };
  const exponents = Object.values(growth).flat().map((g) => g.exponent);
  const worst = exponents.length ? Math.max(...exponents) : null;
  targets.push({ target: 'cost grows linearly with rows (largest growth exponent)', goal: '≤ 1.1', size: sizes.map((x) => x.label).join('→'), value: worst, unit: '', met: worst === null ? null : worst <= 1.1 });
  if (weight) {
    add('wasm + glue + worker, gzipped', '≤ 250 kB', null, weight.engine.gzip / 1000, (v) => v <= 250, 'kB');
    add('whole app, gzipped', '≤ 500 kB', null, weight.app.gzip / 1000, (v) => v <= 500, 'kB');
  }
  return { targets, growth };
}

const f = (x, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const fs = (x) => (x === null || x === undefined ? '–' : x < 1 ? `${(x * 1000).toFixed(0)} ms` : `${x.toFixed(2)} s`);
const fx = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(2)}×`);

/** The tables as rows of cells: [title, header, rows]. */
export function tables(bench) {
  const out = [];
  const sizes = bench.summary.sizes;
  out.push([
    'Native CLI, Papa Parse in Node, wasm engine in Node (medians; ratios round by round)',
    ['rows', 'MB', 'native ingest', 'native analyze', 'Papa Node', 'native vs Papa', 'wasm Node whole', 'wasm ÷ native (ingest / whole)'],
    sizes.map((s) => [
      s.label,
      f(s.mb, 1),
      s.native ? `${f(s.native.ingest_mb_s, 0)} MB/s (${fs(s.native.ingest_s)})` : '–',
      s.native ? `${fs(s.native.analyze_s)} (${f(s.native.analyze_mb_s, 0)} MB/s)` : '–',
      s.papa_node ? `${fs(s.papa_node.s)} (${f(s.papa_node.mb_s, 0)} MB/s)` : '–',
      s.papa_node ? `${fx(s.papa_node.native_speedup)} faster` : '–',
      s.wasm_node ? `${fs(s.wasm_node.whole_s)} (${f(s.wasm_node.ingest_mb_s, 0)} MB/s ingest)` : '–',
      s.wasm_node ? `${fx(s.wasm_node.ingest_vs_native)} / ${fx(s.wasm_node.whole_vs_native)}` : '–',
    ]),
  ]);
  if (sizes.some((s) => s.browser)) {
    out.push([
      'Headless Chromium, file given to <input type=file>, change event → figures (medians; ratios round by round)',
      ['rows', 'stream floor', 'page drop → report', 'page ÷ floor', 'Papa worker', 'Papa ÷ page', 'DuckDB-Wasm query (+ start-up)', 'DuckDB ÷ page'],
      sizes.filter((s) => s.browser).map((s) => {
        const b = s.browser;
        return [
          s.label,
          `${fs(b.stream.s)} (${f(b.stream.mb_s, 0)} MB/s)`,
          `${fs(b.page.s)} (review ${fs(b.page.review_s)})`,
          fx(b.page_vs_floor),
          fs(b.papa_worker.s),
          fx(b.papa_vs_page),
          `${fs(b.duckdb.s)} (+ ${fs(b.duckdb.startup_s)})`,
          fx(b.duckdb_vs_page),
        ];
      }),
    ]);
    out.push([
      'Renderer memory (MB): idle (tool ready) → peak during the run (VmHWM); growth = (peak − idle) ÷ input',
      ['rows', 'input MB', 'stream floor', 'page', 'Papa worker', 'DuckDB-Wasm'],
      sizes.filter((s) => s.browser).map((s) => {
        const m = (t) => `${f(t.idle_mb, 0)} → ${f(t.peak_mb, 0)} (${f(t.growth_per_input, 2)}×)`;
        const b = s.browser;
        return [s.label, f(s.mb, 1), m(b.stream), m(b.page), m(b.papa_worker), m(b.duckdb)];
      }),
    ]);
  }
  out.push([
    'SPEC §8 targets',
    ['target', 'goal', 'measured', 'on', 'met'],
    bench.summary.targets.map((t) => [
      t.target,
      t.goal,
      t.value === null || t.value === undefined ? '–' : `${f(t.value, t.unit === 'MB/s' || t.unit === 'kB' ? 0 : 2)}${t.unit ? ` ${t.unit}` : ''}`.replace(' ×', '×'),
      t.size ?? '',
      t.met === null ? 'not measured' : t.met ? 'yes' : 'NO',
    ]),
  ]);
  return out;
}

export function textTables(bench) {
  return tables(bench)
    .map(([title, header, rows]) => {
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
      const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
      return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
    })
    .join('\n\n');
}

export function markdownTables(bench) {
  return tables(bench)
    .map(([title, header, rows]) => [`**${title}**`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'))
    .join('\n\n');
}
