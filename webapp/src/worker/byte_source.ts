// A file to feed the engine: its name, its role, its size and its bytes as a stream of slices.
// Dropped files and the generated sample files both become ByteSources, so both take one path.
import type { EngineModule } from '@engine/icp_drift_web.mjs';

export interface ByteSource {
  name: string;
  /** 'auto' | 'deals' | 'accounts' */
  role: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

/** A dropped or picked file, read with File.stream(): never held whole in memory. */
export function fileSource(file: File, role = 'auto'): ByteSource {
  return {
    name: file.name,
    role,
    size: file.size,
    async *chunks() {
      const reader = file.stream().getReader();
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
    },
  };
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
