// The mapping review against the real engine (the Node build): what the worker's inspection gives, and
// that the mapping file the review writes is one the engine takes and applies.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineModule } from '@engine/icp_drift_web.mjs';
import { buildReview, mappingText, setDateOrder, setStageOutcome } from '../../../webapp/src/review/review_model';
import { analyzeSources } from '../../../webapp/src/worker/analyze_sources';
import { fileSource } from '../../../webapp/src/worker/byte_source';
import { inspectFiles } from '../../../webapp/src/worker/inspect_files';
import { FALLBACK_ROLE_FIELDS, roleFieldsOf } from '../../../webapp/src/worker/role_fields';
import { euDealsCsv } from '../../e2e/support/fixtures.mjs';
import { loadEngine } from '../../wasm/load_engine.mjs';

let engine: EngineModule;
beforeAll(async () => {
  engine = (await loadEngine()) as EngineModule;
});

const euFile = () => new File([euDealsCsv()], 'deals-eu.csv');

describe('the review on the real engine', () => {
  it('the built-in field lists are the engine\'s', () => {
    expect(roleFieldsOf(engine)).toEqual(FALLBACK_ROLE_FIELDS);
  });

  it('inspection gives the role, mapping, stage table and the date-order question', async () => {
    const inspection = await inspectFiles(engine, [euFile(), new File([''], 'empty.csv')]);
    const [eu, empty] = inspection.results;
    expect(eu?.ok).toBe(true);
    if (!eu?.ok) return;
    expect(eu.input).toMatchObject({ role: 'deals', delimiter: 'semicolon', date_order_source: 'assumed' });
    expect(eu.input.mapping).toMatchObject({ stage: 'Deal Stage', amount: 'Amount' });
    expect(eu.input.stage_table?.map((s) => s.value)).toContain('Verbal win');
    expect(empty).toEqual({ ok: false, error: expect.stringMatching(/^empty\.csv: .*empty/) });
  });

  it('reads only the first megabyte of a big file', async () => {
    const [header, ...rows] = euDealsCsv(400).split('\r\n');
    const big = new File([`${header}\r\n`, ...Array.from({ length: 40 }, () => `${rows.filter(Boolean).join('\r\n')}\r\n`)], 'big.csv');
    expect(big.size).toBeGreaterThan(1 << 20);
    const [result] = (await inspectFiles(engine, [big])).results;
    expect(result).toMatchObject({ ok: true, partial: true });
    if (result?.ok) {
      expect(result.input.rows_read).toBeLessThan(16_000);
      expect(result.input.rejected_by_reason.map((r) => r.reason)).not.toContain('too few fields'); // no row cut in half
    }
  });

  it('reads a JSON document whole when its first megabyte alone cannot be parsed', async () => {
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      'Opportunity ID': `006${String(i).padStart(8, '0')}`,
      Stage: i % 3 === 0 ? 'Closed Won' : 'Closed Lost',
      Amount: 1000 + i,
      'Created Date': '2024-01-02',
      'Close Date': '2024-03-04',
      Description: 'x'.repeat(40),
    }));
    const json = new File([JSON.stringify(records, null, 1)], 'opportunities.json');
    expect(json.size).toBeGreaterThan(1 << 20);
    const [result] = (await inspectFiles(engine, [json])).results;
    expect(result).toMatchObject({ ok: true, partial: false, input: { role: 'deals', rows_read: 12_000 } });
  });

  it('the mapping the review writes is taken by the engine and applied', async () => {
    const inspection = await inspectFiles(engine, [euFile()]);
    let model = buildReview(['deals-eu.csv'], inspection.results, roleFieldsOf(engine));
    const plain = await analyzeSources(engine, [fileSource(euFile())], () => {});
    model = setDateOrder(setStageOutcome(model, 'Verbal win', 'won'), 0, 'day_first');
    const mapping = { json: mappingText(model), name: 'review.json' };
    const mapped = await analyzeSources(engine, [fileSource(euFile())], () => {}, { mapping });
    expect(plain.ok && mapped.ok).toBe(true);
    if (!plain.ok || !mapped.ok) return;
    const before = JSON.parse(plain.json);
    const after = JSON.parse(mapped.json);
    const verbal = before.inputs[0].stage_table.find((s: { value: string }) => s.value === 'Verbal win').rows;
    expect(after.sales.overall.won).toBe(before.sales.overall.won + verbal);
    expect(after.inputs[0].date_order_source).toBe('mapping');
    // The rejected rows of the same session: the rows without a stage.
    expect(mapped.rejected).toHaveLength(1);
    expect(mapped.rejected[0]!.name).toBe('deals-eu.csv');
    expect(mapped.rejected[0]!.csv.split(/\r?\n/)[0]).toBe('line,reason,Deal ID,Company,Deal Stage,Amount,Created,Closed,Source');
  });
});
