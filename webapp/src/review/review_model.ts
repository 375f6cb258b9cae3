// The mapping review as data: what the engine read from each file (its inputs[] entry) becomes an
// editable model — role, the column of every canonical field, the stage → outcome table, the date
// order — and the model becomes a mapping file (core/mapping/mapping_file.h) for the analysis, the
// "Save mapping" button and the CLI's --mapping. Pure: no DOM, no engine; every edit returns a new model.
import type { ColumnSummary, DateOrder, InputReport, MappingDetail, Outcome } from '../report/report_types';
import type { InspectResult, RoleFields } from '../worker/protocol';

export const ROLES = ['deals', 'accounts', 'revenue', 'tickets', 'spend'] as const;
export type Role = (typeof ROLES)[number];
export const OUTCOMES: readonly Outcome[] = ['won', 'lost', 'open'];
export const MAPPING_VERSION = 1;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** One value of a stage/outcome column; the outcome itself lives in ReviewModel.stages. */
export interface StageValue {
  column: string;
  value: string;
  rows: number;
}

export interface FileReview {
  name: string;
  /** The role the analysis will give the file; null when the engine could not tell and nobody chose. */
  role: Role | null;
  /** What the engine said about the role (null confidence when it gave none). */
  roleConfidence: number | null;
  roleReason: string;
  /** The engine's message when it could not read the file; such a file is left out of the analysis. */
  error: string | null;
  /** Only the first part of the file was read. */
  partial: boolean;
  rowsRead: number | null;
  /** "csv" | "json" */
  format: string | null;
  encoding: string | null;
  delimiter: string | null;
  columns: ColumnSummary[];
  /** The engine's guess for each field it mapped: column, confidence, reason. */
  guesses: Record<string, MappingDetail>;
  /** The column of each field (null: not mapped). */
  mapping: Record<string, string | null>;
  dateOrder: DateOrder | null;
  dateOrderSource: 'data' | 'assumed' | 'mapping' | null;
  /** The order the engine assumed, when the data could not decide it. */
  assumedDateOrder: DateOrder | null;
  stageValues: StageValue[];
  notes: string[];
  warnings: string[];
  /** Keys of a loaded mapping rule the review does not edit (decimal_mark), written back unchanged. */
  kept: Record<string, string>;
}

/** A stage value's outcome; "deleted" is the engine's own reading (deleted deals), never written. */
export interface StageOutcome {
  value: string;
  outcome: Outcome | 'deleted';
}

export interface ReviewModel {
  files: FileReview[];
  roleFields: RoleFields;
  /** Every stage value of every deals file, keyed by stageKey(value), in first-seen order. */
  stages: Record<string, StageOutcome>;
  /** Rules and stage outcomes of a loaded mapping that no reviewed file uses: kept, written back. */
  otherRules: MappingRule[];
  otherStages: Record<string, Outcome>;
  /** The mapping text of the engine's own reading, before any edit (see isEdited). */
  baseline: string;
}

/** A mapping file (JSON), as mapping_file.h describes it. */
export interface MappingRule {
  file?: string;
  role?: Role;
  columns?: Record<string, string | null>;
  date_order?: DateOrder;
  decimal_mark?: string;
  [key: string]: unknown;
}

export interface MappingFile {
  icp_drift_mapping: number;
  files: MappingRule[];
  stages: Record<string, Outcome>;
}

/** The engine matches stage values trimmed and case-insensitively (stage_table.cpp stage_key). */
export function stageKey(value: string): string {
  return value.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** A mapping value is the column's header, or an object naming it. */
function columnOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { column?: unknown }).column === 'string') {
    return (value as { column: string }).column;
  }
  return null;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The fields a file shows: its role's fields, then any other field the engine mapped. */
export function fieldsOf(file: FileReview, roleFields: RoleFields): string[] {
  const fields = file.role ? [...(roleFields[file.role] ?? [])] : [];
  for (const field of Object.keys(file.mapping)) if (!fields.includes(field)) fields.push(field);
  return fields;
}

