// Reads the engine's report JSON into the page's types, checking the keys the page relies on. The
// sections newer than the page's first engine (sales' segments and periods, efficiency, revenue,
// customer_success) are read defensively: a part of the wrong shape is dropped — a table loses the rows
// it cannot show, a section becomes null with a reason — so an older or newer engine never breaks the
// page. A well-formed report comes out unchanged.
import type { Report } from './report_types';

export type ParsedReport = { ok: true; report: Report } | { ok: false; message: string };

type Json = Record<string, unknown>;

export function parseReport(json: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (thrown) {
    return { ok: false, message: `The engine's report is not valid JSON (${(thrown as Error).message}).` };
  }
  if (!isObject(data)) {
    return { ok: false, message: "The engine's report is not a JSON object." };
  }
  const report = data;
  if (typeof report.schema_version !== 'string') return missing('schema_version');
  if (!Array.isArray(report.inputs)) return missing('inputs');
  for (const input of report.inputs as unknown[]) {
    if (typeof input !== 'object' || input === null) return missing('inputs[]');
  }
  if (report.sales !== null && typeof report.sales !== 'object') return missing('sales');
  if (isObject(report.sales)) cleanSales(report.sales);
  if ('joins' in report && report.joins !== null) {
    if (Array.isArray(report.joins)) keepRows(report, 'joins', 'from');
    else unreadable(report, 'joins');
  }
  cleanSection(report, 'efficiency', (efficiency) => {
    keepRows(efficiency, 'by_period', 'period');
    keepRows(efficiency, 'by_channel', 'channel');
    keepRows(efficiency, 'magic_number', 'quarter');
    keepStrings(efficiency, 'unmatched_spend_channels');
  });
  cleanSection(report, 'revenue', (revenue) => {
    keepRows(revenue, 'movements', 'month');
    keepByDimension(revenue);
    keepRows(revenue, 'by_cohort', 'cohort');
    for (const cohort of arrayOf(revenue.by_cohort)) {
      keepNumbersOrNull(cohort as Json, 'revenue_retention');
      keepNumbersOrNull(cohort as Json, 'logo_retention');
    }
  });
  cleanSection(report, 'customer_success', (cs) => {
    cleanSection(cs, 'tickets', (tickets) => {
      keepByDimension(tickets);
      keepRows(tickets, 'by_cohort', 'cohort');
    });
    cleanSection(cs, 'time_to_value', (ttv) => {
      if (Array.isArray(ttv.curve)) {
        ttv.curve = ttv.curve.filter((p) => isObject(p) && isNumber(p.day) && isNumber(p.survival));
      } else if ('curve' in ttv) {
        delete ttv.curve;
      }
      keepByDimension(ttv);
      keepRows(ttv, 'by_cohort', 'cohort');
    });
    cleanSection(cs, 'health', (health) => keepByDimension(health));
  });
  cleanSection(report, 'drift', (drift) => {
    keepStrings(drift, 'dominant_types');
    keepRows(drift, 'components', 'name');
    for (const key of ['fit_share_by_period', 'fit_share_of_new_customers', 'fit_share_by_period_derived']) if (drift[key] !== null) keepRows(drift, key, 'period');
    keepRows(drift, 'mix_shift', 'dimension');
    for (const shift of arrayOf(drift.mix_shift)) keepRows(shift as Json, 'levels', 'level');
    keepRows(drift, 'types', 'type');
    for (const type of arrayOf(drift.types)) keepStrings(type as Json, 'where');
    keepRows(drift, 'indicators', 'id');
    for (const indicator of arrayOf(drift.indicators)) keepRows(indicator as Json, 'series', 'label');
    for (const key of ['windows', 'onset', 'scorecard']) cleanSection(drift, key, () => undefined);
    if (isObject(drift.onset)) keepStrings(drift.onset, 'change_periods');
    if (isObject(drift.scorecard)) keepRows(drift.scorecard, 'items', 'id');
  });
  cleanSection(report, 'icp', (icp) => {
    for (const key of ['declared', 'derived', 'overlap', 'scoring', 'what_if', 'derived_evaluation']) cleanSection(icp, key, () => undefined);
    const cleanRules = (parent: Json) => cleanSection(parent, 'rules', (rules) => keepRows(rules, 'rules', 'field'));
    if (isObject(icp.declared)) cleanRules(icp.declared);
    if (isObject(icp.derived)) {
      cleanRules(icp.derived);
      cleanSection(icp.derived, 'validation', (validation) => cleanRules(validation));
    }
    if (isObject(icp.scoring)) {
      cleanSection(icp.scoring, 'model', (model) => {
        keepRows(model, 'attributes', 'field');
        for (const attribute of arrayOf(model.attributes)) keepRows(attribute as Json, 'levels', 'level');
      });
      for (const key of ['customers', 'deals']) cleanSection(icp.scoring, key, (summary) => keepRows(summary, 'tiers', 'name'));
    }
  });
  return { ok: true, report: report as unknown as Report };
}

