// Reads the engine's report JSON into the page's types, checking the keys the page relies on.
import type { Report } from './report_types';

export type ParsedReport = { ok: true; report: Report } | { ok: false; message: string };

export function parseReport(json: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (thrown) {
    return { ok: false, message: `The engine's report is not valid JSON (${(thrown as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: "The engine's report is not a JSON object." };
  }
  const report = data as Record<string, unknown>;
  if (typeof report.schema_version !== 'string') return missing('schema_version');
  if (!Array.isArray(report.inputs)) return missing('inputs');
  for (const input of report.inputs as unknown[]) {
    if (typeof input !== 'object' || input === null) return missing('inputs[]');
  }
  if (report.sales !== null && typeof report.sales !== 'object') return missing('sales');
  return { ok: true, report: data as Report };
}

function missing(key: string): ParsedReport {
  return { ok: false, message: `The engine's report has no valid "${key}": the page and the engine do not match.` };
}
