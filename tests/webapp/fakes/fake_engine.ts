// A stand-in for the wasm engine that behaves like its Embind façade: a heap that is replaced when
// memory grows, sessions that read exactly the bytes copied at chunkBuffer()'s offset, errors as values.
import type { EngineModule, EngineSession, Outcome } from '@engine/icp_drift_web.mjs';

export interface FakeFile {
  name: string;
  role: string;
  bytes: Uint8Array;
  chunkSizes: number[];
  /** What expectFileSize() was told, and how many chunks had been pushed by then. */
  expectedSize?: { bytes: number; afterChunks: number };
}

export interface FakeEngineOptions {
  /** beginFile refuses a file with this name. */
  refuseName?: string;
  /** pushChunk throws (a wasm abort) while reading a file with this name. */
  abortName?: string;
  samples?: { name: string; role: string; text: string }[];
  /** setMapping refuses every mapping with this message. */
  mappingError?: string;
  /** setIcp / setSettings refuse every file with this message. */
  icpError?: string;
  settingsError?: string;
  /** What scoredCsv returns, by record kind ('open_deals' | 'accounts'). */
  scored?: Record<string, string>;
  /** Rejected rows (CSV) by file name. */
  rejected?: Record<string, string>;
  /** Extra keys of each file's inputs[] entry, by file name. */
  inputs?: Record<string, Record<string, unknown>>;
}

const ok: Outcome = { ok: true, error: '' };

export class FakeEngine implements EngineModule {
  HEAPU8 = new Uint8Array(16);
  /** Every heap the module had; all but the last are stale after a growth. */
  readonly heaps: Uint8Array[] = [this.HEAPU8];
  readonly files: FakeFile[] = [];
  /** Every mapping a session was given, in order. */
  readonly mappings: { json: string; name: string }[] = [];
  /** Every ICP and settings file a session was given, in order. */
  readonly icps: { json: string; name: string }[] = [];
  readonly settingsFiles: { json: string; name: string }[] = [];
  sessionsCreated = 0;
  sessionsDeleted = 0;
  readonly Session: new () => EngineSession;

  constructor(private readonly options: FakeEngineOptions = {}) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const engine = this;
    this.Session = class implements EngineSession {
      private file: FakeFile | null = null;
      private at = -1;
      private rows = 0;
      private readonly ended: FakeFile[] = [];
      constructor() {
        engine.sessionsCreated++;
      }
      setMapping(json: string, name: string): Outcome {
        if (engine.options.mappingError) return { ok: false, error: `${name}: ${engine.options.mappingError}` };
        engine.mappings.push({ json, name });
        return ok;
      }
      private settings = '{"icp_drift_settings":1,"period":"quarter","fiscal_year_start_month":1,"gross_margin":0.8,"as_of":null}';
      setSettings(json: string, name: string): Outcome {
        if (engine.options.settingsError) return { ok: false, error: `${name}: ${engine.options.settingsError}` };
        engine.settingsFiles.push({ json, name });
        this.settings = json;
        return ok;
      }
      settingsJson(): string {
        return this.settings;
      }
      setIcp(json: string, name: string): Outcome {
        if (engine.options.icpError) return { ok: false, error: `${name}: ${engine.options.icpError}` };
        engine.icps.push({ json, name });
        return ok;
      }
      scoredCsv(what: string): string {
        return engine.options.scored?.[what] ?? '';
      }
      beginFile(name: string, role: string): Outcome {
        if (name === engine.options.refuseName) return { ok: false, error: `${name}: no header row` };
        this.file = { name, role, bytes: new Uint8Array(0), chunkSizes: [] };
        this.rows = 0;
        return ok;
      }
      expectFileSize(bytes: number): void {
        const file = this.file!;
        file.expectedSize = { bytes, afterChunks: file.chunkSizes.length };
      }
      chunkBuffer(size: number): number {
        this.at = engine.reserve(size);
        return this.at;
      }
      pushChunk(size: number): Outcome {
        const file = this.file!;
        if (file.name === engine.options.abortName) throw new Error('Aborted(OOM)');
        const chunk = engine.HEAPU8.slice(this.at, this.at + size);
        const joined = new Uint8Array(file.bytes.length + size);
        joined.set(file.bytes);
        joined.set(chunk, file.bytes.length);
        file.bytes = joined;
        file.chunkSizes.push(size);
        this.rows += chunk.filter((b) => b === 10).length;
        return ok;
      }
      endFile(): Outcome {
        engine.files.push(this.file!);
        this.ended.push(this.file!);
        this.file = null;
        return ok;
      }
      abandonFile(): void {
        this.file = null;
      }
      rowsRead(): number {
        return this.rows;
      }
      reportJson(): string {
        return JSON.stringify({ schema_version: 'fake', inputs: this.inputs() });
      }
      inputs(): object[] {
        return this.ended.map((f) => ({
          file: f.name,
          role: f.role,
          rows_read: f.chunkSizes.length,
          ...engine.options.inputs?.[f.name],
        }));
      }
      inputJson(index: number): string {
        const inputs = this.inputs();
        return index >= 0 && index < inputs.length ? JSON.stringify(inputs[index]) : '';
      }
      mappingJson(): string {
        return JSON.stringify({ icp_drift_mapping: 1, files: this.ended.map((f) => ({ file: f.name, role: f.role })) });
      }
      inputCount(): number {
        return this.ended.length;
      }
      rejectedRowsCsv(index: number): string {
        const file = this.ended[index];
        return (file && engine.options.rejected?.[file.name]) ?? '';
      }
      delete(): void {
        engine.sessionsDeleted++;
      }
    };
  }

  /** Grows the heap like wasm memory: a new, bigger view; the old one keeps no meaning. */
  reserve(size: number): number {
    const at = 8; // never 0, like a real allocation
    if (at + size > this.HEAPU8.length) {
      this.HEAPU8 = new Uint8Array(Math.max(at + size, this.HEAPU8.length * 2));
      this.heaps.push(this.HEAPU8);
    }
    return at;
  }

  version(): string {
    return 'fake-0';
  }
  roleFields(role: string): string {
    const fields: Record<string, string[]> = {
      deals: ['deal_id', 'stage', 'amount'],
      accounts: ['account_id', 'industry'],
      revenue: ['account_id', 'month', 'mrr'],
      tickets: ['ticket_id', 'account_id'],
      spend: ['period', 'amount'],
    };
    return JSON.stringify(fields[role] ?? []);
  }
  sampleFileCount(): number {
    return this.options.samples?.length ?? 0;
  }
  sampleFileName(index: number): string {
    return this.options.samples![index]!.name;
  }
  sampleFileRole(index: number): string {
    return this.options.samples![index]!.role;
  }
  sampleIcpJson(): string {
    return '{"name":"Fake ICP","rules":[]}';
  }
  sampleFileBytes(index: number): Uint8Array {
    return new TextEncoder().encode(this.options.samples![index]!.text);
  }
}

export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
