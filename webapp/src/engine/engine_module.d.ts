// The engine's Embind façade (wasm/bindings.cpp), declared by hand: Emscripten 3.1.6 cannot emit
// TypeScript. The page's glue is an ES module whose default export instantiates the engine; the Node
// build (icp_drift_node.cjs) exports the same factory. tests/webapp/engine/engine_contract.test.ts
// calls every function declared here on the real build.
declare module '@engine/icp_drift_web.mjs' {
  export interface ModuleOptions {
    /** Where the .wasm file is, given its bare file name. */
    locateFile?(path: string): string;
    /** The .wasm bytes, when the caller already has them (Node tests). */
    wasmBinary?: ArrayBuffer | Uint8Array;
  }

  /** Errors come back as values, never thrown. `error` is one human line when `ok` is false. */
  export interface Outcome {
    ok: boolean;
    error: string;
  }

  export interface EngineSession {
    /** The user's mapping file (JSON) for the files that follow; a bad file names its bad key. */
    setMapping(json: string, sourceName: string): Outcome;
    /** Analysis settings (period, fiscal_year_start_month, gross_margin, as_of) as a settings file. */
    setSettings(json: string, sourceName: string): Outcome;
    /** The settings in force, as a settings file (JSON). */
    settingsJson(): string;
    /** A declared ICP (METHODS.md ICP JSON); drift is measured against it. '' clears it. */
    setIcp(json: string, sourceName: string): Outcome;
    /** Fit scores as CSV ('accounts' | 'open_deals'), '' when nothing can be scored. */
    scoredCsv(what: string): string;
    /** role: 'auto' | 'deals' | 'accounts' | 'revenue' | 'tickets' | 'spend'. */
    beginFile(name: string, role: string): Outcome;
    /** The open file's size in bytes, before its first chunk: the engine reserves its columns by it. */
    expectFileSize(bytes: number): void;
    /** Byte offset in HEAPU8 where up to `size` bytes may be copied. May grow memory. */
    chunkBuffer(size: number): number;
    /** Parses the `size` bytes just copied at chunkBuffer()'s offset. */
    pushChunk(size: number): Outcome;
    endFile(): Outcome;
    /** Drops the file being read (after an error); files already ended are kept. */
    abandonFile(): void;
    /** Data rows read so far in the current file. */
    rowsRead(): number;
    /** The report JSON, after every file has ended. */
    reportJson(): string;
    /** The mapping actually used for the files read so far, as a mapping file (JSON). */
    mappingJson(): string;
    /** That ended file's summary, as the report's inputs[index] (no analysis is run); '' when none. */
    inputJson(index: number): string;
    /** How many files have ended without error. */
    inputCount(): number;
    /** That file's rejected rows as CSV (line, reason, its columns); '' when none. */
    rejectedRowsCsv(index: number): string;
    /** Frees the C++ object. */
    delete(): void;
  }

  export interface EngineModule {
    /** The wasm memory. Replaced when memory grows: read it again after every call that may allocate. */
    HEAPU8: Uint8Array;
    Session: new () => EngineSession;
    version(): string;
    /** The canonical fields a role can map, as a JSON array of names ('[]' for an unknown role). */
    roleFields(role: string): string;
    sampleFileCount(): number;
    /** The ICP the sample's company declared (METHODS.md ICP JSON). */
    sampleIcpJson(): string;
    /** e.g. "deals.csv" */
    sampleFileName(index: number): string;
    /** e.g. "deals" */
    sampleFileRole(index: number): string;
    /** A JS-owned copy of the generated file. */
    sampleFileBytes(index: number): Uint8Array;
  }

  export type CreateModule = (options?: ModuleOptions) => Promise<EngineModule>;

  const createModule: CreateModule;
  export default createModule;
}
