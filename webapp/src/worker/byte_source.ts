// A file to feed the engine: its name, its role, its size and its bytes as a stream of slices.
// Dropped files and the generated sample files both become ByteSources, so both take one path.
import type { EngineModule } from '@engine/icp_drift_web.mjs';

export interface ByteSource {
  name: string;
  /** 'auto' | 'deals' | 'accounts' | 'revenue' | 'tickets' | 'spend' */
  role: string;
  size: number;
  /** The bytes in slices; a slice may be reused once the next is asked for (copy what you keep). */
  chunks(): AsyncIterable<Uint8Array>;
}

/** How much of a file one read brings: the one buffer a file is read into, over and over. */
export const READ_BUFFER_BYTES = 1024 * 1024;

/**
 * A dropped or picked file, read with File.stream(): never held whole in memory. Where the browser's
 * file stream is a byte stream (Chromium, Firefox), every slice is read into one buffer, so reading
 * a file of hundreds of megabytes leaves no garbage of slices behind (a fresh slice per read let some
 * 50–100 MB of them wait for the collector on a 189 MB export). A slice is therefore valid only until
 * the next one is asked for: a consumer that keeps bytes copies them.
 */
export function fileSource(file: File, role = 'auto'): ByteSource {
  return {
    name: file.name,
    role,
    size: file.size,
    chunks() {
      return streamSlices(file.stream());
    },
  };
}

/** A stream's bytes in slices: into one reused buffer where it is a byte stream, else as it gives them. */
export async function* streamSlices(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const byob = byobReader(stream);
  if (!byob) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value.length > 0) yield value;
      }
    } finally {
      // Stops the read when the consumer leaves early (an engine error).
      void reader.cancel().catch(() => undefined);
    }
  }
  let buffer = new ArrayBuffer(READ_BUFFER_BYTES);
  try {
    for (;;) {
      // The read takes the buffer over and gives it back, filled, as value.buffer.
      const { done, value } = await byob.read(new Uint8Array(buffer));
      if (done || !value) return;
      buffer = value.buffer as ArrayBuffer;
      if (value.length > 0) yield value;
    }
  } finally {
    void byob.cancel().catch(() => undefined);
  }
}

/** A reader into our own buffer, or undefined where the stream is not a byte stream. */
function byobReader(stream: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | undefined {
  try {
    return (stream as ReadableStream<Uint8Array> & { getReader(options: { mode: 'byob' }): ReadableStreamBYOBReader }).getReader({ mode: 'byob' });
  } catch {
    return undefined;
  }
}

/** How much of a file the mapping review reads: enough rows to profile, read in a blink. */
export const INSPECT_BYTES = 1024 * 1024;

/**
 * The first `limit` bytes of a file for inspection, cut after the last line break so no row is read
 * half (a UTF-16 little-endian line break keeps its second byte). `partial` is false when the whole
 * file fits.
 */
export async function headSource(file: File, role = 'auto', limit = INSPECT_BYTES): Promise<{ source: ByteSource; partial: boolean }> {
  if (file.size <= limit) return { source: fileSource(file, role), partial: false };
  const bytes = new Uint8Array(await file.slice(0, limit).arrayBuffer());
  return { source: bytesSource(file.name, role, bytes.subarray(0, wholeLinesEnd(bytes))), partial: true };
}

/** Where the last complete line of `bytes` ends (all of it when there is no line break). */
export function wholeLinesEnd(bytes: Uint8Array): number {
  const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  for (let i = bytes.length - 1; i >= 0; i--) {
    if (bytes[i] !== 0x0a) continue;
    const end = utf16le ? i + 2 : i + 1;
    if (utf16le && (i % 2 !== 0 || end > bytes.length)) continue; // not a UTF-16 code unit boundary
    return end;
  }
  return bytes.length;
}

/** A JSON document (array or object) rather than lines: its first part alone cannot be parsed. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 4096)) {
    if (b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe || b === 0x00) continue; // BOMs, UTF-16
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x5b || b === 0x7b; // [ or {
  }
  return false;
}

/** Bytes already in memory (the generated sample files). */
export function bytesSource(name: string, role: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    role,
    size: bytes.length,
    async *chunks() {
      if (bytes.length > 0) yield bytes;
    },
  };
}

/** The engine's built-in sample dataset, with the roles the engine gives its files. */
export function sampleSources(engine: EngineModule): ByteSource[] {
  const sources: ByteSource[] = [];
  const count = engine.sampleFileCount();
  for (let i = 0; i < count; i++) {
    sources.push(bytesSource(engine.sampleFileName(i), engine.sampleFileRole(i), engine.sampleFileBytes(i)));
  }
  return sources;
}
