// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { InspectionResult } from '../../../webapp/src/engine_client';
import { STORAGE_KEY } from '../../../webapp/src/review/mapping_store';
import { ReviewFlow, SAVED_MAPPING_NAME } from '../../../webapp/src/review/review_flow';
import type { InputReport } from '../../../webapp/src/report/report_types';
import type { MappingText } from '../../../webapp/src/worker/protocol';
import { accountsInput, euDealsInput, ROLE_FIELDS } from '../fakes/inspected_inputs';

class MemoryStore {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

interface Call {
  files: string[];
  mapping?: MappingText;
  roles?: string[];
}

/** An engine that reads the test's inputs by file name; `refuse` makes it refuse mappings. */
function fakeInspect(inputs: Record<string, InputReport | string>, options: { refuse?: string } = {}) {
  const calls: Call[] = [];
  let running = 0;
  let overlapped = false;
  const inspect = async (files: File[], o: { mapping?: MappingText; roles?: string[] }): Promise<InspectionResult> => {
    calls.push({ files: files.map((f) => f.name), ...o });
    overlapped ||= running > 0;
    running++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    running--;
    if (o.mapping && options.refuse) return { kind: 'inspected', results: [], roleFields: ROLE_FIELDS, mappingError: `${o.mapping.name}: ${options.refuse}` };
    const results = files.map((file, i) => {
      const input = inputs[file.name];
      if (typeof input === 'string') {
        const role = o.roles?.[i];
        return role && role !== 'auto'
          ? { ok: true as const, partial: false, input: { ...accountsInput(), file: file.name, role, mapping: {}, mapping_details: [] } }
          : { ok: false as const, error: input };
      }
      return input ? { ok: true as const, input, partial: false } : { ok: false as const, error: `${file.name}: unknown` };
    });
    return { kind: 'inspected', results, roleFields: ROLE_FIELDS };
  };
  return { inspect, calls, overlapped: () => overlapped };
}

function setup(inputs: Record<string, InputReport | string>, options: { refuse?: string; store?: MemoryStore } = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const engine = fakeInspect(inputs, options);
  const store = options.store ?? new MemoryStore();
  const errors: string[] = [];
  const notices: string[] = [];
  let changes = 0;
  const flow = new ReviewFlow(root, {
    inspect: engine.inspect,
    store,
    onChange: () => changes++,
    onError: (m) => errors.push(m),
    onNotice: (m) => notices.push(m),
  });
  return { root, flow, engine, store, errors, notices, changes: () => changes };
}

const deals = () => new File(['Deal ID;Deal Stage\nD-1;Won\n'], 'deals-eu.csv');
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const select = (root: HTMLElement, id: string, value: string) => {
  const node = root.querySelector<HTMLSelectElement>(`#${id}`)!;
  node.value = value;
  node.dispatchEvent(new Event('change'));
};

describe('ReviewFlow', () => {
  beforeEach(() => document.body.replaceChildren());

  it('adds dropped files to the review, a file of the same name replacing the one there, with the edits kept', async () => {
    const { root, flow, engine } = setup({ 'deals-eu.csv': euDealsInput(), 'accounts.csv': { ...accountsInput(), file: 'accounts.csv' } });
    await flow.open([deals()]);
    select(root, root.querySelector('select[data-stage-key="verbal win"]')!.id, 'won');
    await flow.add([new File(['Account ID\nA-1\n'], 'accounts.csv'), deals()]);
    expect(flow.fileNames).toEqual(['accounts.csv', 'deals-eu.csv']);
    const last = engine.calls[engine.calls.length - 1]!;
    expect(last.files).toEqual(['accounts.csv', 'deals-eu.csv']);
    expect(JSON.parse(last.mapping!.json).stages['Verbal win']).toBe('won');
    expect(root.querySelectorAll('[data-testid="file-card"]')).toHaveLength(2);
  });

  it('takes a file out from its card; the last one taken out leaves an empty review', async () => {
    const { root, flow, engine, notices } = setup({ 'deals-eu.csv': euDealsInput(), 'accounts.csv': { ...accountsInput(), file: 'accounts.csv' } });
    await flow.open([deals(), new File(['Account ID\nA-1\n'], 'accounts.csv')]);
    root.querySelector<HTMLButtonElement>('[aria-label="Remove deals-eu.csv"]')!.click();
    await tick();
    await tick();
    expect(flow.fileNames).toEqual(['accounts.csv']);
    expect(engine.calls[engine.calls.length - 1]!.files).toEqual(['accounts.csv']);
    expect(notices).toContain('deals-eu.csv was taken out of the analysis.');
    await flow.remove(0);
    expect(flow.hasFiles).toBe(false);
    expect(root.querySelectorAll('[data-testid="file-card"]')).toHaveLength(0);
  });

  it('reads dropped files for the review; unchanged, the analysis gets no mapping', async () => {
    const { root, flow, engine, changes } = setup({ 'deals-eu.csv': euDealsInput() });
    const opened = flow.open([deals()]);
    expect(flow.busy).toBe(true);
    await opened;
    expect(flow.busy).toBe(false);
    expect(engine.calls).toEqual([{ files: ['deals-eu.csv'] }]);
    expect(flow.model?.files[0]?.role).toBe('deals');
    expect(root.querySelector<HTMLSelectElement>('#map-0-stage')?.value).toBe('Deal Stage');
    expect(flow.mappingForAnalysis()).toBeUndefined();
    expect(flow.readyFiles().map((f) => f.name)).toEqual(['deals-eu.csv']);
    expect(flow.savedMapping()?.name).toBe(SAVED_MAPPING_NAME);
    expect(changes()).toBeGreaterThan(0);
  });

  it('an edit becomes the analysis\'s mapping and is kept for the next visit', async () => {
    const { root, flow, store } = setup({ 'deals-eu.csv': euDealsInput() });
    await flow.open([deals()]);
    select(root, root.querySelector('select[data-stage-key="verbal win"]')!.id, 'won');
    const mapping = flow.mappingForAnalysis();
    expect(mapping?.name).toBe(SAVED_MAPPING_NAME);
    expect(JSON.parse(mapping!.json).stages['Verbal win']).toBe('won');
    expect(flow.mapping?.origin).toBe('edited');
    expect(JSON.parse(store.getItem(STORAGE_KEY)!)).toEqual({ name: SAVED_MAPPING_NAME, json: mapping!.json });
    expect(flow.savedMapping()?.json).toBe(mapping!.json);
  });

  it('applies the mapping kept on an earlier visit to the files dropped', async () => {
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, JSON.stringify({ name: 'team.json', json: '{"stages":{"Verbal win":"won"}}' }));
    const { flow, engine } = setup({ 'deals-eu.csv': euDealsInput() }, { store });
    expect(flow.mapping).toMatchObject({ origin: 'restored', name: 'team.json' });
    await flow.open([deals()]);
    expect(engine.calls[0]!.mapping).toEqual({ name: 'team.json', json: '{"stages":{"Verbal win":"won"}}', origin: 'restored' });
    expect(flow.mappingForAnalysis()?.name).toBe('team.json');
  });

  it('drops a kept mapping the engine refuses, says so, and reads the files without it', async () => {
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, JSON.stringify({ name: 'old.json', json: '{"colour":"red"}' }));
    let refuse = true;
    const { flow, engine, errors } = setup({ 'deals-eu.csv': euDealsInput() }, { store });
    const inspect = engine.inspect;
    (flow as unknown as { options: { inspect: typeof inspect } }).options.inspect = async (files, o) => {
      const result = await inspect(files, o);
      if (o.mapping && refuse) {
        refuse = false;
        return { kind: 'inspected', results: [], roleFields: ROLE_FIELDS, mappingError: 'old.json: colour: unknown key' };
      }
      return result;
    };
    await flow.open([deals()]);
    expect(errors).toEqual(['The kept mapping was not used: old.json: colour: unknown key']);
    expect(flow.mapping).toBeNull();
    expect(store.getItem(STORAGE_KEY)).toBeNull();
    expect(flow.model?.files[0]?.role).toBe('deals');
  });

