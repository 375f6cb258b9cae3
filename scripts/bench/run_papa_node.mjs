// One Papa Parse measurement in Node, in a fresh process: the file streamed from disk (fs read stream)
// through Papa.parse with header rows and dynamicTyping, each chunk of rows folded into the overall
// figures (overall_figures.mjs), as a developer would write it. The time is taken inside the process,
// from the first byte asked for to the figures (Node's own start-up is not counted).
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { OverallFigures } from './overall_figures.mjs';

const self = fileURLToPath(import.meta.url);

/** Parses `file` here and resolves {seconds, cpu_s, figures, rows, max_rss_kb}. */
export function parseWithPapa(file) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const figures = new OverallFigures();
    let rows = 0;
    let errors = 0;
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
      chunk(results) {
        for (const row of results.data) figures.add(row);
        rows += results.data.length;
        errors += results.errors.length;
      },
      complete() {
        const result = figures.result();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const used = process.cpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;
        if (errors > 0) reject(new Error(`Papa Parse reported ${errors} errors on ${file}`));
        else resolve({ seconds, cpu_s: cpuSeconds, figures: result, rows, max_rss_kb: process.resourceUsage().maxRSS });
      },
      error: reject,
    });
  });
}

/** One measurement in a child process (fresh heap, fresh JIT), as {seconds, figures, rows, max_rss_kb}. */
export function measurePapaNode(file) {
  const run = spawnSync(process.execPath, [self, file], { env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`Papa Parse in Node failed on ${file} (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.toString('utf8'));
}

// `node scripts/bench/run_papa_node.mjs FILE` parses once and prints the result.
if (process.argv[1] === self) {
  parseWithPapa(process.argv[2]).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
