// The messages between the page and the engine worker. One request at a time; a cancel is the page
// terminating the worker, so no message is needed for it.

export type WorkerRequest =
  | { type: 'analyze'; files: File[] }
  | { type: 'sample' };

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

export type WorkerResponse =
  | ProgressMessage
  | { type: 'report'; json: string }
  | { type: 'error'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
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
    case 'report':
      return typeof data.json === 'string' ? { type: 'report', json: data.json } : null;
    case 'error':
      return typeof data.message === 'string' ? { type: 'error', message: data.message } : null;
    default:
      return null;
  }
}

/** The request the page sent, or null when the message is not one. */
export function parseRequest(data: unknown): WorkerRequest | null {
  if (!isRecord(data)) return null;
  if (data.type === 'sample') return { type: 'sample' };
  if (data.type === 'analyze' && Array.isArray(data.files) && data.files.every(isFileLike)) {
    return { type: 'analyze', files: data.files as File[] };
  }
  return null;
}

function isFileLike(value: unknown): boolean {
  return isRecord(value) && typeof value.name === 'string' && typeof value.size === 'number' &&
    typeof (value as { stream?: unknown }).stream === 'function';
}
