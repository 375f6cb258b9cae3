// The messages between the page and the engine worker. One request at a time; a cancel is the page
// terminating the worker, so no message is needed for it.
import type { InputReport } from '../report/report_types';

/** A mapping file's text and the name it goes by in messages ("team-mapping.json"). */
export interface MappingText {
  json: string;
  name: string;
}

/**
 * What an analysis is run with besides the files: the declared ICP (METHODS.md ICP JSON; json '' means
 * none, and left out the sample uses its own) and the analysis settings (a settings file: windows,
 * scorecard answers).
 */
export interface AnalysisChoices {
  icp?: MappingText;
  settings?: MappingText;
}

/** The name the sample's own declared ICP goes by in messages. */
export const SAMPLE_ICP_NAME = 'sample-icp.json';

export type WorkerRequest =
  /** The full analysis of every file, with the user's mapping when there is one. */
  | ({ type: 'analyze'; files: File[]; mapping?: MappingText } & AnalysisChoices)
  /** A quick look at the first megabyte of each file, each in its own session; roles[i] overrides 'auto'. */
  | { type: 'inspect'; files: File[]; mapping?: MappingText; roles?: string[] }
  | ({ type: 'sample' } & AnalysisChoices)
  /**
   * Runs the built-in sample through the engine once and throws the result away, while the page idles
   * before the first drop: V8 first runs wasm as baseline code and optimizes the hot functions only
   * after they have run a while, so the first analysis of a page paid for that (10k deals 5× slower).
   * Skipped when a real request is already waiting.
   */
  | { type: 'warm-up' };

/** How the warm-up went: done, skipped (a real request came first) or failed (the next request says why). */
export type WarmUpOutcome = 'done' | 'skipped' | 'failed';

/** The fit scores as the engine writes them (`icp-drift score`): CSV, '' when nothing could be scored. */
export interface ScoredCsv {
  openDeals: string;
  accounts: string;
}

/** Which of the user's files the engine refused, when it was not a data file. */
export type RefusedPart = 'mapping' | 'icp' | 'settings';

export interface ProgressMessage {
  type: 'progress';
  /** The file being read. */
  file: string;
  /** Bytes read so far, over every file of the request. */
  bytesDone: number;
  /** Bytes of every file of the request. */
  bytesTotal: number;
  /** Data rows read so far, over every file of the request. */
  rows: number;
}

/** One file's rejected rows as the engine wrote them (CSV), for "Download rejected rows". */
export interface RejectedRows {
  name: string;
  csv: string;
}

/** What inspecting one file gave: its inputs[] entry, or the engine's message. */
export type InspectResult =
  | { ok: true; input: InputReport; /** only the first part of the file was read */ partial: boolean }
  | { ok: false; error: string };

/** The canonical fields each role can map (the engine's roleFields). */
export type RoleFields = Record<string, string[]>;

export type WorkerResponse =
  | ProgressMessage
  | { type: 'report'; json: string; rejected: RejectedRows[]; scored: ScoredCsv }
  | { type: 'inspected'; results: InspectResult[]; roleFields: RoleFields; mappingError?: string }
  | { type: 'error'; message: string; part?: RefusedPart }
  | { type: 'warmed'; outcome: WarmUpOutcome; ms: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function parseRejected(value: unknown): RejectedRows[] | null {
  if (!Array.isArray(value)) return null;
  const out: RejectedRows[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.name !== 'string' || typeof item.csv !== 'string') return null;
    out.push({ name: item.name, csv: item.csv });
  }
  return out;
}

function parseInspectResult(value: unknown): InspectResult | null {
  if (!isRecord(value)) return null;
  if (value.ok === true) {
    const input = value.input;
    if (!isRecord(input) || Array.isArray(input) || typeof input.file !== 'string' || typeof input.role !== 'string') {
      return null;
    }
    return { ok: true, input: input as InputReport, partial: value.partial === true };
  }
  if (value.ok === false && typeof value.error === 'string') return { ok: false, error: value.error };
  return null;
}

function parseRoleFields(value: unknown): RoleFields | null {
  if (!isRecord(value) || Array.isArray(value)) return null;
  const out: RoleFields = {};
  for (const [role, fields] of Object.entries(value)) {
    if (!isStringArray(fields)) return null;
    out[role] = [...fields];
  }
  return out;
}

