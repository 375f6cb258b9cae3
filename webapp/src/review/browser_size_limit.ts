// The most a browser tab can analyse. The engine is 32-bit WebAssembly: its memory stops at 2 GiB
// (MAXIMUM_MEMORY in wasm/CMakeLists.txt). What it holds at its peak grows with the input, by kind
// (docs/BENCHMARKS.md, measured with the wasm build in Node): a CSV export is read as a stream, about
// 0.7 bytes of memory per byte of input (134 MB for the 189 MB export of a million deals, 1.42 GB
// for 2.08 GB); a JSON export is held whole while it is read, about 1.3 (544 MB for the same million
// deals as a 417 MB JSON array). Files whose estimate is over the budget are refused when they are
// dropped, with the way out, instead of running the tab out of memory halfway through; the
// command-line tool has no such limit.
import { formatBytes } from '../report/format';

/** Engine memory the dropped files may take together, by the estimate below (2 GiB, less room for the rest). */
export const BROWSER_MEMORY_BUDGET_BYTES = 1_750_000_000;

/** Engine memory per byte of input, with room above what was measured. */
const MEMORY_PER_BYTE = { csv: 0.8, json: 1.4 } as const;

function isJson(name: string): boolean {
  return /\.(json|ndjson|jsonl)$/i.test(name);
}

/** The engine memory a set of files is expected to take at its peak. */
export function estimatedEngineBytes(files: readonly { name: string; size: number }[]): number {
  return files.reduce((sum, f) => sum + f.size * (isJson(f.name) ? MEMORY_PER_BYTE.json : MEMORY_PER_BYTE.csv), 0);
}

/** The largest CSV export a tab takes alone (for messages and the README: about 2.2 GB). */
export const BROWSER_CSV_LIMIT_BYTES = Math.floor(BROWSER_MEMORY_BUDGET_BYTES / MEMORY_PER_BYTE.csv);
/**
 * The largest JSON export a tab takes alone: the engine reads at most 1 GiB of JSON a file
 * (core/json/json_records.h, max_bytes), under the memory budget's 1.25 GB.
 */
export const BROWSER_JSON_LIMIT_BYTES = Math.min(2 ** 30, Math.floor(BROWSER_MEMORY_BUDGET_BYTES / MEMORY_PER_BYTE.json));

/** The message for files too large to analyse here together, or null when they fit. */
export function tooLargeForBrowser(files: readonly { name: string; size: number }[], budget = BROWSER_MEMORY_BUDGET_BYTES): string | null {
  const json = files.find((f) => isJson(f.name) && f.size > BROWSER_JSON_LIMIT_BYTES);
  if (json !== undefined) {
    return `"${json.name}" (${formatBytes(json.size)}) is too large to analyse in this browser tab: a JSON export is held ` +
      `whole while it is read, at most ${formatBytes(BROWSER_JSON_LIMIT_BYTES)} a file (in the command-line tool too). ` +
      'Nothing was read. Export it as CSV instead: a CSV export is read as a stream, up to about ' +
      `${formatBytes(Math.floor(budget / MEMORY_PER_BYTE.csv))} here and with no limit in the command-line tool.`;
  }
  if (estimatedEngineBytes(files) <= budget) return null;
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const largest = files.reduce((a, b) => (b.size > a.size ? b : a));
  const what = files.length === 1
    ? `"${largest.name}" (${formatBytes(largest.size)}) is`
    : `These ${files.length} files (${formatBytes(total)} together, the largest "${largest.name}" at ${formatBytes(largest.size)}) are`;
  const csv = Math.floor(budget / MEMORY_PER_BYTE.csv);
  const jsonBytes = Math.min(BROWSER_JSON_LIMIT_BYTES, Math.floor(budget / MEMORY_PER_BYTE.json));
  return `${what} too large to analyse in this browser tab: a tab's engine can hold about ${formatBytes(csv)} of CSV exports, ` +
    `or ${formatBytes(jsonBytes)} of JSON (held whole while it is read). ` +
    'Nothing was read. Use the icp-drift command-line tool for files this size (icp-drift analyze FILE, see the README); ' +
    'it reads them with no such limit and gives the same report.';
}