/** A file as the engine read it (or could not), with the rule of a loaded mapping for its name. */
export function fileReviewOf(name: string, result: InspectResult, roleFields: RoleFields, options: { role?: string; rule?: MappingRule } = {}): FileReview {
  const kept: Record<string, string> = {};
  if (typeof options.rule?.decimal_mark === 'string') kept.decimal_mark = options.rule.decimal_mark;
  if (!result.ok) {
    return {
      name, role: isRole(options.role) ? options.role : null, roleConfidence: null, roleReason: '', error: result.error,
      partial: false, rowsRead: null, format: null, encoding: null, delimiter: null, columns: [], guesses: {}, mapping: {},
      dateOrder: null, dateOrderSource: null, assumedDateOrder: null, stageValues: [], notes: [], warnings: [], kept,
    };
  }
  const input: InputReport = result.input;
  const role = isRole(input.role) ? input.role : null;
  const guesses: Record<string, MappingDetail> = {};
  for (const detail of Array.isArray(input.mapping_details) ? input.mapping_details : []) {
    if (detail && typeof detail.field === 'string' && typeof detail.column === 'string') guesses[detail.field] = detail;
  }
  const mapping: Record<string, string | null> = {};
  for (const field of role ? roleFields[role] ?? [] : []) mapping[field] = null;
  for (const [field, value] of Object.entries(input.mapping ?? {})) mapping[field] = columnOf(value);
  const source = input.date_order_source;
  const dateOrder = input.date_order === 'day_first' || input.date_order === 'month_first' ? input.date_order : null;
  return {
    name,
    role,
    roleConfidence: typeof input.role_confidence === 'number' ? input.role_confidence : null,
    roleReason: typeof input.role_reason === 'string' ? input.role_reason : '',
    error: null,
    partial: result.partial,
    rowsRead: typeof input.rows_read === 'number' ? input.rows_read : null,
    format: typeof input.format === 'string' ? input.format : null,
    encoding: typeof input.encoding === 'string' ? input.encoding : null,
    delimiter: typeof input.delimiter === 'string' ? input.delimiter : null,
    columns: Array.isArray(input.columns) ? input.columns.filter((c) => c && typeof c.name === 'string') : [],
    guesses,
    mapping,
    dateOrder,
    dateOrderSource: source === 'data' || source === 'assumed' || source === 'mapping' ? source : null,
    assumedDateOrder: source === 'assumed' ? dateOrder : null,
    stageValues: (Array.isArray(input.stage_table) ? input.stage_table : [])
      .filter((s) => s && typeof s.value === 'string')
      .map((s) => ({ column: String(s.column ?? ''), value: s.value, rows: typeof s.rows === 'number' ? s.rows : 0 })),
    notes: strings(input.notes),
    warnings: strings(input.warnings),
    kept,
  };
}

/** The outcome the engine gave each stage value of the inspected files. */
function stagesOf(results: readonly InspectResult[]): Record<string, StageOutcome> {
  const stages: Record<string, StageOutcome> = {};
  for (const result of results) {
    if (!result.ok || !Array.isArray(result.input.stage_table)) continue;
    for (const row of result.input.stage_table) {
      if (!row || typeof row.value !== 'string') continue;
      const key = stageKey(row.value);
      const outcome = row.outcome === 'won' || row.outcome === 'lost' || row.outcome === 'deleted' ? row.outcome : 'open';
      stages[key] ??= { value: row.value, outcome };
    }
  }
  return stages;
}

/**
 * The review of files[i] read as results[i]. `loaded` is the user's mapping the engine applied
 * (its rules for other files and its other stage outcomes are kept); roles[i] is a role the user chose.
 */
export function buildReview(
  names: readonly string[],
  results: readonly InspectResult[],
  roleFields: RoleFields,
  options: { loaded?: MappingFile | null; roles?: readonly (string | undefined)[] } = {},
): ReviewModel {
  const loaded = options.loaded ?? null;
  const files = names.map((name, i) => {
    const result = results[i] ?? { ok: false as const, error: `"${name}" was not read.` };
    const rule = loaded?.files.find((r) => r.file === name);
    return fileReviewOf(name, result, roleFields, { role: options.roles?.[i], ...(rule ? { rule } : {}) });
  });
  const stages = stagesOf(results);
  const otherStages: Record<string, Outcome> = {};
  for (const [value, outcome] of Object.entries(loaded?.stages ?? {})) {
    if (!stages[stageKey(value)]) otherStages[value] = outcome;
  }
  const otherRules = (loaded?.files ?? []).filter((rule) => !rule.file || !names.includes(rule.file));
  const model: ReviewModel = { files, roleFields, stages, otherRules, otherStages, baseline: '' };
  return { ...model, baseline: mappingText(model) };
}

/** The model with one file re-read (after its role changed): the edits of the other files are kept. */
export function replaceFile(model: ReviewModel, index: number, result: InspectResult, role?: string): ReviewModel {
  const old = model.files[index];
  if (!old) return model;
  const file = fileReviewOf(old.name, result, model.roleFields, { role: role ?? old.role ?? undefined });
  file.kept = old.kept;
  const stages = { ...model.stages };
  for (const [key, stage] of Object.entries(stagesOf([result]))) stages[key] ??= stage;
  return { ...model, files: model.files.map((f, i) => (i === index ? file : f)), stages };
}

/** The model with one file's stage values re-read (after its stage or status column changed). */
export function refreshStageValues(model: ReviewModel, index: number, result: InspectResult): ReviewModel {
  const old = model.files[index];
  if (!old || !result.ok) return model;
  const fresh = fileReviewOf(old.name, result, model.roleFields);
  const stages = { ...model.stages };
  for (const [key, stage] of Object.entries(stagesOf([result]))) stages[key] ??= stage;
  const file = { ...old, stageValues: fresh.stageValues, notes: fresh.notes };
  return { ...model, files: model.files.map((f, i) => (i === index ? file : f)), stages };
}

function updateFile(model: ReviewModel, index: number, change: (file: FileReview) => FileReview): ReviewModel {
  return { ...model, files: model.files.map((f, i) => (i === index ? change(f) : f)) };
}