  it('loads a mapping file: refused ones leave the review as it was, a good one reads the files with it', async () => {
    const { flow, engine, errors, store } = setup({ 'deals-eu.csv': euDealsInput() });
    await flow.open([deals()]);
    await flow.load(new File(['{not json'], 'broken.json'));
    expect(errors[0]).toMatch(/^broken\.json: not valid JSON/);
    expect(engine.calls).toHaveLength(1);

    const good = '{"icp_drift_mapping":1,"stages":{"Negotiation":"lost"}}';
    await flow.load(new File([good], 'team.json'));
    expect(engine.calls[1]).toEqual({ files: ['deals-eu.csv'], mapping: { json: good, name: 'team.json', origin: 'loaded' } });
    expect(flow.mapping).toMatchObject({ origin: 'loaded', name: 'team.json' });
    expect(JSON.parse(store.getItem(STORAGE_KEY)!).name).toBe('team.json');
    expect(flow.savedMapping()?.name).toBe('team.json');
    expect(flow.mappingForAnalysis()?.name).toBe('team.json');
  });

  it('a mapping the engine refuses is reported and not used', async () => {
    const { flow, errors } = setup({ 'deals-eu.csv': euDealsInput() }, { refuse: 'files[0].colour: unknown key' });
    await flow.open([deals()]);
    await flow.load(new File(['{"files":[{"colour":"red"}]}'], 'bad.json'));
    expect(errors).toEqual(['bad.json: files[0].colour: unknown key']);
    expect(flow.mapping).toBeNull();
  });

