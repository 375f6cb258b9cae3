// What limits the native engine, counted rather than timed: `valgrind --tool=callgrind` on
// `icp-drift analyze FILE` gives the instructions executed (repeatable to a fraction of a percent on
// this noisy machine), per function, exclusive (self) and inclusive (with callees); `valgrind
// --tool=massif` gives the heap at its peak by allocating function. The release build has no debug
// info, so functions inlined by the optimiser are counted in their callers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VALGRIND = '/usr/bin/valgrind';
const ANNOTATE = '/usr/bin/callgrind_annotate';

export const canProfile = () => existsSync(VALGRIND) && existsSync(ANNOTATE);

/** "1,234 (5.6%)  file:function [object]" lines of callgrind_annotate → [{ir, fn, object}]. */
function parseAnnotate(text) {
  const rows = [];
  for (const line of text.split('\n')) {
    const match = /^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*?)\s*(?:\[(.*)\])?\s*$/.exec(line);
    if (!match || match[2] === 'PROGRAM TOTALS') continue;
    const fn = match[2].replace(/^[^:]*:/, ''); // drop "???:" / "file.c:"
    rows.push({ ir: Number(match[1].replaceAll(',', '')), fn: shorten(fn), object: match[3] ? path.basename(match[3]) : '' });
  }
  return rows;
}

/** Readable names: no std::basic_string_view<char, …> noise. */
function shorten(fn) {
  return fn
    .replaceAll('std::basic_string_view<char, std::char_traits<char> >', 'std::string_view')
    .replaceAll('std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >', 'std::string')
    .replace(/std::span<std::string_view const, 18446744073709551615ul>/g, 'std::span<std::string_view const>');
}

/**
 * Profiles `cli analyze file`; returns {file_bytes, total_ir, ir_per_byte, self: [...], inclusive: [...]}
 * with each entry {fn, object, ir, share} (share of all instructions), the top `top` of each.
 */
export function profileNative(cli, file, top = 15) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'icp-bench-callgrind-'));
  const out = path.join(scratch, 'callgrind.out');
  try {
    const run = spawnSync(VALGRIND, ['--tool=callgrind', `--callgrind-out-file=${out}`, cli, 'analyze', path.basename(file), '--quiet'], {
      cwd: path.dirname(file),
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(`callgrind failed (${run.status}): ${run.stderr.toString().slice(-2000)}`);
    const total = Number(/Collected : (\d+)/.exec(run.stderr.toString())?.[1]);
    const annotate = (extra) => {
      const a = spawnSync(ANNOTATE, [...extra, `--threshold=100`, out], { maxBuffer: 1 << 28 });
      if (a.status !== 0) throw new Error(`callgrind_annotate failed: ${a.stderr}`);
      return parseAnnotate(a.stdout.toString());
    };
    const withShare = (rows) => rows.slice(0, top).map((r) => ({ ...r, share: r.ir / total }));
    const bytes = statSync(file).size;
    return {
      file_bytes: bytes,
      total_ir: total,
      ir_per_byte: total / bytes,
      self: withShare(annotate([])),
      inclusive: withShare(annotate(['--inclusive=yes']).filter((r) => r.fn.startsWith('icp::'))),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The heap at its peak during `cli analyze file` (massif): {peak_bytes, sites: [{fn, bytes, share}]},
 * the sites being the functions that called malloc/new (top level of massif's peak tree, summed by name).
 */
export function profileNativeHeap(cli, file, top = 12) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'icp-bench-massif-'));
  const out = path.join(scratch, 'massif.out');
  try {
    const run = spawnSync(VALGRIND, ['--tool=massif', `--massif-out-file=${out}`, cli, 'analyze', path.basename(file), '--quiet'], {
      cwd: path.dirname(file),
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(`massif failed (${run.status}): ${run.stderr.toString().slice(-2000)}`);
    const text = readFileSync(out, 'utf8');
    const at = text.indexOf('heap_tree=peak');
    if (at < 0) throw new Error('massif recorded no peak');
    const end = text.indexOf('\nsnapshot=', at);
    const snapshot = text.slice(text.lastIndexOf('snapshot=', at), end < 0 ? undefined : end);
    const peak = Number(/mem_heap_B=(\d+)/.exec(snapshot)[1]) + Number(/mem_heap_extra_B=(\d+)/.exec(snapshot)[1]);
    const bySite = new Map();
    for (const line of snapshot.split('\n')) {
      const m = /^ n\d+: (\d+) (?:0x[0-9A-Fa-f]+: )?(.*?)(?: \(in .*\))?$/.exec(line); // one space: top level
      if (!m) continue;
      const fn = shorten(m[2].replace(/ \(.*:\d+\)$/, ''));
      bySite.set(fn, (bySite.get(fn) ?? 0) + Number(m[1]));
    }
    return {
      peak_bytes: peak,
      file_bytes: statSync(file).size,
      sites: [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, bytes]) => ({ fn, bytes, share: bytes / peak })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// `node scripts/bench/profile_native.mjs CLI FILE` prints the profile.
if (import.meta.url === `file://${process.argv[1]}`) {
  const profile = profileNative(path.resolve(process.argv[2]), path.resolve(process.argv[3]));
  console.log(`${profile.total_ir.toLocaleString('en-US')} instructions, ${profile.ir_per_byte.toFixed(1)} per byte`);
  for (const [title, rows] of [['self', profile.self], ['inclusive (icp::)', profile.inclusive]]) {
    console.log(`\n${title}`);
    for (const r of rows) console.log(`${(r.share * 100).toFixed(1).padStart(5)}%  ${r.fn}  [${r.object}]`);
  }
  const heap = profileNativeHeap(path.resolve(process.argv[2]), path.resolve(process.argv[3]));
  console.log(`\nheap peak ${(heap.peak_bytes / 1e6).toFixed(1)} MB (${(heap.peak_bytes / heap.file_bytes).toFixed(2)}× the input), by allocating function:`);
  for (const r of heap.sites) console.log(`${(r.share * 100).toFixed(1).padStart(5)}%  ${(r.bytes / 1e6).toFixed(2).padStart(6)} MB  ${r.fn}`);
}
