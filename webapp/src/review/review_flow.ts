// The mapping review's behaviour: dropped files are previewed at once and read (their first megabyte)
// by the engine; the user's edits, a loaded mapping and the mapping kept from the last visit all end up
// in one model, whose mapping file the analysis uses. Engine reads of the review run one at a time.
import type { InspectionResult } from '../engine_client';
import type { MappingText } from '../worker/protocol';
import { keepMapping, forgetMapping, restoreMapping, type ActiveMapping } from './mapping_store';
import { previewFile } from './papa_preview';
import { ReviewView } from './render_review';
import {
  buildReview,
  isEdited,
  isReady,
  mappingText,
  mappingWithout,
  parseMappingText,
  refreshStageValues,
  replaceFile,
  type MappingFile,
  type ReviewModel,
} from './review_model';

export const SAVED_MAPPING_NAME = 'icp-drift-mapping.json';

export interface ReviewFlowOptions {
  inspect(files: File[], options: { mapping?: MappingText; roles?: string[] }): Promise<InspectionResult>;
  store: Parameters<typeof keepMapping>[0];
  /** The model, the mapping in use or the reading state changed: the page updates its buttons. */
  onChange(): void;
  /** Something went wrong that the user must read (role=alert). */
  onError(message: string): void;
  onNotice(message: string): void;
}

export class ReviewFlow {
  readonly view: ReviewView;
  private fileList: File[] = [];
  private active: ActiveMapping | null;
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(container: HTMLElement, private readonly options: ReviewFlowOptions) {
    this.active = restoreMapping(options.store);
    this.view = new ReviewView(container, {
      onEdit: (model) => this.edited(model),
      onRole: (index, role) => void this.reread(index, role),
      onStageColumn: (index, model) => void this.rereadStages(index, model),
      onRemove: (index) => void this.remove(index),
    });
  }

  get model(): ReviewModel | null {
    return this.view.model;
  }

  get mapping(): ActiveMapping | null {
    return this.active;
  }

  /** The engine is reading for the review. */
  get busy(): boolean {
    return this.pending > 0;
  }

  get hasFiles(): boolean {
    return this.fileList.length > 0;
  }

  /** The files in the review, in order. */
  get files(): readonly File[] {
    return this.fileList;
  }

  /** The names of the files in the review, in order. */
  get fileNames(): string[] {
    return this.fileList.map((f) => f.name);
  }

  /**
   * Adds files to the review: a file of the same name as one already there replaces it (an export
   * dropped again after a fix); the set is read again with the mapping in use.
   */
  add(files: File[]): Promise<void> {
    const names = new Set(files.map((f) => f.name));
    return this.open([...this.fileList.filter((f) => !names.has(f.name)), ...files]);
  }

  /** Takes a file out of the review; the others are read again. */
  remove(index: number): Promise<void> {
    const files = this.fileList.filter((_, i) => i !== index);
    if (files.length === this.fileList.length) return Promise.resolve();
    this.options.onNotice(`${this.fileList[index]!.name} was taken out of the analysis.`);
    return this.open(files);
  }

  /** Previews the files and has the engine read them; resolves when the review is ready (or replaced). */
  async open(files: File[]): Promise<void> {
    const generation = ++this.generation;
    this.fileList = files;
    this.view.start(files);
    if (files.length === 0) {
      this.options.onChange();
      return;
    }
    files.forEach((file, index) => {
      void previewFile(file).then((preview) => {
        if (generation === this.generation) this.view.showPreview(index, preview);
      });
    });
    await this.readAll(generation);
  }

  /** The files the analysis takes: those the engine could read, with a role. */
  readyFiles(): File[] {
    const model = this.model;
    if (!model) return [];
    return this.fileList.filter((_, i) => model.files[i] && isReady(model.files[i]!));
  }

  /** The mapping the analysis applies: none when nothing was loaded, kept or corrected. */
  mappingForAnalysis(): MappingText | undefined {
    const model = this.model;
    if (!model || (!this.active && !isEdited(model))) return undefined;
    return { json: mappingText(model), name: this.active?.name ?? SAVED_MAPPING_NAME };
  }

  /** The mapping file "Save mapping" writes: the review's, else the one in use. */
  savedMapping(): MappingText | null {
    const model = this.model;
    if (model) return { json: mappingText(model), name: this.active?.origin === 'loaded' ? this.active.name : SAVED_MAPPING_NAME };
    return this.active ? { json: this.active.json, name: this.active.name } : null;
  }