/** The response a worker sent, or null when the message is not one (never trusted blindly). */
export function parseResponse(data: unknown): WorkerResponse | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'progress':
      if (typeof data.file !== 'string' || !isCount(data.bytesDone) || !isCount(data.bytesTotal) || !isCount(data.rows)) {
        return null;
      }
      return { type: 'progress', file: data.file, bytesDone: data.bytesDone, bytesTotal: data.bytesTotal, rows: data.rows };
    case 'report': {
      if (typeof data.json !== 'string') return null;
      const rejected = data.rejected === undefined ? [] : parseRejected(data.rejected);
      const scored = data.scored === undefined ? { openDeals: '', accounts: '' } : parseScored(data.scored);
      return rejected && scored ? { type: 'report', json: data.json, rejected, scored } : null;
    }
    case 'inspected': {
      if (!Array.isArray(data.results)) return null;
      const results = data.results.map(parseInspectResult);
      if (results.some((r) => r === null)) return null;
      const roleFields = parseRoleFields(data.roleFields);
      if (!roleFields) return null;
      if (data.mappingError !== undefined && typeof data.mappingError !== 'string') return null;
      const response: WorkerResponse = { type: 'inspected', results: results as InspectResult[], roleFields };
      if (typeof data.mappingError === 'string') response.mappingError = data.mappingError;
      return response;
    }
    case 'warmed':
      if ((data.outcome !== 'done' && data.outcome !== 'skipped' && data.outcome !== 'failed') || !isCount(data.ms)) return null;
      return { type: 'warmed', outcome: data.outcome, ms: data.ms };
    case 'error': {
      if (typeof data.message !== 'string') return null;
      if (data.part === undefined) return { type: 'error', message: data.message };
      return isRefusedPart(data.part) ? { type: 'error', message: data.message, part: data.part } : null;
    }
    default:
      return null;
  }
}

function parseScored(value: unknown): ScoredCsv | null {
  if (!isRecord(value) || typeof value.openDeals !== 'string' || typeof value.accounts !== 'string') return null;
  return { openDeals: value.openDeals, accounts: value.accounts };
}

function isRefusedPart(value: unknown): value is RefusedPart {
  return value === 'mapping' || value === 'icp' || value === 'settings';
}

function parseMapping(value: unknown): MappingText | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value) || typeof value.json !== 'string' || typeof value.name !== 'string') return null;
  return { json: value.json, name: value.name };
}

/** The ICP and settings of a request, or null when either is malformed. */
function parseChoices(data: Record<string, unknown>): AnalysisChoices | null {
  const icp = parseMapping(data.icp);
  const settings = parseMapping(data.settings);
  if (icp === null || settings === null) return null;
  const choices: AnalysisChoices = {};
  if (icp) choices.icp = icp;
  if (settings) choices.settings = settings;
  return choices;
}

/** The request the page sent, or null when the message is not one. */
export function parseRequest(data: unknown): WorkerRequest | null {
  if (!isRecord(data)) return null;
  if (data.type === 'warm-up') return { type: 'warm-up' };
  if (data.type === 'sample') {
    const choices = parseChoices(data);
    return choices ? { type: 'sample', ...choices } : null;
  }
  if ((data.type !== 'analyze' && data.type !== 'inspect') || !Array.isArray(data.files) || !data.files.every(isFileLike)) {
    return null;
  }
  const files = data.files as File[];
  const mapping = parseMapping(data.mapping);
  if (mapping === null) return null;
  if (data.type === 'analyze') {
    const choices = parseChoices(data);
    if (!choices) return null;
    return mapping ? { type: 'analyze', files, mapping, ...choices } : { type: 'analyze', files, ...choices };
  }
  const request: WorkerRequest = { type: 'inspect', files };
  if (mapping) request.mapping = mapping;
  if (data.roles !== undefined) {
    if (!isStringArray(data.roles) || data.roles.length !== files.length) return null;
    request.roles = [...data.roles];
  }
  return request;
}

function isFileLike(value: unknown): boolean {
  return isRecord(value) && typeof value.name === 'string' && typeof value.size === 'number' &&
    typeof (value as { stream?: unknown }).stream === 'function';
}