  it('a mapping loaded before any file is checked and kept for the files to come', async () => {
    const { flow, engine, notices } = setup({});
    await flow.load(new File(['{"stages":{}}'], 'team.json'));
    expect(engine.calls).toEqual([{ files: [], mapping: { json: '{"stages":{}}', name: 'team.json', origin: 'loaded' } }]);
    expect(notices).toEqual(['Mapping "team.json" loaded: it will be applied to the files you drop.']);
    expect(flow.savedMapping()).toEqual({ json: '{"stages":{}}', name: 'team.json' });
  });

  it('"Forget it" drops the mapping and reads the files afresh', async () => {
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, JSON.stringify({ name: 'team.json', json: '{}' }));
    const { flow, engine } = setup({ 'deals-eu.csv': euDealsInput() }, { store });
    await flow.open([deals()]);
    await flow.forget();
    expect(store.getItem(STORAGE_KEY)).toBeNull();
    expect(flow.mapping).toBeNull();
    expect(engine.calls[1]).toEqual({ files: ['deals-eu.csv'] });
  });

  it('a role chosen for a file reads it again with that role, one engine read at a time', async () => {
    const { root, flow, engine } = setup({ 'deals-eu.csv': euDealsInput(), 'log.csv': 'log.csv: give its role' });
    await flow.open([deals(), new File(['Ref\nT-1\n'], 'log.csv')]);
    expect(flow.readyFiles().map((f) => f.name)).toEqual(['deals-eu.csv']);
    select(root, 'role-1', 'tickets');
    expect(root.querySelectorAll('.checking')).toHaveLength(1);
    select(root, 'map-0-owner', 'Source');
    select(root, 'map-0-stage', 'Source'); // a second read, queued behind the first
    await tick();
    await tick();
    await tick();
    expect(engine.overlapped()).toBe(false);
    const [first, second] = engine.calls.slice(1);
    expect(first).toMatchObject({ files: ['log.csv'], roles: ['tickets'] });
    expect(JSON.parse(first!.mapping!.json).files.map((f: { file: string }) => f.file)).toEqual(['deals-eu.csv']);
    expect(second).toMatchObject({ files: ['deals-eu.csv'] });
    expect(flow.model?.files[1]).toMatchObject({ role: 'tickets', error: null });
    expect(root.querySelector<HTMLSelectElement>('#role-1')?.value).toBe('tickets');
    expect(flow.model?.files[0]?.mapping.owner).toBe('Source');
    expect(flow.readyFiles().map((f) => f.name)).toEqual(['deals-eu.csv', 'log.csv']);
    expect(JSON.parse(flow.mappingForAnalysis()!.json).files[1]).toMatchObject({ file: 'log.csv', role: 'tickets' });
  });

  it('a new stage column reads the file\'s stage values again with the review\'s mapping', async () => {
    const { root, flow, engine } = setup({ 'deals-eu.csv': euDealsInput() });
    await flow.open([deals()]);
    select(root, 'map-0-stage', 'Source');
    await tick();
    await tick();
    expect(engine.calls[1]!.files).toEqual(['deals-eu.csv']);
    expect(JSON.parse(engine.calls[1]!.mapping!.json).files[0].columns.stage).toBe('Source');
  });

  it('results for files that were replaced are dropped', async () => {
    const { flow } = setup({ 'deals-eu.csv': euDealsInput(), 'accounts.csv': accountsInput() });
    const first = flow.open([deals()]);
    const second = flow.open([new File(['x'], 'accounts.csv')]);
    await Promise.all([first, second]);
    expect(flow.model?.files.map((f) => f.name)).toEqual(['accounts.csv']);
  });
});
