// The most a browser tab can analyse. The engine is 32-bit WebAssembly: its memory stops at 2 GiB
// (MAXIMUM_MEMORY in wasm/CMakeLists.txt), and it holds about 1.6 bytes per byte of input at its peak
// (docs/BENCHMARKS.md: 300 MB of wasm memory for the 189 MB export of a million deals). Files whose
// total is over the limit are refused when they are dropped, with the way out, instead of running
// the tab out of memory halfway through; the command-line tool has no such limit.
import { formatBytes } from '../report/format';

/** Total bytes of input above which the page refuses the files (≈ 2 GiB ÷ 1.6, with room to spare). */
export const BROWSER_INPUT_LIMIT_BYTES = 1_200_000_000;

/** The message for files too large to analyse here together, or null when they fit. */
export function tooLargeForBrowser(files: readonly { name: string; size: number }[], limit = BROWSER_INPUT_LIMIT_BYTES): string | null {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= limit) return null;
  const largest = files.reduce((a, b) => (b.size > a.size ? b : a));
  const what = files.length === 1
    ? `"${largest.name}" (${formatBytes(largest.size)}) is`
    : `These ${files.length} files (${formatBytes(total)} together, the largest "${largest.name}" at ${formatBytes(largest.size)}) are`;
  return `${what} too large to analyse in this browser tab: a tab's engine can hold about ${formatBytes(limit)} of exports. ` +
    'Nothing was read. Use the icp-drift command-line tool for files this size (icp-drift analyze FILE, see the README); ' +
    'it reads them with no such limit and gives the same report.';
}
