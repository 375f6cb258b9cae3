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