  /** Applies a mapping file the user picked: checked by the engine, then the files are read with it. */
  async load(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.options.onError(`"${file.name}" could not be read.`);
      return;
    }
    const parsed = parseMappingText(text, file.name);
    if (!parsed.ok) {
      this.options.onError(parsed.error);
      return;
    }
    const candidate: ActiveMapping = { json: text, name: file.name, origin: 'loaded' };
    const generation = ++this.generation;
    const result = await this.run(() => this.options.inspect(this.fileList, { mapping: candidate }));
    if (generation !== this.generation || result.kind === 'cancelled') return;
    if (result.kind === 'error') return this.options.onError(result.message);
    if (result.mappingError !== undefined) return this.options.onError(result.mappingError);
    this.active = candidate;
    keepMapping(this.options.store, candidate);
    if (this.fileList.length > 0) {
      this.view.show(buildReview(this.fileList.map((f) => f.name), result.results, result.roleFields, { loaded: parsed.mapping }));
    } else {
      this.options.onNotice(`Mapping "${file.name}" loaded: it will be applied to the files you drop.`);
    }
    this.options.onChange();
  }

  /** Stops using the kept or loaded mapping and reads the files afresh. */
  async forget(): Promise<void> {
    this.active = null;
    forgetMapping(this.options.store);
    this.options.onChange();
    if (this.fileList.length > 0) await this.readAll(++this.generation);
  }

  private async readAll(generation: number): Promise<void> {
    const mapping = this.active;
    const result = await this.run(() => this.options.inspect(this.fileList, mapping ? { mapping } : {}));
    if (generation !== this.generation || result.kind === 'cancelled') return;
    if (result.kind === 'error') {
      this.view.failed(result.message);
      this.options.onError(result.message);
      return;
    }
    if (result.mappingError !== undefined && mapping) {
      // The kept mapping no longer fits this engine: say so, drop it, read without it.
      this.active = null;
      forgetMapping(this.options.store);
      this.options.onError(`The kept mapping was not used: ${result.mappingError}`);
      await this.readAll(generation);
      return;
    }
    const loaded = mapping ? parsedOrNull(mapping) : null;
    this.view.show(buildReview(this.fileList.map((f) => f.name), result.results, result.roleFields, { loaded }));
    this.options.onChange();
  }

  private edited(model: ReviewModel): void {
    if (this.active || isEdited(model)) {
      const kept: ActiveMapping = {
        json: mappingText(model),
        name: this.active?.name ?? SAVED_MAPPING_NAME,
        origin: this.active?.origin === 'loaded' ? 'loaded' : 'edited',
      };
      this.active = kept;
      keepMapping(this.options.store, kept);
    }
    this.options.onChange();
  }

  /** File `index` read again with the role the user gave it; the other files' edits stay. */
  private async reread(index: number, role: string): Promise<void> {
    const model = this.model;
    const file = this.fileList[index];
    if (!model || !file) return;
    const generation = this.generation;
    this.view.checking(index);
    const mapping = { json: JSON.stringify(mappingWithout(model, index)), name: this.active?.name ?? SAVED_MAPPING_NAME };
    const result = await this.run(() => this.options.inspect([file], { mapping, roles: [role] }));
    const current = this.model;
    if (generation !== this.generation || !current) return;
    if (result.kind !== 'inspected' || result.mappingError !== undefined || !result.results[0]) {
      this.view.showFile(current, index);
      if (result.kind === 'error') this.options.onError(result.message);
      else if (result.kind === 'inspected' && result.mappingError) this.options.onError(result.mappingError);
      return;
    }
    const next = replaceFile(current, index, result.results[0], role);
    this.view.showFile(next, index);
    this.edited(next);
  }

  /** File `index`'s stage values read again from the column the user chose. */
  private async rereadStages(index: number, model: ReviewModel): Promise<void> {
    const file = this.fileList[index];
    if (!file) return;
    const generation = this.generation;
    const mapping = { json: mappingText(model), name: this.active?.name ?? SAVED_MAPPING_NAME };
    const result = await this.run(() => this.options.inspect([file], { mapping }));
    const current = this.model;
    if (generation !== this.generation || !current || result.kind !== 'inspected' || !result.results[0]) return;
    const next = refreshStageValues(current, index, result.results[0]);
    this.view.showFile(next, index);
    this.edited(next);
  }

  /** Engine reads of the review, one after the other (a new engine job would cancel the running one). */
  private run(read: () => Promise<InspectionResult>): Promise<InspectionResult> {
    this.pending++;
    this.options.onChange();
    const next = this.queue.then(read).finally(() => {
      this.pending--;
      this.options.onChange();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function parsedOrNull(mapping: ActiveMapping): MappingFile | null {
  const parsed = parseMappingText(mapping.json, mapping.name);
  return parsed.ok ? parsed.mapping : null;
}
