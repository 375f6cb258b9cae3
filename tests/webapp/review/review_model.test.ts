import { describe, expect, it } from 'vitest';
import {
  buildReview,
  fieldsOf,
  isEdited,
  isReady,
  mappingFileOf,
  mappingText,
  mappingWithout,
  parseMappingText,
  refreshStageValues,
  replaceFile,
  setColumn,
  setDateOrder,
  setRole,
  setStageOutcome,
  stageKey,
  stageOutcome,
  type MappingFile,
} from '../../../webapp/src/review/review_model';
import type { InspectResult } from '../../../webapp/src/worker/protocol';
import { accountsInput, euDealsInput, ROLE_FIELDS } from '../fakes/inspected_inputs';

const ok = (input = euDealsInput(), partial = false): InspectResult => ({ ok: true, input, partial });

function review() {
  return buildReview(['deals-eu.csv', 'accounts.csv'], [ok(), ok(accountsInput())], ROLE_FIELDS);
}

describe('buildReview', () => {
  it('takes each file\'s role, columns with their guesses, date order, stages and notes from the engine', () => {
    const model = review();
    const [deals, accounts] = model.files;
    expect(deals).toMatchObject({
      name: 'deals-eu.csv',
      role: 'deals',
      roleConfidence: 0.99,
      roleReason: 'a stage or outcome column beside amounts or close dates',
      error: null,
      rowsRead: 160,
      encoding: 'UTF-8',
      delimiter: 'semicolon',
      dateOrder: 'day_first',
      dateOrderSource: 'assumed',
      assumedDateOrder: 'day_first',
    });
    expect(deals!.mapping.stage).toBe('Deal Stage');
    expect(deals!.mapping.account_id).toBeNull(); // a field of the role the engine did not map
    expect(deals!.guesses.close_date).toMatchObject({ column: 'Closed', confidence: 0.6 });
    expect(deals!.stageValues.map((s) => [s.value, s.rows])).toEqual([
      ['Negotiation', 21], ['Closed Lost', 55], ['Closed Won', 33], ['Verbal win', 47],
    ]);
    expect(deals!.notes).toHaveLength(3);
    expect(accounts!.warnings).toEqual(['2 rows have more fields than the header']);
    expect(stageOutcome(model, 'Verbal win')).toBe('open');
    expect(stageOutcome(model, 'closed won')).toBe('won');
  });

  it('keeps a file the engine could not read, with its message, out of the mapping', () => {
    const model = buildReview(['deals-eu.csv', 'notes.csv'], [ok(), { ok: false, error: 'notes.csv: could not tell what this file holds' }], ROLE_FIELDS);
    const notes = model.files[1]!;
    expect(notes).toMatchObject({ name: 'notes.csv', role: null, error: 'notes.csv: could not tell what this file holds' });
    expect(isReady(notes)).toBe(false);
    expect(mappingFileOf(model).files.map((f) => f.file)).toEqual(['deals-eu.csv']);
  });
});

