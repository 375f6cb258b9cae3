// Streams files through one engine session and returns the report JSON, with each file's rejected
// rows from the same session. Every slice is copied once, straight into the wasm heap. Errors are
// values: an engine refusal comes back as its message (`part` names the user's mapping, ICP or
// settings file when it was that file the engine refused), and a thrown exception (an abort, an unreadable file) as a message plus `broken`, which
// tells the worker to start a fresh engine instance before the next request.
import type { EngineModule, EngineSession } from '@engine/icp_drift_web.mjs';
import type { MappingText, ProgressMessage, RefusedPart, RejectedRows, ScoredCsv } from './protocol';
import type { ByteSource } from './byte_source';

/** Slices bigger than this are pushed in pieces, so the engine's chunk buffer stays small. */
export const MAX_PIECE_BYTES = 4 * 1024 * 1024;

export type AnalysisOutcome =
  | { ok: true; json: string; rejected: RejectedRows[]; scored: ScoredCsv }
  | { ok: false; message: string; broken: boolean; part?: RefusedPart };

export interface AnalyzeOptions {
  /** The user's mapping file, applied to every file. */
  mapping?: MappingText;
  /** The declared ICP (json '' for none). */
  icp?: MappingText;
  /** The analysis settings, as a settings file. */
  settings?: MappingText;
  /** Also write the fit scores of open deals and accounts as CSV (default false). */
  scored?: boolean;
  /** Collect each file's rejected rows (default true; the mapping review does not need them). */
  rejectedRows?: boolean;
  /**
   * Only the files' summaries (the report's inputs[], no analysis): json is {"inputs": [...]}. The
   * mapping review needs no more, and the analysis of its first megabyte would cost seconds.
   */
  summaryOnly?: boolean;
  /** Milliseconds between progress messages (the last one of each file is always sent). */
  progressIntervalMs?: number;
  now?: () => number;
}

export async function analyzeSources(
  engine: EngineModule,
  sources: readonly ByteSource[],
  onProgress: (progress: ProgressMessage) => void,
  options: AnalyzeOptions = {},
): Promise<AnalysisOutcome> {
  if (sources.length === 0) return { ok: false, message: 'No file was given.', broken: false };
  const interval = options.progressIntervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  const bytesTotal = sources.reduce((sum, source) => sum + source.size, 0);
  let bytesBefore = 0;
  let rowsBefore = 0;
  let current = sources[0]!.name;
  let session: EngineSession | null = null;
  try {
    session = new engine.Session();
    const s = session;
    const setters: [RefusedPart, MappingText | undefined, (json: string, name: string) => { ok: boolean; error: string }][] = [
      ['mapping', options.mapping, (json, name) => s.setMapping(json, name)],
      ['settings', options.settings, (json, name) => s.setSettings(json, name)],
      ['icp', options.icp, (json, name) => s.setIcp(json, name)],
    ];
    for (const [part, file, set] of setters) {
      if (!file) continue;
      const outcome = set(file.json, file.name);
      if (!outcome.ok) {
        const message = outcome.error.trim() || `The ${part === 'icp' ? 'ICP' : part} file "${file.name}" was refused and no reason given.`;
        return { ok: false, message, broken: false, part };
      }
    }
    let lastPost = -Infinity;
    const report = (file: string, bytesDone: number, rows: number, force: boolean) => {
      const t = now();
      if (!force && t - lastPost < interval) return;
      lastPost = t;
      onProgress({ type: 'progress', file, bytesDone, bytesTotal, rows });
    };

    for (const source of sources) {
      current = source.name;
      const begun = session.beginFile(source.name, source.role);
      if (!begun.ok) return refused(begun.error, source.name);
      session.expectFileSize(source.size);
      report(source.name, bytesBefore, rowsBefore, true);
      let done = 0;
      for await (const slice of source.chunks()) {
        for (let offset = 0; offset < slice.length; offset += MAX_PIECE_BYTES) {
          const piece = slice.subarray(offset, Math.min(offset + MAX_PIECE_BYTES, slice.length));
          const at = session.chunkBuffer(piece.length);
          // chunkBuffer may grow the memory, which replaces HEAPU8: read it after the call.
          engine.HEAPU8.set(piece, at);
          const pushed = session.pushChunk(piece.length);
          if (!pushed.ok) return refused(pushed.error, source.name);
          done += piece.length;
          report(source.name, bytesBefore + done, rowsBefore + session.rowsRead(), false);
        }
      }
      const rowsBeforeEnd = session.rowsRead();
      const ended = session.endFile();
      if (!ended.ok) return refused(ended.error, source.name);
      // endFile may read a last row without a line break; an engine that resets the count keeps ours.
      rowsBefore += Math.max(rowsBeforeEnd, session.rowsRead());
      bytesBefore += done;
      report(source.name, bytesBefore, rowsBefore, true);
    }
    const json = options.summaryOnly ? summaryJson(session) : session.reportJson();
    const scored = options.scored
      ? { openDeals: session.scoredCsv('open_deals'), accounts: session.scoredCsv('accounts') }
      : { openDeals: '', accounts: '' };
    return { ok: true, json, rejected: options.rejectedRows === false ? [] : rejectedRowsOf(session, sources), scored };
  } catch (thrown) {
    return { ok: false, message: describeThrown(thrown, current), broken: true };
  } finally {
    try {
      session?.delete();
    } catch {
      // The instance is already broken; the worker replaces it.
    }
  }
}

/** {"inputs": [...]}: each ended file's summary, as the report holds it. */
function summaryJson(session: EngineSession): string {
  const inputs: string[] = [];
  for (let i = 0; i < session.inputCount(); i++) inputs.push(session.inputJson(i));
  return `{"inputs":[${inputs.join(',')}]}`;
}

/** Each file's rejected rows, for the files that rejected any (as the CLI's --rejected-dir writes them). */
function rejectedRowsOf(session: EngineSession, sources: readonly ByteSource[]): RejectedRows[] {
  const rejected: RejectedRows[] = [];
  const count = Math.min(session.inputCount(), sources.length);
  for (let i = 0; i < count; i++) {
    const csv = session.rejectedRowsCsv(i);
    if (csv !== '') rejected.push({ name: sources[i]!.name, csv });
  }
  return rejected;
}

function refused(error: string, file: string): AnalysisOutcome {
  const message = error.trim() || `The engine could not read "${file}" and gave no reason.`;
  return { ok: false, message, broken: false };
}

/** One readable line for an exception thrown while reading `file`. */
export function describeThrown(thrown: unknown, file: string): string {
  const detail = (thrown instanceof Error ? thrown.message : String(thrown))
    .replace(/\s*Build with -s ASSERTIONS=1 for more info\.?/, '')
    .replace(/\.$/, '');
  if (/out of memory|cannot enlarge memory|allocation failed/i.test(detail) || /\bOOM\b/.test(detail)) {
    return `"${file}" is too large to analyse in this browser tab (it ran out of memory). ` +
      'Use the icp-drift command-line tool for files this size.';
  }
  if (thrown instanceof DOMException && thrown.name === 'NotReadableError') {
    return `"${file}" could not be read: it may have been moved or changed since it was chosen.`;
  }
  if (/^Aborted\(/.test(detail) || thrown instanceof WebAssembly.RuntimeError) {
    return `The engine stopped while reading "${file}" (${detail}). If the file is very large, ` +
      'the icp-drift command-line tool reads it without the browser\'s memory limit.';
  }
  return `The engine stopped while reading "${file}": ${detail || 'unknown error'}.`;
}