function missing(key: string): ParsedReport {
  return { ok: false, message: `The engine's report has no valid "${key}": the page and the engine do not match.` };
}

function cleanSales(sales: Json): void {
  if ('overall' in sales && sales.overall !== null && !isObject(sales.overall)) unreadable(sales, 'overall');
  if ('dimensions' in sales) {
    if (Array.isArray(sales.dimensions)) sales.dimensions = sales.dimensions.filter((d) => isObject(d) && typeof d.name === 'string');
    else delete sales.dimensions;
  }
  keepByDimension(sales);
  if ('by_combination' in sales) {
    if (Array.isArray(sales.by_combination)) {
      sales.by_combination = sales.by_combination.filter((c): c is Json =>
        isObject(c) && Array.isArray(c.dimensions) && c.dimensions.every((d) => typeof d === 'string') && Array.isArray(c.segments));
      for (const combination of sales.by_combination as Json[]) {
        const width = (combination.dimensions as string[]).length;
        const segments = combination.segments as unknown[];
        const kept = segments.filter((s) => isObject(s) && Array.isArray(s.segment) && s.segment.length === width &&
          s.segment.every((level) => typeof level === 'string'));
        if (kept.length !== segments.length) combination.segments = kept;
      }
    } else {
      delete sales.by_combination;
    }
  }
  keepRows(sales, 'by_period', 'period');
}

/** A section must be an object or null; anything else becomes null with a reason. */
function cleanSection(parent: Json, key: string, clean: (section: Json) => void): void {
  if (!(key in parent) || parent[key] === null) return;
  if (!isObject(parent[key])) {
    unreadable(parent, key);
    return;
  }
  clean(parent[key] as Json);
}

function unreadable(parent: Json, key: string): void {
  parent[key] = null;
  parent[`${key}_reason`] = `the report's "${key}" could not be read (the page and the engine do not match)`;
}

/** Keeps the rows of parent[key] that are objects with a string `label` key; drops a non-array. */
function keepRows(parent: Json, key: string, label: string): void {
  if (!(key in parent)) return;
  const value = parent[key];
  if (!Array.isArray(value)) {
    delete parent[key];
    return;
  }
  const kept = value.filter((row) => isObject(row) && typeof row[label] === 'string');
  if (kept.length !== value.length) parent[key] = kept;
}

/** by_dimension: { "<dimension>": [ {segment, …} ] } */
function keepByDimension(parent: Json): void {
  if (!('by_dimension' in parent)) return;
  const byDimension = parent.by_dimension;
  if (!isObject(byDimension)) {
    delete parent.by_dimension;
    return;
  }
  for (const name of Object.keys(byDimension)) {
    if (!Array.isArray(byDimension[name])) delete byDimension[name];
    else keepRows(byDimension, name, 'segment');
  }
}

function keepStrings(parent: Json, key: string): void {
  if (!(key in parent)) return;
  const value = parent[key];
  if (!Array.isArray(value)) delete parent[key];
  else if (!value.every((v) => typeof v === 'string')) parent[key] = value.filter((v) => typeof v === 'string');
}

/** An array of numbers where null stands for a month without a value. */
function keepNumbersOrNull(parent: Json, key: string): void {
  if (!(key in parent)) return;
  const value = parent[key];
  if (!Array.isArray(value)) delete parent[key];
  else if (!value.every((v) => v === null || isNumber(v))) parent[key] = value.map((v) => (isNumber(v) ? v : null));
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
