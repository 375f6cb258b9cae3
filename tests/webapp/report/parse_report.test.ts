import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../webapp/src/report/parse_report';
import { sampleReport } from '../fakes/sample_report';

describe('parseReport', () => {
  it('reads a report', () => {
    const report = sampleReport();
    expect(parseReport(JSON.stringify(report))).toEqual({ ok: true, report });
  });

  it('accepts a report without sales (no deals file)', () => {
    expect(parseReport('{"schema_version":"1","inputs":[],"sales":null,"sales_reason":"no deals file"}').ok).toBe(true);
  });

  it('says what is wrong with a report it cannot use', () => {
    expect(parseReport('{').ok).toBe(false);
    expect(parseReport('[]')).toEqual({ ok: false, message: "The engine's report is not a JSON object." });
    expect(parseReport('{"inputs":[]}')).toEqual({
      ok: false,
      message: 'The engine\'s report has no valid "schema_version": the page and the engine do not match.',
    });
    expect(parseReport('{"schema_version":"1","inputs":{}}').ok).toBe(false);
    expect(parseReport('{"schema_version":"1","inputs":[3]}').ok).toBe(false);
    expect(parseReport('{"schema_version":"1","inputs":[],"sales":4}').ok).toBe(false);
  });
});

describe('parseReport, the newer sections', () => {
  it('keeps a well-formed full report as it is', async () => {
    const { fullReport, nullSectionsReport } = await import('../fakes/full_report');
    for (const report of [fullReport(), nullSectionsReport()]) {
      expect(parseReport(JSON.stringify(report))).toEqual({ ok: true, report });
    }
  });

  it('turns a section of the wrong shape into null with a reason, and drops rows it cannot show', async () => {
    const { fullReport } = await import('../fakes/full_report');
    const report = fullReport() as unknown as Record<string, unknown>;
    report.revenue = 'soon';
    report.efficiency = { by_period: [{ period: '2025-Q1', cac: 3 }, 4, { cac: 2 }], by_channel: 'x', magic_number: [null] };
    (report.sales as Record<string, unknown>).by_dimension = { industry: [{ segment: 'A' }, { name: 'B' }], owner: 'x' };
    (report.sales as Record<string, unknown>).by_combination = [{ dimensions: ['a', 'b'], segments: [{ segment: ['x', 'y'] }, { segment: 'x' }] }, { dimensions: 3 }];
    (report.customer_success as Record<string, unknown>).time_to_value = { curve: [{ day: 1, survival: 0.9 }, { day: 'x' }] };
    const parsed = parseReport(JSON.stringify(report));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = parsed.report;
    expect(r.revenue).toBeNull();
    expect(r.revenue_reason).toMatch(/could not be read/);
    expect(r.efficiency!.by_period).toEqual([{ period: '2025-Q1', cac: 3 }]);
    expect(r.efficiency!.by_channel).toBeUndefined();
    expect(r.efficiency!.magic_number).toEqual([]);
    expect(r.sales!.by_dimension).toEqual({ industry: [{ segment: 'A' }] });
    expect(r.sales!.by_combination).toEqual([{ dimensions: ['a', 'b'], segments: [{ segment: ['x', 'y'] }] }]);
    expect(r.customer_success!.time_to_value!.curve).toEqual([{ day: 1, survival: 0.9 }]);
  });

  it('reads cohort retention with a non-number as a month without a value', () => {
    const json = '{"schema_version":"1","inputs":[],"sales":null,"revenue":{"by_cohort":[{"cohort":"2025-Q1","revenue_retention":[1,"x",0.9]}]}}';
    const parsed = parseReport(json);
    expect(parsed.ok && parsed.report.revenue!.by_cohort![0]!.revenue_retention).toEqual([1, null, 0.9]);
  });
});
