// The mapping review's quick look: each file's first megabyte through its own engine session, giving
// that file's inputs[] entry (role, mapping with confidences, column profiles, stage table, date
// order, notes) or the engine's message. A JSON document cut short cannot be parsed, so one that fails
// that way is read whole.
import type { EngineModule } from '@engine/icp_drift_web.mjs';
import type { InputReport } from '../report/report_types';
import { analyzeSources } from './analyze_sources';
import { fileSource, headSource, INSPECT_BYTES, looksLikeJson } from './byte_source';
import type { InspectResult, MappingText } from './protocol';

export interface InspectOptions {
  mapping?: MappingText;
  /** roles[i] for files[i]: 'auto' (the default) or a role the user chose. */
  roles?: readonly string[];
  /** Bytes read from each file (INSPECT_BYTES). */
  limit?: number;
}

export interface Inspection {
  results: InspectResult[];
  /** The user's mapping file was refused: its message (and no results). */
  mappingError?: string;
  /** The engine aborted: the worker must start a fresh instance. */
  broken?: boolean;
}

const noProgress = () => undefined;

export async function inspectFiles(engine: EngineModule, files: readonly File[], options: InspectOptions = {}): Promise<Inspection> {
  if (options.mapping) {
    const refused = mappingRefusal(engine, options.mapping);
    if (refused !== null) return { results: [], mappingError: refused };
  }
  const results: InspectResult[] = [];
  const common = { rejectedRows: false, summaryOnly: true, ...(options.mapping ? { mapping: options.mapping } : {}) };
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const role = options.roles?.[i] || 'auto';
    const head = await headSource(file, role, options.limit ?? INSPECT_BYTES);
    let partial = head.partial;
    let outcome = await analyzeSources(engine, [head.source], noProgress, common);
    if (!outcome.ok && outcome.part === 'mapping') return { results: [], mappingError: outcome.message };
    if (!outcome.ok && !outcome.broken && partial && looksLikeJson(new Uint8Array(await file.slice(0, 4096).arrayBuffer()))) {
      partial = false;
      outcome = await analyzeSources(engine, [fileSource(file, role)], noProgress, common);
    }
    if (!outcome.ok) {
      results.push({ ok: false, error: outcome.message });
      if (outcome.broken) {
        for (const rest of files.slice(i + 1)) {
          results.push({ ok: false, error: `"${rest.name}" was not checked: the engine stopped on "${file.name}".` });
        }
        return { results, broken: true };
      }
      continue;
    }
    const input = firstInput(outcome.json);
    results.push(input ? { ok: true, input, partial } : { ok: false, error: `The engine's summary of "${file.name}" could not be read.` });
  }
  return { results };
}

/** The engine's message when it refuses the mapping file, else null. */
function mappingRefusal(engine: EngineModule, mapping: MappingText): string | null {
  const session = new engine.Session();
  try {
    const set = session.setMapping(mapping.json, mapping.name);
    return set.ok ? null : set.error.trim() || `The mapping file "${mapping.name}" was refused and no reason given.`;
  } finally {
    session.delete();
  }
}

function firstInput(json: string): InputReport | null {
  try {
    const report = JSON.parse(json) as { inputs?: unknown };
    const input = Array.isArray(report.inputs) ? report.inputs[0] : null;
    return typeof input === 'object' && input !== null ? (input as InputReport) : null;
  } catch {
    return null;
  }
}
