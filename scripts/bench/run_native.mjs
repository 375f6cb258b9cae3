// One native measurement of one file: `icp-drift inspect FILE --json` (ingest only: the file read in
// 1 MB slices, parsed, typed and profiled, no report) and `icp-drift analyze FILE` (the whole job, the
// report JSON on stdout). Times are wall clock around the process, start-up included; the CPU time
// (user + system) and peak resident memory of each process come from /usr/bin/time when it is there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { figuresOfReport } from './overall_figures.mjs';

const TIME = '/usr/bin/time';

/** Runs `cli args` in the file's folder; {seconds, stdout, maxRssKb}. Throws with stderr when it fails. */
function timed(cli, args, cwd) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'icp-bench-time-'));
  const rssFile = path.join(scratch, 'rss');
  const useTime = existsSync(TIME);
  const [command, commandArgs] = useTime ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cli, ...args]] : [cli, args];
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, { cwd, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  try {
    if (run.status !== 0) throw new Error(`icp-drift ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
    const usage = useTime && existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : null;
    return { seconds, stdout: run.stdout, maxRssKb: usage?.[0] ?? null, cpuSeconds: usage ? usage[1] + usage[2] : null };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** {ingest_s, ingest_cpu_s, ingest_max_rss_kb, analyze_s, analyze_cpu_s, analyze_max_rss_kb, figures} for one file. */
export function measureNative(cli, file) {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const ingest = timed(cli, ['inspect', name, '--json', '--quiet'], cwd);
  const inspected = JSON.parse(ingest.stdout.toString('utf8'));
  if (inspected.rows_rejected !== 0) throw new Error(`the engine rejected ${inspected.rows_rejected} rows of ${name}`);
  const analyze = timed(cli, ['analyze', name, '--quiet'], cwd);
  return {
    ingest_s: ingest.seconds,
    ingest_cpu_s: ingest.cpuSeconds,
    ingest_max_rss_kb: ingest.maxRssKb,
    analyze_s: analyze.seconds,
    analyze_cpu_s: analyze.cpuSeconds,
    analyze_max_rss_kb: analyze.maxRssKb,
    figures: figuresOfReport(analyze.stdout.toString('utf8')),
  };
}

// `node scripts/bench/run_native.mjs CLI FILE` measures once and prints the result.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(measureNative(path.resolve(process.argv[2]), path.resolve(process.argv[3])), null, 2));
}
