import { describe, expect, it } from 'vitest';
import { CRASH_NOTICE, EngineClient, MAX_RESTARTS, type WorkerFactory } from '../../webapp/src/engine_client';
import type { ProgressMessage, WarmUpOutcome } from '../../webapp/src/worker/protocol';
import { fakeWorkerFactory } from './fakes/fake_worker';

function setup() {
  const { factory, workers } = fakeWorkerFactory();
  const progress: ProgressMessage[] = [];
  const notices: string[] = [];
  const warmed: [WarmUpOutcome, number][] = [];
  const client = new EngineClient(factory, {
    onProgress: (p) => progress.push(p),
    onNotice: (m) => notices.push(m),
    onWarm: (outcome, ms) => warmed.push([outcome, ms]),
  });
  // The first worker is asked to warm up before anything else (its own test below); the rest of the
  // tests look at what comes after.
  expect(workers[0]!.sent.splice(0)).toEqual([{ type: 'warm-up' }]);
  const current = () => workers[workers.length - 1]!;
  return { client, workers, current, progress, notices, warmed };
}

const file = () => new File(['id,stage\n1,Closed Won\n'], 'deals.csv');

describe('EngineClient', () => {
  it('starts one worker up front, so the engine is warm before the first drop', () => {
    const { workers } = setup();
    expect(workers).toHaveLength(1);
  });

  it('asks only the first worker to warm up, and passes its outcome on without touching a job', async () => {
    const { factory, workers } = fakeWorkerFactory();
    const warmed: [WarmUpOutcome, number][] = [];
    const client = new EngineClient(factory, { onWarm: (outcome, ms) => warmed.push([outcome, ms]) });
    expect(workers[0]!.sent).toEqual([{ type: 'warm-up' }]);
    const files = [file()];
    const result = client.analyze(files); // queued behind the warm-up in the worker
    workers[0]!.reply({ type: 'warmed', outcome: 'done', ms: 480 });
    expect(warmed).toEqual([['done', 480]]);
    expect(client.busy).toBe(true);
    client.cancel();
    await expect(result).resolves.toEqual({ kind: 'cancelled' });
    expect(workers).toHaveLength(2);
    void client.sample();
    expect(workers[1]!.sent).toEqual([{ type: 'sample' }]);
    workers[1]!.reply({ type: 'warmed', outcome: 'bogus', ms: 1 });
    expect(warmed).toEqual([['done', 480]]); // an unreadable message is a crash, not an outcome
    expect(workers).toHaveLength(3);
  });

  it('reports a warm-up it could not even post as failed', () => {
    const factory: WorkerFactory = () => ({
      post: () => {
        throw new Error('DataCloneError');
      },
      terminate: () => {},
    });
    const warmed: WarmUpOutcome[] = [];
    new EngineClient(factory, { onWarm: (outcome) => warmed.push(outcome) });
    expect(warmed).toEqual(['failed']);
  });

  it('sends the files, passes progress on and resolves with the report', async () => {
    const { client, current, progress } = setup();
    const files = [file()];
    const result = client.analyze(files);
    expect(client.busy).toBe(true);
    expect(current().sent).toEqual([{ type: 'analyze', files }]);
    const step = { type: 'progress', file: 'deals.csv', bytesDone: 5, bytesTotal: 22, rows: 1 } as const;
    current().reply(step);
    current().reply({ type: 'report', json: '{"schema_version":"1"}', rejected: [{ name: 'deals.csv', csv: 'line,reason\n' }] });
    await expect(result).resolves.toEqual({
      kind: 'report',
      json: '{"schema_version":"1"}',
      rejected: [{ name: 'deals.csv', csv: 'line,reason\n' }],
      scored: { openDeals: '', accounts: '' },
    });
    expect(progress).toEqual([step]);
    expect(client.busy).toBe(false);
  });

  it('sends the mapping with the files to analyse', async () => {
    const { client, current } = setup();
    const files = [file()];
    const mapping = { json: '{"icp_drift_mapping":1}', name: 'team.json' };
    void client.analyze(files, mapping);
    expect(current().sent).toEqual([{ type: 'analyze', files, mapping }]);
  });

  it('inspects files for the review and resolves with each file\'s reading', async () => {
    const { client, current, progress } = setup();
    const files = [file(), new File(['x'], 'notes.csv')];
    const mapping = { json: '{}', name: 'team.json' };
    const result = client.inspect(files, { mapping, roles: ['auto', 'accounts'] });
    expect(current().sent).toEqual([{ type: 'inspect', files, mapping, roles: ['auto', 'accounts'] }]);
    const input = { file: 'deals.csv', role: 'deals', rows_read: 1 };
    current().reply({
      type: 'inspected',
      results: [{ ok: true, input, partial: false }, { ok: false, error: 'notes.csv: no header row' }],
      roleFields: { deals: ['stage'] },
    });
    await expect(result).resolves.toEqual({
      kind: 'inspected',
      results: [{ ok: true, input, partial: false }, { ok: false, error: 'notes.csv: no header row' }],
      roleFields: { deals: ['stage'] },
    });
    expect(progress).toEqual([]);
  });

  it('passes on a refused mapping with the inspection', async () => {
    const { client, current } = setup();
    const result = client.inspect([], { mapping: { json: '{"x":1}', name: 'bad.json' } });
    expect(current().sent).toEqual([{ type: 'inspect', files: [], mapping: { json: '{"x":1}', name: 'bad.json' } }]);
    current().reply({ type: 'inspected', results: [], roleFields: {}, mappingError: 'bad.json: x: unknown key' });
    await expect(result).resolves.toEqual({ kind: 'inspected', results: [], roleFields: {}, mappingError: 'bad.json: x: unknown key' });
  });

  it('sends the ICP and settings with the files or the sample, and passes on which part was refused', async () => {
    const { client, current } = setup();
    const files = [file()];
    const icp = { json: '{"name":"Core","rules":[]}', name: 'icp.json' };
    const settings = { json: '{"scorecard":{}}', name: 'settings' };
    void client.analyze(files, undefined, { icp, settings });
    expect(current().sent.at(-1)).toEqual({ type: 'analyze', files, icp, settings });
    const sample = client.sample({ icp });
    expect(current().sent.at(-1)).toEqual({ type: 'sample', icp });
    current().reply({ type: 'error', message: 'icp.json: rules[0]', part: 'icp' });
    await expect(sample).resolves.toEqual({ kind: 'error', message: 'icp.json: rules[0]', part: 'icp' });
  });

  it('asks for the sample', async () => {
    const { client, current } = setup();
    const result = client.sample();
    expect(current().sent).toEqual([{ type: 'sample' }]);
    current().reply({ type: 'error', message: 'no sample in this build' });
    await expect(result).resolves.toEqual({ kind: 'error', message: 'no sample in this build' });
  });

  it('cancels by terminating the worker and starting a fresh one', async () => {
    const { client, workers, progress } = setup();
    const result = client.analyze([file()]);
    const first = workers[0]!;
    client.cancel();
    await expect(result).resolves.toEqual({ kind: 'cancelled' });
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
    // A message the old worker had already queued is ignored.
    first.reply({ type: 'progress', file: 'deals.csv', bytesDone: 1, bytesTotal: 2, rows: 0 });
    first.reply({ type: 'report', json: '{}' });
    expect(progress).toEqual([]);
    // The fresh worker takes the next job.
    const next = client.sample();
    expect(workers[1]!.sent).toEqual([{ type: 'sample' }]);
    workers[1]!.reply({ type: 'report', json: '{"n":2}' });
    await expect(next).resolves.toEqual({ kind: 'report', json: '{"n":2}', rejected: [], scored: { openDeals: '', accounts: '' } });
  });

  it('cancel does nothing when idle', () => {
    const { client, workers } = setup();
    client.cancel();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('a new job replaces the running one', async () => {
    const { client, workers } = setup();
    const first = client.analyze([file()]);
    const second = client.sample();
    await expect(first).resolves.toEqual({ kind: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual([{ type: 'sample' }]);
    workers[1]!.reply({ type: 'report', json: '{}' });
    await expect(second).resolves.toEqual({ kind: 'report', json: '{}', rejected: [], scored: { openDeals: '', accounts: '' } });
  });

  it('a worker that crashes during a job is restarted and the job fails with a message', async () => {
    const { client, workers } = setup();
    const result = client.analyze([file()]);
    workers[0]!.crash('RuntimeError: unreachable');
    const outcome = await result;
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toContain(CRASH_NOTICE);
    expect(outcome.kind === 'error' && outcome.message).toContain('RuntimeError: unreachable');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(client.busy).toBe(false);
  });

  it('a worker that crashes while idle is restarted and the user told', () => {
    const { workers, notices } = setup();
    workers[0]!.crash('out of memory');
    expect(workers).toHaveLength(2);
    expect(notices).toEqual([`${CRASH_NOTICE} (out of memory)`]);
  });

  it('a crash reported twice by the same dead worker restarts it only once', () => {
    const { workers, notices } = setup();
    workers[0]!.crash('a');
    workers[0]!.crash('b');
    expect(workers).toHaveLength(2);
    expect(notices).toHaveLength(1);
  });

  it('stops restarting a worker that keeps dying, and tries again with the next job', async () => {
    const { client, workers, notices } = setup();
    for (let i = 0; i < MAX_RESTARTS; i++) workers[workers.length - 1]!.crash('script failed to load');
    expect(workers).toHaveLength(MAX_RESTARTS);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(notices[notices.length - 1]).toMatch(/^The engine could not be started \(script failed to load\)/);
    const result = client.sample();
    expect(workers).toHaveLength(MAX_RESTARTS + 1);
    workers[MAX_RESTARTS]!.reply({ type: 'report', json: '{}' });
    await expect(result).resolves.toEqual({ kind: 'report', json: '{}', rejected: [], scored: { openDeals: '', accounts: '' } });
  });

  it('counts crashes in a row only: a sound message resets the count', () => {
    const { client, workers } = setup();
    for (let round = 0; round < 2 * MAX_RESTARTS; round++) {
      const current = workers[workers.length - 1]!;
      void client.sample();
      current.reply({ type: 'progress', file: 'deals.csv', bytesDone: 1, bytesTotal: 2, rows: 0 });
      current.crash('flaky');
    }
    expect(workers[workers.length - 1]!.terminated).toBe(false);
  });

  it('treats a message it does not understand as a broken worker', async () => {
    const { client, workers } = setup();
    const result = client.sample();
    workers[0]!.reply({ type: 'report', json: 42 });
    const outcome = await result;
    expect(outcome.kind).toBe('error');
    expect(workers).toHaveLength(2);
  });

  it('an error from an idle worker becomes a notice', () => {
    const { workers, notices } = setup();
    workers[0]!.reply({ type: 'error', message: 'The engine worker failed: x' });
    expect(notices).toEqual(['The engine worker failed: x']);
  });

  it('a worker that cannot take the files gives an error, not an exception', async () => {
    const { factory } = fakeWorkerFactory();
    const client = new EngineClient((onMessage, onCrash) => {
      const port = factory(onMessage, onCrash);
      return { post: () => { throw new Error('DataCloneError'); }, terminate: () => port.terminate() };
    });
    await expect(client.sample()).resolves.toEqual({
      kind: 'error',
      message: 'The files could not be handed to the engine: DataCloneError',
    });
  });
});