describe('the mapping file of the review', () => {
  it('names every field of the role (null when unmapped), the assumed date order and every stage', () => {
    const mapping = mappingFileOf(review());
    expect(mapping.icp_drift_mapping).toBe(1);
    const [deals, accounts] = mapping.files;
    expect(deals).toEqual({
      file: 'deals-eu.csv',
      role: 'deals',
      columns: Object.fromEntries(ROLE_FIELDS.deals!.map((f) => [f, euDealsInput().mapping[f] ?? null])),
      date_order: 'day_first',
    });
    expect(Object.keys(deals!.columns!)).toEqual(ROLE_FIELDS.deals);
    expect(accounts!.date_order).toBeUndefined(); // no dates to ask about
    expect(mapping.stages).toEqual({ Negotiation: 'open', 'Closed Lost': 'lost', 'Closed Won': 'won', 'Verbal win': 'open' });
  });

  it('is unchanged until the user changes something, and written as indented JSON', () => {
    const model = review();
    expect(isEdited(model)).toBe(false);
    expect(mappingText(model)).toBe(`${JSON.stringify(mappingFileOf(model), null, 2)}\n`);
    expect(isEdited(setStageOutcome(model, 'Verbal win', 'open'))).toBe(false);
    expect(isEdited(setStageOutcome(model, 'Verbal win', 'won'))).toBe(true);
  });

  it('round-trips: the saved text, loaded back and applied by the engine, gives the same review', () => {
    const edited = setStageOutcome(setColumn(review(), 0, 'lead_source', null), 'Verbal win', 'won');
    const text = mappingText(edited);
    const parsed = parseMappingText(text, 'saved.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.mapping).toEqual(JSON.parse(text));
    // What the engine reports when it reads the file with that mapping: every choice "set in the mapping".
    const input = euDealsInput();
    input.mapping = Object.fromEntries(Object.entries(input.mapping).filter(([f]) => f !== 'lead_source'));
    input.mapping_details = input.mapping_details!.filter((d) => d.field !== 'lead_source')
      .map((d) => ({ ...d, confidence: 1, reason: 'set in the mapping' }));
    input.date_order_source = 'mapping';
    input.stage_table = input.stage_table!.map((s) => ({ ...s, outcome: s.value === 'Verbal win' ? 'won' : s.outcome, source: 'mapping' }));
    const reloaded = buildReview(['deals-eu.csv', 'accounts.csv'], [ok(input), ok(accountsInput())], ROLE_FIELDS, { loaded: parsed.mapping });
    expect(mappingText(reloaded)).toBe(text);
    expect(reloaded.files[0]!.dateOrderSource).toBe('mapping');
    expect(stageOutcome(reloaded, 'Verbal win')).toBe('won');
  });
});

describe('user overrides', () => {
  it('a column chosen, or left out, is written as the user set it', () => {
    let model = setColumn(review(), 0, 'account_id', 'Company');
    model = setColumn(model, 0, 'account_name', null);
    const columns = mappingFileOf(model).files[0]!.columns!;
    expect(columns.account_id).toBe('Company');
    expect(columns.account_name).toBeNull();
    expect(review().files[0]!.mapping.account_name).toBe('Company'); // edits make new models
  });

  it('the date order is the user\'s answer', () => {
    const model = setDateOrder(review(), 0, 'month_first');
    expect(model.files[0]!.dateOrder).toBe('month_first');
    expect(model.files[0]!.assumedDateOrder).toBe('day_first');
    expect(mappingFileOf(model).files[0]!.date_order).toBe('month_first');
  });

  it('a date order the data decided is left to the data', () => {
    const input = euDealsInput();
    input.date_order = 'month_first';
    input.date_order_source = 'data';
    const model = buildReview(['deals-eu.csv'], [ok(input)], ROLE_FIELDS);
    expect(mappingFileOf(model).files[0]!.date_order).toBeUndefined();
  });

  it('a stage outcome applies to the value however it is cased, and keeps the value as written', () => {
    const model = setStageOutcome(review(), ' verbal WIN ', 'won');
    expect(stageOutcome(model, 'Verbal win')).toBe('won');
    expect(mappingFileOf(model).stages['Verbal win']).toBe('won');
    expect(stageKey(' Verbal Win ')).toBe('verbal win');
  });

  it('a deleted-deal stage is shown as the engine read it but never written', () => {
    const input = euDealsInput();
    input.stage_table!.push({ column: 'Deal Stage', value: 'Deleted', outcome: 'deleted', source: 'name', rows: 2 });
    const model = buildReview(['deals-eu.csv'], [ok(input)], ROLE_FIELDS);
    expect(stageOutcome(model, 'Deleted')).toBe('deleted');
    expect(mappingFileOf(model).stages.Deleted).toBeUndefined();
    expect(mappingFileOf(setStageOutcome(model, 'Deleted', 'lost')).stages.Deleted).toBe('lost');
  });

  it('another role empties the columns, to be guessed again for that role', () => {
    const model = setRole(review(), 1, 'revenue');
    expect(model.files[1]!.role).toBe('revenue');
    expect(fieldsOf(model.files[1]!, ROLE_FIELDS)).toEqual(ROLE_FIELDS.revenue);
    expect(Object.values(model.files[1]!.mapping).every((c) => c === null)).toBe(true);
  });
});

describe('a file read again', () => {
  it('with a new role replaces that file only, keeping the other files\' edits and the stage outcomes', () => {
    let model = buildReview(['deals-eu.csv', 'log.csv'], [ok(), { ok: false, error: 'log.csv: give its role' }], ROLE_FIELDS);
    model = setStageOutcome(setColumn(model, 0, 'owner', 'Source'), 'Verbal win', 'won');
    const excluded = mappingWithout(model, 1);
    expect(excluded.files.map((f) => f.file)).toEqual(['deals-eu.csv']);
    const tickets = { ...accountsInput(), file: 'log.csv', role: 'tickets', mapping: {}, mapping_details: [] };
    model = replaceFile(model, 1, ok(tickets), 'tickets');
    expect(model.files[1]).toMatchObject({ role: 'tickets', error: null });
    expect(model.files[0]!.mapping.owner).toBe('Source');
    expect(stageOutcome(model, 'Verbal win')).toBe('won');
    expect(mappingFileOf(model).files.map((f) => [f.file, f.role])).toEqual([['deals-eu.csv', 'deals'], ['log.csv', 'tickets']]);
  });

  it('that still fails keeps the chosen role and the message', () => {
    const model = replaceFile(review(), 1, { ok: false, error: 'accounts.csv: no header row' }, 'spend');
    expect(model.files[1]).toMatchObject({ role: 'spend', error: 'accounts.csv: no header row' });
    expect(isReady(model.files[1]!)).toBe(false);
  });

  it('for its stages takes the new values and keeps the outcomes the user set', () => {
    const model = setStageOutcome(setColumn(review(), 0, 'stage', 'Source'), 'Verbal win', 'won');
    const input = euDealsInput();
    input.stage_table = [
      { column: 'Source', value: 'Web', outcome: 'open', source: 'name', rows: 60 },
      { column: 'Source', value: 'Verbal win', outcome: 'open', source: 'name', rows: 1 },
    ];
    const next = refreshStageValues(model, 0, ok(input));
    expect(next.files[0]!.stageValues.map((s) => s.value)).toEqual(['Web', 'Verbal win']);
    expect(next.files[0]!.mapping.stage).toBe('Source');
    expect(stageOutcome(next, 'Web')).toBe('open');
    expect(stageOutcome(next, 'Verbal win')).toBe('won');
  });
});

describe('a loaded mapping', () => {
  const loaded: MappingFile = {
    icp_drift_mapping: 1,
    files: [
      { file: 'deals-eu.csv', role: 'deals', decimal_mark: 'comma' },
      { file: 'other.csv', role: 'accounts' },
      { role: 'spend', columns: { channel: 'Campaign' } },
    ],
    stages: { 'Verbal win': 'won', 'Commit & Signing': 'open' },
  };

  it('keeps its rules for other files, its other stages and the keys the review does not edit', () => {
    const model = buildReview(['deals-eu.csv'], [ok()], ROLE_FIELDS, { loaded });
    const mapping = mappingFileOf(model);
    expect(mapping.files[0]!.decimal_mark).toBe('comma');
    expect(mapping.files.slice(1)).toEqual([{ file: 'other.csv', role: 'accounts' }, { role: 'spend', columns: { channel: 'Campaign' } }]);
    expect(mapping.stages['Commit & Signing']).toBe('open');
    // The file's own stages come from the engine's reading (which applied the loaded outcomes).
    expect(mapping.stages['Verbal win']).toBe('open');
  });
});

describe('parseMappingText', () => {
  it('reads a mapping file, with or without a byte order mark', () => {
    const parsed = parseMappingText('\ufeff{"icp_drift_mapping": 1, "stages": {"Won-ish": "won"}}', 'team.json');
    expect(parsed).toEqual({ ok: true, mapping: { icp_drift_mapping: 1, files: [], stages: { 'Won-ish': 'won' } } });
  });

  it('names what is wrong, with the file name', () => {
    expect(parseMappingText('{', 'team.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^team\.json: not valid JSON/) });
    expect(parseMappingText('[]', 'team.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^team\.json: a mapping file is a JSON object/) });
    expect(parseMappingText('{"icp_drift_mapping": 2}', 't.json')).toEqual({ ok: false, error: 't.json: icp_drift_mapping: expected 1.' });
    expect(parseMappingText('{"files": {}}', 't.json')).toEqual({ ok: false, error: 't.json: files: expected an array of file rules.' });
    expect(parseMappingText('{"stages": []}', 't.json')).toEqual({ ok: false, error: 't.json: stages: expected an object of stage: outcome.' });
    expect(parseMappingText('{"stages": {"X": "maybe"}}', 't.json')).toEqual({ ok: false, error: 't.json: stages.X: expected "won", "lost" or "open".' });
  });
});