/** The user gives a file another role: its columns are to be guessed again for that role. */
export function setRole(model: ReviewModel, index: number, role: Role): ReviewModel {
  return updateFile(model, index, (file) => {
    const mapping: Record<string, string | null> = {};
    for (const field of model.roleFields[role] ?? []) mapping[field] = null;
    return { ...file, role, mapping, guesses: {}, stageValues: role === 'deals' ? file.stageValues : [] };
  });
}

/** The user maps a field to a column (null: leaves it unmapped). */
export function setColumn(model: ReviewModel, index: number, field: string, column: string | null): ReviewModel {
  return updateFile(model, index, (file) => ({ ...file, mapping: { ...file.mapping, [field]: column } }));
}

export function setDateOrder(model: ReviewModel, index: number, order: DateOrder): ReviewModel {
  return updateFile(model, index, (file) => ({ ...file, dateOrder: order }));
}

/** The user sets the outcome of a stage value (in every file that has it). */
export function setStageOutcome(model: ReviewModel, value: string, outcome: Outcome): ReviewModel {
  const key = stageKey(value);
  const current = model.stages[key];
  return { ...model, stages: { ...model.stages, [key]: { value: current?.value ?? value, outcome } } };
}

export function stageOutcome(model: ReviewModel, value: string): Outcome | 'deleted' {
  return model.stages[stageKey(value)]?.outcome ?? 'open';
}

/** A file the analysis can take: read by the engine, with a role. */
export function isReady(file: FileReview): boolean {
  return file.error === null && file.role !== null;
}

/** The rule of a reviewed file: its role, every field's column (null: not mapped), its date order. */
export function ruleOf(file: FileReview, roleFields: RoleFields): MappingRule {
  const columns: Record<string, string | null> = {};
  for (const field of fieldsOf(file, roleFields)) columns[field] = file.mapping[field] ?? null;
  const rule: MappingRule = { file: file.name };
  if (file.role) rule.role = file.role;
  rule.columns = columns;
  // A date order decided from the data needs no rule; an assumed one is the user's answer.
  if (file.dateOrder && (file.dateOrderSource === 'assumed' || file.dateOrderSource === 'mapping')) {
    rule.date_order = file.dateOrder;
  }
  return { ...rule, ...file.kept };
}

/** The mapping file of the review: what the analysis uses and what "Save mapping" writes. */
export function mappingFileOf(model: ReviewModel): MappingFile {
  const files = model.files.filter(isReady).map((file) => ruleOf(file, model.roleFields));
  const stages: Record<string, Outcome> = {};
  for (const stage of Object.values(model.stages)) {
    if (stage.outcome !== 'deleted') stages[stage.value] = stage.outcome;
  }
  for (const [value, outcome] of Object.entries(model.otherStages)) {
    if (!model.stages[stageKey(value)]) stages[value] = outcome;
  }
  return { icp_drift_mapping: MAPPING_VERSION, files: [...files, ...model.otherRules], stages };
}

export function mappingText(model: ReviewModel): string {
  return `${JSON.stringify(mappingFileOf(model), null, 2)}\n`;
}

/** The user changed something the engine guessed. */
export function isEdited(model: ReviewModel): boolean {
  return mappingText(model) !== model.baseline;
}

/** The mapping with file i's rule left out, so the engine guesses its columns afresh (new role). */
export function mappingWithout(model: ReviewModel, index: number): MappingFile {
  const name = model.files[index]?.name;
  const mapping = mappingFileOf(model);
  return { ...mapping, files: mapping.files.filter((rule) => rule.file !== name) };
}

export type ParsedMapping = { ok: true; mapping: MappingFile } | { ok: false; error: string };

/**
 * Reads a mapping file's text enough to apply it to the review; the engine checks every key when it
 * is used and names a bad one.
 */
export function parseMappingText(text: string, name: string): ParsedMapping {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    return { ok: false, error: `${name}: not valid JSON (${(thrown as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: `${name}: a mapping file is a JSON object ({"icp_drift_mapping": 1, "files": […], "stages": {…}}).` };
  }
  const record = data as Record<string, unknown>;
  if (record.icp_drift_mapping !== undefined && record.icp_drift_mapping !== MAPPING_VERSION) {
    return { ok: false, error: `${name}: icp_drift_mapping: expected ${MAPPING_VERSION}.` };
  }
  const files = record.files ?? [];
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'object' && f !== null && !Array.isArray(f))) {
    return { ok: false, error: `${name}: files: expected an array of file rules.` };
  }
  const stages = record.stages ?? {};
  if (typeof stages !== 'object' || stages === null || Array.isArray(stages)) {
    return { ok: false, error: `${name}: stages: expected an object of stage: outcome.` };
  }
  for (const [value, outcome] of Object.entries(stages)) {
    if (!OUTCOMES.includes(outcome as Outcome)) return { ok: false, error: `${name}: stages.${value}: expected "won", "lost" or "open".` };
  }
  return {
    ok: true,
    mapping: { icp_drift_mapping: MAPPING_VERSION, files: files as MappingRule[], stages: stages as Record<string, Outcome> },
  };
}
